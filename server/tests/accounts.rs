//! Registration, email verification, log-in, passwords, recovery and conditions, through the
//! HTML forms as a browser uses them, on SQLite and Postgres.

mod common;

use common::browser::Browser;
use common::captcha::solved_captcha;
use common::TestApp;

on_both_engines!(
    a_family_registers_verifies_logs_in_and_accepts_the_conditions,
    bad_input_is_shown_at_its_field_and_nothing_is_saved,
    captcha_is_single_use,
    a_second_registration_of_the_same_codice_fiscale_is_refused,
    racing_registrations_make_exactly_one_account,
    links_work_once_and_expire,
    failed_logins_lock_without_revealing_accounts,
    temporary_password_works_once,
    recovery_answers_the_same_and_resets_once,
    sessions_end_on_logout_and_when_idle,
    cross_site_posts_are_refused,
    place_suggestions_restart_and_mailbox,
    the_language_chosen_while_logged_in_is_the_accounts,
);

use common::family::{count, details, fill_wizard, line_value, link_in, mails, register, CF, PASSWORD};

async fn a_family_registers_verifies_logs_in_and_accepts_the_conditions(app: &TestApp) {
    let browser = Browser::new(app);
    let (username, temporary) = register(app, &browser, "mario@example.it").await;
    assert_eq!(username, "mario.rossi");
    let login = browser.post("/api/account/login", &[("username", &username), ("password", &temporary)]).await;
    assert_eq!(login.location.as_deref(), Some("/cambio-password"));
    // Nothing else opens before the password is changed.
    assert_eq!(browser.get("/famiglia").await.location.as_deref(), Some("/cambio-password"));
    let weak = browser
        .submit("/api/account/password", &[("new_password", "password1"), ("new_password_again", "password1")])
        .await;
    assert!(weak.has("Password troppo facile") || weak.has("almeno 10 caratteri"), "{}", weak.body);
    let changed =
        browser.post("/api/account/password", &[("new_password", PASSWORD), ("new_password_again", PASSWORD)]).await;
    assert_eq!(changed.location.as_deref(), Some("/condizioni"));
    assert_eq!(browser.get("/famiglia").await.location.as_deref(), Some("/condizioni"));
    let conditions = browser.get("/condizioni").await;
    assert!(conditions.has("Legge applicabile") && conditions.has("accept_conditions"));
    let refused = browser.submit("/api/account/conditions", &[("accept_conditions", "si")]).await;
    assert!(refused.has("devi accettare"), "{}", refused.body);
    let accepted =
        browser.post("/api/account/conditions", &[("accept_conditions", "si"), ("accept_privacy", "si")]).await;
    assert_eq!(accepted.location.as_deref(), Some("/famiglia"));
    assert!(browser.get("/").await.has("href=\"/famiglia\""), "the header leads to the family area");
    let home = browser.get("/famiglia").await;
    assert_eq!(home.status, 200);
    assert!(home.has("Mario"), "{}", home.body);
    assert_eq!(home.cache_control.as_deref(), Some("private, no-store"), "personal pages are never cached");
    // The account's data are on their own page, reached from the header's account menu.
    assert!(home.has("href=\"/profilo\""), "{}", home.body);
    let profile = browser.get("/profilo").await;
    assert!(profile.has(CF) && profile.has("mario.rossi") && profile.has("/api/account/logout"), "{}", profile.body);
    assert_eq!(profile.cache_control.as_deref(), Some("private, no-store"));
    let (stored,): (String,) =
        sqlx::query_as("SELECT address FROM consents WHERE document = 'conditions' AND address <> 'demo'")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(stored, "127.0.0.1");
    // Later log-ins go straight home, with the CF as username too.
    let again = Browser::new(app);
    let login = again.post("/api/account/login", &[("username", "rssmra80a01h501u"), ("password", PASSWORD)]).await;
    assert_eq!(login.location.as_deref(), Some("/famiglia"));
}

async fn bad_input_is_shown_at_its_field_and_nothing_is_saved(app: &TestApp) {
    let browser = Browser::new(app);
    let captcha = solved_captcha(app).await;
    let page =
        browser.submit("/api/registration/code", &[("codice_fiscale", "RSSMRA80A01H501X"), ("altcha", &captcha)]).await;
    assert!(
        page.has("l&#x27;ultimo carattere non corrisponde") || page.has("l'ultimo carattere non corrisponde"),
        "{}",
        page.body
    );
    assert!(page.has("RSSMRA80A01H501X"), "what was typed is kept");
    let page = browser.submit("/api/registration/code", &[("codice_fiscale", CF), ("altcha", "garbage")]).await;
    assert!(page.has("verifica di sicurezza non è riuscita"));
    fill_wizard(app, &browser, "mario@example.it").await;
    browser.submit("/api/registration/confirm", &[("action", "back")]).await;
    let mut form = details("mario@example.it");
    form[1] = ("given_name", "Marco");
    form[4] = ("birthplace_query", "Milano");
    form[6] = ("email_again", "mario@example.com");
    form.retain(|(k, _)| *k != "accept_privacy");
    let page = browser.submit("/api/registration/details", &form).await;
    for text in [
        "Il nome non corrisponde",
        "Il luogo di nascita non corrisponde",
        "Le due email non sono uguali",
        "devi accettare",
    ] {
        assert!(page.has(text), "{text} in {}", page.body);
    }
    assert!(page.has("value=\"Marco\""), "typed values are kept");
    let long = "a".repeat(300);
    let mut form = details("mario@example.it");
    form[0] = ("surname", "Иванов");
    form[1] = ("given_name", &long);
    form[2] = ("birth_date", "31/02/1980");
    let page = browser.submit("/api/registration/details", &form).await;
    for text in ["alfabeto latino", "Al massimo 60 caratteri", "gg/mm/aaaa"] {
        assert!(page.has(text), "{text}");
    }
    assert_eq!(count(app, "accounts").await, 0);
    assert_eq!(count(app, "outbox").await, 0);
}

async fn captcha_is_single_use(app: &TestApp) {
    let captcha = solved_captcha(app).await;
    let first = Browser::new(app);
    assert!(first
        .submit("/api/registration/code", &[("codice_fiscale", CF), ("altcha", &captcha)])
        .await
        .has("I tuoi dati"));
    let second = Browser::new(app);
    let page = second.submit("/api/registration/code", &[("codice_fiscale", CF), ("altcha", &captcha)]).await;
    assert!(page.has("verifica di sicurezza non è riuscita"), "a reused solution is refused");
}

async fn a_second_registration_of_the_same_codice_fiscale_is_refused(app: &TestApp) {
    register(app, &Browser::new(app), "mario@example.it").await;
    let other = Browser::new(app);
    let captcha = solved_captcha(app).await;
    let page = other.submit("/api/registration/code", &[("codice_fiscale", CF), ("altcha", &captcha)]).await;
    assert!(page.has("Esiste già un&#x27;utenza") || page.has("Esiste già un'utenza"), "{}", page.body);
    assert!(page.has("/recupero-credenziali"));
}

async fn racing_registrations_make_exactly_one_account(app: &TestApp) {
    let browsers: Vec<Browser> = (0..4).map(|_| Browser::new(app)).collect();
    for browser in &browsers {
        fill_wizard(app, browser, "mario@example.it").await;
    }
    // All confirmations in flight at once: the UNIQUE constraint decides, not the order.
    let tasks: Vec<_> = browsers
        .iter()
        .cloned()
        .map(|b| {
            tokio::spawn(async move { b.post("/api/registration/confirm", &[("action", "confirm")]).await.status })
        })
        .collect();
    for task in tasks {
        assert_eq!(task.await.unwrap(), 302);
    }
    assert_eq!(count(app, "accounts").await, 1);
    assert_eq!(count(app, "outbox").await, 1);
    let mut saved = 0;
    for browser in &browsers {
        let page = browser.get("/registrazione").await;
        if page.has("Guarda anche nella posta indesiderata") {
            saved += 1;
        } else {
            assert!(page.has("Esiste già"), "{}", page.body);
        }
    }
    assert_eq!(saved, 1);
}

async fn links_work_once_and_expire(app: &TestApp) {
    let browser = Browser::new(app);
    fill_wizard(app, &browser, "mario@example.it").await;
    browser.submit("/api/registration/confirm", &[("action", "confirm")]).await;
    let (_, _, body) = mails(app).await.pop().unwrap();
    let link = link_in(&body, "/registrazione/conferma/");
    assert!(browser.get(&link).await.has("è confermato"));
    assert!(browser.get(&link).await.has("già stato confermato"), "a second click says so kindly");
    assert_eq!(count(app, "outbox").await, 2, "credentials are sent once");
    let invalid =
        browser.get("/registrazione/conferma/0000000000000000000000000000000000000000000000000000000000000000").await;
    assert_eq!(invalid.status, 410);
    assert!(invalid.has("non è valido o è scaduto"));
    // A recovery link past its hour is refused.
    let captcha = solved_captcha(app).await;
    browser
        .submit("/api/account/recover", &[("codice_fiscale", CF), ("email", "mario@example.it"), ("altcha", &captcha)])
        .await;
    let (_, _, body) = mails(app).await.pop().unwrap();
    let reset = link_in(&body, "/recupero-credenziali/");
    sqlx::query("UPDATE email_tokens SET expires_at = 0 WHERE purpose = 'reset'").execute(&app.pool).await.unwrap();
    assert!(browser.get(&reset).await.has("è scaduto"));
}

async fn failed_logins_lock_without_revealing_accounts(app: &TestApp) {
    let browser = Browser::new(app);
    let (username, temporary) = register(app, &browser, "mario@example.it").await;
    let unknown = browser.submit("/api/account/login", &[("username", "nessuno.mai"), ("password", "sbagliata")]).await;
    let known = browser.submit("/api/account/login", &[("username", &username), ("password", "sbagliata")]).await;
    for page in [&unknown, &known] {
        assert!(page.has("Username o password non corretti"));
    }
    for _ in 0..4 {
        browser.post("/api/account/login", &[("username", &username), ("password", "sbagliata")]).await;
        browser.post("/api/account/login", &[("username", "nessuno.mai"), ("password", "sbagliata")]).await;
    }
    let locked = browser.submit("/api/account/login", &[("username", &username), ("password", &temporary)]).await;
    assert!(locked.has("Troppi tentativi"), "even the right password waits: {}", locked.body);
    let locked_unknown = browser.submit("/api/account/login", &[("username", "nessuno.mai"), ("password", "x")]).await;
    assert!(locked_unknown.has("Troppi tentativi"), "unknown names lock the same way");
}

async fn temporary_password_works_once(app: &TestApp) {
    let browser = Browser::new(app);
    let (username, temporary) = register(app, &browser, "mario@example.it").await;
    let first = browser.post("/api/account/login", &[("username", &username), ("password", &temporary)]).await;
    assert_eq!(first.location.as_deref(), Some("/cambio-password"));
    let other = Browser::new(app);
    let second = other.submit("/api/account/login", &[("username", &username), ("password", &temporary)]).await;
    assert!(second.has("La password provvisoria è scaduta o è già stata usata"), "{}", second.body);
}

async fn recovery_answers_the_same_and_resets_once(app: &TestApp) {
    let browser = Browser::new(app);
    let (username, _) = register(app, &browser, "mario@example.it").await;
    let before = count(app, "outbox").await;
    let recover = |cf: &'static str, email: &'static str| {
        let browser = browser.clone();
        async move {
            let captcha = solved_captcha(app).await;
            browser
                .submit("/api/account/recover", &[("codice_fiscale", cf), ("email", email), ("altcha", &captcha)])
                .await
        }
    };
    let unknown = recover("BLTMHL77S04E889G", "x@example.it").await;
    let wrong_mail = recover(CF, "other@example.it").await;
    let known = recover(CF, "MARIO@example.it").await;
    for page in [&unknown, &wrong_mail, &known] {
        assert!(
            page.has("Se i dati corrispondono a un&#x27;utenza") || page.has("Se i dati corrispondono a un'utenza"),
            "{}",
            page.body
        );
    }
    assert_eq!(count(app, "outbox").await, before + 1, "only the matching account gets mail");
    let (_, subject, body) = mails(app).await.pop().unwrap();
    assert_eq!(subject, "Recupero credenziali");
    assert_eq!(line_value(&body, "Username"), username);
    let link = link_in(&body, "/recupero-credenziali/");
    let token = link.rsplit('/').next().unwrap().to_string();
    assert!(browser.get(&link).await.has("new_password"));
    let weak = browser
        .submit(
            "/api/account/reset",
            &[("token", &token), ("new_password", "mario.rossi1"), ("new_password_again", "mario.rossi1")],
        )
        .await;
    assert!(weak.has("non può contenere") || weak.has("troppo facile"), "{}", weak.body);
    let done = browser
        .submit(
            "/api/account/reset",
            &[("token", &token), ("new_password", PASSWORD), ("new_password_again", PASSWORD)],
        )
        .await;
    assert!(done.has("Password salvata"), "{}", done.body);
    let again = browser
        .submit(
            "/api/account/reset",
            &[("token", &token), ("new_password", PASSWORD), ("new_password_again", PASSWORD)],
        )
        .await;
    assert!(again.has("già stato usato"));
    let login = browser.post("/api/account/login", &[("username", &username), ("password", PASSWORD)]).await;
    assert_eq!(login.location.as_deref(), Some("/condizioni"));
}

async fn sessions_end_on_logout_and_when_idle(app: &TestApp) {
    let browser = Browser::new(app);
    let (username, temporary) = register(app, &browser, "mario@example.it").await;
    browser.post("/api/account/login", &[("username", &username), ("password", &temporary)]).await;
    browser.post("/api/account/password", &[("new_password", PASSWORD), ("new_password_again", PASSWORD)]).await;
    browser.post("/api/account/conditions", &[("accept_conditions", "si"), ("accept_privacy", "si")]).await;
    assert_eq!(browser.get("/famiglia").await.status, 200);
    let out = browser.submit("/api/account/logout", &[]).await;
    assert!(out.has("Sei uscito"));
    assert_eq!(browser.get("/famiglia").await.location.as_deref(), Some("/accedi"));
    assert_eq!(count(app, "sessions").await, 0);
    browser.post("/api/account/login", &[("username", &username), ("password", PASSWORD)]).await;
    assert_eq!(browser.get("/famiglia").await.status, 200);
    sqlx::query("UPDATE sessions SET last_seen_at = last_seen_at - 3600").execute(&app.pool).await.unwrap();
    assert_eq!(browser.get("/famiglia").await.location.as_deref(), Some("/accedi"), "idle sessions end");
}

async fn cross_site_posts_are_refused(app: &TestApp) {
    let response = app
        .client
        .post(app.url("/api/account/login"))
        .header("origin", "https://evil.example")
        .form(&[("username", "x"), ("password", "y")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
    assert_eq!(count(app, "login_failures").await, 0);
}

async fn place_suggestions_restart_and_mailbox(app: &TestApp) {
    let places: Vec<String> = app.get("/api/registration/places?query=forli").await.json().await.unwrap();
    assert_eq!(places.first().map(String::as_str), Some("Forlì (FC)"), "{places:?}");
    let places: Vec<String> = app.get("/api/registration/places?query=francia").await.json().await.unwrap();
    assert!(places.contains(&"Francia (estero)".to_string()), "{places:?}");
    let none: Vec<String> =
        app.get(&format!("/api/registration/places?query={}", "x".repeat(5000))).await.json().await.unwrap();
    assert!(none.is_empty());

    let browser = Browser::new(app);
    let captcha = solved_captcha(app).await;
    browser.submit("/api/registration/code", &[("codice_fiscale", CF), ("altcha", &captcha)]).await;
    let fresh = browser.submit("/api/registration/restart", &[]).await;
    assert!(fresh.has("Non sono un robot") && !fresh.has(&format!("value=\"{CF}\"")), "restart forgets the draft");
    assert_eq!(count(app, "registration_drafts").await, 0);

    register(app, &browser, "mario@example.it").await;
    let mailbox = browser.get("/dev/posta").await;
    assert_eq!(mailbox.status, 200);
    assert!(mailbox.has("Creazione utenza") && mailbox.has("Conferma registrazione"));
    assert!(!browser.get("/").await.has("href=\"/famiglia\""), "not logged in yet");
}

async fn the_language_chosen_while_logged_in_is_the_accounts(app: &TestApp) {
    let browser = Browser::new(app);
    let (username, temporary) = register(app, &browser, "mario@example.it").await;
    // Without a session the switch only sets the cookie.
    let anonymous = Browser::new(app);
    anonymous.get("/lingua/ro?torna=/").await;
    let logged_in = browser.post("/api/account/login", &[("username", &username), ("password", &temporary)]).await;
    assert!(logged_in.location.is_some(), "logged in");
    let back = browser.get("/lingua/en?torna=/scuole").await;
    assert_eq!(back.location.as_deref(), Some("/scuole"));
    let (lang,): (String,) = sqlx::query_as("SELECT lang FROM accounts WHERE username = $1")
        .bind(&username)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(lang, "en");
    // The account's mail now comes in English.
    let captcha = solved_captcha(app).await;
    anonymous
        .submit("/api/account/recover", &[("codice_fiscale", CF), ("email", "mario@example.it"), ("altcha", &captcha)])
        .await;
    let (_, subject, _) = mails(app).await.pop().unwrap();
    assert_eq!(subject, "Recupero credenziali (credential recovery)");
}
