//! The operator's view: liveness and readiness, a request id on every answer, and Prometheus
//! metrics on their own listener (never on the public one).

mod common;

use common::visitor::{Visitor, DEMO, LOGIN};
use common::TestApp;
use server::config::Config;

on_both_engines_with!(with_metrics: health_ids_and_metrics);
on_both_engines!(readiness_fails_when_the_database_is_behind_the_binary);

fn with_metrics(config: &mut Config) {
    config.metrics_addr = Some("127.0.0.1:0".parse().expect("address"));
}

async fn health_ids_and_metrics(app: &TestApp) {
    let live = app.client.get(app.url("/healthz/live")).send().await.unwrap();
    assert_eq!(live.status(), 200);
    let ready: serde_json::Value =
        app.client.get(app.url("/healthz/ready")).send().await.unwrap().json().await.unwrap();
    assert_eq!(ready["status"], "ok", "{ready}");
    assert!(ready["jobs"].as_u64().unwrap() >= 5, "the background tasks run: {ready}");

    // Every answer names its request; a client cannot choose the id (it is not a listed proxy).
    let first =
        app.client.get(app.url("/privacy")).header("x-request-id", "chosen-by-the-client").send().await.unwrap();
    let second = app.client.get(app.url("/privacy")).send().await.unwrap();
    let id = |r: &reqwest::Response| r.headers()["x-request-id"].to_str().unwrap().to_string();
    assert_eq!(id(&first).len(), 32, "{}", id(&first));
    assert_ne!(id(&first), "chosen-by-the-client");
    assert_ne!(id(&first), id(&second), "one id per request");

    let family = Visitor::new(app);
    family.post(LOGIN, &[("username", "demo"), ("password", "not the password")]).await;
    family.post(LOGIN, &DEMO).await;
    assert_eq!(family.get("/famiglia").await.status, 200);
    assert_eq!(family.get("/avvisi/999999").await.status, 404);

    assert_eq!(app.client.get(app.url("/metrics")).send().await.unwrap().status(), 404, "not on the public listener");
    let metrics_url = app.metrics_url.as_ref().expect("metrics configured");
    let text = app.client.get(format!("{metrics_url}/metrics")).send().await.unwrap().text().await.unwrap();
    for expected in [
        r#"http_requests_total{route="/famiglia",method="GET",status="200"}"#,
        r#"http_requests_total{route="/avvisi/{id}",method="GET",status="404"}"#,
        r#"http_request_duration_seconds_bucket{route="/famiglia",method="GET",le="0.1"}"#,
        r#"login_attempts_total{outcome="failed"}"#,
        r#"login_attempts_total{outcome="ok"}"#,
        "outbox_unsent ",
        r#"db_pool_connections{state="open"}"#,
        "background_tasks_running ",
        "database_up 1",
    ] {
        assert!(text.contains(expected), "/metrics lacks {expected}:\n{text}");
    }
    let raw_paths = text.lines().filter(|l| l.contains("route=\"/avvisi/") && !l.contains("route=\"/avvisi/{id}\""));
    assert_eq!(raw_paths.count(), 0, "ids stay out of the labels:\n{text}");
}

async fn readiness_fails_when_the_database_is_behind_the_binary(app: &TestApp) {
    let ready = |app: &TestApp| {
        let url = app.url("/healthz/ready");
        let client = app.client.clone();
        async move { client.get(url).send().await.unwrap() }
    };
    assert_eq!(ready(app).await.status(), 200);
    // As if an older binary's migrations were all this database had.
    let (newest,): (i64,) =
        sqlx::query_as("SELECT MAX(version) FROM _sqlx_migrations").fetch_one(&app.pool).await.unwrap();
    sqlx::query("UPDATE _sqlx_migrations SET success = FALSE WHERE version = $1")
        .bind(newest)
        .execute(&app.pool)
        .await
        .unwrap();
    let behind = ready(app).await;
    assert_eq!(behind.status(), 503);
    let body: serde_json::Value = behind.json().await.unwrap();
    assert!(body["problems"][0].as_str().unwrap().starts_with("migrations behind"), "{body}");
    assert_eq!(app.client.get(app.url("/healthz/live")).send().await.unwrap().status(), 200, "still alive");
    sqlx::query("UPDATE _sqlx_migrations SET success = TRUE WHERE version = $1")
        .bind(newest)
        .execute(&app.pool)
        .await
        .unwrap();
    assert_eq!(ready(app).await.status(), 200);
}
