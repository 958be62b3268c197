//! Voluntary payments (versamenti volontari) through HTTP like a browser, on a fresh SQLite file
//! and a fresh Postgres database each: the school's items, the form's server-side checks, the
//! notice it issues, and paying it at once.

mod common;

use common::browser::{Browser, Page};
use common::family::count;
use common::payers::demo_family;
use common::TestApp;
use server::demo::voluntary::{CONTRIBUTION, INSURANCE, TRIP};

on_both_engines!(
    the_school_lists_its_items_with_amounts_limits_and_periods,
    a_payer_without_an_account_gets_a_payment_notice,
    amounts_outside_the_limits_are_refused_at_the_field,
    the_pupil_code_must_agree_with_the_names_and_nothing_typed_is_lost,
    an_item_outside_its_period_issues_nothing,
    a_parent_sees_the_voluntary_notice_among_the_family_notices,
    paying_at_once_opens_the_checkout,
    a_payer_without_an_account_paying_at_once_keeps_the_notice,
    unknown_schools_and_items_are_not_found,
    one_address_cannot_issue_notices_without_end,
);

const SCHOOL: &str = "MIIC8CY00P";
const SUBMIT: &str = "/api/voluntary/submit";
/// Mario Rossi: a valid codice fiscale for a pupil the school has not loaded.
const PUPIL_CF: &str = "RSSMRA80A01H501U";

async fn item_id(app: &TestApp, reason: &str) -> i64 {
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM voluntary_items WHERE school_code = $1 AND reason = $2")
        .bind(SCHOOL)
        .bind(reason)
        .fetch_one(&app.pool)
        .await
        .expect("demo item");
    id
}

fn form<'a>(item: &'a str, action: &'a str, fields: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![("school", SCHOOL), ("item", item), ("action", action)];
    form.extend_from_slice(fields);
    form
}

fn guest<'a>(item: &'a str, action: &'a str) -> Vec<(&'a str, &'a str)> {
    form(
        item,
        action,
        &[("codice_fiscale", PUPIL_CF), ("surname", "Rossi"), ("given_name", "Mario"), ("email", "nonna@example.it")],
    )
}

/// Posts the form and opens the page it leads to.
async fn send(browser: &Browser, fields: &[(&str, &str)]) -> Page {
    browser.submit(SUBMIT, fields).await
}

async fn the_school_lists_its_items_with_amounts_limits_and_periods(app: &TestApp) {
    let browser = Browser::new(app);
    let page = browser.get("/versamenti-volontari/MIIC8CY00P").await;
    assert_eq!(page.status, 200);
    for text in
        ["Istituto Comprensivo Scapponi", "Assicurazione integrativa alunni", "8,50 €", "Parco Nazionale dello Stelvio"]
    {
        assert!(page.has(text), "{text}: {}", page.body);
    }
    assert!(page.has("Importo libero da 5,00 € a 500,00 €, suggerito 30,00 €"), "limits");
    let in_two_weeks = app::time::today(app::auth::now()).plus_days(14).to_italian();
    assert!(page.has(&format!("Pagabile fino al {in_two_weeks}")), "the trip closes in two weeks");
    assert!(page.has("Sì, nella dichiarazione dei redditi"), "the contribution is deductible");
    let insurance = item_id(app, INSURANCE).await;
    assert!(page.has(&format!("/versamenti-volontari/MIIC8CY00P?voce={insurance}")));
    // The search page and the school's card lead here.
    let search = browser.get("/versamenti-volontari?codice=MIIC8CY00P").await;
    assert!(search.has("href=\"/versamenti-volontari/MIIC8CY00P\""), "{}", search.body);
    let card = browser.get("/scuole/MIIC8CY00P").await;
    assert!(card.has("href=\"/versamenti-volontari/MIIC8CY00P\"") && !card.has("non sono ancora attivi"));
    assert!(browser.get("/").await.has("href=\"/versamenti-volontari\""), "home page link");
}

async fn a_payer_without_an_account_gets_a_payment_notice(app: &TestApp) {
    let browser = Browser::new(app);
    let insurance = item_id(app, INSURANCE).await.to_string();
    let chosen = browser.get(&format!("/versamenti-volontari/MIIC8CY00P?voce={insurance}")).await;
    assert!(chosen.has("Codice fiscale dell") && chosen.has("La tua email"), "{}", chosen.body);
    assert!(chosen.has("Procedi con il pagamento immediato") && chosen.has("Scarica documento di pagamento"));
    assert!(!chosen.has("name=\"amount\""), "a fixed amount is not asked");

    let answer = browser.post(SUBMIT, &guest(&insurance, "documento")).await;
    assert_eq!(answer.status, 302, "{}", answer.body);
    assert!(answer.location.as_deref().unwrap_or_default().ends_with(&format!("?voce={insurance}#avviso")));
    let done = send(&browser, &guest(&insurance, "documento")).await;
    assert!(done.has("Il tuo documento di pagamento è pronto"), "{}", done.body);
    assert!(done.has("8,50 €"));

    let (id, number, amount, state, class): (i64, String, i64, String, String) = sqlx::query_as(
        "SELECT n.id, n.notice_number, n.amount_cents, n.state, p.class_name FROM notices n JOIN pupils p ON p.id = n.pupil_id \
         WHERE p.codice_fiscale = $1 ORDER BY n.id DESC",
    )
    .bind(PUPIL_CF)
    .fetch_one(&app.pool)
    .await
    .expect("the notice");
    assert_eq!((amount, state.as_str(), class.as_str()), (850, "valid", "—"));
    let grouped = domain::NoticeNumber::try_from(number).expect("a notice number").grouped();
    assert!(done.has(&grouped), "the notice number, grouped by 4");
    assert!(done.has(&format!("/avvisi/{id}/documento.pdf?chiave=")), "the download link with its key");
    let (email, account): (Option<String>, Option<i64>) =
        sqlx::query_as("SELECT payer_email, payer_account_id FROM voluntary_notices WHERE notice_id = $1")
            .bind(id)
            .fetch_one(&app.pool)
            .await
            .expect("who asked");
    assert_eq!((email.as_deref(), account), (Some("nonna@example.it"), None));
    // The same pupil again: one pupil, two notices, each its own number.
    let pupils: (i64,) = sqlx::query_as("SELECT COUNT(*) FROM pupils WHERE codice_fiscale = $1")
        .bind(PUPIL_CF)
        .fetch_one(&app.pool)
        .await
        .expect("pupils");
    assert_eq!(pupils.0, 1);
    assert_eq!(count(app, "voluntary_notices").await, 2);
    // Reloading does not show the document link again, nor issue anything.
    let reload = browser.get(&format!("/versamenti-volontari/MIIC8CY00P?voce={insurance}")).await;
    assert!(!reload.has("documento.pdf") && reload.has("Dati dell"));
    assert_eq!(count(app, "voluntary_notices").await, 2);
}

async fn amounts_outside_the_limits_are_refused_at_the_field(app: &TestApp) {
    let browser = Browser::new(app);
    let contribution = item_id(app, CONTRIBUTION).await.to_string();
    let chosen = browser.get(&format!("/versamenti-volontari/MIIC8CY00P?voce={contribution}")).await;
    assert!(chosen.has("name=\"amount\"") && chosen.has("value=\"30,00\""), "the suggested amount first");
    let before = count(app, "notices").await;
    for (typed, said) in [
        ("4,99", "importo minimo è 5,00 €"),
        ("500,01", "importo massimo è 500,00 €"),
        ("dieci", "Scrivi l"),
        ("-5", "Scrivi l"),
        ("", "Scrivi l"),
    ] {
        let mut fields = guest(&contribution, "documento");
        fields.push(("amount", typed));
        let page = send(&browser, &fields).await;
        assert!(page.has(said), "{typed}: {}", page.body);
        assert!(page.has("id=\"amount-error\"") && page.has("id=\"problemi\""), "{typed}");
        assert!(page.has(&format!("value=\"{PUPIL_CF}\"")), "the rest stays as typed");
    }
    assert_eq!(count(app, "notices").await, before, "nothing issued");
    let mut fields = guest(&contribution, "documento");
    fields.push(("amount", "25,50"));
    let page = send(&browser, &fields).await;
    assert!(page.has("25,50 €"), "{}", page.body);
    let (amount, editable): (i64, i64) = sqlx::query_as(
        "SELECT n.amount_cents, e.amount_editable FROM notices n JOIN payment_events e ON e.id = n.event_id ORDER BY n.id DESC",
    )
    .fetch_one(&app.pool)
    .await
    .expect("notice");
    assert_eq!((amount, editable), (2_550, 1));
    // A fixed amount cannot be changed by a hand-made request.
    let insurance = item_id(app, INSURANCE).await.to_string();
    let mut fields = guest(&insurance, "documento");
    fields.push(("amount", "0,01"));
    assert!(send(&browser, &fields).await.has("8,50 €"));
}

async fn the_pupil_code_must_agree_with_the_names_and_nothing_typed_is_lost(app: &TestApp) {
    let browser = Browser::new(app);
    let insurance = item_id(app, INSURANCE).await.to_string();
    let before = count(app, "notices").await;
    let fields = form(
        &insurance,
        "documento",
        &[("codice_fiscale", PUPIL_CF), ("surname", "Bianchi"), ("given_name", "Luigi"), ("email", "nonna")],
    );
    let page = send(&browser, &fields).await;
    for text in [
        "Il cognome non corrisponde al codice fiscale.",
        "Il nome non corrisponde al codice fiscale.",
        "Scrivi un indirizzo email completo",
        "value=\"Bianchi\"",
        "value=\"nonna\"",
        "aria-invalid=\"true\"",
    ] {
        assert!(page.has(text), "{text}: {}", page.body);
    }
    let bad_code = form(
        &insurance,
        "documento",
        &[("codice_fiscale", "RSSMRA80A01H501X"), ("surname", "Rossi"), ("given_name", "Mario"), ("email", "a@b.it")],
    );
    assert!(send(&browser, &bad_code).await.has("ultimo carattere non corrisponde"));
    // A hand-made request with enormous fields: refused at the fields, never a 500.
    let long = "A".repeat(5_000);
    let huge = form(
        &insurance,
        "documento",
        &[("codice_fiscale", &long), ("surname", &long), ("given_name", &long), ("email", &long)],
    );
    let answer = browser.post(SUBMIT, &huge).await;
    assert_eq!(answer.status, 302);
    assert!(answer.longest_header < 4_096, "the flash cookie stays small");
    assert_eq!(count(app, "notices").await, before, "nothing issued");
}

async fn an_item_outside_its_period_issues_nothing(app: &TestApp) {
    let trip = item_id(app, TRIP).await;
    let tomorrow = app::time::today(app::auth::now()).plus_days(1);
    sqlx::query("UPDATE voluntary_items SET payable_from = $1, payable_until = $2 WHERE id = $3")
        .bind(tomorrow.to_string())
        .bind(tomorrow.plus_days(14).to_string())
        .bind(trip)
        .execute(&app.pool)
        .await
        .expect("move the trip");
    let browser = Browser::new(app);
    let list = browser.get("/versamenti-volontari/MIIC8CY00P").await;
    assert!(list.has(&format!("Pagabile dal {}", tomorrow.to_italian())), "{}", list.body);
    assert!(!list.has(&format!("?voce={trip}")), "not yet choosable");
    let before = count(app, "notices").await;
    let trip = trip.to_string();
    let page = send(&browser, &guest(&trip, "documento")).await;
    assert!(page.has("Oggi questo versamento non si può pagare."), "{}", page.body);
    assert_eq!(count(app, "notices").await, before);
    // Closed yesterday: gone from the list, refused likewise.
    let yesterday = app::time::today(app::auth::now()).plus_days(-1);
    sqlx::query("UPDATE voluntary_items SET payable_from = $1, payable_until = $1 WHERE id = $2")
        .bind(yesterday.to_string())
        .bind(trip.parse::<i64>().unwrap())
        .execute(&app.pool)
        .await
        .expect("close the trip");
    assert!(!browser.get("/versamenti-volontari/MIIC8CY00P").await.has("Stelvio"));
    assert!(send(&browser, &guest(&trip, "documento")).await.has("Chiuso il"));
    assert_eq!(count(app, "notices").await, before);
}

/// Giulia Rossi's codice fiscale (the demo family's child at MIIC8CY00P).
async fn giulia(app: &TestApp) -> String {
    let (cf,): (String,) =
        sqlx::query_as("SELECT codice_fiscale FROM pupils WHERE given_name = 'Giulia' AND school_code = $1")
            .bind(SCHOOL)
            .fetch_one(&app.pool)
            .await
            .expect("Giulia");
    cf
}

async fn a_parent_sees_the_voluntary_notice_among_the_family_notices(app: &TestApp) {
    let family = demo_family(app).await;
    let trip = item_id(app, TRIP).await.to_string();
    let cf = giulia(app).await;
    let chosen = family.get(&format!("/versamenti-volontari/MIIC8CY00P?voce={trip}")).await;
    assert!(!chosen.has("La tua email") && chosen.has("Sei entrato con la tua utenza"), "{}", chosen.body);
    assert!(!family.get("/famiglia").await.has("Stelvio"));
    let fields = form(&trip, "documento", &[("codice_fiscale", &cf), ("surname", "Rossi"), ("given_name", "Giulia")]);
    let done = send(&family, &fields).await;
    assert!(done.has("Il tuo documento di pagamento è pronto"), "{}", done.body);
    let page = family.get("/famiglia").await;
    assert!(page.has("Gita di fine anno al Parco Nazionale dello Stelvio") && page.has("35,00 €"), "{}", page.body);
    let (account, email, class): (Option<i64>, Option<String>, String) = sqlx::query_as(
        "SELECT v.payer_account_id, v.payer_email, p.class_name FROM voluntary_notices v JOIN notices n ON n.id = v.notice_id \
         JOIN pupils p ON p.id = n.pupil_id",
    )
    .fetch_one(&app.pool)
    .await
    .expect("record");
    assert!(account.is_some() && email.is_none());
    assert_eq!(class, "3ª A primaria", "the office's pupil is kept as it is");
    assert!(family.get("/famiglia").await.has("Versamenti volontari"), "the family area links here");
}

async fn paying_at_once_opens_the_checkout(app: &TestApp) {
    let family = demo_family(app).await;
    let insurance = item_id(app, INSURANCE).await.to_string();
    let cf = giulia(app).await;
    let fields = form(&insurance, "paga", &[("codice_fiscale", &cf), ("surname", "Rossi"), ("given_name", "Giulia")]);
    let answer = family.post(SUBMIT, &fields).await;
    assert_eq!(answer.status, 302, "{}", answer.body);
    let location = answer.location.unwrap_or_default();
    assert!(location.contains("/pagamento/"), "{location}");
    let checkout = family.get(&common::paying::path_of(&location)).await;
    assert_eq!(checkout.status, 200);
    assert!(checkout.has("8,50 €"), "{}", checkout.body);
}

/// Without an account the checkout is the `pay` part's (guest payments): whether it opens, or
/// says why not, the notice exists for the email given and the page never fails.
async fn a_payer_without_an_account_paying_at_once_keeps_the_notice(app: &TestApp) {
    let browser = Browser::new(app);
    let insurance = item_id(app, INSURANCE).await.to_string();
    let answer = browser.post(SUBMIT, &guest(&insurance, "paga")).await;
    assert_eq!(answer.status, 302, "{}", answer.body);
    let location = common::paying::path_of(&answer.location.unwrap_or_default());
    if location.contains("/pagamento/") {
        assert_eq!(browser.get(&location).await.status, 200);
    } else {
        assert!(location.ends_with("#avviso"), "{location}");
        let page = browser.get(location.trim_end_matches("#avviso")).await;
        assert!(page.has("Il pagamento immediato non è partito") && page.has("documento.pdf?chiave="), "{}", page.body);
    }
    let (email,): (Option<String>,) = sqlx::query_as("SELECT payer_email FROM voluntary_notices")
        .fetch_one(&app.pool)
        .await
        .expect("the notice is kept");
    assert_eq!(email.as_deref(), Some("nonna@example.it"));
}

async fn unknown_schools_and_items_are_not_found(app: &TestApp) {
    let browser = Browser::new(app);
    assert_eq!(browser.get("/versamenti-volontari/XXIC00000Z").await.status, 404);
    assert_eq!(browser.get("/versamenti-volontari/nonvalido").await.status, 404);
    assert_eq!(browser.get("/versamenti-volontari/MIIC8CY00P?voce=99999").await.status, 404);
    assert_eq!(browser.get("/versamenti-volontari/MIIC8CY00P?voce=abc").await.status, 404);
    // An item of another school through this school's form.
    let insurance = item_id(app, INSURANCE).await.to_string();
    let mut fields = guest(&insurance, "documento");
    fields[0] = ("school", "MIMM12300A");
    let answer = browser.post(SUBMIT, &fields).await;
    assert!(answer.status < 500, "{}", answer.status);
    // Missing fields, an unknown action, NUL characters: refused, never a 500.
    let nul =
        form(&insurance, "paga", &[("codice_fiscale", "\0"), ("surname", "\0"), ("given_name", "\0"), ("email", "\0")]);
    for fields in [vec![("school", SCHOOL)], guest(&insurance, "boh"), nul] {
        let answer = browser.post(SUBMIT, &fields).await;
        assert!(answer.status < 500, "{fields:?}: {}", answer.status);
    }
    assert_eq!(count(app, "voluntary_notices").await, 0);
}

async fn one_address_cannot_issue_notices_without_end(app: &TestApp) {
    let browser = Browser::new(app);
    let insurance = item_id(app, INSURANCE).await.to_string();
    for _ in 0..server_limit() {
        assert!(send(&browser, &guest(&insurance, "documento")).await.has("documento di pagamento è pronto"));
    }
    let refused = send(&browser, &guest(&insurance, "documento")).await;
    assert!(refused.has("Hai creato molti avvisi in poco tempo"), "{}", refused.body);
    assert_eq!(count(app, "voluntary_notices").await, server_limit());
}

fn server_limit() -> i64 {
    app::functions::voluntary::NOTICES_PER_WINDOW
}
