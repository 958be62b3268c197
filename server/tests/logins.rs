//! Log-in throttling per account and per client address, trusted proxies, session rotation,
//! the `__Host-` cookie with HSTS, and the purge of expired sessions; on SQLite and Postgres.

mod common;

use common::browser::Browser;
use common::family::{count, register, PASSWORD};
use common::visitor::{failure_keys, session_addresses, token_works, Visitor, DEMO, LOGIN};
use common::TestApp;
use server::config::Config;

on_both_engines!(
    spellings_of_one_account_share_one_budget,
    sessions_rotate_at_log_in_and_at_password_change,
    expired_sessions_are_purged,
    forwarded_for_is_ignored_from_a_peer_not_listed,
    plain_http_has_neither_hsts_nor_the_prefix,
);

on_both_engines_with!(behind_local_proxy:
    a_listed_proxy_names_the_client,
    the_address_limit_counts_each_client_behind_a_proxy,
);

on_both_engines_with!(public_https: https_names_the_cookie_host_only_and_sends_hsts);

fn behind_local_proxy(config: &mut Config) {
    config.trusted_proxies = vec!["127.0.0.1/32".parse().expect("network")];
}

fn public_https(config: &mut Config) {
    config.public_url = Some("https://pagoscuola.example.it".into());
}

const WRONG: &str = "sbagliata davvero";

async fn spellings_of_one_account_share_one_budget(app: &TestApp) {
    let (username, temporary) = register(app, &Browser::new(app), "mario@example.it").await;
    let visitor = Visitor::new(app);
    let upper = username.to_uppercase();
    // Five spellings that all reach Mario's account: before, each had its own five tries.
    for spelling in ["RSSMRA80A01H501U", "rssmra80a01h501u", "RSSMRA 80A01 H501U", "rss mra80a0\t1h501u", &upper] {
        let answer = visitor.post(LOGIN, &[("username", spelling), ("password", WRONG)]).await;
        assert!(answer.page.contains("Username o password non corretti"), "{spelling}: {}", answer.page);
    }
    let locked = visitor.post(LOGIN, &[("username", " Rssmra80a01h501u "), ("password", &temporary)]).await;
    assert!(locked.page.contains("Troppi tentativi"), "even the right password waits: {}", locked.page);
    let keys = failure_keys(app).await;
    assert_eq!(keys.iter().filter(|k| k.starts_with("account:")).count(), 1, "{keys:?}");
    // Names of no account lock the same way, whatever their spelling.
    for spelling in ["nessuno.mai", "NESSUNO.MAI", "nessuno .mai", " Nessuno.Mai", "nessuno.MAI "] {
        visitor.post(LOGIN, &[("username", spelling), ("password", WRONG)]).await;
    }
    let locked = visitor.post(LOGIN, &[("username", "Nessuno. Mai"), ("password", WRONG)]).await;
    assert!(locked.page.contains("Troppi tentativi"), "{}", locked.page);
    assert!(failure_keys(app).await.contains(&"user:nessuno.mai".to_string()));
}

async fn sessions_rotate_at_log_in_and_at_password_change(app: &TestApp) {
    let browser = Visitor::new(app);
    let first = browser.post(LOGIN, &DEMO).await;
    assert_eq!(first.location.as_deref(), Some("/famiglia"));
    let before = first.session_token().expect("a session cookie");
    let other_device = Visitor::new(app);
    let other = other_device.post(LOGIN, &DEMO).await.session_token().expect("a session cookie");
    // Logging in again (or over a planted cookie) gives a new token and voids the old one.
    let second = browser.post(LOGIN, &DEMO).await.session_token().expect("a new session cookie");
    assert_ne!(second, before);
    assert!(!token_works(app, "ps_session", &before).await, "the old cookie no longer works");
    assert!(token_works(app, "ps_session", &second).await);
    assert_eq!(count(app, "sessions").await, 2, "this browser's and the other device's");
    // A password change: a new token here, every other session ended.
    let form = [("current_password", DEMO[1].1), ("new_password", PASSWORD), ("new_password_again", PASSWORD)];
    let changed = browser.post("/api/account/password", &form).await;
    assert_eq!(changed.location.as_deref(), Some("/famiglia"), "{}", changed.page);
    let third = changed.session_token().expect("a new session cookie after the change");
    assert_ne!(third, second);
    assert!(!token_works(app, "ps_session", &second).await, "the cookie from before the change is void");
    assert!(!token_works(app, "ps_session", &other).await, "other devices are logged out");
    assert!(token_works(app, "ps_session", &third).await);
    assert_eq!(browser.get("/famiglia").await.status, 200, "the browser itself stays logged in");
    assert_eq!(count(app, "sessions").await, 1);
}

async fn expired_sessions_are_purged(app: &TestApp) {
    for _ in 0..3 {
        assert!(Visitor::new(app).post(LOGIN, &DEMO).await.session_token().is_some());
    }
    let hashes: Vec<(String,)> =
        sqlx::query_as("SELECT token_hash FROM sessions ORDER BY token_hash").fetch_all(&app.pool).await.unwrap();
    // One past its 12 hours, one idle for an hour, one in use.
    sqlx::query("UPDATE sessions SET expires_at = 1000 WHERE token_hash = $1")
        .bind(&hashes[0].0)
        .execute(&app.pool)
        .await
        .unwrap();
    sqlx::query("UPDATE sessions SET last_seen_at = last_seen_at - 3600 WHERE token_hash = $1")
        .bind(&hashes[1].0)
        .execute(&app.pool)
        .await
        .unwrap();
    let purged = app::auth::session::purge_expired(&app.pool).await.expect("purge");
    assert_eq!(purged, 2);
    let (left,): (String,) = sqlx::query_as("SELECT token_hash FROM sessions").fetch_one(&app.pool).await.unwrap();
    assert_eq!(left, hashes[2].0);
}

async fn forwarded_for_is_ignored_from_a_peer_not_listed(app: &TestApp) {
    let spoofing = Visitor::at(&app.address, Some("203.0.113.9"), None);
    spoofing.post(LOGIN, &[("username", "demo"), ("password", WRONG)]).await;
    assert!(spoofing.post(LOGIN, &DEMO).await.session_token().is_some());
    assert_eq!(session_addresses(app).await, ["127.0.0.1"]);
    let keys = failure_keys(app).await;
    assert!(keys.contains(&"address:127.0.0.1".to_string()) && !keys.iter().any(|k| k.contains("203.0.113.9")));
}

async fn a_listed_proxy_names_the_client(app: &TestApp) {
    // Our proxy (127.0.0.1) appended the client's address to what the client claimed.
    let proxied = Visitor::at(&app.address, Some("1.1.1.1, 203.0.113.9"), None);
    proxied.post(LOGIN, &[("username", "demo"), ("password", WRONG)]).await;
    assert!(failure_keys(app).await.contains(&"address:203.0.113.9".to_string()));
    assert!(proxied.post(LOGIN, &DEMO).await.session_token().is_some());
    assert_eq!(session_addresses(app).await, ["203.0.113.9"]);
    // A peer that is not listed (another loopback address) is itself the client.
    let direct = Visitor::at(&app.address, Some("203.0.113.10"), Some("127.0.0.2".parse().unwrap()));
    assert!(direct.post(LOGIN, &DEMO).await.session_token().is_some());
    assert_eq!(session_addresses(app).await, ["127.0.0.2", "203.0.113.9"]);
}

async fn the_address_limit_counts_each_client_behind_a_proxy(app: &TestApp) {
    let guesser = Visitor::at(&app.address, Some("198.51.100.7"), None);
    // Thirty different names from one client: each name fails once, the address thirty times.
    for i in 0..30 {
        let answer = guesser.post(LOGIN, &[("username", &format!("ospite{i}")), ("password", WRONG)]).await;
        assert!(answer.page.contains("Username o password non corretti"), "{i}: {}", answer.page);
    }
    let locked = guesser.post(LOGIN, &[("username", "ospite-nuovo"), ("password", WRONG)]).await;
    assert!(locked.page.contains("Troppi tentativi"), "{}", locked.page);
    let locked = guesser.post(LOGIN, &DEMO).await;
    assert!(locked.page.contains("Troppi tentativi") && locked.session_token().is_none());
    // Another family behind the same proxy is not locked out.
    let neighbour = Visitor::at(&app.address, Some("198.51.100.8"), None);
    assert!(neighbour.post(LOGIN, &DEMO).await.session_token().is_some());
}

async fn https_names_the_cookie_host_only_and_sends_hsts(app: &TestApp) {
    let request = app.client.post(app.url(LOGIN)).header("origin", &app.address).header("accept", "text/html");
    let login = request.form(&DEMO).send().await.unwrap();
    assert_eq!(login.status(), 302);
    let hsts = login.headers().get("strict-transport-security").and_then(|v| v.to_str().ok()).map(str::to_string);
    assert_eq!(hsts.as_deref(), Some("max-age=63072000"));
    let cookie = login
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.contains("ps_session="))
        .expect("a session cookie")
        .to_string();
    assert!(cookie.starts_with("__Host-ps_session="), "{cookie}");
    assert!(cookie.contains("; Secure") && cookie.contains("Path=/") && !cookie.contains("Domain"), "{cookie}");
    let token = cookie["__Host-ps_session=".len()..].split(';').next().unwrap().to_string();
    assert!(token_works(app, "__Host-ps_session", &token).await);
    assert!(!token_works(app, "ps_session", &token).await, "only the prefixed name is read");
    let page = app.get("/").await;
    assert!(page.headers().contains_key("strict-transport-security"), "every response carries HSTS");
}

async fn plain_http_has_neither_hsts_nor_the_prefix(app: &TestApp) {
    let login = Visitor::new(app).post(LOGIN, &DEMO).await;
    assert!(login.set_cookies.iter().any(|c| c.starts_with("ps_session=") && !c.contains("Secure")));
    assert!(!login.headers.contains_key("strict-transport-security"));
}
