//! What the authorization matrix and the bad-input test share: the people who knock (roles),
//! parent A's data to knock at (fixtures), and a plausible request for every route the server
//! lists (`server::web::route_inventory`), with its parameters filled with A's ids.

use super::browser::{Browser, Page};
use super::family::{details, fill_wizard};
use super::payers::{demo_family, logged_in, notice_id};
use super::paying::{add, checkout, decide, path_of, wait_for};
use super::TestApp;
use app::i18n::documents::{CONDITIONS_VERSION, PRIVACY_VERSION};
use reqwest::Method;
use serde_json::json;
use server::web::{RouteEntry, RouteKind};

pub const ROLES: [&str; 9] = [
    "anonymous",
    "parent A",
    "parent B",
    "unverified",
    "no conditions",
    "staff A",
    "staff B",
    "headteacher A",
    "admin",
];
/// The school whose office staff A (the demo's DSGA) and headteacher A work in: parent A's
/// children Giulia and Marco go there. Staff B works at [`SCHOOL`], another school.
pub const OFFICE_SCHOOL: &str = "MIIC8CY00P";
/// The roles that may read parent A's children's data on their school's office pages.
pub const OFFICE_OF_A: [&str; 2] = ["staff A", "headteacher A"];
const PASSWORD: &str = "una password lunga 1";
/// A school of parent A's children (the directory is public).
pub const SCHOOL: &str = "MIIS01200L";
/// Well-formed single-use tokens that match nothing.
const UNKNOWN_TOKEN: &str = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

/// Parent A's things: what other roles must never see.
pub struct Fixtures {
    /// An unpaid notice of A's child Marco.
    pub notice_id: i64,
    /// Marco, a pupil of A's children's school (the office pages' `{id}`).
    pub pupil_id: i64,
    /// Parent A's codice fiscale (a payer of Marco).
    pub payer_cf: String,
    /// Its payment event (of the office's school, [`OFFICE_SCHOOL`]).
    pub event_id: i64,
    /// A's confirmed payment, its sandbox transaction and one of its receipts.
    pub payment: String,
    pub transaction: String,
    pub receipt: String,
    /// A valid codice fiscale of nobody here, for the registration and recovery forms.
    pub nobody_cf: String,
    /// Text that only A may read: children's names, A's email and CF, notice numbers, IUV.
    pub markers: Vec<String>,
}

/// The browsers, in [`ROLES`] order.
pub struct Roles {
    pub browsers: Vec<Browser>,
}

/// Parent A (the demo family) pays one notice in the sandbox, so it has a payment and receipts.
pub async fn fixtures(app: &TestApp) -> Fixtures {
    let family = demo_family(app).await;
    let trip = notice_id(app, "Giulia", "Uscita didattica").await;
    add(&family, trip).await;
    let payment = checkout(&family).await.expect("checkout");
    let answer = family
        .post("/api/payments/pay", &[("public_id", &payment), ("method", "card"), ("psp_id", "SANDBOX_PAGASUBITO")])
        .await;
    let sandbox = path_of(&answer.location.expect("to the sandbox PSP"));
    decide(&Browser::new(app), &sandbox, "confirmed").await;
    wait_for(app, &payment, "confirmed").await;
    let transaction = sandbox.rsplit('/').next().unwrap_or_default().to_string();
    let (receipt, iuv): (String, String) = sqlx::query_as("SELECT receipt_id, iuv FROM receipts WHERE notice_id = $1")
        .bind(trip)
        .fetch_one(&app.pool)
        .await
        .expect("a receipt");
    let notice = notice_id(app, "Marco", "Viaggio").await;
    let (number, cf): (String, String) = sqlx::query_as(
        "SELECT n.notice_number, a.codice_fiscale FROM notices n, accounts a WHERE n.id = $1 AND a.username = 'demo'",
    )
    .bind(notice)
    .fetch_one(&app.pool)
    .await
    .expect("notice number");
    let grouped = number.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>();
    let markers = vec![
        "Giulia Rossi".into(),
        "Marco Rossi".into(),
        "Luca Rossi".into(),
        "maria.rossi@example.it".into(),
        cf.clone(),
        number,
        grouped.join(" "),
        iuv,
    ];
    let (pupil_id, event_id): (i64, i64) = sqlx::query_as("SELECT pupil_id, event_id FROM notices WHERE id = $1")
        .bind(notice)
        .fetch_one(&app.pool)
        .await
        .expect("Marco and the notice's event");
    Fixtures {
        notice_id: notice,
        pupil_id,
        event_id,
        payer_cf: cf.clone(),
        payment,
        transaction,
        receipt,
        nobody_cf: code("Gialli", 12),
        markers,
    }
}

/// An account made straight in the database (registration has its own tests): `verified` says
/// whether its email was confirmed, `consents` whether it accepted the current conditions.
async fn account(app: &TestApp, username: &str, cf: &str, hash: &str, verified: bool, consents: bool) {
    let now = app::auth::now();
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO accounts (codice_fiscale, username, surname, given_name, birth_date, sex, birthplace_code, email, lang, \
         email_verified_at, password_hash, created_at) VALUES ($1, $2, 'Verdi', 'Paolo', '1975-03-10', 'M', 'F205', $3, 'it', $4, $5, $6) RETURNING id",
    )
    .bind(cf)
    .bind(username)
    .bind(format!("{username}@example.it"))
    .bind(verified.then_some(now))
    .bind(hash)
    .bind(now)
    .fetch_one(&app.pool)
    .await
    .expect("account");
    if consents {
        for (document, version) in [("conditions", CONDITIONS_VERSION), ("privacy", PRIVACY_VERSION)] {
            sqlx::query("INSERT INTO consents (account_id, document, version, accepted_at, address) VALUES ($1, $2, $3, $4, 'test')")
                .bind(id)
                .bind(document)
                .bind(version)
                .bind(now)
                .execute(&app.pool)
                .await
                .expect("consent");
        }
    }
}

fn code(surname: &str, day: u8) -> String {
    use domain::codice_fiscale::{encode, Sex};
    encode(surname, "Paolo", 1975, 3, day, Sex::Male, "F205").expect("a valid code").to_string()
}

/// Logs every role in. The unverified account went through the registration wizard (captcha
/// and all) but never opened the emailed link; its browser then tries to log in, and is refused.
pub async fn roles(app: &TestApp) -> Roles {
    let hash = app::auth::password::hash(PASSWORD.into()).await.expect("hash");
    account(app, "straniero", &code("Verdi", 10), &hash, true, true).await;
    account(app, "senzaconsensi", &code("Neri", 11), &hash, true, false).await;
    let unverified = Browser::new(app);
    fill_wizard(app, &unverified, "mario.rossi@example.it").await;
    let done = unverified.submit("/api/registration/confirm", &[("action", "confirm")]).await;
    assert!(done.has("Guarda anche nella posta indesiderata"), "{}", done.body);
    let refused =
        unverified.post("/api/account/login", &[("username", super::family::CF), ("password", PASSWORD)]).await;
    assert_eq!(
        refused.location.as_deref().map(path_of).as_deref(),
        Some("/accedi"),
        "an unverified account cannot log in"
    );
    let no_conditions = Browser::new(app);
    let answer =
        no_conditions.post("/api/account/login", &[("username", "senzaconsensi"), ("password", PASSWORD)]).await;
    assert_eq!(answer.location.as_deref().map(path_of).as_deref(), Some("/condizioni"));
    // Staff B: an office account of another school (not parent A's children's).
    account(app, "segreteria.b", &code("Gialli", 13), &hash, true, true).await;
    let (staff_b,): (i64,) = sqlx::query_as("SELECT id FROM accounts WHERE username = 'segreteria.b'")
        .fetch_one(&app.pool)
        .await
        .expect("staff B");
    let school_b = domain::SchoolCode::parse(SCHOOL).expect("school B");
    app::store::staff::grant(&app.pool, staff_b, &school_b, domain::StaffRole::Staff, app::auth::now())
        .await
        .expect("staff B's role");
    let demo = server::demo::DEMO_PASSWORD;
    Roles {
        browsers: vec![
            Browser::new(app),
            demo_family(app).await,
            logged_in(app, "straniero", PASSWORD).await,
            unverified,
            no_conditions,
            logged_in(app, server::demo::office::OFFICE_MANAGER_USERNAME, demo).await,
            logged_in(app, "segreteria.b", PASSWORD).await,
            logged_in(app, server::demo::office::HEADTEACHER_USERNAME, demo).await,
            logged_in(app, server::demo::office::ADMIN_USERNAME, demo).await,
        ],
    }
}

/// `GET /avvisi/{id}`: the key of a route in the expectation tables.
pub fn key(route: &RouteEntry) -> String {
    format!("{} {}", route.method, route.path)
}

/// The route's path with its parameters filled with parent A's ids.
pub fn fill(path: &str, fx: &Fixtures) -> String {
    let value = |name: &str| match (path, name) {
        (p, "id") if p.starts_with("/avvisi/") => fx.notice_id.to_string(),
        (p, "id") if p.starts_with(app::routes::OFFICE) && p.contains("/eventi/") => fx.event_id.to_string(),
        (p, "id") if p.starts_with("/pagamento/") => fx.payment.clone(),
        (p, "id") if p.starts_with("/psp-sandbox/") => fx.transaction.clone(),
        (p, "id") if p.starts_with(app::routes::OFFICE) => fx.pupil_id.to_string(),
        // The import's sample file (its reports are `esito-{id}.csv`).
        (p, "file") if p.starts_with(app::routes::OFFICE) => "modello-alunni.csv".into(),
        (_, "file") => format!("{}.pdf", fx.receipt),
        (p, "codice") if p.starts_with(app::routes::OFFICE) => OFFICE_SCHOOL.into(),
        (_, "codice") => SCHOOL.into(),
        (_, "token") => UNKNOWN_TOKEN.into(),
        (_, "code") => "en".into(),
        (p, other) => panic!("no value for {{{other}}} in {p}: add one to common::matrix::fill"),
    };
    path.split('/')
        .map(|segment| match segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            Some(name) => value(name.trim_start_matches('*')),
            None => segment.to_string(),
        })
        .collect::<Vec<_>>()
        .join("/")
}

pub const FORM: &str = "application/x-www-form-urlencoded";

/// How a request's fields travel.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Form,
    /// A server function with JSON input: `{"query": {fields}}`.
    Json,
    /// A plain JSON object (the PSP callbacks).
    BareJson,
    Query,
}

/// A request to send: method, filled path, and named fields.
pub struct Call {
    pub method: Method,
    /// Opened as a browser opens a page (`Accept: text/html`), rather than called as a script.
    pub navigation: bool,
    pub path: String,
    pub encoding: Encoding,
    pub fields: Vec<(String, String)>,
}

impl Call {
    /// Sends it with these fields (the bad-input test swaps them), on the browser's cookies.
    pub async fn send_with(&self, browser: &Browser, fields: &[(String, String)]) -> Result<Page, reqwest::Error> {
        match self.encoding {
            Encoding::Form | Encoding::Query if self.method == Method::GET => {
                let query = serde_urlencoded::to_string(fields).unwrap_or_default();
                let path = if query.is_empty() { self.path.clone() } else { format!("{}?{query}", self.path) };
                let accept: &[(&str, &str)] = if self.navigation { &[("accept", "text/html")] } else { &[] };
                browser.send(Method::GET, &path, accept, Vec::new()).await
            }
            Encoding::Json | Encoding::BareJson => {
                let object: serde_json::Map<String, serde_json::Value> =
                    fields.iter().map(|(k, v)| (k.clone(), json!(v))).collect();
                let value = if self.encoding == Encoding::Json { json!({ "query": object }) } else { json!(object) };
                let body = value.to_string().into_bytes();
                browser.send(self.method.clone(), &self.path, &[("content-type", "application/json")], body).await
            }
            _ => {
                let body = serde_urlencoded::to_string(fields).unwrap_or_default().into_bytes();
                browser.send(self.method.clone(), &self.path, &[("content-type", FORM)], body).await
            }
        }
    }

    pub async fn send(&self, browser: &Browser) -> Result<Page, reqwest::Error> {
        self.send_with(browser, &self.fields).await
    }
}

/// The plausible request for a route: pages are opened, server functions get the fields their
/// form sends (aimed at parent A's things), the PSP callbacks an unsigned body.
pub fn call(route: &RouteEntry, fx: &Fixtures) -> Call {
    let path = fill(&route.path, fx);
    let owned = |pairs: &[(&str, &str)]| pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let notice = fx.notice_id.to_string();
    let pupil = fx.pupil_id.to_string();
    let mut encoding = if route.method == Method::GET { Encoding::Query } else { Encoding::Form };
    let fields: Vec<(String, String)> = match route.path.as_str() {
        "/api/account/flash" => owned(&[("form", "Login")]),
        "/api/account/login" => owned(&[("username", "nessuno"), ("password", "sbagliata")]),
        "/api/account/password" => owned(&[
            ("current_password", "sbagliata"),
            ("new_password", "un'altra password lunga"),
            ("new_password_again", "un'altra password lunga"),
        ]),
        "/api/account/recover" => owned(&[("codice_fiscale", &fx.nobody_cf), ("email", "altro@example.it")]),
        "/api/account/reset-valid" | "/api/account/verify" => owned(&[("token", UNKNOWN_TOKEN)]),
        "/api/account/reset" => owned(&[
            ("token", UNKNOWN_TOKEN),
            ("new_password", "un'altra password lunga"),
            ("new_password_again", "un'altra password lunga"),
        ]),
        "/api/account/conditions" => owned(&[("accept_conditions", "si"), ("accept_privacy", "si")]),
        "/api/registration/code" => owned(&[("codice_fiscale", &fx.nobody_cf)]),
        "/api/registration/details" => {
            details("intruso@example.it").into_iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
        }
        "/api/registration/confirm" => owned(&[("action", "confirm")]),
        "/api/registration/email" => owned(&[("action", "resend")]),
        "/api/registration/places" => owned(&[("query", "Roma")]),
        "/api/notices/one" | "/api/cart/remove" => owned(&[("id", &notice), ("notice_id", &notice)]),
        "/api/cart/add" => owned(&[("notice_id", &notice), ("back", "carrello")]),
        "/api/cart/pay" => owned(&[("notice_ids[]", &notice), ("azione", "paga")]),
        "/api/cart/select" => owned(&[("notice_id", &notice), ("selected", "true")]),
        "/api/cart/urgent" => owned(&[("most", "5")]),
        "/api/notices/family" => owned(&[("state", "tutti")]),
        "/api/payments/view" | "/api/payments/state" | "/api/payments/cancel" => owned(&[("public_id", &fx.payment)]),
        "/api/payments/pay" => {
            owned(&[("public_id", &fx.payment), ("method", "card"), ("psp_id", "SANDBOX_PAGASUBITO")])
        }
        // Nothing typed: the search form again, and no payment started.
        "/api/pay-notice/pay" => owned(&[("numero", ""), ("ente", "")]),
        "/api/voluntary/page" => owned(&[("code", "MIIC8CY00P")]),
        // Nothing typed: the item's form again with its problems, and no notice created.
        "/api/voluntary/submit" => owned(&[
            ("school", "MIIC8CY00P"),
            ("item", "1"),
            ("codice_fiscale", ""),
            ("surname", ""),
            ("given_name", ""),
            ("action", "documento"),
        ]),
        // The office's events, aimed at A's school's event: nothing typed (the form again with
        // its problems), and actions the event's state refuses (it is published; no confirmation).
        "/api/office/events/list" | "/api/office/events/form" => owned(&[("school", OFFICE_SCHOOL)]),
        "/api/office/events/save" => {
            owned(&[("school", OFFICE_SCHOOL), ("reason", ""), ("category", ""), ("amount", ""), ("iban", "")])
        }
        // The office's voluntary items: nothing typed (the form again with its problems), and
        // closing an item that is not the school's (nothing changes).
        "/api/office/voluntary/page" => owned(&[("school", OFFICE_SCHOOL)]),
        "/api/office/voluntary/save" => owned(&[
            ("school", OFFICE_SCHOOL),
            ("reason", ""),
            ("category", ""),
            ("amount", ""),
            ("payable_from", ""),
            ("payable_until", ""),
            ("iban", ""),
        ]),
        "/api/office/voluntary/close" => owned(&[("school", OFFICE_SCHOOL), ("item_id", "999999")]),
        // Nothing ticked: the representative's page again, no payment started.
        "/api/class/pay" => owned(&[]),
        // Nothing typed: the event page again with the problem at its field; ending a
        // delegation that does not exist changes nothing.
        "/api/office/events/representative" => owned(&[
            ("school", OFFICE_SCHOOL),
            ("id", &fx.event_id.to_string()),
            ("class_name", ""),
            ("codice_fiscale", ""),
        ]),
        "/api/office/events/representative/end" => {
            owned(&[("school", OFFICE_SCHOOL), ("id", &fx.event_id.to_string()), ("representative", "0")])
        }
        "/api/office/events/view"
        | "/api/office/events/approve"
        | "/api/office/events/publish"
        | "/api/office/events/revoke" => owned(&[("school", OFFICE_SCHOOL), ("id", &fx.event_id.to_string())]),
        "/api/office/reports/reconciliation" | "/api/office/reports/tax" => owned(&[("school", OFFICE_SCHOOL)]),
        "/api/office/reports/refunded" => owned(&[("school", OFFICE_SCHOOL), ("refund_id", "999999")]),
        "/api/receipts/history" => owned(&[("anno", ""), ("figlio", "")]),
        // A well-formed code that matches nothing: the family page again, with the problem.
        "/api/account/activate" => owned(&[("codice", "ACDE-FGHJ-KMNP")]),
        "/api/office/home" => owned(&[("school", OFFICE_SCHOOL)]),
        // Nothing typed: the administration again with its problems; nothing stored or granted.
        "/api/admin/school" => owned(&[
            ("code", ""),
            ("name", ""),
            ("kind", ""),
            ("address", ""),
            ("postcode", ""),
            ("town", ""),
            ("province", ""),
            ("fiscal_code", ""),
            ("email", ""),
        ]),
        "/api/admin/staff" => owned(&[
            ("school", ""),
            ("role", ""),
            ("codice_fiscale", ""),
            ("surname", ""),
            ("given_name", ""),
            ("email", ""),
        ]),
        "/api/office/activation/page" => owned(&[("school", OFFICE_SCHOOL), ("pupil", &pupil)]),
        "/api/office/activation/issue" | "/api/office/activation/send" => {
            owned(&[("school", OFFICE_SCHOOL), ("pupil", &pupil), ("payer", &fx.payer_cf)])
        }
        // The office's pupils (A's school): pages' data, and forms sent empty (their problems
        // come back, nothing changes). Removing a payer the pupil does not have changes nothing.
        "/api/office/pupils/list" | "/api/office/pupils/import-page" => owned(&[("code", OFFICE_SCHOOL)]),
        "/api/office/pupils/one" => owned(&[("code", OFFICE_SCHOOL), ("id", &pupil)]),
        "/api/office/pupils/add-class" => owned(&[("school", OFFICE_SCHOOL), ("name", "")]),
        "/api/office/pupils/add" => owned(&[
            ("school", OFFICE_SCHOOL),
            ("codice_fiscale", ""),
            ("surname", ""),
            ("given_name", ""),
            ("class", ""),
            ("payer_codice_fiscale", ""),
            ("payer_surname", ""),
            ("payer_given_name", ""),
        ]),
        "/api/office/pupils/edit" => {
            owned(&[("school", OFFICE_SCHOOL), ("pupil", &pupil), ("surname", ""), ("given_name", ""), ("class", "")])
        }
        "/api/office/pupils/add-payer" => owned(&[
            ("school", OFFICE_SCHOOL),
            ("pupil", &pupil),
            ("payer_codice_fiscale", ""),
            ("payer_surname", ""),
            ("payer_given_name", ""),
        ]),
        "/api/office/pupils/payer-email" => {
            owned(&[("school", OFFICE_SCHOOL), ("pupil", &pupil), ("payer", &fx.nobody_cf), ("email", "non-una-email")])
        }
        "/api/office/pupils/remove-payer" => {
            owned(&[("school", OFFICE_SCHOOL), ("pupil", &pupil), ("payer", &fx.nobody_cf)])
        }
        "/psp-sandbox/api/transaction" => owned(&[("id", &fx.transaction)]),
        "/psp-sandbox/api/decide" => owned(&[("id", &fx.transaction), ("outcome", "refused")]),
        "/api/directory/search" => {
            encoding = Encoding::Json;
            owned(&[("codice", SCHOOL)])
        }
        "/api/directory/school" => owned(&[("code", SCHOOL)]),
        // The PSP callbacks: a bare JSON object, unsigned.
        p if p == app::payments::sandbox::NOTIFY_PATH || p == app::payments::pagopa_receipts::RECEIPTS_PATH => {
            encoding = Encoding::BareJson;
            owned(&[("merchant_reference", &fx.payment), ("outcome", "confirmed")])
        }
        _ => Vec::new(),
    };
    let navigation = route.method == Method::GET && route.kind != RouteKind::ServerFn;
    Call { method: route.method.clone(), navigation, path, encoding, fields }
}

/// Requests that end or change the caller's own state, sent after every other one.
pub fn runs_last(route: &RouteEntry) -> u8 {
    match route.path.as_str() {
        "/api/account/conditions" => 1,
        "/api/account/logout" => 2,
        _ => 0,
    }
}
