//! Strangers and abuse at the door: registration and credential recovery need the captcha before
//! anything is looked up or stored, drafts are capped in size and number, never-verified
//! accounts free their codice fiscale after a week, and no answer echoes a long input into a
//! header. On SQLite and Postgres.

mod common;

use common::browser::Browser;
use common::captcha::solved_captcha;
use common::family::{count, details, fill_wizard, mails, register, CF};
use common::TestApp;

on_both_engines!(
    step_one_without_captcha_stores_nothing_and_reveals_nothing,
    oversized_fields_are_refused_at_the_field_and_not_stored,
    the_draft_caps_say_try_later_and_store_nothing,
    an_unverified_account_expires_and_frees_its_codice_fiscale,
    recovery_needs_the_captcha_and_is_rate_limited,
    long_inputs_never_land_in_a_cookie_or_location,
);

/// Every `Set-Cookie` and `Location` of a response: (name, value).
fn echo_headers(response: &reqwest::Response) -> Vec<(String, String)> {
    ["set-cookie", "location"]
        .into_iter()
        .flat_map(|name| {
            response
                .headers()
                .get_all(name)
                .iter()
                .map(move |v| (name.to_string(), String::from_utf8_lossy(v.as_bytes()).into_owned()))
        })
        .collect()
}

/// A form post as a page sends it, without cookies; returns the status and the echo headers.
async fn raw_post(app: &TestApp, path: &str, form: &[(&str, &str)]) -> (u16, Vec<(String, String)>) {
    let response = app
        .client
        .post(app.url(path))
        .header("accept", "text/html")
        .header("origin", app.address.clone())
        .header("referer", format!("{}/", app.address))
        .form(form)
        .send()
        .await
        .expect("POST");
    (response.status().as_u16(), echo_headers(&response))
}

fn assert_small(headers: &[(String, String)], marker: &str) {
    for (name, value) in headers {
        assert!(value.len() <= 4_096, "{name} of {} bytes", value.len());
        assert!(!value.contains(marker), "{name} echoes the long input");
    }
}

async fn drafts(app: &TestApp) -> i64 {
    count(app, "registration_drafts").await
}

async fn step_one_without_captcha_stores_nothing_and_reveals_nothing(app: &TestApp) {
    register(app, &Browser::new(app), "mario@example.it").await;
    let before = drafts(app).await;
    let stranger = Browser::new(app);
    for altcha in ["", "garbage"] {
        let page = stranger.submit("/api/registration/code", &[("codice_fiscale", CF), ("altcha", altcha)]).await;
        assert!(page.has("verifica di sicurezza non è riuscita"), "{}", page.body);
        assert!(!page.has("Esiste già"), "nothing is said about the existing account without the captcha");
        assert!(page.has(&format!("value=\"{CF}\"")), "what was typed is kept");
    }
    let (status, headers) = raw_post(app, "/api/registration/code", &[("codice_fiscale", CF)]).await;
    assert_eq!(status, 302);
    assert!(!headers.iter().any(|(_, v)| v.starts_with("ps_registration=")), "no draft cookie: {headers:?}");
    // The later steps without a draft go back to step 1 and store nothing either.
    for (path, form) in [
        ("/api/registration/details", details("x@example.it")),
        ("/api/registration/confirm", vec![("action", "confirm")]),
    ] {
        let answer = stranger.post(path, &form).await;
        assert_eq!(answer.location.as_deref(), Some("/registrazione"), "{path}");
    }
    assert_eq!(drafts(app).await, before, "no draft for a POST without a valid captcha");
    assert_eq!(count(app, "accounts").await, 1);
    // With the captcha, the existing account is said (and offered recovery); still no draft.
    let captcha = solved_captcha(app).await;
    let page = stranger.submit("/api/registration/code", &[("codice_fiscale", CF), ("altcha", &captcha)]).await;
    assert!(page.has("Esiste già un&#x27;utenza") || page.has("Esiste già un'utenza"), "{}", page.body);
    assert!(page.has("/recupero-credenziali"));
    assert_eq!(drafts(app).await, before);
}

async fn oversized_fields_are_refused_at_the_field_and_not_stored(app: &TestApp) {
    let long = "Z".repeat(100_000);
    let browser = Browser::new(app);
    let captcha = solved_captcha(app).await;
    let page = browser.submit("/api/registration/code", &[("codice_fiscale", &long), ("altcha", &captcha)]).await;
    assert!(page.has("Testo troppo lungo per questo campo"), "{}", page.body);
    assert!(!page.has("ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ"), "the long value is not put back");
    assert_eq!(drafts(app).await, 0, "nothing stored for an oversized codice fiscale");

    fill_wizard(app, &browser, "mario@example.it").await;
    browser.submit("/api/registration/confirm", &[("action", "back")]).await;
    let mut form = details("mario@example.it");
    form[1] = ("given_name", &long);
    form[5] = ("email", &long);
    form[4] = ("birthplace_query", &long);
    let page = browser.submit("/api/registration/details", &form).await;
    assert!(page.has("Al massimo 60 caratteri"), "{}", page.body);
    assert!(page.has("Testo troppo lungo per questo campo"));
    assert!(page.has("id=\"given_name-error\"") && page.has("id=\"email-error\""), "at their fields: {}", page.body);
    let (data,): (String,) = sqlx::query_as("SELECT data FROM registration_drafts").fetch_one(&app.pool).await.unwrap();
    assert!(data.len() < 2_000, "the stored draft stays small: {} bytes", data.len());
    assert!(!data.contains("ZZZZZZZZZZ"), "the oversized values are not stored");
    assert!(data.contains("Rossi"), "the other fields are kept");
    assert_eq!(count(app, "accounts").await, 0);
}

/// `n` live drafts started now from `address`, written directly (as many browsers would have).
async fn fill_drafts(app: &TestApp, n: i64, address: &str) {
    let now = app::auth::now();
    sqlx::query(
        "WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < $1) \
         INSERT INTO registration_drafts (token_hash, data, address, created_at, expires_at) \
         SELECT $2 || CAST(i AS TEXT), '{}', $2, $3, $4 FROM seq",
    )
    .bind(n)
    .bind(address)
    .bind(now)
    .bind(now + 3600)
    .execute(&app.pool)
    .await
    .expect("drafts written");
}

async fn step_one_is_refused_for_now(app: &TestApp) {
    let browser = Browser::new(app);
    let before = drafts(app).await;
    let captcha = solved_captcha(app).await;
    let (status, headers) =
        raw_post(app, "/api/registration/code", &[("codice_fiscale", CF), ("altcha", &captcha)]).await;
    assert_eq!(status, 302);
    assert!(!headers.iter().any(|(_, v)| v.starts_with("ps_registration=")), "no draft cookie: {headers:?}");
    assert_eq!(drafts(app).await, before, "nothing stored when the cap is reached");
    let captcha = solved_captcha(app).await;
    let page = browser.submit("/api/registration/code", &[("codice_fiscale", CF), ("altcha", &captcha)]).await;
    assert!(page.has("troppe registrazioni in corso: riprova più tardi"), "{}", page.body);
    assert!(page.has(&format!("value=\"{CF}\"")), "what was typed is kept");
}

async fn the_draft_caps_say_try_later_and_store_nothing(app: &TestApp) {
    use app::store::registrations::{purge_expired, MAX_DRAFTS_PER_ADDRESS_PER_HOUR, MAX_LIVE_DRAFTS};
    // This client's address has started its hourly share.
    fill_drafts(app, MAX_DRAFTS_PER_ADDRESS_PER_HOUR, "127.0.0.1").await;
    step_one_is_refused_for_now(app).await;
    // An hour later the address may start drafts again.
    sqlx::query("UPDATE registration_drafts SET created_at = created_at - 3601").execute(&app.pool).await.unwrap();
    let browser = Browser::new(app);
    let captcha = solved_captcha(app).await;
    let page = browser.submit("/api/registration/code", &[("codice_fiscale", CF), ("altcha", &captcha)]).await;
    assert!(page.has("I tuoi dati"), "{}", page.body);
    sqlx::query("DELETE FROM registration_drafts").execute(&app.pool).await.unwrap();
    // All visitors together: the live drafts are capped too.
    fill_drafts(app, MAX_LIVE_DRAFTS, "198.51.100.7").await;
    step_one_is_refused_for_now(app).await;
    // Expired drafts are purged by the job, and the door opens again.
    sqlx::query("UPDATE registration_drafts SET expires_at = 1").execute(&app.pool).await.unwrap();
    let (purged, _) = purge_expired(&app.pool, app::auth::now()).await.unwrap();
    assert_eq!(purged, MAX_LIVE_DRAFTS as u64);
    assert_eq!(drafts(app).await, 0);
    let captcha = solved_captcha(app).await;
    let page = browser.submit("/api/registration/code", &[("codice_fiscale", CF), ("altcha", &captcha)]).await;
    assert!(page.has("I tuoi dati"), "{}", page.body);
}

const WEEK: i64 = 7 * 24 * 60 * 60;

async fn age_accounts(app: &TestApp, seconds: i64) {
    sqlx::query("UPDATE accounts SET created_at = created_at - $1 WHERE username NOT IN ('demo', 'demo2')")
        .bind(seconds)
        .execute(&app.pool)
        .await
        .unwrap();
}

async fn an_unverified_account_expires_and_frees_its_codice_fiscale(app: &TestApp) {
    use app::store::registrations::purge_expired;
    // A squatter registers a parent's codice fiscale with an address of their own, never verified.
    let squatter = Browser::new(app);
    fill_wizard(app, &squatter, "squatter@example.it").await;
    squatter.submit("/api/registration/confirm", &[("action", "confirm")]).await;
    assert_eq!(count(app, "accounts").await, 1);
    let parent = Browser::new(app);
    let captcha = solved_captcha(app).await;
    let page = parent.submit("/api/registration/code", &[("codice_fiscale", CF), ("altcha", &captcha)]).await;
    assert!(page.has("Esiste già"), "within the week the code is held");
    // Six days on, the job keeps it; past seven days, the registration check frees it.
    age_accounts(app, WEEK - 24 * 60 * 60).await;
    assert_eq!(purge_expired(&app.pool, app::auth::now()).await.unwrap().1, 0);
    age_accounts(app, 24 * 60 * 60 + 1).await;
    let (username, _) = register(app, &parent, "mario@example.it").await;
    assert_eq!(username, "mario.rossi", "the username is free again too");
    let (email,): (String,) = sqlx::query_as("SELECT email FROM accounts WHERE codice_fiscale = $1")
        .bind(CF)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    assert_eq!(email, "mario@example.it");
    assert_eq!(count(app, "accounts").await, 1);
    // The job deletes never-verified accounts past the week (their links with them), never a
    // verified one however old.
    let other = Browser::new(app);
    let captcha = solved_captcha(app).await;
    // Another Mario Rossi, born a day later.
    other.submit("/api/registration/code", &[("codice_fiscale", "RSSMRA80A02H501Z"), ("altcha", &captcha)]).await;
    let mut form = details("mario2@example.it");
    form[2] = ("birth_date", "02/01/1980");
    let review = other.submit("/api/registration/details", &form).await;
    assert!(review.has("Conferma i tuoi dati"), "{}", review.body);
    other.submit("/api/registration/confirm", &[("action", "confirm")]).await;
    assert_eq!(count(app, "accounts").await, 2);
    age_accounts(app, WEEK + 1).await;
    assert_eq!(purge_expired(&app.pool, app::auth::now()).await.unwrap().1, 1);
    assert_eq!(count(app, "accounts").await, 1, "the verified account stays");
    let (left,): (String,) =
        sqlx::query_as("SELECT codice_fiscale FROM accounts WHERE demo = 0").fetch_one(&app.pool).await.unwrap();
    assert_eq!(left, CF);
    let (tokens,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM email_tokens WHERE account_id NOT IN (SELECT id FROM accounts)")
            .fetch_one(&app.pool)
            .await
            .unwrap();
    assert_eq!(tokens, 0);
}

const LIMITED: &str = "Troppe richieste di recupero";

fn sent(page: &common::browser::Page) -> bool {
    page.has("Se i dati corrispondono a un&#x27;utenza") || page.has("Se i dati corrispondono a un'utenza")
}

async fn recovery_needs_the_captcha_and_is_rate_limited(app: &TestApp) {
    let browser = Browser::new(app);
    register(app, &browser, "mario@example.it").await;
    let mails_before = mails(app).await.len();
    // Without the captcha: refused at its field, nothing looked up nor sent.
    for altcha in ["", "garbage"] {
        let page = browser
            .submit(
                "/api/account/recover",
                &[("codice_fiscale", CF), ("email", "mario@example.it"), ("altcha", altcha)],
            )
            .await;
        assert!(page.has("verifica di sicurezza non è riuscita"), "{}", page.body);
        assert!(page.has("id=\"altcha-error\""), "at the captcha: {}", page.body);
        assert!(page.has("value=\"mario@example.it\""), "what was typed is kept");
        assert!(!sent(&page));
    }
    assert_eq!(mails(app).await.len(), mails_before);
    // A bad format is said at once (no captcha spent, nothing looked up).
    let page = browser
        .submit("/api/account/recover", &[("codice_fiscale", "RSSMRA80A01H501X"), ("email", "mario@example.it")])
        .await;
    assert!(page.has("l&#x27;ultimo carattere non corrisponde") || page.has("l'ultimo carattere non corrisponde"));
    let recover = |cf: &'static str, email: &'static str| {
        let browser = browser.clone();
        async move {
            let captcha = solved_captcha(app).await;
            browser
                .submit("/api/account/recover", &[("codice_fiscale", cf), ("email", email), ("altcha", &captcha)])
                .await
        }
    };
    // Three per codice fiscale in the window, whether or not it has an account.
    for target in [CF, "BLTMHL77S04E889G"] {
        for _ in 0..3 {
            assert!(sent(&recover(target, "mario@example.it").await));
        }
        let limited = recover(target, "mario@example.it").await;
        assert!(limited.has(LIMITED), "{}", limited.body);
        assert!(!sent(&limited), "the same answer for both, saying nothing about the account");
    }
    assert_eq!(mails(app).await.len(), mails_before + 3, "only the three allowed for the real account");
    // Per address: the address's share used (as by many codici fiscali), a fresh one is refused.
    let now = app::auth::now();
    for _ in 0..10 {
        sqlx::query("INSERT INTO login_failures (login_key, at) VALUES ('recover:address:127.0.0.1', $1)")
            .bind(now)
            .execute(&app.pool)
            .await
            .unwrap();
    }
    let limited = recover("VRDLGU85T10F205N", "luigi@example.it").await;
    assert!(limited.has(LIMITED), "{}", limited.body);
    // The window passes: the account can recover again.
    sqlx::query("UPDATE login_failures SET at = at - 901 WHERE login_key LIKE 'recover:%'")
        .execute(&app.pool)
        .await
        .unwrap();
    assert!(sent(&recover(CF, "mario@example.it").await));
    assert_eq!(mails(app).await.len(), mails_before + 4);
}

async fn long_inputs_never_land_in_a_cookie_or_location(app: &TestApp) {
    let long = "q".repeat(10_000);
    let marker = "qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq";
    // The language switch's way back.
    for back in [format!("/{long}"), format!("/scuole?codice={long}")] {
        let response = app.get(&format!("/lingua/en?torna={back}")).await;
        assert_eq!(response.status(), 303);
        let headers = echo_headers(&response);
        assert_small(&headers, marker);
        assert!(headers.contains(&("location".into(), "/".into())), "a long way back goes home: {headers:?}");
    }
    let odd = app.get("/lingua/en?torna=/%C3%A9%0A").await;
    assert_eq!(odd.status(), 303, "no panic on a way back that cannot be a header");
    assert_eq!(odd.headers().get("location").map(|v| v.as_bytes()), Some(&b"/"[..]));
    // Forms whose problems come back in the flash cookie, and the registration's.
    let forms: Vec<(&str, Vec<(&str, &str)>)> = vec![
        ("/api/account/login", vec![("username", &long), ("password", &long)]),
        ("/api/account/recover", vec![("codice_fiscale", &long), ("email", &long), ("altcha", &long)]),
        ("/api/account/recover", vec![("codice_fiscale", CF), ("email", &long)]),
        ("/api/registration/code", vec![("codice_fiscale", &long), ("altcha", &long)]),
        ("/api/registration/details", details(&long)),
        ("/api/account/reset", vec![("token", &long), ("new_password", &long), ("new_password_again", &long)]),
        ("/api/cart/add", vec![("notice_id", "1"), ("back", &long)]),
        ("/api/cart/add", vec![("notice_id", &long)]),
    ];
    for (path, form) in forms {
        let (status, headers) = raw_post(app, path, &form).await;
        assert!((300..500).contains(&status), "{path}: {status}");
        assert_small(&headers, marker);
    }
    // The flash still carries a problem, just not the long value.
    let browser = Browser::new(app);
    let page = browser.submit("/api/account/recover", &[("codice_fiscale", CF), ("email", &long)]).await;
    assert!(page.has("Scrivi un indirizzo email completo"), "{}", page.body);
    assert_eq!(drafts(app).await, 0);
}
