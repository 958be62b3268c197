//! Behind a real nginx: forms still pass the cross-site check, the client's address is the one
//! nginx saw (not what the client claimed), and a foreign origin is still refused.

mod common;

use common::nginx::Nginx;
use common::visitor::{session_addresses, Visitor, DEMO, LOGIN};
use common::TestApp;
use server::config::Config;

on_both_engines_with!(nginx_on_this_machine: forms_work_behind_nginx_and_the_client_is_who_nginx_saw);

fn nginx_on_this_machine(config: &mut Config) {
    config.trusted_proxies = vec!["127.0.0.1/32".parse().expect("network")];
}

async fn forms_work_behind_nginx_and_the_client_is_who_nginx_saw(app: &TestApp) {
    let Some(proxy) = Nginx::start(&app.address).await else { return };
    // The family's browser reaches nginx from 127.0.0.2 and claims to be 1.1.1.1; nginx (on
    // 127.0.0.1, listed) appends what it saw. The server's public URL is its own address, so
    // only the forwarded host makes nginx's origin ours.
    let family = Visitor::at(&proxy.url, Some("1.1.1.1"), Some("127.0.0.2".parse().unwrap()));
    let home = family.get("/").await;
    assert_eq!(home.status, 200, "pages come through nginx");
    let login = family.post(LOGIN, &DEMO).await;
    assert_eq!(login.status, 302, "not refused as cross-site: {}", login.page);
    assert_eq!(login.location.as_deref(), Some("/famiglia"));
    assert_eq!(family.get("/famiglia").await.status, 200, "the session works through nginx");
    assert_eq!(session_addresses(app).await, ["127.0.0.2"], "the address nginx saw, not the claimed one");
    let forged = family.post_from("https://evil.example", LOGIN, &DEMO).await;
    assert_eq!(forged.status, 403, "a foreign origin is refused behind the proxy too");
    // The same origin sent straight to the server by a peer that is not a listed proxy is not ours.
    let direct =
        reqwest::Client::builder().local_address("127.0.0.2".parse::<std::net::IpAddr>().ok()).build().unwrap();
    let forwarded_host = proxy.url.trim_start_matches("http://");
    let request = direct
        .post(app.url(LOGIN))
        .header("origin", &proxy.url)
        .header("x-forwarded-host", forwarded_host)
        .header("accept", "text/html")
        .form(&DEMO)
        .send()
        .await
        .unwrap();
    assert_eq!(request.status(), 403, "X-Forwarded-Host counts only from a listed proxy");
}
