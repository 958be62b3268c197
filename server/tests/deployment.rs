//! The shipped nginx configuration (`deploy/nginx/pagoscuola.conf`) in a real nginx, over TLS
//! with a certificate made by the test, in front of two server processes on one database:
//! HTTPS pages with HSTS, `Secure` `__Host-` cookies, the client's address as nginx saw it, the
//! forms' cross-site check passing (and still refusing a foreign origin), nginx's request id in
//! the answer, both processes serving one session, and plain HTTP sent to HTTPS.

mod common;

use common::nginx::{free_port, Nginx};
use common::visitor::{session_addresses, DEMO, LOGIN};
use common::TestApp;
use server::db::Engine;

#[tokio::test]
async fn sqlite() {
    behind_the_shipped_nginx(Engine::Sqlite).await;
}

#[tokio::test]
async fn postgres() {
    behind_the_shipped_nginx(Engine::Postgres).await;
}

async fn behind_the_shipped_nginx(engine: Engine) {
    let https_port = free_port();
    let public = format!("https://127.0.0.1:{https_port}");
    let adjust = |config: &mut server::config::Config| {
        config.public_url = Some(public.clone());
        config.trusted_proxies = vec!["127.0.0.1/32".parse().expect("network")];
    };
    let Some(app) = TestApp::spawn_with(engine, adjust).await else { return };
    let second = app.second_server_with(adjust).await;
    let Some(site) = Nginx::deployment(https_port, &[&app.address, &second]).await else { return };
    let browser = reqwest::Client::builder()
        .add_root_certificate(reqwest::Certificate::from_pem(&site.certificate).expect("certificate"))
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .local_address("127.0.0.2".parse::<std::net::IpAddr>().ok())
        .build()
        .expect("client");
    let url = |path: &str| format!("{}{path}", site.https_url);

    let home = browser.get(url("/")).send().await.expect("HTTPS through nginx");
    assert_eq!(home.status(), 200);
    assert_eq!(home.headers()["strict-transport-security"], "max-age=63072000");
    let id = home.headers()["x-request-id"].to_str().unwrap().to_string();
    let log = logged(&site.access_log, &[&id]).await;
    assert!(log.contains(&id), "the answer carries nginx's request id {id}:\n{log}");

    let login = browser.post(url(LOGIN)).header("origin", &public).header("accept", "text/html").form(&DEMO).send();
    let login = login.await.unwrap();
    assert_eq!(login.status(), 302, "the form passes the cross-site check behind TLS");
    assert_eq!(login.headers()["location"], "/famiglia");
    let cookie = login.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(cookie.starts_with("__Host-") && cookie.contains("Secure"), "{cookie}");
    for _ in 0..6 {
        let family = browser.get(url("/famiglia")).send().await.unwrap();
        assert_eq!(family.status(), 200, "the session holds on either process");
    }
    assert_eq!(session_addresses(&app).await, ["127.0.0.2"], "the address nginx saw");
    let upstreams = [app.address.trim_start_matches("http://"), second.trim_start_matches("http://")];
    let log = logged(&site.access_log, &upstreams).await;
    for backend in [&app.address, &second] {
        let upstream = backend.trim_start_matches("http://");
        assert!(log.contains(upstream), "{upstream} served some requests:\n{log}");
    }

    let forged = browser.post(url(LOGIN)).header("origin", "https://evil.example").form(&DEMO).send().await.unwrap();
    assert_eq!(forged.status(), 403, "a foreign origin is still refused");
    let plain = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let redirect = plain.get(format!("{}/famiglia", site.http_url)).send().await.unwrap();
    assert_eq!(redirect.status(), 301);
    assert_eq!(redirect.headers()["location"], "https://127.0.0.1/famiglia", "plain HTTP goes to HTTPS");
    app.finish().await;
}

/// nginx writes a request's log line after answering it: waits (briefly) for all of `needles`.
async fn logged(path: &std::path::Path, needles: &[&str]) -> String {
    let mut log = String::new();
    for _ in 0..40 {
        log = std::fs::read_to_string(path).unwrap_or_default();
        if needles.iter().all(|needle| log.contains(needle)) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    log
}
