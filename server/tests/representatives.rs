//! Class representatives on a real server and database: the office delegates only a parent of
//! the class whom the school vouches for (a stranger, a bad code and another school's staff
//! are refused, nothing stored, what was typed kept); the representative's page lists the
//! class's notices with the first five ticked; six at once are refused; five are paid in one
//! payment and each pupil's own notice becomes paid (the office's report stays per pupil); the
//! family page never lists classmates; another parent cannot pay them; ending the delegation
//! takes the rest away; delegated again, the rest is paid.

mod common;

use common::browser::Browser;
use common::payers::{demo_family, logged_in, other_school_staff, vouch_for_demo_family, DEMO_PASSWORD};
use common::paying::{decide, notice_state, path_of, wait_for};
use common::TestApp;
use domain::codice_fiscale::Sex;
use server::demo::office::{HEADTEACHER_USERNAME, OFFICE_MANAGER_USERNAME, OFFICE_SCHOOL};
use std::time::Duration;

on_both_engines!(a_representative_pays_a_class_in_carts_of_five);

const CLASSMATES: [&str; 6] = ["Alessia", "Bruno", "Carla", "Dario", "Elena", "Fabio"];

/// Six classmates of Giulia, each with a payer of their own (not the demo family).
async fn classmates(app: &TestApp, class: &str) {
    let mut tx = app.pool.begin().await.unwrap();
    for (n, name) in CLASSMATES.iter().enumerate() {
        let cf = domain::codice_fiscale::encode("Verdi", name, 2017, 4, 3 + n as u8, Sex::Female, "F205").unwrap();
        let pupil = app::store::office::NewPupil {
            school_code: OFFICE_SCHOOL,
            codice_fiscale: &cf,
            surname: "Verdi",
            given_name: name,
            class_name: class,
        };
        let id = app::store::office::upsert_pupil(&mut tx, &pupil).await.unwrap();
        sqlx::query("INSERT INTO payer_links (pupil_id, payer_codice_fiscale, payer_email) VALUES ($1, $2, $3)")
            .bind(id)
            .bind("RSSMRA80A01H501U")
            .bind(format!("verdi{n}@example.it"))
            .execute(&mut *tx)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
}

/// The office publishes a trip for the class; its id once every notice is made.
async fn published_trip(app: &TestApp, class: &str) -> i64 {
    let dsga = logged_in(app, OFFICE_MANAGER_USERNAME, DEMO_PASSWORD).await;
    let preside = logged_in(app, HEADTEACHER_USERNAME, DEMO_PASSWORD).await;
    let due = app::time::today(app::auth::now()).plus_days(20).to_italian();
    let saved = dsga
        .post(
            "/api/office/events/save",
            &[
                ("school", OFFICE_SCHOOL),
                ("event_id", ""),
                ("reason", "Gita a Bergamo"),
                ("category", "trip"),
                ("amount", "15,00"),
                ("due_date", &due),
                ("iban", "IT60 X054 2811 1010 0000 0123 456"),
                ("target", "classi"),
                ("classes[]", class),
            ],
        )
        .await;
    let location = path_of(saved.location.as_deref().unwrap_or_default());
    let id: i64 = location.rsplit('/').next().and_then(|id| id.parse().ok()).expect("saved event");
    let action = [("school", OFFICE_SCHOOL), ("id", &id.to_string())];
    preside.post("/api/office/events/approve", &action).await;
    dsga.post("/api/office/events/publish", &action).await;
    for _ in 0..200 {
        let (done, target): (i64, i64) =
            sqlx::query_as("SELECT publish_done, publish_target FROM payment_events WHERE id = $1")
                .bind(id)
                .fetch_one(&app.pool)
                .await
                .unwrap();
        if target > 0 && done == target {
            return id;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the trip was never published");
}

/// The class's notices of the event, by pupil name.
async fn class_notices(app: &TestApp, event: i64) -> Vec<(i64, String)> {
    sqlx::query_as(
        "SELECT n.id, p.given_name FROM notices n JOIN pupils p ON p.id = n.pupil_id WHERE n.event_id = $1 \
         ORDER BY p.surname, p.given_name",
    )
    .bind(event)
    .fetch_all(&app.pool)
    .await
    .unwrap()
}

const DELEGATE: &str = "/api/office/events/representative";

async fn post(browser: &Browser, path: &str, fields: &[(&str, String)]) -> common::browser::Page {
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    browser.post(path, &fields).await
}

async fn submit(browser: &Browser, path: &str, fields: &[(&str, String)]) -> common::browser::Page {
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    browser.submit(path, &fields).await
}

/// A server function's own answer, as a script calls it (a page's form would be redirected back
/// to the page with the error).
async fn status_as_script(browser: &Browser, path: &str, fields: &[(&str, String)]) -> u16 {
    let body = serde_urlencoded::to_string(fields).unwrap().into_bytes();
    let headers = [("content-type", "application/x-www-form-urlencoded")];
    browser.send(reqwest::Method::POST, path, &headers, body).await.expect("POST").status
}

/// The delegations of the event (the demo data has one of its own, on another event).
async fn delegations(app: &TestApp, event: i64) -> i64 {
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM class_representatives WHERE event_id = $1")
        .bind(event)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    count
}

/// Pays the ticked `ids` from the representative's page through the sandbox PSP.
async fn pay_for_class(app: &TestApp, family: &Browser, ids: &[i64]) {
    let ids: Vec<String> = ids.iter().map(i64::to_string).collect();
    let fields: Vec<(&str, &str)> = ids.iter().map(|id| ("notice_ids[]", id.as_str())).collect();
    let answer = family.post("/api/class/pay", &fields).await;
    let location = path_of(answer.location.as_deref().unwrap_or_default());
    let payment = location.strip_prefix("/pagamento/").expect("a payment starts").to_string();
    let answer = family
        .post("/api/payments/pay", &[("public_id", &payment), ("method", "card"), ("psp_id", "SANDBOX_PAGASUBITO")])
        .await;
    decide(&Browser::new(app), &path_of(&answer.location.expect("to the PSP")), "confirmed").await;
    wait_for(app, &payment, "confirmed").await;
}

async fn a_representative_pays_a_class_in_carts_of_five(app: &TestApp) {
    vouch_for_demo_family(app).await;
    let (class,): (String,) =
        sqlx::query_as("SELECT class_name FROM pupils WHERE given_name = 'Giulia' AND school_code = $1")
            .bind(OFFICE_SCHOOL)
            .fetch_one(&app.pool)
            .await
            .unwrap();
    classmates(app, &class).await;
    // The demo's own delegation (another trip of this class) is ended: the page shows this one.
    sqlx::query("DELETE FROM class_representatives").execute(&app.pool).await.unwrap();
    let event = published_trip(app, &class).await;
    let notices = class_notices(app, event).await;
    let (in_class,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM pupils WHERE school_code = $1 AND class_name = $2")
        .bind(OFFICE_SCHOOL)
        .bind(&class)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert!(in_class > 7, "Giulia, the demo's classmates and six more");
    assert_eq!(notices.len() as i64, in_class, "a notice per pupil of the class");
    let classmate_ids: Vec<i64> = notices.iter().filter(|(_, name)| name != "Giulia").map(|(id, _)| *id).collect();
    let (demo_cf,): (String,) = sqlx::query_as("SELECT codice_fiscale FROM accounts WHERE username = 'demo'")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    // A registered account that is no parent of the class: the DSGA's own.
    let (stranger_cf,): (String,) = sqlx::query_as("SELECT codice_fiscale FROM accounts WHERE username = $1")
        .bind(OFFICE_MANAGER_USERNAME)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let dsga = logged_in(app, OFFICE_MANAGER_USERNAME, DEMO_PASSWORD).await;
    let delegate = |cf: &str| -> Vec<(&'static str, String)> {
        vec![
            ("school", OFFICE_SCHOOL.into()),
            ("id", event.to_string()),
            ("class_name", class.clone()),
            ("codice_fiscale", cf.into()),
        ]
    };

    // An account that is no parent of the class cannot represent it: refused at the field,
    // what was typed kept, nothing stored. A malformed code likewise.
    let refused = submit(&dsga, DELEGATE, &delegate(&stranger_cf)).await;
    assert!(
        refused.has("Nessun genitore registrato di questa classe") && refused.has(&stranger_cf),
        "{}",
        refused.body
    );
    let bad = submit(&dsga, DELEGATE, &delegate("RSSMRA80A01H50")).await;
    assert!(bad.has("Scrivi un codice fiscale valido") && bad.has("RSSMRA80A01H50"), "{}", bad.body);
    assert_eq!(delegations(app, event).await, 0);

    // Another school's staff: the event does not exist for them.
    let fields = delegate(&demo_cf);
    let staff_b = other_school_staff(app).await;
    assert_eq!(status_as_script(&staff_b, DELEGATE, &fields).await, 404);
    assert_eq!(delegations(app, event).await, 0);

    // Before any delegation the demo parent cannot pay a classmate's notice.
    let family = demo_family(app).await;
    let before = family.post("/api/class/pay", &[("notice_ids[]", &classmate_ids[0].to_string())]).await;
    assert_eq!(path_of(before.location.as_deref().unwrap_or_default()), app::routes::CLASS_PAYMENTS);
    assert_eq!(notice_state(app, classmate_ids[0]).await, "valid");

    // The DSGA delegates the demo parent (a vouched parent of Giulia, in the class).
    let done = post(&dsga, DELEGATE, &fields).await;
    assert!(done.location.unwrap_or_default().contains("esito=rappresentante"));
    assert_eq!(delegations(app, event).await, 1);
    let page = dsga.get(&app::routes::office_event(OFFICE_SCHOOL, event)).await;
    assert!(page.has(&demo_cf) && page.has("Revoca la delega"), "{}", page.body);

    // The family page links the representative's page and never lists classmates.
    let home = family.get(app::routes::FAMILY).await;
    assert!(home.has("Sei rappresentante di classe") && !home.has("Alessia"), "{}", home.body);
    let rep = family.get(app::routes::CLASS_PAYMENTS).await;
    assert_eq!(rep.status, 200);
    for name in CLASSMATES {
        assert!(rep.has(name), "{name} listed: {}", rep.body);
    }
    assert_eq!(rep.body.matches(" checked").count(), 5, "the first five ticked: {}", rep.body);
    let payments = (in_class + 4) / 5;
    let left = format!("Restano {in_class} avvisi da pagare.");
    assert!(rep.has(&left) && rep.has(&format!("Servono {payments} pagamenti")), "{}", rep.body);

    // Six at once: refused, nothing paid, the six come back ticked.
    let six: Vec<String> = notices.iter().take(6).map(|(id, _)| id.to_string()).collect();
    let six_fields: Vec<(&str, &str)> = six.iter().map(|id| ("notice_ids[]", id.as_str())).collect();
    let too_many = family.submit("/api/class/pay", &six_fields).await;
    assert!(too_many.has("al massimo 5"), "{}", too_many.body);
    assert_eq!(too_many.body.matches(" checked").count(), 6, "{}", too_many.body);
    let (payments,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM payments").fetch_one(&app.pool).await.unwrap();

    // Five classmates paid in one payment: each pupil's own notice is paid.
    pay_for_class(app, &family, &classmate_ids[..5]).await;
    for id in &classmate_ids[..5] {
        assert_eq!(notice_state(app, *id).await, "paid");
    }
    let (after,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM payments").fetch_one(&app.pool).await.unwrap();
    assert_eq!(after, payments + 1, "one payment for five pupils");
    let (receipts,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM receipts r JOIN notices n ON n.id = r.notice_id WHERE n.event_id = $1 AND r.payer_codice_fiscale = $2",
    )
    .bind(event)
    .bind(&demo_cf)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    assert_eq!(receipts, 5, "a receipt per pupil, the representative as payer");
    let report = dsga.get(&app::routes::office_event(OFFICE_SCHOOL, event)).await;
    assert!(report.body.matches("Pagato").count() >= 5, "the report stays per pupil: {}", report.body);

    // Another parent cannot pay the rest.
    let other = logged_in(app, "demo2", DEMO_PASSWORD).await;
    other.post("/api/cart/add", &[("notice_id", &classmate_ids[5].to_string()), ("back", "carrello")]).await;
    let (in_carts,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM cart_items WHERE notice_id = $1")
        .bind(classmate_ids[5])
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(in_carts, 0);

    // Ending the delegation takes the rest away; delegated again, the rest is paid.
    let (delegation,): (i64,) = sqlx::query_as("SELECT id FROM class_representatives WHERE event_id = $1")
        .bind(event)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let end = [("school", OFFICE_SCHOOL), ("id", &event.to_string()), ("representative", &delegation.to_string())];
    let ended = dsga.post("/api/office/events/representative/end", &end).await;
    assert!(ended.location.unwrap_or_default().contains("esito=rappresentante-revocato"));
    assert!(family.get(app::routes::CLASS_PAYMENTS).await.has("Non sei rappresentante di nessuna classe"));
    let refused = family.post("/api/class/pay", &[("notice_ids[]", &classmate_ids[5].to_string())]).await;
    assert_eq!(path_of(refused.location.as_deref().unwrap_or_default()), app::routes::CLASS_PAYMENTS);
    assert_eq!(notice_state(app, classmate_ids[5]).await, "valid");
    post(&dsga, DELEGATE, &fields).await;
    let rest = family.get(app::routes::CLASS_PAYMENTS).await;
    assert!(rest.has(&format!("Restano {} avvisi da pagare.", in_class - 5)), "{}", rest.body);
    let giulia = notices.iter().find(|(_, name)| name == "Giulia").map(|(id, _)| *id).unwrap();
    pay_for_class(app, &family, &[classmate_ids[5], giulia]).await;
    let mut paid = 0;
    for (id, _) in &notices {
        paid += i64::from(notice_state(app, *id).await == "paid");
    }
    assert_eq!(paid, 7, "five, then two more");
}
