//! The office's payment events end to end, on a real server and database: the DSGA drafts an
//! event for a class, cannot approve it (403), the headteacher approves, publishing makes one
//! notice per pupil (per instalment) with valid unique numbers and queues one email per payer,
//! the family sees and pays it, editing is then refused, revoking makes notices unpayable, the
//! report downloads as CSV, another school's staff get 404; and publishing to 1,500 pupils, timed.

mod common;

use common::browser::{Browser, Page};
use common::payers::{demo_family, logged_in, other_school_staff, vouch_for_demo_family, DEMO_PASSWORD};
use common::paying::{add, checkout, decide, notice_state, path_of, wait_for};
use common::TestApp;
use domain::NoticeNumber;
use server::demo::office::{HEADTEACHER_USERNAME, OFFICE_MANAGER_USERNAME, OFFICE_SCHOOL};
use std::time::{Duration, Instant};

on_both_engines!(an_event_goes_from_draft_to_paid_and_revoked, publishing_to_1500_pupils_takes_seconds);

const IBAN: &str = "IT60 X054 2811 1010 0000 0123 456";

fn in_days(days: i64) -> String {
    app::time::today(app::auth::now()).plus_days(days).to_italian()
}

/// The event form as the page posts it.
fn form<'a>(reason: &'a str, target: &'a str, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("school", OFFICE_SCHOOL),
        ("event_id", ""),
        ("reason", reason),
        ("description", "Partenza alle 8 davanti alla scuola"),
        ("category", "trip"),
        ("amount", "12,50"),
        ("iban", IBAN),
        ("target", target),
    ];
    // A field given again replaces the default (a form sends each once).
    fields.retain(|(name, _)| !extra.iter().any(|(other, _)| other == name));
    fields.extend_from_slice(extra);
    fields
}

/// A server function's own answer (as a script calls it: a form post from a page would be
/// redirected back to the page with the error).
async fn call(browser: &Browser, path: &str, fields: &[(&str, &str)]) -> u16 {
    let body = serde_urlencoded::to_string(fields).unwrap().into_bytes();
    let headers = [("content-type", "application/x-www-form-urlencoded")];
    browser.send(reqwest::Method::POST, path, &headers, body).await.expect("POST").status
}

/// The event id a save redirected to.
fn saved_id(answer: &Page) -> i64 {
    let location = path_of(answer.location.as_deref().unwrap_or_default());
    let prefix = app::routes::office_events(OFFICE_SCHOOL) + "/";
    location
        .strip_prefix(&prefix)
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("saved: {location} {}", answer.body))
}

async fn event_state(app: &TestApp, id: i64) -> String {
    let (state,): (String,) =
        sqlx::query_as("SELECT state FROM payment_events WHERE id = $1").bind(id).fetch_one(&app.pool).await.unwrap();
    state
}

async fn wait_published(app: &TestApp, id: i64) -> i64 {
    for _ in 0..300 {
        let (done, target): (i64, i64) =
            sqlx::query_as("SELECT publish_done, publish_target FROM payment_events WHERE id = $1")
                .bind(id)
                .fetch_one(&app.pool)
                .await
                .unwrap();
        if done == target && target > 0 {
            return done;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("event {id} never finished publishing");
}

async fn notices_of(app: &TestApp, id: i64) -> Vec<(i64, String, i64, String)> {
    sqlx::query_as("SELECT id, notice_number, instalment, state FROM notices WHERE event_id = $1 ORDER BY id")
        .bind(id)
        .fetch_all(&app.pool)
        .await
        .unwrap()
}

async fn an_event_goes_from_draft_to_paid_and_revoked(app: &TestApp) {
    let email = vouch_for_demo_family(app).await;
    let (class, giulia_cf): (String, String) = sqlx::query_as(
        "SELECT class_name, codice_fiscale FROM pupils WHERE given_name = 'Giulia' AND school_code = $1",
    )
    .bind(OFFICE_SCHOOL)
    .fetch_one(&app.pool)
    .await
    .expect("Giulia at the office's school");
    let (in_class,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM pupils WHERE school_code = $1 AND class_name = $2")
        .bind(OFFICE_SCHOOL)
        .bind(&class)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let dsga = logged_in(app, OFFICE_MANAGER_USERNAME, DEMO_PASSWORD).await;
    let preside = logged_in(app, HEADTEACHER_USERNAME, DEMO_PASSWORD).await;
    let due = in_days(30);

    // A bad form: nothing stored, each problem at its field.
    let bad = dsga.submit("/api/office/events/save", &form("", "classi", &[("due_date", "31/02/2020")])).await;
    assert_eq!(bad.status, 200);
    assert!(bad.has("Campo obbligatorio.") && bad.has("Scegli almeno una classe."), "{}", bad.body);
    let (events,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM payment_events WHERE state = 'draft'").fetch_one(&app.pool).await.unwrap();
    assert_eq!(events, 0);

    // The DSGA drafts a trip for Giulia's class.
    let fields = form("Uscita al museo", "classi", &[("due_date", &due), ("classes[]", &class)]);
    let answer = dsga.post("/api/office/events/save", &fields).await;
    let id = saved_id(&answer);
    assert_eq!(event_state(app, id).await, "draft");
    let page = dsga.get(&app::routes::office_event(OFFICE_SCHOOL, id)).await;
    assert_eq!(page.status, 200);
    assert!(page.has("Uscita al museo") && page.has("9/0601125AP/"), "{}", page.body);

    // Another school's staff: the event does not exist for them.
    let staff_b = other_school_staff(app).await;
    let other = staff_b.get(&app::routes::office_event(OFFICE_SCHOOL, id)).await;
    assert_eq!(other.status, 404, "{:?}", other.location);
    let approve = [("school", OFFICE_SCHOOL), ("id", &id.to_string())];
    assert_eq!(call(&staff_b, "/api/office/events/approve", &approve).await, 404);

    // Only the headteacher approves.
    assert_eq!(call(&dsga, "/api/office/events/approve", &approve).await, 403);
    assert_eq!(event_state(app, id).await, "draft");
    let approved = preside.post("/api/office/events/approve", &approve).await;
    assert!(approved.location.unwrap_or_default().contains("esito=approvato"));
    assert_eq!(event_state(app, id).await, "approved");

    // Publishing: one notice per pupil of the class, numbers unique and valid.
    let published = dsga.post("/api/office/events/publish", &approve).await;
    assert!(published.location.unwrap_or_default().contains("esito=pubblicazione"));
    assert_eq!(wait_published(app, id).await, in_class);
    let notices = notices_of(app, id).await;
    assert_eq!(notices.len() as i64, in_class);
    let mut numbers: Vec<&str> = notices.iter().map(|(_, number, _, _)| number.as_str()).collect();
    for number in &numbers {
        NoticeNumber::try_from(number.to_string()).expect("a valid notice number");
    }
    numbers.sort();
    numbers.dedup();
    assert_eq!(numbers.len(), notices.len(), "numbers are unique");
    // Publishing twice makes nothing more.
    dsga.post("/api/office/events/publish", &approve).await;
    assert_eq!(notices_of(app, id).await.len(), notices.len());

    // The class's payer gets one email; the family sees the notice.
    let (mails,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE kind = 'avviso-pubblicato' AND recipient = $1")
            .bind(&email)
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(mails, 1, "one email per payer per event");
    let family = demo_family(app).await;
    assert!(family.get(app::routes::FAMILY).await.has("Uscita al museo"));

    // The family pays Giulia's notice.
    let (giulia_notice,): (i64,) = sqlx::query_as(
        "SELECT n.id FROM notices n JOIN pupils p ON p.id = n.pupil_id WHERE n.event_id = $1 AND p.codice_fiscale = $2",
    )
    .bind(id)
    .bind(&giulia_cf)
    .fetch_one(&app.pool)
    .await
    .unwrap();
    add(&family, giulia_notice).await;
    let payment = checkout(&family).await.expect("checkout");
    let answer = family
        .post("/api/payments/pay", &[("public_id", &payment), ("method", "card"), ("psp_id", "SANDBOX_PAGASUBITO")])
        .await;
    decide(&Browser::new(app), &path_of(&answer.location.expect("to the PSP")), "confirmed").await;
    wait_for(app, &payment, "confirmed").await;
    assert_eq!(notice_state(app, giulia_notice).await, "paid");

    // After a payment the event can no longer change.
    let id_text = id.to_string();
    let mut edit = form("Uscita al museo (cambiata)", "classi", &[("due_date", &due), ("classes[]", &class)]);
    edit[1] = ("event_id", &id_text);
    let refused = dsga.post("/api/office/events/save", &edit).await;
    assert!(refused.location.unwrap_or_default().contains("esito=pagato"));
    let (reason,): (String,) =
        sqlx::query_as("SELECT reason FROM payment_events WHERE id = $1").bind(id).fetch_one(&app.pool).await.unwrap();
    assert_eq!(reason, "Uscita al museo");

    // The report: on the page, and as CSV.
    let report = dsga.get(&app::routes::office_event(OFFICE_SCHOOL, id)).await;
    assert!(report.has(&giulia_cf) && report.has("Pagato"), "{}", report.body);
    let csv = dsga.get(&app::routes::office_event_csv(OFFICE_SCHOOL, id)).await;
    assert_eq!(csv.status, 200);
    let lines: Vec<&str> = csv.body.lines().collect();
    assert_eq!(lines.len() as i64, in_class + 1, "a header and one line per notice");
    assert!(lines.iter().any(|line| line.contains(&giulia_cf) && line.ends_with(";paid")), "{}", csv.body);
    assert_eq!(staff_b.get(&app::routes::office_event_csv(OFFICE_SCHOOL, id)).await.status, 404);

    instalments_and_revoking(app, &dsga, &preside, &family, &giulia_cf).await;
}

/// An event in three instalments for one pupil: a notice each; revoking one notice, then the
/// event, leaves nothing payable.
async fn instalments_and_revoking(app: &TestApp, dsga: &Browser, preside: &Browser, family: &Browser, pupil: &str) {
    let (first, second, third) = (in_days(10), in_days(40), in_days(70));
    let fields = form(
        "Mensa",
        "alunni",
        &[
            ("pupils", pupil),
            ("category", "canteen"),
            ("amount", "90,00"),
            ("instalment_amount_0", "30"),
            ("instalment_date_0", &first),
            ("instalment_amount_1", "30"),
            ("instalment_date_1", &second),
            ("instalment_amount_2", "30,00"),
            ("instalment_date_2", &third),
        ],
    );
    let id = saved_id(&dsga.post("/api/office/events/save", &fields).await);
    let id_text = id.to_string();
    let action = [("school", OFFICE_SCHOOL), ("id", id_text.as_str())];
    preside.post("/api/office/events/approve", &action).await;
    assert_eq!(event_state(app, id).await, "approved");
    // Editing an approved event sends it back to the headteacher.
    let mut edited = fields.clone();
    edited.retain(|(name, _)| *name != "event_id" && *name != "description");
    edited.extend([("event_id", id_text.as_str()), ("description", "Mensa da gennaio")]);
    saved_id(&dsga.post("/api/office/events/save", &edited).await);
    assert_eq!(event_state(app, id).await, "draft");
    assert_eq!(call(dsga, "/api/office/events/publish", &action).await, 200, "a draft is not published");
    assert_eq!(event_state(app, id).await, "draft");
    preside.post("/api/office/events/approve", &action).await;
    preside.post("/api/office/events/publish", &action).await;
    assert_eq!(wait_published(app, id).await, 3);
    let notices = notices_of(app, id).await;
    assert_eq!(notices.iter().map(|(_, _, instalment, _)| *instalment).collect::<Vec<_>>(), vec![1, 2, 3]);
    let dues: Vec<(String,)> = sqlx::query_as("SELECT due_date FROM notices WHERE event_id = $1 ORDER BY instalment")
        .bind(id)
        .fetch_all(&app.pool)
        .await
        .unwrap();
    let expected: Vec<String> =
        [&first, &second, &third].iter().map(|d| domain::birthplace::Date::parse(d).unwrap().to_string()).collect();
    assert_eq!(dues.into_iter().map(|(d,)| d).collect::<Vec<_>>(), expected);

    // Revoking one notice asks for confirmation first.
    let one = notices[0].0.to_string();
    let unconfirmed = dsga.post("/api/office/events/revoke", &[action[0], action[1], ("notice_id", &one)]).await;
    assert!(unconfirmed.location.unwrap_or_default().contains("esito=conferma"));
    assert_eq!(notice_state(app, notices[0].0).await, "valid");
    dsga.post("/api/office/events/revoke", &[action[0], action[1], ("notice_id", &one), ("confirm", "si")]).await;
    assert_eq!(notice_state(app, notices[0].0).await, "revoked");
    // Nobody can pay it: the checkout takes no revoked notice.
    add(family, notices[0].0).await;
    let refused = checkout(family).await;
    let (items,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM payment_items WHERE notice_id = $1")
        .bind(notices[0].0)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(items, 0, "a revoked notice is never in a payment ({refused:?})");

    // Revoking the event: every unpaid notice, and the numbers stay theirs.
    dsga.post("/api/office/events/revoke", &[action[0], action[1], ("confirm", "si")]).await;
    assert_eq!(event_state(app, id).await, "revoked");
    let after = notices_of(app, id).await;
    assert!(after.iter().all(|(_, _, _, state)| state == "revoked"));
    assert_eq!(
        after.iter().map(|(_, n, _, _)| n.clone()).collect::<Vec<_>>(),
        notices.iter().map(|(_, n, _, _)| n.clone()).collect::<Vec<_>>()
    );
    assert!(family.get(app::routes::FAMILY).await.has("Mensa"), "families still see revoked notices");
}

async fn publishing_to_1500_pupils_takes_seconds(app: &TestApp) {
    const PUPILS: usize = 1500;
    let mut tx = app.pool.begin().await.unwrap();
    // Three consonants make the name's part of the code: 15^3 different codes.
    let consonant = |k: usize| "BCDFGHLMNPRSTVZ".as_bytes()[k % 15] as char;
    for n in 0..PUPILS {
        let name = format!("{}a{}e{}o", consonant(n), consonant(n / 15), consonant(n / 225));
        let cf =
            domain::codice_fiscale::encode("Verdi", &name, 2015, 3, 12, domain::codice_fiscale::Sex::Female, "F205")
                .expect("a code");
        let pupil = app::store::office::NewPupil {
            school_code: OFFICE_SCHOOL,
            codice_fiscale: &cf,
            surname: "Verdi",
            given_name: "Anna",
            class_name: "5Z",
        };
        let id = app::store::office::upsert_pupil(&mut tx, &pupil).await.unwrap();
        sqlx::query("INSERT INTO payer_links (pupil_id, payer_codice_fiscale, payer_email) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
            .bind(id)
            .bind("RSSMRA80A01H501U")
            .bind(format!("genitore{n}@example.it"))
            .execute(&mut *tx)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    let (pupils,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM pupils WHERE class_name = '5Z'").fetch_one(&app.pool).await.unwrap();
    let dsga = logged_in(app, OFFICE_MANAGER_USERNAME, DEMO_PASSWORD).await;
    let preside = logged_in(app, HEADTEACHER_USERNAME, DEMO_PASSWORD).await;
    let due = in_days(20);
    let id = saved_id(
        &dsga
            .post(
                "/api/office/events/save",
                &form("Assicurazione", "classi", &[("due_date", &due), ("classes[]", "5Z")]),
            )
            .await,
    );
    let id_text = id.to_string();
    let action = [("school", OFFICE_SCHOOL), ("id", id_text.as_str())];
    preside.post("/api/office/events/approve", &action).await;
    let started = Instant::now();
    let answer = dsga.post("/api/office/events/publish", &action).await;
    let answered = started.elapsed();
    // While publishing the page shows progress and refreshes itself.
    let page = dsga.get(&app::routes::office_event(OFFICE_SCHOOL, id)).await;
    assert!(answer.location.unwrap_or_default().contains("esito=pubblicazione"));
    let made = wait_published(app, id).await;
    let took = started.elapsed();
    assert_eq!(pupils, PUPILS as i64);
    assert_eq!(made, pupils);
    let (distinct,): (i64,) = sqlx::query_as("SELECT COUNT(DISTINCT notice_number) FROM notices WHERE event_id = $1")
        .bind(id)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(distinct, pupils);
    let (mails,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE kind = 'avviso-pubblicato'")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(mails, pupils, "one email per payer");
    let refreshing = page.has("http-equiv=\"refresh\"");
    println!(
        "PUBLISH {:?}: {pupils} pupils, {made} notices and {mails} emails in {:.2} s (publish answered in {} ms; page refreshing while publishing: {refreshing})",
        app.engine,
        took.as_secs_f64(),
        answered.as_millis()
    );
}
