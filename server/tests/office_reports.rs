//! The office's money reports on a real server and database: the family pays two notices in
//! one payment, the reconciliation shows them by day and PSP with the fee once (page and CSV),
//! a refund owed is listed and only the headteacher or the DSGA mark it made (the family then
//! stops seeing it), the 730 data sums the deductible payment per pupil and payer, a bad period
//! is told at its field, and another school's staff get 404.

mod common;

use common::payers::{demo_family, logged_in, notice_id, other_school_staff, vouch_for_demo_family, DEMO_PASSWORD};
use common::paying::{add, checkout, decide, path_of, wait_for};
use common::{browser::Browser, TestApp};
use domain::refund::RefundReason;
use domain::Cents;
use server::demo::office::{OFFICE_MANAGER_USERNAME, OFFICE_SCHOOL};

on_both_engines!(reports_follow_the_receipts);

async fn one<T: for<'r> sqlx::FromRow<'r, sqlx::any::AnyRow> + Send + Unpin>(app: &TestApp, sql: &str, id: i64) -> T {
    sqlx::query_as(sql).bind(id).fetch_one(&app.pool).await.unwrap()
}

async fn reports_follow_the_receipts(app: &TestApp) {
    vouch_for_demo_family(app).await;
    let trip = notice_id(app, "Giulia", "Uscita didattica").await;
    let voyage = notice_id(app, "Marco", "Viaggio").await;
    // The trip counts for the tax return this time (the receipt copies its event's flag).
    sqlx::query("UPDATE payment_events SET tax_deductible = 1 WHERE id = (SELECT event_id FROM notices WHERE id = $1)")
        .bind(trip)
        .execute(&app.pool)
        .await
        .unwrap();

    let family = demo_family(app).await;
    add(&family, trip).await;
    add(&family, voyage).await;
    let payment = checkout(&family).await.expect("checkout");
    let answer = family
        .post("/api/payments/pay", &[("public_id", &payment), ("method", "card"), ("psp_id", "SANDBOX_PAGASUBITO")])
        .await;
    decide(&Browser::new(app), &path_of(&answer.location.expect("to the PSP")), "confirmed").await;
    wait_for(app, &payment, "confirmed").await;
    let (payment_id, fee, psp): (i64, i64, String) =
        sqlx::query_as("SELECT id, fee_cents, psp_name FROM payments WHERE public_id = $1")
            .bind(&payment)
            .fetch_one(&app.pool)
            .await
            .unwrap();
    let fee = Cents::try_from(fee).unwrap();
    let (trip_number,): (String,) = one(app, "SELECT notice_number FROM notices WHERE id = $1", trip).await;
    let (voyage_number,): (String,) = one(app, "SELECT notice_number FROM notices WHERE id = $1", voyage).await;

    // Today's reconciliation: one row for the PSP, two receipts, 57,00 €, the fee once.
    let dsga = logged_in(app, OFFICE_MANAGER_USERNAME, DEMO_PASSWORD).await;
    let page = dsga.get(&app::routes::office_reconciliation(OFFICE_SCHOOL)).await;
    assert_eq!(page.status, 200);
    assert!(page.has(&psp) && page.has("57,00"), "{}", page.body);
    assert!(page.has(&format!("<td class=\"amount\">{}</td>", fee.to_euro())), "the fee once: {}", page.body);
    let today = app::time::today(app::auth::now());
    let period = domain::reconciliation::Period { from: today, to: today };
    let csv = dsga.get(&app::routes::office_reconciliation_csv(OFFICE_SCHOOL, &period)).await;
    assert_eq!(csv.status, 200);
    let ours: Vec<Vec<&str>> = csv
        .body
        .lines()
        .filter(|line| line.contains(&trip_number) || line.contains(&voyage_number))
        .map(|line| line.split(';').collect())
        .collect();
    assert_eq!(ours.len(), 2, "{}", csv.body);
    let fees: Vec<&str> = ours.iter().map(|fields| fields[10]).collect();
    assert!(
        fees.contains(&fee.to_italian().as_str()) && fees.contains(&""),
        "the fee on one line of the two: {fees:?}"
    );

    // A refund owed on Marco's notice: listed, shown to the family, marked by the DSGA only.
    let mut tx = app.pool.begin().await.unwrap();
    let owed = app::store::refunds::NewRefund {
        notice_id: voyage,
        payment_id: Some(payment_id),
        pagopa_receipt_id: None,
        amount: Cents::new(4_500).unwrap(),
        reason: RefundReason::PaidTwice,
    };
    assert!(app::store::refunds::record(&mut tx, &owed, app::auth::now()).await.unwrap());
    tx.commit().await.unwrap();
    let (refund,): (i64,) = one(app, "SELECT id FROM refunds WHERE notice_id = $1", voyage).await;
    let page = dsga.get(&app::routes::office_reconciliation(OFFICE_SCHOOL)).await;
    assert!(page.has(&voyage_number) && page.has("Segna come rimborsato"), "{}", page.body);
    assert!(family.get(app::routes::RECEIPTS).await.has("rimborsarti"), "the family sees what it is owed");

    let aa = other_school_staff(app).await;
    let aa_id: (i64,) =
        sqlx::query_as("SELECT id FROM accounts WHERE username = 'demo2'").fetch_one(&app.pool).await.unwrap();
    let office = domain::SchoolCode::parse(OFFICE_SCHOOL).unwrap();
    app::store::staff::grant(&app.pool, aa_id.0, &office, domain::StaffRole::Staff, app::auth::now()).await.unwrap();
    let settle = [("school", OFFICE_SCHOOL), ("refund_id", &refund.to_string()), ("dal", ""), ("al", "")];
    let refused = aa.post("/api/office/reports/refunded", &settle).await;
    assert_ne!(refused.status / 100, 2, "an AA cannot mark a refund: {}", refused.status);
    let (state,): (String,) = one(app, "SELECT state FROM refunds WHERE id = $1", refund).await;
    assert_eq!(state, "to_refund");

    let marked = dsga.post("/api/office/reports/refunded", &settle).await;
    let back = marked.location.expect("back to the reconciliation");
    assert!(back.contains(&format!("rimborsato={refund}")), "{back}");
    let (state,): (String,) = one(app, "SELECT state FROM refunds WHERE id = $1", refund).await;
    assert_eq!(state, "refunded");
    let page = dsga.get(&path_of(&back)).await;
    assert!(page.has("segnato come fatto") && page.has("Rimborsato il"), "{}", page.body);
    assert!(!family.get(app::routes::RECEIPTS).await.has("rimborsarti"), "a refund made is no longer owed");

    // The 730 data of this year: Giulia's trip only (the voyage is not deductible), with the payer.
    let (giulia_cf,): (String,) =
        one(app, "SELECT debtor_codice_fiscale FROM receipts WHERE notice_id = $1", trip).await;
    let (payer_cf,): (String,) = sqlx::query_as("SELECT codice_fiscale FROM accounts WHERE username = 'demo'")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let page = dsga.get(&format!("{}?anno={}", app::routes::office_tax(OFFICE_SCHOOL), today.year)).await;
    assert!(page.has(&giulia_cf) && page.has(&payer_cf) && page.has("12,00"), "{}", page.body);
    let csv = dsga.get(&app::routes::office_tax_csv(OFFICE_SCHOOL, today.year)).await;
    let lines: Vec<&str> = csv.body.lines().collect();
    assert_eq!(lines.len(), 2, "a header and one line: {}", csv.body);
    let fields: Vec<&str> = lines[1].split(';').collect();
    assert_eq!(
        (fields[0], fields[1], fields[3], fields[5], fields[6]),
        (today.year.to_string().as_str(), giulia_cf.as_str(), payer_cf.as_str(), "12,00", "1")
    );

    // A period that is not one is told at its field; another school's staff find nothing.
    let bad = dsga.get(&app::routes::office_reconciliation_period(OFFICE_SCHOOL, "31/02/2026", "")).await;
    assert_eq!(bad.status, 200);
    assert!(bad.has("Scrivi una data valida") && bad.has("aria-invalid=\"true\""), "{}", bad.body);
    // Demo2 stays staff of its own school only: A's reports are not there for it.
    sqlx::query("DELETE FROM school_staff WHERE account_id = $1 AND school_code = $2")
        .bind(aa_id.0)
        .bind(OFFICE_SCHOOL)
        .execute(&app.pool)
        .await
        .unwrap();
    assert_eq!(aa.get(&app::routes::office_reconciliation(OFFICE_SCHOOL)).await.status, 404);
    assert_eq!(aa.get(&app::routes::office_tax_csv(OFFICE_SCHOOL, today.year)).await.status, 404);
}
