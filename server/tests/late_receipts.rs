//! No receipt is refused once money has moved: pagoPA's OK receipts forwarded after the payment
//! was released, for a notice another payment paid meanwhile, or for a notice paid outside
//! PagoScuola (a bank, a tobacconist). Each scenario on SQLite and Postgres.

mod common;

use app::payments::pagopa_receipts::{RECEIPTS_PATH, SIGNATURE_HEADER};
use app::payments::reconcile::{run_once, PAGOPA_RELEASE_AFTER_SECONDS};
use app::payments::signature;
use common::browser::Browser;
use common::fake_pagopa::{configure_pagopa, FakePagoPa};
use common::family::{count, mails};
use common::payers::{demo_family, logged_in, notice_id};
use common::paying::{add, checkout, notice_state, payment_state};
use common::TestApp;
use serde_json::{json, Value};
use server::db::Engine;

const KEY: &str = "fake-subscription-key";
const SECRET: &str = "station-shared-secret";

macro_rules! on_both_engines {
    ($($scenario:ident),* $(,)?) => {
        $(
            mod $scenario {
                #[tokio::test]
                async fn sqlite() {
                    super::run(server::db::Engine::Sqlite, |app| Box::pin(async move { super::$scenario(&app).await; app })).await;
                }
                #[tokio::test]
                async fn postgres() {
                    super::run(server::db::Engine::Postgres, |app| Box::pin(async move { super::$scenario(&app).await; app })).await;
                }
            }
        )*
    };
}

type Scenario = fn(TestApp) -> std::pin::Pin<Box<dyn std::future::Future<Output = TestApp> + Send>>;

async fn run(engine: Engine, scenario: Scenario) {
    let fake = FakePagoPa::start(KEY).await;
    let api_url = fake.api_url();
    let configured = TestApp::spawn_with(engine, move |config| configure_pagopa(config, api_url, KEY, SECRET)).await;
    if let Some(app) = configured {
        scenario(app).await.finish().await;
    }
}

on_both_engines!(
    a_late_ok_receipt_after_the_release_pays_the_notices,
    a_receipt_for_a_notice_paid_meanwhile_records_a_refund,
    a_receipt_for_a_notice_paid_outside_pagoscuola_pays_it,
);

/// Checks out `notices` and sends the payment to pagoPA's (fake) checkout; its public id.
async fn paid_on_pagopa(family: &Browser, notices: &[i64]) -> String {
    for notice in notices {
        add(family, *notice).await;
    }
    let public_id = checkout(family).await.expect("checkout");
    let answer = family.post("/api/payments/pay", &[("public_id", &public_id), ("method", ""), ("psp_id", "")]).await;
    assert!(answer.location.is_some(), "sent to pagoPA");
    public_id
}

/// A receipt as the station forwards it; `cart` None for money that came without PagoScuola.
async fn receipt(app: &TestApp, cart: Option<&str>, notice: i64, receipt_id: &str, outcome: &str) -> Value {
    let (number, fiscal_code, amount): (String, String, i64) = sqlx::query_as(
        "SELECT n.notice_number, s.creditor_fiscal_code, n.amount_cents FROM notices n JOIN schools s ON s.code = n.school_code WHERE n.id = $1",
    )
    .bind(notice)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    let mut body = json!({ "receiptId": receipt_id, "noticeNumber": number, "fiscalCode": fiscal_code, "outcome": outcome,
        "paymentAmount": amount, "idPSP": "BCITITMM", "pspCompanyName": "Intesa Sanpaolo", "paymentMethod": "CP", "fee": 150 });
    if let Some(cart) = cart {
        body["idCart"] = json!(cart);
    }
    body
}

async fn forward(app: &TestApp, body: &Value) -> (u16, String) {
    let body = body.to_string();
    let response = app
        .client
        .post(app.url(RECEIPTS_PATH))
        .header(SIGNATURE_HEADER, signature::sign(SECRET, app::auth::now(), body.as_bytes()))
        .body(body)
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

/// The reconciliation an hour and a bit later: a pagoPA payment with no receipt is released.
async fn release(app: &TestApp, public_id: &str) {
    let settings = app.settings().await;
    run_once(&app.pool, &settings, app::auth::now() + PAGOPA_RELEASE_AFTER_SECONDS + 1).await.unwrap();
    assert_eq!(payment_state(app, public_id).await, "abandoned");
}

fn paid_emails(mails: &[(String, String, String)]) -> Vec<&(String, String, String)> {
    mails.iter().filter(|(_, subject, _)| subject == "Pagamento eseguito").collect()
}

async fn a_late_ok_receipt_after_the_release_pays_the_notices(app: &TestApp) {
    let family = demo_family(app).await;
    let (trip, contribution) =
        (notice_id(app, "Giulia", "Uscita didattica").await, notice_id(app, "Luca", "Contributo").await);
    let public_id = paid_on_pagopa(&family, &[trip, contribution]).await;
    release(app, &public_id).await;
    assert_eq!(count(app, "notice_holds").await, 0, "released");
    assert_eq!(notice_state(app, trip).await, "valid");

    // The family paid on pagoPA after all; the station forwards the receipts late.
    let first = receipt(app, Some(&public_id), trip, "RT-LATE-1", "OK").await;
    assert_eq!(forward(app, &first).await.0, 202, "kept while the cart's other receipt is awaited");
    assert_eq!(payment_state(app, &public_id).await, "abandoned");
    let second = receipt(app, Some(&public_id), contribution, "RT-LATE-2", "OK").await;
    assert_eq!(forward(app, &second).await, (200, "applied".into()), "never 409 once money moved");

    let (state, late_from): (String, Option<String>) =
        sqlx::query_as("SELECT state, confirmed_late_from FROM payments WHERE public_id = $1")
            .bind(&public_id)
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!((state.as_str(), late_from.as_deref()), ("confirmed", Some("abandoned")), "confirmed, and late");
    assert_eq!((notice_state(app, trip).await, notice_state(app, contribution).await), ("paid".into(), "paid".into()));
    assert_eq!(count(app, "notice_holds").await, 2, "the paid notices are held by the payment again");
    let receipts: Vec<(String,)> =
        sqlx::query_as("SELECT receipt_id FROM receipts ORDER BY receipt_id").fetch_all(&app.pool).await.unwrap();
    assert_eq!(receipts, vec![("RT-LATE-1".into(),), ("RT-LATE-2".into(),)]);
    let mails = mails(app).await;
    let emails = paid_emails(&mails);
    assert_eq!(emails.len(), 1);
    assert!(emails[0].2.contains("93,50 €") && emails[0].2.contains("Intesa Sanpaolo"), "{}", emails[0].2);
    let page = family.get("/ricevute").await;
    assert!(page.has("RT-LATE-1") && page.has("RT-LATE-2"), "{}", page.body);
    // pagoPA's receipt ids are not ours (32 hex digits): their PDFs are offered and served too.
    assert!(page.has("href=\"/ricevute/RT-LATE-1.pdf\""), "{}", page.body);
    assert!(family.bytes("/ricevute/RT-LATE-1.pdf").await.starts_with(b"%PDF"), "pagoPA's receipt id names its PDF");
    // The fee of the one payment is shown once, not on each of its two receipts.
    assert_eq!(page.body.matches("Commissione del PSP").count(), 1, "{}", page.body);
    assert_eq!(count(app, "refunds").await, 0, "nothing was paid twice");

    // Repeats change nothing.
    assert_eq!(forward(app, &second).await, (200, "already applied".into()));
    assert_eq!(forward(app, &first).await.0, 200);
    assert_eq!(count(app, "receipts").await, 2);
    assert_eq!(paid_emails(&common::family::mails(app).await).len(), 1, "one email, whatever the repeats");
    // A KO after the money moved undoes nothing.
    assert_eq!(forward(app, &receipt(app, Some(&public_id), trip, "RT-LATE-KO", "KO").await).await.0, 409);
    assert_eq!(payment_state(app, &public_id).await, "confirmed");
    assert_eq!(notice_state(app, trip).await, "paid");
}

async fn a_receipt_for_a_notice_paid_meanwhile_records_a_refund(app: &TestApp) {
    let family = demo_family(app).await;
    let exam = notice_id(app, "Luca", "Esame").await;
    let first = paid_on_pagopa(&family, &[exam]).await;
    release(app, &first).await;
    // The family tries again, and this time the receipt comes at once.
    let second = paid_on_pagopa(&family, &[exam]).await;
    assert_eq!(
        forward(app, &receipt(app, Some(&second), exam, "RT-SECOND", "OK").await).await,
        (200, "applied".into())
    );
    assert_eq!(notice_state(app, exam).await, "paid");

    // Then the first checkout's receipt: that money paid the notice twice.
    let late = receipt(app, Some(&first), exam, "RT-FIRST", "OK").await;
    assert_eq!(forward(app, &late).await, (200, "applied".into()));
    assert_eq!(payment_state(app, &first).await, "confirmed", "the money is real: confirmed late");
    let (receipt_id,): (String,) = sqlx::query_as("SELECT receipt_id FROM receipts WHERE notice_id = $1")
        .bind(exam)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(receipt_id, "RT-SECOND", "the notice keeps the receipt of the money that paid it");
    let refunds: Vec<(i64, String, i64, String, String)> = sqlx::query_as(
        "SELECT f.notice_id, f.pagopa_receipt_id, f.amount_cents, f.reason, f.state FROM refunds f \
         JOIN payments p ON p.id = f.payment_id WHERE p.public_id = $1",
    )
    .bind(&first)
    .fetch_all(&app.pool)
    .await
    .unwrap();
    assert_eq!(refunds, vec![(exam, "RT-FIRST".into(), 13_000, "paid_twice".into(), "to_refund".into())]);
    // The email of the late confirmation says so.
    let mails = mails(app).await;
    assert!(paid_emails(&mails).iter().any(|m| m.2.contains("Pagato due volte: la scuola deve rimborsarti")));

    // Listed for the school office, with domain types.
    let school: (String,) =
        sqlx::query_as("SELECT school_code FROM notices WHERE id = $1").bind(exam).fetch_one(&app.pool).await.unwrap();
    let code = domain::SchoolCode::parse(&school.0).unwrap();
    let listed = app::store::refunds::to_make(&app.pool, Some(&code)).await.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].amount, domain::Cents::from_const(13_000));
    assert_eq!(listed[0].reason, domain::refund::RefundReason::PaidTwice);
    assert_eq!(listed[0].payment.as_deref(), Some(first.as_str()));
    assert_eq!(listed[0].receipt_id.as_deref(), Some("RT-FIRST"));
    assert_eq!(app::store::refunds::to_make(&app.pool, None).await.unwrap().len(), 1);
    let other = domain::SchoolCode::parse("MIIC8CY00P").unwrap();
    assert!(other != code && app::store::refunds::to_make(&app.pool, Some(&other)).await.unwrap().is_empty());
    let report = server::refunds::report(&listed);
    assert!(report.contains(&format!("{code}: 1 to refund, 130,00 €")) && report.contains("paid twice"), "{report}");
    server::refunds::print(&app.database_url, Some(code.as_str())).await.expect("the CLI's listing");

    // The family sees it, on the notice and with the receipts; so does the other parent.
    let words = "Pagato due volte: la scuola deve rimborsarti 130,00 €";
    let notice_page = family.get(&app::routes::notice(exam)).await;
    assert!(notice_page.has(words), "{}", notice_page.body);
    assert!(family.get("/ricevute").await.has(words));
    let other_parent = logged_in(app, "demo2", "demo-pagoscuola").await;
    assert!(other_parent.get("/ricevute").await.has(words));

    // Repeats add nothing.
    assert_eq!(forward(app, &late).await, (200, "already applied".into()));
    assert_eq!(count(app, "refunds").await, 1);
    assert_eq!(count(app, "receipts").await, 1);
}

async fn a_receipt_for_a_notice_paid_outside_pagoscuola_pays_it(app: &TestApp) {
    let family = demo_family(app).await;
    let exam = notice_id(app, "Luca", "Esame").await;
    let at_the_bank = receipt(app, None, exam, "0123456789abcdef0123456789abcdef", "OK").await;
    // An amount that differs changes nothing, and nothing is kept.
    let mut wrong = at_the_bank.clone();
    wrong["paymentAmount"] = json!(12_999);
    assert_eq!(forward(app, &wrong).await.0, 422);
    assert_eq!((count(app, "pagopa_receipts").await, notice_state(app, exam).await), (0, "valid".into()));

    assert_eq!(forward(app, &at_the_bank).await, (200, "applied".into()), "no PagoScuola payment, still not 404");
    assert_eq!(notice_state(app, exam).await, "paid");
    let stored: (Option<i64>, Option<i64>, Option<String>, String, i64) = sqlx::query_as(
        "SELECT payment_id, account_id, payer_codice_fiscale, psp_name, amount_cents FROM receipts WHERE receipt_id = $1",
    )
    .bind("0123456789abcdef0123456789abcdef")
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(stored, (None, None, None, "Intesa Sanpaolo".into(), 13_000));
    assert!(paid_emails(&mails(app).await).is_empty(), "no PagoScuola payment, no payment email");

    // The family reads it as paid outside PagoScuola, with the PSP, the date and the amount.
    let page = family.get(&app::routes::notice(exam)).await;
    assert!(
        page.has("Pagato fuori da PagoScuola") && page.has("Intesa Sanpaolo") && page.has("130,00 €"),
        "{}",
        page.body
    );
    let today = app::time::date_and_clock(app::auth::now()).0;
    assert!(page.has(&today), "the date it was paid: {today}");
    let receipts = family.get("/ricevute").await;
    assert!(receipts.has("0123456789abcdef0123456789abcdef") && receipts.has("Pagato fuori da PagoScuola"));
    let pdf = family.bytes("/ricevute/0123456789abcdef0123456789abcdef.pdf").await;
    assert!(pdf.starts_with(b"%PDF"), "the receipt's PDF");
    // Every parent of the child sees it; a stranger's account would not (it is not theirs).
    let other_parent = logged_in(app, "demo2", "demo-pagoscuola").await;
    assert!(other_parent.get("/ricevute").await.has("0123456789abcdef0123456789abcdef"));

    // Repeats change nothing; a KO undoes nothing.
    assert_eq!(forward(app, &at_the_bank).await, (200, "already applied".into()));
    let ko = receipt(app, None, exam, "fedcba9876543210fedcba9876543210", "KO").await;
    assert_eq!(forward(app, &ko).await.0, 200);
    assert_eq!(notice_state(app, exam).await, "paid");
    assert_eq!((count(app, "receipts").await, count(app, "refunds").await), (1, 0));
    // The paper notice paid a second time, at another counter: a refund, not a second receipt.
    let again = receipt(app, None, exam, "RT-TOBACCONIST", "OK").await;
    assert_eq!(forward(app, &again).await, (200, "applied".into()));
    assert_eq!(forward(app, &again).await, (200, "already applied".into()));
    assert_eq!((count(app, "receipts").await, count(app, "refunds").await), (1, 1));
    assert!(family.get(&app::routes::notice(exam)).await.has("Pagato due volte: la scuola deve rimborsarti 130,00 €"));
    // Money for a notice the school had withdrawn: owed back too, and the notice stays withdrawn.
    let withdrawn = notice_id(app, "Giulia", "Materiale").await;
    assert_eq!(forward(app, &receipt(app, None, withdrawn, "RT-WITHDRAWN", "OK").await).await, (200, "applied".into()));
    assert_eq!(notice_state(app, withdrawn).await, "revoked");
    let (reason,): (String,) = sqlx::query_as("SELECT reason FROM refunds WHERE notice_id = $1")
        .bind(withdrawn)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(reason, "not_payable");
}

/// SQLite cannot drop NOT NULL in place: this migration makes `receipts` and `pagopa_receipts`
/// again. A database that already holds receipts keeps them, and every reference stays sound.
#[tokio::test]
async fn the_sqlite_rebuild_keeps_every_receipt() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let url = format!("sqlite://{}", folder.path().join("before.db").display());
    let (pool, _) = server::db::connect(&url, 2).await.expect("connect");
    let all = sqlx::migrate!("./migrations/sqlite");
    let mut before = sqlx::migrate!("./migrations/sqlite");
    before.migrations =
        std::borrow::Cow::Owned(all.migrations.iter().filter(|m| m.version < 20261130000001).cloned().collect());
    before.run(&pool).await.expect("the migrations before this one");
    common::load_demo_on_an_older_sqlite_schema(&pool).await;
    let (payment,): (i64,) = sqlx::query_as(
        "INSERT INTO payments (public_id, account_id, provider, state, amount_cents, created_at, updated_at) \
         SELECT 'kept', a.id, 'pagopa', 'confirmed', n.amount_cents, 1, 1 FROM accounts a, notices n \
         WHERE a.username = 'demo' AND n.state = 'valid' ORDER BY n.id LIMIT 1 RETURNING id",
    )
    .fetch_one(&pool)
    .await
    .expect("a payment");
    sqlx::query(
        "INSERT INTO payment_items (payment_id, notice_id, amount_cents) SELECT $1, n.id, n.amount_cents FROM notices n \
         WHERE n.state = 'valid' ORDER BY n.id LIMIT 1",
    )
    .bind(payment)
    .execute(&pool)
    .await
    .expect("its item");
    sqlx::query(
        "INSERT INTO pagopa_receipts (receipt_id, payment_id, notice_id, outcome, amount_cents, psp_id, psp_name, method, fee_cents, body, received_at) \
         SELECT 'RT-KEPT', payment_id, notice_id, 'OK', amount_cents, 'BCITITMM', 'Intesa Sanpaolo', 'card', 150, '{}', 1 FROM payment_items WHERE payment_id = $1",
    )
    .bind(payment)
    .execute(&pool)
    .await
    .expect("its pagoPA receipt");
    sqlx::query(
        "INSERT INTO receipts (receipt_id, notice_id, payment_id, account_id, notice_number, iuv, creditor_fiscal_code, company_name, \
         office_name, description, amount_cents, debtor_codice_fiscale, debtor_name, payer_codice_fiscale, payer_name, psp_id, psp_name, \
         method, fee_cents, school_year, tax_deductible, outcome, paid_at) \
         SELECT 'RT-KEPT', n.id, $1, p.account_id, n.notice_number, substr(n.notice_number, 2), s.creditor_fiscal_code, s.name, s.town, \
         'Gita', n.amount_cents, u.codice_fiscale, 'Luca Rossi', u.codice_fiscale, 'Maria Rossi', 'BCITITMM', 'Intesa Sanpaolo', 'card', 150, \
         2026, 0, 'OK', 1 FROM payments p JOIN payment_items i ON i.payment_id = p.id JOIN notices n ON n.id = i.notice_id \
         JOIN schools s ON s.code = n.school_code JOIN pupils u ON u.id = n.pupil_id WHERE p.id = $1",
    )
    .bind(payment)
    .execute(&pool)
    .await
    .expect("its receipt");

    all.run(&pool).await.expect("this migration");
    let kept: (String, Option<i64>, Option<String>) =
        sqlx::query_as("SELECT receipt_id, payment_id, payer_name FROM receipts").fetch_one(&pool).await.unwrap();
    assert_eq!(kept, ("RT-KEPT".into(), Some(payment), Some("Maria Rossi".into())));
    let forwarded: (String, Option<i64>) =
        sqlx::query_as("SELECT receipt_id, payment_id FROM pagopa_receipts").fetch_one(&pool).await.unwrap();
    assert_eq!(forwarded, ("RT-KEPT".into(), Some(payment)));
    let broken: Vec<(String,)> =
        sqlx::query_as("SELECT \"table\" FROM pragma_foreign_key_check").fetch_all(&pool).await.unwrap();
    assert!(broken.is_empty(), "{broken:?}");
    // References and the new rules are enforced after the rebuild.
    assert!(
        sqlx::query("UPDATE receipts SET payment_id = 999999").execute(&pool).await.is_err(),
        "a payment that exists"
    );
    assert!(
        sqlx::query("UPDATE receipts SET payment_id = NULL").execute(&pool).await.is_err(),
        "no payment means no account either"
    );
    assert!(sqlx::query(
        "UPDATE receipts SET payment_id = NULL, account_id = NULL, payer_name = NULL, payer_codice_fiscale = NULL"
    )
    .execute(&pool)
    .await
    .is_ok());
    assert!(sqlx::query("UPDATE pagopa_receipts SET payment_id = NULL").execute(&pool).await.is_ok());
}
