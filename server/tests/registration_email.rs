//! Registration's step 2 comes prefilled from the codice fiscale, and the last step sends the
//! confirmation again or to a corrected address, rate limited; the old address's link stops
//! working. On SQLite and Postgres.

mod common;

use common::browser::Browser;
use common::captcha::solved_captcha;
use common::TestApp;

on_both_engines!(step_two_is_prefilled_from_the_codice_fiscale, the_last_step_sends_again_and_corrects_the_email,);

use common::family::{count, fill_wizard, link_in, mails, CF};

async fn step_two_is_prefilled_from_the_codice_fiscale(app: &TestApp) {
    let browser = Browser::new(app);
    let captcha = solved_captcha(app).await;
    let step2 = browser.submit("/api/registration/code", &[("codice_fiscale", CF), ("altcha", &captcha)]).await;
    assert!(step2.has("value=\"01/01/1980\""), "{}", step2.body);
    assert!(step2.has("value=\"Roma (RM)\""), "{}", step2.body);
    let male = step2.body.find("id=\"sex-m\"").expect("the sex choice");
    let tag_end = step2.body[male..].find('>').unwrap() + male;
    assert!(step2.body[male..tag_end].contains("checked"), "M is checked: {}", &step2.body[male..tag_end]);
    assert!(step2.has("vengono dal tuo codice fiscale"));
    // The parent's corrections are kept when step 1 is posted again with the same code, and the
    // coherence check still refuses a wrong one.
    let mut form = common::family::details("mario@example.it");
    form[2] = ("birth_date", "02/01/1980");
    let page = browser.submit("/api/registration/details", &form).await;
    assert!(page.has("La data di nascita non corrisponde"), "{}", page.body);
    // An omocodic code (H501 written HRLM) is read without omocodia.
    let base = "RSSMRA80A41HRLM";
    let omocode = format!("{base}{}", domain::codice_fiscale::check_character(base.as_bytes()));
    let other = Browser::new(app);
    let captcha = solved_captcha(app).await;
    let step2 = other.submit("/api/registration/code", &[("codice_fiscale", &omocode), ("altcha", &captcha)]).await;
    assert!(step2.has("value=\"01/01/1980\"") && step2.has("value=\"Roma (RM)\""), "{}", step2.body);
    let female = step2.body.find("id=\"sex-f\"").expect("the sex choice");
    let tag_end = step2.body[female..].find('>').unwrap() + female;
    assert!(step2.body[female..tag_end].contains("checked"));
}

async fn the_last_step_sends_again_and_corrects_the_email(app: &TestApp) {
    let browser = Browser::new(app);
    fill_wizard(app, &browser, "mario@exmaple.it").await;
    let done = browser.submit("/api/registration/confirm", &[("action", "confirm")]).await;
    assert!(done.has("Invia di nuovo l&#x27;email") || done.has("Invia di nuovo l'email"), "{}", done.body);
    assert!(done.has("Ricomincia la registrazione"));
    let first = link_in(&mails(app).await.pop().unwrap().2, "/registrazione/conferma/");

    let again = browser.submit("/api/registration/email", &[("action", "resend")]).await;
    assert!(again.has("nuova email"), "{}", again.body);
    assert_eq!(count(app, "outbox").await, 2);

    let editing = browser.submit("/api/registration/email", &[("action", "edit")]).await;
    assert!(editing.has("value=\"mario@exmaple.it\""), "the old address to correct: {}", editing.body);
    let mismatch = browser
        .submit(
            "/api/registration/email",
            &[("action", "save"), ("email", "mario@example.it"), ("email_again", "mario@example.com")],
        )
        .await;
    assert!(mismatch.has("Le due email non sono uguali"), "{}", mismatch.body);
    let corrected = browser
        .submit(
            "/api/registration/email",
            &[("action", "save"), ("email", "mario@example.it"), ("email_again", "mario@example.it")],
        )
        .await;
    assert!(corrected.has("<strong>mario@example.it</strong>"), "{}", corrected.body);
    let (to, subject, body) = mails(app).await.pop().unwrap();
    assert_eq!((to.as_str(), subject.as_str()), ("mario@example.it", "Conferma registrazione"));
    let (stored,): (String,) = sqlx::query_as("SELECT email FROM accounts WHERE codice_fiscale = $1")
        .bind(CF)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(stored, "mario@example.it");

    // Three sends in 15 minutes (send again, correct, send again); the fourth is refused,
    // saying when to retry.
    assert!(browser.submit("/api/registration/email", &[("action", "resend")]).await.has("nuova email"));
    let limited = browser.submit("/api/registration/email", &[("action", "resend")]).await;
    assert!(limited.has("Puoi riprovare dalle"), "{}", limited.body);
    // The first mail, the corrected one and the last send: the send still waiting for the old
    // address was dropped by the correction, and the refused one queued nothing.
    assert_eq!(count(app, "outbox").await, 3);

    // The old address's link no longer works; the new one does.
    assert_eq!(browser.get(&first).await.status, 410);
    let link = link_in(&body, "/registrazione/conferma/");
    assert!(browser.get(&link).await.has("è confermato"));
}
