//! Email leaves through the outbox over real SMTP, to a receiver the test starts; a refused
//! delivery is retried; outside demo mode the sent text is blanked and the mailbox page is off.

mod common;

use common::browser::Browser;
use common::family::fill_wizard;
use common::TestApp;
use server::db::Engine;
use server::smtp_sink::Receiver;

#[tokio::test]
async fn sqlite() {
    outbox_delivers_over_smtp_and_retries(Engine::Sqlite).await;
}

#[tokio::test]
async fn postgres() {
    outbox_delivers_over_smtp_and_retries(Engine::Postgres).await;
}

async fn outbox_delivers_over_smtp_and_retries(engine: Engine) {
    let receiver = Receiver::start().await.expect("SMTP receiver");
    receiver.refuse(1);
    let url = receiver.url();
    let Some(app) = TestApp::spawn_with(engine, |config| {
        config.smtp_url = Some(url);
        config.demo = false;
        config.public_url = Some("https://pagoscuola.example".into());
    })
    .await
    else {
        return;
    };
    let browser = Browser::new(&app);
    fill_wizard(&app, &browser, "mario@example.it").await;
    browser.submit("/api/registration/confirm", &[("action", "confirm")]).await;

    // The receiver refuses the first try: the message stays, with the error and a later retry.
    let mut failed = None;
    for _ in 0..100 {
        let row: (i64, Option<String>, Option<i64>) =
            sqlx::query_as("SELECT attempts, last_error, sent_at FROM outbox").fetch_one(&app.pool).await.unwrap();
        if row.0 == 1 {
            failed = Some(row);
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let (_, error, sent) = failed.expect("a first, refused attempt");
    assert!(error.unwrap_or_default().contains("try again later"));
    assert_eq!(sent, None);
    assert!(receiver.messages().is_empty());

    // Time passes (the retry is due now): it is delivered, once.
    sqlx::query("UPDATE outbox SET next_attempt_at = 0").execute(&app.pool).await.unwrap();
    let message = receiver.wait_for("Subject: Conferma registrazione").await.expect("Subject: Conferma registrazione");
    assert!(message.contains("To: mario@example.it"), "{message}");
    // Stable across attempts (a copy sent again after a crash is the same message to mail programs).
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM outbox").fetch_one(&app.pool).await.unwrap();
    assert!(message.contains(&format!("Message-ID: <outbox-{id}@")), "{message}");
    assert!(
        message.contains("multipart/alternative") && message.contains("text/plain") && message.contains("text/html")
    );
    assert!(message.contains("https://pagoscuola.example/registrazione/conferma/"), "links use the public address");
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let (sent, body): (Option<i64>, String) =
        sqlx::query_as("SELECT sent_at, body_text FROM outbox").fetch_one(&app.pool).await.unwrap();
    assert!(sent.is_some());
    assert_eq!(body, "", "sent mail is not kept outside demo mode");
    assert_eq!(receiver.messages().len(), 1);
    assert_eq!(browser.get("/dev/posta").await.status, 404, "no development mailbox outside demo mode");
    app.finish().await;
}
