//! The office configures voluntary items on a real server and database: a bad form stores
//! nothing and shows each problem at its field with what was typed; a good one appears on the
//! families' page of the school; a reason already used is refused; changing an item changes what
//! families see; closing it today takes it off their page; another school's staff get 404.

mod common;

use common::browser::Browser;
use common::payers::{logged_in, other_school_staff, DEMO_PASSWORD};
use common::TestApp;
use server::demo::office::{OFFICE_MANAGER_USERNAME, OFFICE_SCHOOL};

on_both_engines!(the_office_adds_changes_and_closes_voluntary_items);

const SAVE: &str = "/api/office/voluntary/save";

fn in_days(days: i64) -> String {
    app::time::today(app::auth::now()).plus_days(days).to_italian()
}

async fn items(app: &TestApp) -> i64 {
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM voluntary_items WHERE school_code = $1")
        .bind(OFFICE_SCHOOL)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    count
}

async fn script_status(browser: &Browser, path: &str, fields: &[(&str, &str)]) -> u16 {
    let body = serde_urlencoded::to_string(fields).unwrap().into_bytes();
    let headers = [("content-type", "application/x-www-form-urlencoded")];
    browser.send(reqwest::Method::POST, path, &headers, body).await.expect("POST").status
}

async fn the_office_adds_changes_and_closes_voluntary_items(app: &TestApp) {
    let dsga = logged_in(app, OFFICE_MANAGER_USERNAME, DEMO_PASSWORD).await;
    let page = dsga.get(&app::routes::office_voluntary(OFFICE_SCHOOL, None)).await;
    assert_eq!(page.status, 200);
    assert!(page.has(server::demo::voluntary::CONTRIBUTION), "{}", page.body);
    let before = items(app).await;
    let (today, month) = (in_days(0), in_days(30));

    // A bad form: nothing stored, each problem at its field, what was typed kept.
    let bad = dsga
        .submit(
            SAVE,
            &[
                ("school", OFFICE_SCHOOL),
                ("reason", "Corso di nuoto"),
                ("category", "canteen"),
                ("amount", "quaranta"),
                ("payable_from", &today),
                ("payable_until", "31/02/2020"),
                ("iban", "DE89 3704 0044 0532 0130 00"),
            ],
        )
        .await;
    assert!(
        bad.has("Scegli una categoria")
            && bad.has("Scrivi un importo in euro")
            && bad.has("IBAN")
            && bad.has("quaranta"),
        "{}",
        bad.body
    );
    assert_eq!(items(app).await, before);

    // A good one: on the families' page of the school.
    let good = [
        ("school", OFFICE_SCHOOL),
        ("item_id", ""),
        ("reason", "Corso di nuoto"),
        ("category", "other"),
        ("amount", "45,00"),
        ("payable_from", today.as_str()),
        ("payable_until", month.as_str()),
        ("iban", "IT60 X054 2811 1010 0000 0123 456"),
    ];
    let saved = dsga.post(SAVE, &good).await;
    assert!(saved.location.unwrap_or_default().contains("esito=salvata"));
    assert_eq!(items(app).await, before + 1);
    let families = Browser::new(app);
    let public = families.get(&app::routes::voluntary_school(OFFICE_SCHOOL)).await;
    assert!(public.has("Corso di nuoto") && public.has("45,00"), "{}", public.body);

    // The same reason again is refused at its field.
    let taken = dsga.submit(SAVE, &good).await;
    assert!(taken.has("ha già questa causale"), "{}", taken.body);
    assert_eq!(items(app).await, before + 1);

    // Changed: the family chooses between 10 and 100 euro.
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM voluntary_items WHERE reason = 'Corso di nuoto'")
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let id_text = id.to_string();
    let edit_page = dsga.get(&app::routes::office_voluntary(OFFICE_SCHOOL, Some(id))).await;
    assert!(edit_page.has("value=\"45,00\""), "the form holds the item: {}", edit_page.body);
    let mut changed = good.to_vec();
    changed[1] = ("item_id", &id_text);
    changed.extend([("amount_editable", "si"), ("min", "10"), ("max", "100,00")]);
    dsga.post(SAVE, &changed).await;
    let (editable, min, max): (i64, Option<i64>, Option<i64>) =
        sqlx::query_as("SELECT amount_editable, min_cents, max_cents FROM voluntary_items WHERE id = $1")
            .bind(id)
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!((editable, min, max), (1, Some(1000), Some(10_000)));

    // Another school's staff: the page and the forms do not exist for them.
    let staff_b = other_school_staff(app).await;
    assert_eq!(staff_b.get(&app::routes::office_voluntary(OFFICE_SCHOOL, None)).await.status, 404);
    assert_eq!(script_status(&staff_b, SAVE, &changed).await, 404);
    let close = [("school", OFFICE_SCHOOL), ("item_id", id_text.as_str())];
    assert_eq!(script_status(&staff_b, "/api/office/voluntary/close", &close).await, 404);

    // Closed today: off the families' page, still on the office's (closed).
    let closed = dsga.post("/api/office/voluntary/close", &close).await;
    assert!(closed.location.unwrap_or_default().contains("esito=chiusa"));
    assert!(!families.get(&app::routes::voluntary_school(OFFICE_SCHOOL)).await.has("Corso di nuoto"));
    let office = dsga.get(&app::routes::office_voluntary(OFFICE_SCHOOL, None)).await;
    assert!(office.has("Corso di nuoto") && office.has("chiusa"), "{}", office.body);
    let again = dsga.post("/api/office/voluntary/close", &close).await;
    assert!(again.location.unwrap_or_default().contains("esito=invariato"));
}
