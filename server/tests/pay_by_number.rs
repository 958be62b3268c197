//! Paying a notice by its number (`/paga-avviso`), with an account or without one: the search
//! and what it shows, its messages and its rate limit, a guest's payment end to end in the
//! sandbox (receipt recorded and emailed to the guest), a guest's pages closed to anyone else.
//! Each scenario on a fresh SQLite file and a fresh Postgres database (the migration that lets a
//! payment have no account: tests/guest_migration.rs).

mod common;

use common::browser::{Browser, Page};
use common::family::mails;
use common::payers::{demo_family, logged_in, notice_id, other_parents};
use common::paying::{decide, notice_state, path_of, payment_state, wait_for};
use common::TestApp;

on_both_engines!(
    a_guest_pays_a_notice_by_its_number_in_the_sandbox,
    a_guests_payment_is_closed_to_everyone_else,
    an_account_pays_by_number_a_notice_of_a_pupil_it_does_not_pay_for,
    each_notice_that_cannot_be_paid_says_why,
    searches_are_limited_per_address,
);

/// A demo notice's number and its creditor's fiscal code, as printed on it.
async fn printed(app: &TestApp, id: i64) -> (String, String, i64) {
    sqlx::query_as(
        "SELECT n.notice_number, s.creditor_fiscal_code, n.amount_cents FROM notices n JOIN schools s ON s.code = n.school_code WHERE n.id = $1",
    )
    .bind(id)
    .fetch_one(&app.pool)
    .await
    .expect("notice")
}

/// The page's own content, for messages (without the shell around it).
fn main_of(page: &Page) -> &str {
    let start = page.body.find("<main").unwrap_or(0);
    let end = page.body.find("</main>").unwrap_or(page.body.len());
    &page.body[start..end]
}

async fn search(browser: &Browser, number: &str, creditor: &str) -> Page {
    browser.get(&format!("/paga-avviso?numero={}&ente={creditor}", number.replace(' ', "+"))).await
}

/// Presses "Paga questo avviso"; where it leads.
async fn pay_by_number(browser: &Browser, number: &str, creditor: &str, email: Option<&str>) -> String {
    let mut form = vec![("numero", number), ("ente", creditor)];
    form.extend(email.map(|e| ("email", e)));
    let answer = browser.post("/api/pay-notice/pay", &form).await;
    assert_eq!(answer.status, 302, "{}", answer.body);
    path_of(&answer.location.expect("a redirect"))
}

/// Chooses the card and the first sandbox PSP on the checkout; the sandbox page's path.
async fn pay_in_sandbox(browser: &Browser, public_id: &str) -> String {
    let answer = browser
        .post("/api/payments/pay", &[("public_id", public_id), ("method", "card"), ("psp_id", "SANDBOX_PAGASUBITO")])
        .await;
    let location = path_of(&answer.location.expect("redirect to the PSP"));
    assert!(location.starts_with("/psp-sandbox/pagamento/"), "{location}");
    location
}

async fn a_guest_pays_a_notice_by_its_number_in_the_sandbox(app: &TestApp) {
    let trip = notice_id(app, "Giulia", "Uscita didattica").await;
    let (number, creditor, cents) = printed(app, trip).await;
    let guest = Browser::new(app);
    // Typed as printed, in groups of four.
    let grouped: String =
        number.as_bytes().chunks(4).map(|c| std::str::from_utf8(c).unwrap()).collect::<Vec<_>>().join(" ");
    let page = search(&guest, &grouped, &creditor).await;
    assert_eq!(page.status, 200);
    let amount = format!("{},{:02} €", cents / 100, cents % 100);
    assert!(page.has("Avviso trovato") && page.has("Uscita didattica") && page.has(&amount), "{}", main_of(&page));
    assert!(page.has("Da pagare") && page.has("La tua email"), "{}", main_of(&page));
    // Nothing personal beyond the printed notice: not even the pupil's name.
    let (pupil_cf,): (String,) =
        sqlx::query_as("SELECT p.codice_fiscale FROM notices n JOIN pupils p ON p.id = n.pupil_id WHERE n.id = $1")
            .bind(trip)
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert!(!page.has("Giulia") && !page.has(&pupil_cf), "{}", main_of(&page));

    // Without an email: asked for it at the field, nothing started.
    let back = pay_by_number(&guest, &number, &creditor, Some("nonna@")).await;
    assert!(back.starts_with("/paga-avviso?numero="), "{back}");
    let again = guest.get(back.split('#').next().unwrap()).await;
    assert!(again.has("Scrivi un indirizzo email completo") && again.has("value=\"nonna@\""), "{}", main_of(&again));
    assert_eq!(common::family::count(app, "payments").await, 0);

    let checkout = pay_by_number(&guest, &number, &creditor, Some("nonna@example.it")).await;
    let public_id = checkout.strip_prefix("/pagamento/").expect("the checkout").to_string();
    let (account, email): (Option<i64>, Option<String>) =
        sqlx::query_as("SELECT account_id, guest_email FROM payments WHERE public_id = $1")
            .bind(&public_id)
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!((account, email.as_deref()), (None, Some("nonna@example.it")));
    let page = guest.get(&checkout).await;
    assert_eq!(page.status, 200, "{}", main_of(&page));
    assert!(page.has("Uscita didattica") && page.has("Verrai portato sul sito di"), "{}", main_of(&page));
    assert!(!page.has("Giulia"), "the checkout names no pupil to a guest");
    // Pressing "Paga" again on the search goes back to the same payment, not a second one.
    assert_eq!(pay_by_number(&guest, &number, &creditor, Some("nonna@example.it")).await, checkout);

    let sandbox = pay_in_sandbox(&guest, &public_id).await;
    assert_eq!(decide(&guest, &sandbox, "confirmed").await, checkout);
    wait_for(app, &public_id, "confirmed").await;
    assert_eq!(notice_state(app, trip).await, "paid");
    let receipt: (Option<i64>, Option<i64>, Option<String>) = sqlx::query_as(
        "SELECT r.payment_id, r.account_id, r.payer_codice_fiscale FROM receipts r JOIN payments p ON p.id = r.payment_id \
         WHERE p.public_id = $1",
    )
    .bind(&public_id)
    .fetch_one(&app.pool)
    .await
    .expect("the receipt is recorded");
    assert!(receipt.0.is_some() && receipt.1.is_none() && receipt.2.is_none(), "{receipt:?}");
    let sent = mails(app).await;
    let mail = sent.iter().find(|(to, _, _)| to == "nonna@example.it").expect("the guest's email");
    assert!(mail.1.contains("eseguito") && mail.2.contains("Uscita didattica"), "{mail:?}");
    assert!(mail.2.contains(&format!("/pagamento/{public_id}")), "the guest's link is the outcome page: {}", mail.2);
    let outcome = guest.get(&checkout).await;
    assert!(outcome.has("Hai pagato") && outcome.has("nonna@example.it"), "{}", main_of(&outcome));
    // The receipt downloads from the outcome page, for the guest only.
    let (receipt_id,): (String,) = sqlx::query_as("SELECT receipt_id FROM receipts WHERE notice_id = $1")
        .bind(trip)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let link = app::routes::receipt_pdf(&receipt_id);
    assert!(outcome.has(&format!("href=\"{link}\"")), "{}", main_of(&outcome));
    assert!(guest.bytes(&link).await.starts_with(b"%PDF"));
    let refused = Browser::new(app).get(&link).await;
    assert_eq!((refused.status, path_of(&refused.location.unwrap_or_default())), (303, "/accedi".to_string()));
    let refused = demo_family(app).await.get(&link).await;
    assert_eq!(refused.status, 404, "a family that did not pay it does not get the guest's receipt");
    // Searched again, the notice says it is paid and offers nothing to pay.
    let paid = search(&guest, &number, &creditor).await;
    assert!(paid.has("Questo avviso è stato già pagato.") && !paid.has("Paga questo avviso"), "{}", main_of(&paid));
}

async fn a_guests_payment_is_closed_to_everyone_else(app: &TestApp) {
    let contribution = notice_id(app, "Luca", "Contributo").await;
    let (number, creditor, _) = printed(app, contribution).await;
    let guest = Browser::new(app);
    let checkout = pay_by_number(&guest, &number, &creditor, Some("zio@example.it")).await;
    let public_id = checkout.strip_prefix("/pagamento/").expect("the checkout").to_string();
    assert_eq!(guest.get(&checkout).await.status, 200);

    // A stranger, another guest (with a cookie of their own) and a family: none sees it or acts on it.
    let stranger = Browser::new(app);
    let page = stranger.get(&checkout).await;
    assert!(page.status == 302 && !page.has("zio@example.it"), "{} {}", page.status, main_of(&page));
    let other_guest = Browser::new(app);
    let other = notice_id(app, "Giulia", "Uscita didattica").await;
    let (other_number, other_creditor, _) = printed(app, other).await;
    pay_by_number(&other_guest, &other_number, &other_creditor, Some("altro@example.it")).await;
    let page = other_guest.get(&checkout).await;
    assert!(page.status == 302 && !page.has("zio@example.it"), "{} {}", page.status, main_of(&page));
    let family = demo_family(app).await;
    let page = family.get(&checkout).await;
    assert!(page.status == 404 && !page.has("zio@example.it"), "{} {}", page.status, main_of(&page));
    for intruder in [&stranger, &other_guest, &family] {
        let answer = intruder
            .post(
                "/api/payments/pay",
                &[("public_id", &public_id), ("method", "card"), ("psp_id", "SANDBOX_PAGASUBITO")],
            )
            .await;
        assert!(!answer.location.unwrap_or_default().contains("/psp-sandbox/"), "only the guest pays");
        intruder.post("/api/payments/cancel", &[("public_id", &public_id)]).await;
    }
    assert_eq!(payment_state(app, &public_id).await, "created");
    // The guest may give it up: the notice is free again, and the guest goes back to the search.
    let answer = guest.post("/api/payments/cancel", &[("public_id", &public_id)]).await;
    assert_eq!(path_of(&answer.location.unwrap_or_default()), "/paga-avviso");
    assert_eq!(payment_state(app, &public_id).await, "abandoned");
}

async fn an_account_pays_by_number_a_notice_of_a_pupil_it_does_not_pay_for(app: &TestApp) {
    // A grandparent: an account linked to no pupil at all.
    let hash = app::auth::password::hash("una password lunga 1".into()).await.unwrap();
    let grandparent = other_parents(app, 1, &hash).await.remove(0);
    sqlx::query(
        "DELETE FROM payer_links WHERE payer_codice_fiscale = (SELECT codice_fiscale FROM accounts WHERE username = $1)",
    )
    .bind(&grandparent)
    .execute(&app.pool)
    .await
    .unwrap();
    let browser = logged_in(app, &grandparent, "una password lunga 1").await;
    let trip = notice_id(app, "Giulia", "Uscita didattica").await;
    let (number, creditor, _) = printed(app, trip).await;
    // The notice is none of this account's: its own pages do not show it.
    assert_eq!(browser.get(&format!("/avvisi/{trip}")).await.status, 404);
    let page = search(&browser, &number, &creditor).await;
    assert!(page.has("Paghi con il tuo account") && !page.has("La tua email"), "{}", main_of(&page));
    let checkout = pay_by_number(&browser, &number, &creditor, None).await;
    let public_id = checkout.strip_prefix("/pagamento/").expect("the checkout").to_string();
    let (owner,): (String,) = sqlx::query_as(
        "SELECT a.username FROM payments p JOIN accounts a ON a.id = p.account_id WHERE p.public_id = $1 AND p.guest_email IS NULL",
    )
    .bind(&public_id)
    .fetch_one(&app.pool)
    .await
    .expect("the account's payment");
    assert_eq!(owner, grandparent);
    let sandbox = pay_in_sandbox(&browser, &public_id).await;
    decide(&Browser::new(app), &sandbox, "confirmed").await;
    wait_for(app, &public_id, "confirmed").await;
    assert_eq!(notice_state(app, trip).await, "paid");
    // The receipt is the account's, with the account as payer, and on its receipts page.
    let (payer,): (Option<String>,) = sqlx::query_as(
        "SELECT r.payer_name FROM receipts r JOIN accounts a ON a.id = r.account_id WHERE r.notice_id = $1 AND a.username = $2",
    )
    .bind(trip)
    .bind(&grandparent)
    .fetch_one(&app.pool)
    .await
    .expect("the account's receipt");
    assert_eq!(payer.as_deref(), Some("Luca Bianchi"));
    let receipts = browser.get("/ricevute").await;
    assert!(receipts.has("Uscita didattica"), "{}", main_of(&receipts));
    // The family that pays for the pupil sees the notice paid.
    let family = demo_family(app).await;
    assert!(family.get(&format!("/avvisi/{trip}")).await.has("Pagato"));
}

async fn each_notice_that_cannot_be_paid_says_why(app: &TestApp) {
    let guest = Browser::new(app);
    let page = guest.get("/paga-avviso").await;
    assert!(page.status == 200 && page.has("Codice avviso") && page.has("Testo del codice QR"), "{}", main_of(&page));
    // Mistyped: said at the field, the text kept.
    let page = search(&guest, "30123", "8001").await;
    assert!(
        page.has("Il codice avviso ha 18 cifre") && page.has("Il codice fiscale dell'ente ha 11 cifre"),
        "{}",
        main_of(&page)
    );
    assert!(page.has("value=\"30123\"") && page.has("aria-invalid=\"true\""), "{}", main_of(&page));
    let page = guest.get("/paga-avviso?qr=PAGOPA%7C001%7Cx").await;
    assert!(page.has("Questo non è il testo di un codice QR pagoPA"), "{}", main_of(&page));

    let trip = notice_id(app, "Giulia", "Uscita didattica").await;
    let (number, creditor, cents) = printed(app, trip).await;
    // Unknown: another creditor, or another number.
    let page = search(&guest, &number, "80012345676").await;
    assert!(page.has("Non troviamo un avviso con questo codice"), "{}", main_of(&page));
    // The QR code's text finds it as the number does.
    let qr = format!("PAGOPA|002|{number}|{creditor}|{cents}");
    let page = guest.get(&format!("/paga-avviso?qr={}", app::routes::query_value(&qr))).await;
    assert!(page.has("Avviso trovato") && page.has("Uscita didattica"), "{}", main_of(&page));

    // Wrong check digits: a warning, and it can still be paid.
    let last = number.chars().last().unwrap().to_digit(10).unwrap();
    let misdigited = format!("{}{}", &number[..17], (last + 1) % 10);
    sqlx::query("UPDATE notices SET notice_number = $1 WHERE id = $2")
        .bind(&misdigited)
        .bind(trip)
        .execute(&app.pool)
        .await
        .unwrap();
    let page = search(&guest, &misdigited, &creditor).await;
    assert!(page.has("non corrispondono alle altre") && page.has("Paga questo avviso"), "{}", main_of(&page));

    // Paid, expired, withdrawn: each its own words, and nothing to pay.
    for (state, words) in [
        ("paid", "Questo avviso è stato già pagato."),
        ("expired", "Questo avviso è scaduto"),
        ("revoked", "Questo avviso è stato annullato dalla scuola"),
    ] {
        sqlx::query("UPDATE notices SET state = $1 WHERE id = $2")
            .bind(state)
            .bind(trip)
            .execute(&app.pool)
            .await
            .unwrap();
        let page = search(&guest, &misdigited, &creditor).await;
        assert!(page.has(words) && !page.has("Paga questo avviso"), "{state}: {}", main_of(&page));
        let back = pay_by_number(&guest, &misdigited, &creditor, Some("nonna@example.it")).await;
        assert!(back.starts_with("/paga-avviso"), "{state}: {back}");
    }
    assert_eq!(common::family::count(app, "payments").await, 0);
}

async fn searches_are_limited_per_address(app: &TestApp) {
    let guest = Browser::new(app);
    let limit = app::payments::by_notice::LOOKUP_LIMIT;
    for n in 0..limit {
        let page = search(&guest, &format!("30200000000000{n:04}"), "80012345676").await;
        assert!(page.has("Non troviamo"), "search {n}: {}", main_of(&page));
    }
    // Past the limit, even a real notice is not looked up; another browser from the same address neither.
    let trip = notice_id(app, "Giulia", "Uscita didattica").await;
    let (number, creditor, _) = printed(app, trip).await;
    for browser in [&guest, &Browser::new(app)] {
        let page = search(browser, &number, &creditor).await;
        assert!(
            page.has("Hai fatto molte ricerche in poco tempo") && !page.has("Uscita didattica"),
            "{}",
            main_of(&page)
        );
    }
    // Nor can it be paid by posting the form directly.
    let back = pay_by_number(&guest, &number, &creditor, Some("nonna@example.it")).await;
    assert!(back.starts_with("/paga-avviso"), "{back}");
    assert_eq!(common::family::count(app, "payments").await, 0);
}
