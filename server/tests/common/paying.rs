//! Steps of paying shared by the payment tests: the cart, the checkout, and reading states.

use super::browser::Browser;
use super::TestApp;
use std::time::Duration;

/// The path of an address (what a redirect's `Location` names on this server).
pub fn path_of(location: &str) -> String {
    match location.split_once("://") {
        Some((_, rest)) => rest[rest.find('/').unwrap_or(rest.len())..].to_string(),
        None => location.to_string(),
    }
}

pub async fn add(browser: &Browser, id: i64) {
    browser.post("/api/cart/add", &[("notice_id", &id.to_string()), ("back", "carrello")]).await;
}

/// Checks out the cart; the payment's public id.
pub async fn checkout(browser: &Browser) -> Option<String> {
    let answer = browser.post("/api/cart/checkout", &[]).await;
    let location = path_of(&answer.location.unwrap_or_default());
    location.strip_prefix("/pagamento/").map(str::to_string)
}

pub async fn decide(browser: &Browser, sandbox_path: &str, outcome: &str) -> String {
    let id = sandbox_path.rsplit('/').next().unwrap();
    let answer = browser.post("/psp-sandbox/api/decide", &[("id", id), ("outcome", outcome)]).await;
    path_of(&answer.location.expect("back to the merchant"))
}

pub async fn payment_state(app: &TestApp, public_id: &str) -> String {
    let (state,): (String,) = sqlx::query_as("SELECT state FROM payments WHERE public_id = $1")
        .bind(public_id)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    state
}

pub async fn wait_for(app: &TestApp, public_id: &str, wanted: &str) {
    for _ in 0..100 {
        if payment_state(app, public_id).await == wanted {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("payment {public_id} never became {wanted}: {}", payment_state(app, public_id).await);
}

pub async fn notice_state(app: &TestApp, id: i64) -> String {
    let (state,): (String,) =
        sqlx::query_as("SELECT state FROM notices WHERE id = $1").bind(id).fetch_one(&app.pool).await.unwrap();
    state
}
