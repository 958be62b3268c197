//! Nothing is held for ever, and days are Rome's: a sandbox payment left without a decision is
//! released and can no longer be paid; a notice past its last payable day cannot be paid and the
//! job marks it expired; "overdue" and "expired" turn at midnight in Rome, not in UTC. Jobs and
//! store calls take `now`, so the clock is set by the test. On SQLite and Postgres each.

mod common;

use app::payments::{expiry, reconcile};
use app::store::notices::{self, AddOutcome};
use app::store::payments::{self, StartOutcome};
use common::family::count;
use common::payers::{demo_family, notice_id};
use common::paying::{add, checkout, decide, notice_state, path_of, payment_state};
use common::TestApp;
use domain::birthplace::Date;
use domain::cart::Refusal;
use domain::{NoticeState, ProviderKind};

on_both_engines!(
    an_undecided_sandbox_payment_is_released_and_cannot_be_paid_after,
    a_notice_past_its_last_day_cannot_be_paid_and_the_job_expires_it,
    overdue_and_expired_turn_at_midnight_in_rome,
);

/// Seconds at `hour:minute` UTC on `date` (yyyy-mm-dd).
fn utc(date: &str, hour: i64, minute: i64) -> i64 {
    Date::parse(date).unwrap().unix_days() * 86_400 + hour * 3_600 + minute * 60
}

/// Chooses Banca dei Tre Ponti and follows the redirect; the sandbox page's path.
async fn pay(family: &common::browser::Browser, public_id: &str) -> String {
    let answer = family
        .post("/api/payments/pay", &[("public_id", public_id), ("method", "card"), ("psp_id", "SANDBOX_TREPONTI")])
        .await;
    let location = path_of(&answer.location.expect("redirect to the PSP"));
    assert!(location.starts_with("/psp-sandbox/pagamento/SBX"), "{location}");
    location
}

async fn sandbox_state(app: &TestApp, path: &str) -> String {
    let id = path.rsplit('/').next().unwrap();
    let (state,): (String,) = sqlx::query_as("SELECT state FROM sandbox_transactions WHERE id = $1")
        .bind(id)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    state
}

/// Moves a notice's due date and last payable day (each notice carries its own, an instalment's
/// or its event's: both move).
async fn set_days(app: &TestApp, notice: i64, due: Date, last: Date) {
    for sql in [
        "UPDATE notices SET due_date = $1, expires_on = $2 WHERE id = $3",
        "UPDATE payment_events SET due_date = $1, expires_on = $2 WHERE id = (SELECT event_id FROM notices WHERE id = $3)",
    ] {
        sqlx::query(sql).bind(due.to_string()).bind(last.to_string()).bind(notice).execute(&app.pool).await.unwrap();
    }
}

async fn an_undecided_sandbox_payment_is_released_and_cannot_be_paid_after(app: &TestApp) {
    let settings = app.settings().await;
    let family = demo_family(app).await;
    let exam = notice_id(app, "Luca", "Esame").await;
    add(&family, exam).await;
    let public_id = checkout(&family).await.expect("checkout");
    let sandbox = pay(&family, &public_id).await;
    // The family leaves the sandbox page without a word. Asked within the window, the sandbox
    // says "pending": the payment goes unknown but keeps its notice.
    let start = app::auth::now();
    let asked = reconcile::run_once(&app.pool, &settings, start + reconcile::UNKNOWN_AFTER_SECONDS + 1).await.unwrap();
    assert_eq!(asked, reconcile::Report { settled: 0, timed_out: 1 });
    assert_eq!(payment_state(app, &public_id).await, "unknown");
    assert_eq!(count(app, "notice_holds").await, 1);
    // Past its last payable day meanwhile, the notice stays as it is while a provider holds it.
    let yesterday = app::time::today(start).plus_days(-1);
    set_days(app, exam, yesterday.plus_days(-5), yesterday).await;
    assert_eq!(expiry::run_once(&app.pool, start).await.unwrap().notices_expired, 0);
    assert_eq!(notice_state(app, exam).await, "valid");

    // After the stated time the sandbox expires the transaction and answers "abandoned".
    let later = start + reconcile::SANDBOX_RELEASE_AFTER_SECONDS + 61;
    let released = reconcile::run_once(&app.pool, &settings, later).await.unwrap();
    assert_eq!(released.settled, 1);
    assert_eq!(payment_state(app, &public_id).await, "abandoned");
    assert_eq!(sandbox_state(app, &sandbox).await, "expired");
    assert_eq!(count(app, "notice_holds").await, 0, "the notice is free");
    // Released, the notice expires at the next run.
    assert_eq!(expiry::run_once(&app.pool, later).await.unwrap().notices_expired, 1);
    assert_eq!(notice_state(app, exam).await, "expired");

    // Coming back to the sandbox page: it says the payment expired, and paying changes nothing.
    let page = family.get(&sandbox).await;
    assert!(page.has("Il tempo per decidere è scaduto") && !page.has("/psp-sandbox/api/decide"), "{}", page.body);
    decide(&family, &sandbox, "confirmed").await;
    assert_eq!(sandbox_state(app, &sandbox).await, "expired");
    assert_eq!(count(app, "sandbox_notifications").await, 0, "no notification is owed");
    assert_eq!(payment_state(app, &public_id).await, "abandoned");
    assert_eq!((count(app, "receipts").await, notice_state(app, exam).await), (0, "expired".into()));

    // The page stops taking a decision at the stated time even before reconciliation looks.
    assert!(family.get("/carrello").await.has("Uscito dal carrello"), "the expired exam leaves the cart");
    let trip = notice_id(app, "Marco", "Viaggio").await;
    add(&family, trip).await;
    let second = checkout(&family).await.expect("checkout");
    let second_sandbox = pay(&family, &second).await;
    sqlx::query("UPDATE sandbox_transactions SET created_at = created_at - $1 WHERE state = 'pending'")
        .bind(app::payments::sandbox::DECISION_WINDOW_SECONDS + 1)
        .execute(&app.pool)
        .await
        .unwrap();
    assert!(family.get(&second_sandbox).await.has("Il tempo per decidere è scaduto"));
    let back = decide(&family, &second_sandbox, "confirmed").await;
    assert_eq!(back, second_sandbox, "a late click comes back to the page that says it expired");
    assert_eq!(sandbox_state(app, &second_sandbox).await, "expired");
    assert_eq!(count(app, "sandbox_notifications").await, 0);
    let asked = app::auth::now() + reconcile::ASK_AFTER_SECONDS + 1;
    assert_eq!(reconcile::run_once(&app.pool, &settings, asked).await.unwrap().settled, 1);
    assert_eq!(payment_state(app, &second).await, "abandoned");
    assert_eq!((notice_state(app, trip).await, count(app, "notice_holds").await), ("valid".into(), 0));
}

async fn a_notice_past_its_last_day_cannot_be_paid_and_the_job_expires_it(app: &TestApp) {
    let family = demo_family(app).await;
    let today = app::time::today(app::auth::now());
    let yesterday = today.plus_days(-1);
    let exam = notice_id(app, "Luca", "Esame").await;
    let trip = notice_id(app, "Marco", "Viaggio").await;
    let outing = notice_id(app, "Giulia", "Uscita").await;
    let contribution = notice_id(app, "Luca", "Contributo").await;
    // The trip and the outing are in an open checkout when the trip's last day passes.
    add(&family, trip).await;
    add(&family, outing).await;
    let open = checkout(&family).await.expect("checkout");
    set_days(app, trip, yesterday, yesterday).await;
    set_days(app, exam, yesterday.plus_days(-5), yesterday).await;

    // An expired notice cannot enter the cart, and reads as expired everywhere.
    let refused = family.submit("/api/cart/add", &[("notice_id", &exam.to_string()), ("back", "avviso")]).await;
    assert!(refused.has("Questo avviso è scaduto"), "{}", refused.body);
    assert_eq!(count(app, "cart_items").await, 2);
    let notice_page = family.get(&format!("/avvisi/{exam}")).await;
    assert!(notice_page.has("Scaduto, non più pagabile") && !notice_page.has("Aggiungi al carrello"));
    assert!(family.get("/famiglia").await.has("Scaduto, non più pagabile"));

    // Paying the open checkout is refused with the reason; the checkout closes, freeing both.
    let answer = family
        .post("/api/payments/pay", &[("public_id", &open), ("method", "card"), ("psp_id", "SANDBOX_TREPONTI")])
        .await;
    assert_eq!(answer.location.map(|l| path_of(&l)).as_deref(), Some("/carrello"));
    assert_eq!(payment_state(app, &open).await, "abandoned");
    assert_eq!(count(app, "notice_holds").await, 0);
    assert_eq!(count(app, "sandbox_transactions").await, 0, "nothing reached the PSP");
    let cart = family.get("/carrello").await;
    assert!(cart.has("Questo avviso è scaduto") && cart.has("Uscito dal carrello"), "{}", cart.body);
    assert_eq!(count(app, "cart_items").await, 1, "the expired trip left the cart, the outing stays");

    // A checkout of a cart holding a notice that expired since it was added is refused.
    add(&family, contribution).await;
    set_days(app, contribution, yesterday, yesterday).await;
    let answer = family.post("/api/cart/checkout", &[]).await;
    assert_eq!(answer.location.map(|l| path_of(&l)).as_deref(), Some("/carrello"));
    assert_eq!(count(app, "payments").await, 1, "no payment was started");
    assert!(family.get("/carrello").await.has("Questo avviso è scaduto"));

    // The job stores what the pages already say, and closes checkouts still holding one.
    let still_open = checkout(&family).await.expect("the outing alone");
    set_days(app, outing, yesterday, yesterday).await;
    let report = expiry::run_once(&app.pool, app::auth::now()).await.unwrap();
    assert_eq!(report, expiry::Report { checkouts_closed: 1, notices_expired: 4 });
    assert_eq!(payment_state(app, &still_open).await, "abandoned");
    for id in [exam, trip, outing, contribution] {
        assert_eq!(notice_state(app, id).await, "expired", "notice {id}");
    }
    assert_eq!(expiry::run_once(&app.pool, app::auth::now()).await.unwrap(), expiry::Report::default(), "idempotent");
    assert_eq!(notice_state(app, notice_id(app, "Marco", "Assicurazione").await).await, "valid", "others untouched");
}

/// At 23:30 UTC on a day it is already the next day in Rome (00:30 in winter, 01:30 in summer);
/// at 22:30 UTC in winter it is still 23:30 of the same day.
async fn overdue_and_expired_turn_at_midnight_in_rome(app: &TestApp) {
    let (account_id,): (i64,) =
        sqlx::query_as("SELECT id FROM accounts WHERE username = 'demo'").fetch_one(&app.pool).await.unwrap();
    let exam = notice_id(app, "Luca", "Esame").await;
    let seen =
        |now: i64| async move { notices::one_for_payer(&app.pool, account_id, exam, now).await.unwrap().unwrap() };
    let day = |text: &str| Date::parse(text).unwrap();

    // Overdue: due on D, payable for 5 more days. Winter and summer time.
    for due in ["2026-12-15", "2026-07-15"] {
        set_days(app, exam, day(due), day(due).plus_days(5)).await;
        let eve = day(due).plus_days(-1).to_string();
        assert!(!seen(utc(&eve, 22, 30)).await.overdue, "{due}: the evening before");
        assert!(!seen(utc(due, 21, 30)).await.overdue, "{due}: 22:30 or 23:30 in Rome, due today");
        let after = seen(utc(due, 23, 30)).await;
        assert!(after.overdue && after.state == NoticeState::Valid, "{due}: 23:30 UTC is tomorrow in Rome");
    }
    // 22:30 UTC on D in winter is 23:30 in Rome: still D.
    assert!(!seen(utc("2026-12-15", 22, 30)).await.overdue);

    // Expiry: the last payable day is D (winter).
    let last = "2026-12-15";
    set_days(app, exam, day(last).plus_days(-10), day(last)).await;
    let (before, after) = (utc(last, 22, 30), utc(last, 23, 30));
    assert_eq!(seen(before).await.state, NoticeState::Valid);
    assert_eq!(seen(after).await.state, NoticeState::Expired);
    let add_at = |now: i64| notices::add_to_cart(&app.pool, account_id, exam, now);
    assert_eq!(add_at(after).await.unwrap(), AddOutcome::Refused(Refusal::Expired));
    let just_exam = [exam];
    let start_at = |now: i64| payments::start(&app.pool, account_id, ProviderKind::Sandbox, &just_exam, now);
    assert_eq!(start_at(after).await.unwrap(), StartOutcome::Refused(vec![(exam, Refusal::Expired)]));
    assert_eq!(expiry::run_once(&app.pool, before).await.unwrap().notices_expired, 0);
    assert_eq!(add_at(before).await.unwrap(), AddOutcome::Added);
    assert!(matches!(start_at(before).await.unwrap(), StartOutcome::Started { .. }));
    // Midnight passes with the checkout open: the job closes it and expires the notice.
    assert_eq!(
        expiry::run_once(&app.pool, after).await.unwrap(),
        expiry::Report { checkouts_closed: 1, notices_expired: 1 }
    );
    assert_eq!(notice_state(app, exam).await, "expired");
}
