//! A family's way through registration, shared by the tests that need a registered account.

use super::browser::{Browser, Page};
use super::captcha::solved_captcha;
use super::TestApp;

pub const CF: &str = "RSSMRA80A01H501U";
pub const PASSWORD: &str = "lampada verde sul balcone 7";

pub fn details(email: &str) -> Vec<(&'static str, &str)> {
    vec![
        ("surname", "Rossi"),
        ("given_name", "Mario"),
        ("birth_date", "01/01/1980"),
        ("sex", "M"),
        ("birthplace_query", "Roma"),
        ("email", email),
        ("email_again", email),
        ("accept_terms", "si"),
        ("accept_privacy", "si"),
    ]
}

/// The mails so far, as the development mailbox shows them (delivering what is due there first,
/// which is when their links and temporary passwords are made).
pub async fn mails(app: &TestApp) -> Vec<(String, String, String)> {
    app::auth::mail_secrets::deliver_to_dev_mailbox(&app.pool).await.expect("deliver to the development mailbox");
    sqlx::query_as("SELECT recipient, subject, body_text FROM outbox ORDER BY id")
        .fetch_all(&app.pool)
        .await
        .expect("outbox")
}

pub async fn count(app: &TestApp, table: &str) -> i64 {
    // The demo's accounts (parents, office, administrator), loaded in every test app, are not
    // among the accounts a test makes.
    let filter = if table == "accounts" { " WHERE demo = 0" } else { "" };
    let (n,): (i64,) =
        sqlx::query_as(&format!("SELECT COUNT(*) FROM {table}{filter}")).fetch_one(&app.pool).await.expect("count");
    n
}

/// The path of the first link in a mail body that contains `marker`.
pub fn link_in(body: &str, marker: &str) -> String {
    let start = body.find(marker).unwrap_or_else(|| panic!("no {marker} in {body}"));
    body[start..].split_whitespace().next().unwrap_or_default().to_string()
}

pub fn line_value(body: &str, label: &str) -> String {
    body.lines()
        .find_map(|l| l.strip_prefix(&format!("{label}: ")))
        .unwrap_or_else(|| panic!("no {label} in {body}"))
        .to_string()
}

/// Steps 1 to 3 of the wizard, ending on the review page.
pub async fn fill_wizard(app: &TestApp, browser: &Browser, email: &str) -> Page {
    let step1 = browser.get("/registrazione").await;
    assert_eq!(step1.status, 200);
    assert!(step1.has("Codice fiscale") && step1.has("codice_fiscale"));
    let captcha = solved_captcha(app).await;
    let step2 = browser
        .submit("/api/registration/code", &[("codice_fiscale", "rssmra 80a01 h501u"), ("altcha", &captcha)])
        .await;
    assert!(step2.has("I tuoi dati"), "{}", step2.body);
    assert!(step2.has(CF));
    let review = browser.submit("/api/registration/details", &details(email)).await;
    assert!(review.has("Conferma i tuoi dati"), "{}", review.body);
    assert!(review.has("Roma (RM)"));
    review
}

/// Registers and verifies; returns (username, temporary password).
pub async fn register(app: &TestApp, browser: &Browser, email: &str) -> (String, String) {
    fill_wizard(app, browser, email).await;
    let done = browser.submit("/api/registration/confirm", &[("action", "confirm")]).await;
    assert!(done.has("Guarda anche nella posta indesiderata"), "{}", done.body);
    let (to, subject, body) = mails(app).await.pop().expect("a mail");
    assert_eq!((to.as_str(), subject.as_str()), (email, "Conferma registrazione"));
    let link = link_in(&body, "/registrazione/conferma/");
    let verified = browser.get(&link).await;
    assert!(verified.has("il tuo indirizzo email è confermato"), "{}", verified.body);
    let (_, subject, body) = mails(app).await.pop().expect("credentials mail");
    assert_eq!(subject, "Creazione utenza");
    (line_value(&body, "Username"), line_value(&body, "Password provvisoria"))
}
