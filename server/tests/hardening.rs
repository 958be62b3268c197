//! Money is never faked and secrets never rest: the sandbox PSP never passes for real money
//! (the provider must be chosen; with pagoPA the sandbox is not there), demo accounts stay in
//! demo mode, the links and temporary passwords that travel by email are made when they are sent
//! and never stored readable, and sent mail is purged.

mod common;

use common::browser::Browser;
use common::family::{fill_wizard, line_value, link_in};
use common::payers::{DEMO_PASSWORD, DEMO_USERNAME};
use common::TestApp;
use server::db::Engine;
use server::smtp_sink::Receiver;
use std::time::Duration;

#[test]
fn serve_without_a_provider_outside_demo_mode_refuses_to_start() {
    let folder = tempfile::tempdir().expect("folder");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_pagoscuola"))
        .arg("serve")
        .env_remove("PAGOSCUOLA_PAYMENT_PROVIDER")
        .env("PAGOSCUOLA_DEMO", "false")
        .env("DATABASE_URL", format!("sqlite://{}", folder.path().join("db.sqlite").display()))
        .env("PAGOSCUOLA_ADDR", "127.0.0.1:0")
        .output()
        .expect("run pagoscuola");
    assert!(!output.status.success(), "it must not start");
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("PAGOSCUOLA_PAYMENT_PROVIDER is not set"), "{said}");
    assert!(said.contains("`pagopa` for real payments"), "{said}");
    assert!(!folder.path().join("db.sqlite").exists(), "it stops before touching the database");
}

on_both_engines!(demo_accounts_log_in_only_in_demo_mode, sent_mail_is_purged_after_a_week);

async fn demo_accounts_log_in_only_in_demo_mode(app: &TestApp) {
    // Demo mode (the test apps' default): the published password works.
    common::payers::demo_family(app).await;
    // The same accounts on a server that is not in demo mode: refused like a wrong password.
    let address = app.second_server_with(|config| config.demo = false).await;
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    for username in [DEMO_USERNAME, "demo2"] {
        let answer = client
            .post(format!("{address}/api/account/login"))
            .header("origin", address.clone())
            .form(&[("username", username), ("password", DEMO_PASSWORD)])
            .send()
            .await
            .unwrap();
        let location = answer.headers().get("location").and_then(|v| v.to_str().ok()).unwrap_or_default();
        assert!(location.ends_with("/accedi"), "{username} logged in outside demo mode: {location}");
        assert!(answer.headers().get("set-cookie").is_none_or(|c| !c.to_str().unwrap().contains("ps_session=")));
    }
}

async fn sent_mail_is_purged_after_a_week(app: &TestApp) {
    let browser = Browser::new(app);
    fill_wizard(app, &browser, "mario@example.it").await;
    browser.submit("/api/registration/confirm", &[("action", "confirm")]).await;
    assert_eq!(common::family::mails(app).await.len(), 1, "delivered to the development mailbox");
    let now = app::auth::now();
    assert_eq!(server::jobs::purge_sent_mail(&app.pool, now).await.unwrap(), 0, "kept for a week");
    let later = now + server::jobs::KEEP_SENT_MAIL_SECONDS + 1;
    assert_eq!(server::jobs::purge_sent_mail(&app.pool, later).await.unwrap(), 1);
    assert_eq!(common::family::count(app, "outbox").await, 0);
}

on_both_engines_with!(paying_through_pagopa: with_pagopa_the_sandbox_is_not_there);

fn paying_through_pagopa(config: &mut server::config::Config) {
    // No checkout is ever reached: an address where nothing listens.
    common::fake_pagopa::configure_pagopa(config, "http://127.0.0.1:9/checkout/ec/v1".into(), "key", "secret");
}

async fn with_pagopa_the_sandbox_is_not_there(app: &TestApp) {
    let browser = Browser::new(app);
    assert_eq!(browser.get("/psp-sandbox/pagamento/SBX0123").await.status, 404);
    for (function, form) in
        [("decide", &[("id", "SBX0123"), ("outcome", "confirmed")][..]), ("transaction", &[("id", "SBX0123")][..])]
    {
        let answer = app.client.post(app.url(&format!("/psp-sandbox/api/{function}"))).form(form).send().await.unwrap();
        let status = answer.status().as_u16();
        let body = answer.text().await.unwrap();
        assert_eq!(status, 404, "{function}: {body}");
    }
    let notified = app
        .client
        .post(app.url(app::payments::sandbox::NOTIFY_PATH))
        .header("content-type", "application/json")
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(notified.status().as_u16(), 404, "no sandbox notifications where money is real");
}

#[tokio::test]
async fn secrets_sent_by_mail_never_rest_in_the_database_sqlite() {
    secrets_sent_by_mail_never_rest_in_the_database(Engine::Sqlite).await;
}

#[tokio::test]
async fn secrets_sent_by_mail_never_rest_in_the_database_postgres() {
    secrets_sent_by_mail_never_rest_in_the_database(Engine::Postgres).await;
}

/// The verification link, the temporary password and the recovery link: while the mail server
/// refuses them, after they are sent, none is in the database (its file, or any row).
async fn secrets_sent_by_mail_never_rest_in_the_database(engine: Engine) {
    let receiver = Receiver::start().await.expect("SMTP receiver");
    receiver.refuse(2);
    let url = receiver.url();
    let Some(app) = TestApp::spawn_with(engine, |config| {
        config.smtp_url = Some(url);
        config.demo = false;
    })
    .await
    else {
        return;
    };
    let browser = Browser::new(&app);
    fill_wizard(&app, &browser, "mario@example.it").await;
    browser.submit("/api/registration/confirm", &[("action", "confirm")]).await;

    // Refused twice: the queued mail still holds only a placeholder.
    wait_until(|| async { attempts(&app).await >= 1 }).await;
    sqlx::query("UPDATE outbox SET next_attempt_at = 0").execute(&app.pool).await.unwrap();
    wait_until(|| async { attempts(&app).await >= 2 }).await;
    let (text, html): (String, String) =
        sqlx::query_as("SELECT body_text, body_html FROM outbox").fetch_one(&app.pool).await.unwrap();
    assert!(text.contains("/registrazione/conferma/{{secret}}") && html.contains("{{secret}}"), "{text}");
    // (A refused attempt made a link and stored its hash: a link nobody ever received.)

    sqlx::query("UPDATE outbox SET next_attempt_at = 0").execute(&app.pool).await.unwrap();
    let confirm =
        decoded(&receiver.wait_for("Subject: Conferma registrazione").await.expect("Subject: Conferma registrazione"));
    let link = link_in(&confirm, "/registrazione/conferma/");
    let token = link.rsplit('/').next().unwrap().to_string();
    assert_eq!(token.len(), 64, "{link}");
    assert_not_stored(&app, &token).await;

    // The link works; the "Creazione utenza" mail carries a temporary password made on sending.
    let verified = browser.get(link.trim_start_matches(&app.address)).await;
    assert!(verified.has("il tuo indirizzo email è confermato"), "{}", verified.body);
    let created = decoded(&receiver.wait_for("Subject: Creazione utenza").await.expect("Subject: Creazione utenza"));
    let (username, password) = (line_value(&created, "Username"), line_value(&created, "Password provvisoria"));
    assert!(password.len() >= 12, "{password}");
    assert_not_stored(&app, &password).await;
    let logged = browser.post("/api/account/login", &[("username", &username), ("password", &password)]).await;
    assert_eq!(logged.location.as_deref(), Some("/cambio-password"), "the mailed password is the one that works");

    // Recovery: the reset link, made on sending, works and is not stored either.
    let stranger = Browser::new(&app);
    let captcha = common::captcha::solved_captcha(&app).await;
    stranger
        .post(
            "/api/account/recover",
            &[("codice_fiscale", common::family::CF), ("email", "mario@example.it"), ("altcha", &captcha)],
        )
        .await;
    let recovery =
        decoded(&receiver.wait_for("Subject: Recupero credenziali").await.expect("Subject: Recupero credenziali"));
    let reset = link_in(&recovery, "/recupero-credenziali/");
    assert_not_stored(&app, reset.rsplit('/').next().unwrap()).await;
    assert_eq!(stranger.get(reset.trim_start_matches(&app.address)).await.status, 200);
    app.finish().await;
}

async fn attempts(app: &TestApp) -> i64 {
    let (attempts,): (i64,) = sqlx::query_as("SELECT attempts FROM outbox").fetch_one(&app.pool).await.unwrap();
    attempts
}

async fn wait_until<F: std::future::Future<Output = bool>>(check: impl Fn() -> F) {
    for _ in 0..100 {
        if check().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("timed out");
}

/// The message as the family reads it: quoted-printable soft line breaks joined.
fn decoded(message: &str) -> String {
    message.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=")
}

/// `secret` is nowhere in the database: not in the SQLite file (nor its journal), not in any row
/// of the tables that hold accounts, links, sessions and mail on Postgres.
async fn assert_not_stored(app: &TestApp, secret: &str) {
    match app.engine {
        Engine::Sqlite => {
            let file = app.database_url.trim_start_matches("sqlite://").to_string();
            for path in [file.clone(), format!("{file}-wal"), format!("{file}-journal")] {
                if let Ok(bytes) = std::fs::read(&path) {
                    let found = bytes.windows(secret.len()).any(|window| window == secret.as_bytes());
                    assert!(!found, "{secret} is readable in {path}");
                }
            }
        }
        Engine::Postgres => {
            for table in ["accounts", "email_tokens", "sessions", "outbox"] {
                let rows: Vec<(String,)> = sqlx::query_as(&format!("SELECT CAST(t AS TEXT) FROM {table} t"))
                    .fetch_all(&app.pool)
                    .await
                    .unwrap();
                assert!(rows.iter().all(|(row,)| !row.contains(secret)), "{secret} is readable in {table}");
            }
        }
    }
}
