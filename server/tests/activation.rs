//! The activation rule, through HTTP on a fresh SQLite file and a fresh Postgres database each:
//! registering with a payer's codice fiscale is not enough to see the pupil. The school vouches
//! for the account with the email it recorded (once verified) or with a one-time activation code
//! its office makes (a printed letter, or an email whose code is made when it is sent).

mod common;

use app::store::activation;
use common::browser::{Browser, Page};
use common::family::mails;
use common::payers::{demo_family, logged_in, notice_id};
use common::TestApp;
use domain::codice_fiscale::{encode, CodiceFiscale, Sex};

on_both_engines!(
    the_right_codice_fiscale_with_another_email_sees_nothing_until_the_code,
    codes_are_single_use_expire_and_refuse_another_codice_fiscale,
    typing_codes_is_throttled_per_account,
    the_email_the_school_recorded_is_enough_once_verified,
    the_emailed_code_is_made_when_sent_and_replaces_the_letter,
    the_demo_loader_vouches_for_the_demo_parents_on_an_older_database,
);

const PASSWORD: &str = "una password lunga 1";
const OFFICE: &str = "MIIC8CY00P";

fn sara() -> CodiceFiscale {
    encode("Bianchi", "Sara", 1984, 6, 12, Sex::Female, "F205").expect("a valid code")
}

async fn pupil_id(app: &TestApp, given_name: &str) -> i64 {
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM pupils WHERE given_name = $1")
        .bind(given_name)
        .fetch_one(&app.pool)
        .await
        .expect("demo pupil");
    id
}

/// A ready account (password, conditions accepted), made straight in the database.
async fn account(app: &TestApp, username: &str, cf: &str, email: &str, verified: bool) -> i64 {
    let now = app::auth::now();
    let hash = app::auth::password::hash(PASSWORD.into()).await.expect("hash");
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO accounts (codice_fiscale, username, surname, given_name, birth_date, sex, birthplace_code, email, lang, \
         email_verified_at, password_hash, created_at) VALUES ($1, $2, 'Bianchi', 'Sara', '1984-06-12', 'F', 'F205', $3, 'it', $4, $5, $6) RETURNING id",
    )
    .bind(cf)
    .bind(username)
    .bind(email)
    .bind(verified.then_some(now))
    .bind(hash)
    .bind(now)
    .fetch_one(&app.pool)
    .await
    .expect("account");
    for (document, version) in
        [("conditions", app::i18n::documents::CONDITIONS_VERSION), ("privacy", app::i18n::documents::PRIVACY_VERSION)]
    {
        sqlx::query("INSERT INTO consents (account_id, document, version, accepted_at, address) VALUES ($1, $2, $3, $4, 'test')")
            .bind(id)
            .bind(document)
            .bind(version)
            .bind(now)
            .execute(&app.pool)
            .await
            .expect("consent");
    }
    id
}

/// The school records `cf` as a payer of the pupil, with `email` (lower-cased, as the office writes it).
async fn link(app: &TestApp, pupil: i64, cf: &str, email: Option<&str>) {
    sqlx::query(
        "INSERT INTO payer_links (pupil_id, payer_codice_fiscale, payer_surname, payer_given_name, payer_email) \
         VALUES ($1, $2, 'Bianchi', 'Sara', $3)",
    )
    .bind(pupil)
    .bind(cf)
    .bind(email)
    .execute(&app.pool)
    .await
    .expect("payer link");
}

/// The demo's office manager makes a letter for the payer and reads its code off the page.
async fn letter_code(app: &TestApp, pupil: i64, payer: &str) -> String {
    let office = logged_in(app, server::demo::office::OFFICE_MANAGER_USERNAME, server::demo::DEMO_PASSWORD).await;
    let pupil = pupil.to_string();
    let page =
        office.submit("/api/office/activation/issue", &[("school", OFFICE), ("pupil", &pupil), ("payer", payer)]).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.has("Stampa la lettera ora"), "{}", page.body);
    code_in(&page.body)
}

fn code_in(body: &str) -> String {
    let marker = "activation-letter__code mono\">";
    let start = body.find(marker).unwrap_or_else(|| panic!("no code in {body}")) + marker.len();
    body[start..start + 14].to_string()
}

async fn type_code(browser: &Browser, code: &str) -> Page {
    browser.submit("/api/account/activate", &[("codice", code)]).await
}

/// What the family page shows of the demo children.
fn children(page: &Page) -> Vec<&'static str> {
    ["Giulia Rossi", "Marco Rossi", "Luca Rossi"].into_iter().filter(|name| page.has(name)).collect()
}

async fn cart_size(app: &TestApp, account: i64) -> i64 {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM cart_items WHERE account_id = $1")
        .bind(account)
        .fetch_one(&app.pool)
        .await
        .expect("cart");
    n
}

async fn the_right_codice_fiscale_with_another_email_sees_nothing_until_the_code(app: &TestApp) {
    let giulia = pupil_id(app, "Giulia").await;
    // The school recorded Sara's real address; someone registered with her codice fiscale and
    // another (verified) email.
    link(app, giulia, sara().as_str(), Some("sara.bianchi@example.it")).await;
    let intruder = account(app, "sara.bianchi", sara().as_str(), "altra@example.it", true).await;
    let parent = logged_in(app, "sara.bianchi", PASSWORD).await;
    let trip = notice_id(app, "Giulia", "Uscita didattica").await;

    let family = parent.get("/famiglia").await;
    assert_eq!(family.status, 200);
    assert!(children(&family).is_empty(), "{}", family.body);
    assert!(family.has("Non vedi un figlio?") && family.has("Non vedi ancora nessun figlio"));
    assert_eq!(parent.get(&app::routes::notice(trip)).await.status, 404);
    assert_eq!(parent.get(&app::routes::notice_document(trip, None)).await.status, 404);
    let trip_id = trip.to_string();
    parent.post("/api/cart/add", &[("notice_id", &trip_id), ("back", "carrello")]).await;
    assert_eq!(cart_size(app, intruder).await, 0, "a notice it cannot see never enters its cart");
    assert!(!parent.get("/ricevute").await.has("Giulia"));

    // The office hands Sara a letter; typed by her account, it opens exactly that pupil.
    let code = letter_code(app, giulia, sara().as_str()).await;
    let done = type_code(&parent, &code.to_lowercase().replace('-', " ")).await;
    assert!(done.has("Fatto: ora vedi gli avvisi di Giulia Rossi."), "{}", done.body);
    assert_eq!(children(&done), ["Giulia Rossi"], "Giulia only, not her brothers");
    assert_eq!(parent.get(&app::routes::notice(trip)).await.status, 200);
    parent.post("/api/cart/add", &[("notice_id", &trip_id), ("back", "carrello")]).await;
    assert_eq!(cart_size(app, intruder).await, 1);
    let office = logged_in(app, server::demo::office::HEADTEACHER_USERNAME, server::demo::DEMO_PASSWORD).await;
    let page = office.get(&app::routes::office_activation(OFFICE, giulia)).await;
    assert!(page.has("con un codice di attivazione"), "{}", page.body);
}

async fn codes_are_single_use_expire_and_refuse_another_codice_fiscale(app: &TestApp) {
    let giulia = pupil_id(app, "Giulia").await;
    link(app, giulia, sara().as_str(), None).await;
    account(app, "sara.bianchi", sara().as_str(), "sara@example.it", true).await;
    let sara_browser = logged_in(app, "sara.bianchi", PASSWORD).await;
    let code = letter_code(app, giulia, sara().as_str()).await;

    // Another parent (Maria, who sees her children by email) cannot use Sara's code.
    let maria = demo_family(app).await;
    let refused = type_code(&maria, &code).await;
    assert!(refused.has("Codice non valido o scaduto"), "{}", refused.body);
    assert!(refused.has("aria-invalid=\"true\""));
    let garbage = type_code(&sara_browser, "ciao").await;
    assert!(garbage.has("Codice non valido o scaduto"));
    assert!(garbage.has("value=\"ciao\""), "what was typed comes back");

    assert!(type_code(&sara_browser, &code).await.has("Fatto: ora vedi gli avvisi di Giulia Rossi."));
    let again = type_code(&sara_browser, &code).await;
    assert!(again.has("Codice non valido o scaduto"), "single use");

    // A code made 91 days ago has expired.
    let marco = pupil_id(app, "Marco").await;
    link(app, marco, sara().as_str(), None).await;
    let mut conn = app.pool.acquire().await.expect("connection");
    let old = activation::issue(&mut conn, marco, &sara(), app::auth::now() - 91 * 24 * 60 * 60).await.expect("code");
    drop(conn);
    let expired = type_code(&sara_browser, &old.to_string()).await;
    assert!(expired.has("Codice non valido o scaduto"), "{}", expired.body);
    assert!(!expired.has("Marco Rossi"));
    // A new code replaces the old ones: the letter made before stops working.
    let first = letter_code(app, marco, sara().as_str()).await;
    let second = letter_code(app, marco, sara().as_str()).await;
    assert!(type_code(&sara_browser, &first).await.has("Codice non valido o scaduto"));
    assert!(type_code(&sara_browser, &second).await.has("Fatto: ora vedi gli avvisi di Marco Rossi."));
}

async fn typing_codes_is_throttled_per_account(app: &TestApp) {
    let giulia = pupil_id(app, "Giulia").await;
    link(app, giulia, sara().as_str(), None).await;
    account(app, "sara.bianchi", sara().as_str(), "sara@example.it", true).await;
    let parent = logged_in(app, "sara.bianchi", PASSWORD).await;
    let code = letter_code(app, giulia, sara().as_str()).await;
    for _ in 0..app::functions::activation::TRIES_PER_WINDOW {
        assert!(type_code(&parent, "ACDE-FGHJ-KMNP").await.has("Codice non valido o scaduto"));
    }
    let locked = type_code(&parent, &code).await;
    assert!(locked.has("Troppi tentativi"), "{}", locked.body);
    assert!(children(&locked).is_empty(), "even the right code waits for the window");
    // Another account is not held back by Sara's tries.
    let maria = demo_family(app).await;
    assert!(type_code(&maria, "ACDE-FGHJ-KMNP").await.has("Codice non valido o scaduto"));
}

async fn the_email_the_school_recorded_is_enough_once_verified(app: &TestApp) {
    let luca = pupil_id(app, "Luca").await;
    link(app, luca, sara().as_str(), Some("sara.bianchi@example.it")).await;
    // Not verified yet: nothing (and such an account cannot even log in; the rule holds anyway).
    let id = account(app, "sara.bianchi", sara().as_str(), "Sara.Bianchi@Example.it", false).await;
    let (seen,): (i64,) =
        sqlx::query_as(&format!("SELECT COUNT(*) FROM notices n WHERE {}", app::store::notices::VISIBLE_TO_ACCOUNT))
            .bind(id)
            .fetch_one(&app.pool)
            .await
            .expect("count");
    assert_eq!(seen, 0);
    sqlx::query("UPDATE accounts SET email_verified_at = $1 WHERE id = $2")
        .bind(app::auth::now())
        .bind(id)
        .execute(&app.pool)
        .await
        .expect("verify");
    let parent = logged_in(app, "sara.bianchi", PASSWORD).await;
    let family = parent.get("/famiglia").await;
    assert_eq!(children(&family), ["Luca Rossi"], "the same address, whatever its case");
    assert!(family.has("Non vedi un figlio?"), "the section stays, short");
    let office = logged_in(app, server::demo::office::OFFICE_MANAGER_USERNAME, server::demo::DEMO_PASSWORD).await;
    // Luca is at another school: its office page is no page for MIIC8CY00P's staff.
    assert_eq!(office.get(&app::routes::office_activation(OFFICE, luca)).await.status, 404);
}

async fn the_emailed_code_is_made_when_sent_and_replaces_the_letter(app: &TestApp) {
    let giulia = pupil_id(app, "Giulia").await;
    link(app, giulia, sara().as_str(), Some("sara.bianchi@example.it")).await;
    account(app, "sara.bianchi", sara().as_str(), "altra@example.it", true).await;
    let parent = logged_in(app, "sara.bianchi", PASSWORD).await;
    let letter = letter_code(app, giulia, sara().as_str()).await;
    let office = logged_in(app, server::demo::office::OFFICE_MANAGER_USERNAME, server::demo::DEMO_PASSWORD).await;
    let pupil = giulia.to_string();
    let page = office
        .submit("/api/office/activation/send", &[("school", OFFICE), ("pupil", &pupil), ("payer", sara().as_str())])
        .await;
    assert!(page.has("Email in partenza"), "{}", page.body);
    let (queued,): (String,) =
        sqlx::query_as("SELECT body_text FROM outbox WHERE recipient = 'sara.bianchi@example.it'")
            .fetch_one(&app.pool)
            .await
            .expect("queued mail");
    assert!(queued.contains(app::auth::mail_secrets::PLACEHOLDER), "no code rests in the outbox");
    let (to, subject, body) = mails(app).await.pop().expect("the mail");
    assert_eq!(
        (to.as_str(), subject.as_str()),
        ("sara.bianchi@example.it", "Codice di attivazione per gli avvisi della scuola")
    );
    assert!(body.contains("Istituto Comprensivo Scapponi") && body.contains("Giulia Rossi"), "{body}");
    let code = body
        .lines()
        .find_map(|line| line.strip_prefix("Codice di attivazione: "))
        .unwrap_or_else(|| panic!("no code in {body}"))
        .to_string();
    assert!(type_code(&parent, &letter).await.has("Codice non valido o scaduto"), "the email replaced the letter");
    assert!(type_code(&parent, &code).await.has("Fatto: ora vedi gli avvisi di Giulia Rossi."));
}

async fn the_demo_loader_vouches_for_the_demo_parents_on_an_older_database(app: &TestApp) {
    // A database made before the office: the links carry no email, and nobody sees anything.
    sqlx::query("UPDATE payer_links SET payer_email = NULL").execute(&app.pool).await.expect("older links");
    let maria = demo_family(app).await;
    assert!(children(&maria.get("/famiglia").await).is_empty());
    server::demo::load(&app.pool).await.expect("demo data again");
    let family = maria.get("/famiglia").await;
    assert_eq!(children(&family), ["Giulia Rossi", "Marco Rossi", "Luca Rossi"]);
}
