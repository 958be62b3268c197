//! A real server on a random port, on a fresh database of its own: a new SQLite file, or a new
//! Postgres database on the local server. Outside CI a missing Postgres skips loudly; in CI it
//! fails.

#![allow(dead_code)] // each test binary uses its own part of these helpers

pub mod browser;
pub mod captcha;
pub mod codes;
pub mod fake_pagopa;
pub mod family;
pub mod matrix;
pub mod nginx;
pub mod payers;
pub mod paying;
pub mod visitor;

use server::config::{Config, LogFormat, ProviderKind};
use server::db::Engine;
use sqlx::{Connection, Executor, PgConnection};
use std::sync::atomic::{AtomicU32, Ordering};

static NEXT_DATABASE: AtomicU32 = AtomicU32::new(0);

pub struct TestApp {
    pub address: String,
    pub database_url: String,
    pub client: reqwest::Client,
    pub engine: Engine,
    pub pool: sqlx::AnyPool,
    pub provider: app::payments::Provider,
    /// `http://…/metrics`'s base when the test configured a metrics address.
    pub metrics_url: Option<String>,
    cleanup: Cleanup,
}

enum Cleanup {
    SqliteFolder(#[allow(dead_code)] tempfile::TempDir),
    PostgresDatabase { admin_url: String, name: String },
}

fn postgres_admin_url() -> String {
    std::env::var("PAGOSCUOLA_TEST_POSTGRES").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into())
}

impl TestApp {
    /// `None` only when Postgres is unreachable outside CI (the test then passes after a
    /// loud message on stderr).
    pub async fn spawn(engine: Engine) -> Option<TestApp> {
        TestApp::spawn_with(engine, |_| {}).await
    }

    /// Like [`TestApp::spawn`], with the configuration adjusted first (mail server, demo mode).
    pub async fn spawn_with(engine: Engine, adjust: impl FnOnce(&mut Config)) -> Option<TestApp> {
        let (database_url, cleanup) = match engine {
            Engine::Sqlite => {
                let folder = tempfile::tempdir().expect("temporary folder");
                let url = format!("sqlite://{}", folder.path().join("test.db").display());
                (url, Cleanup::SqliteFolder(folder))
            }
            Engine::Postgres => {
                let admin_url = postgres_admin_url();
                let mut admin = match PgConnection::connect(&admin_url).await {
                    Ok(conn) => conn,
                    Err(error) if std::env::var("CI").as_deref() != Ok("true") => {
                        eprintln!("\n*** SKIPPED: Postgres test — cannot reach {admin_url}: {error} ***\n*** set PAGOSCUOLA_TEST_POSTGRES or start Postgres; with CI=true this is a failure ***\n");
                        return None;
                    }
                    Err(error) => panic!("Postgres is required in CI ({admin_url}): {error}"),
                };
                let name = format!(
                    "pagoscuola_test_{}_{}_{}",
                    std::process::id(),
                    NEXT_DATABASE.fetch_add(1, Ordering::SeqCst),
                    std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .map(|d| d.subsec_nanos())
                        .unwrap_or(0)
                );
                admin.execute(format!(r#"CREATE DATABASE "{name}""#).as_str()).await.expect("create test database");
                let base =
                    admin_url.rsplit_once('/').map(|(base, _)| base.to_string()).expect("admin url has a database");
                (format!("{base}/{name}"), Cleanup::PostgresDatabase { admin_url, name })
            }
        };
        let (listener, address, mut config) = listening(&database_url).await;
        adjust(&mut config);
        let provider = config.provider().expect("payment provider");
        let state = server::prepare(&config).await.expect("server prepares");
        let pool = state.pool.clone();
        let metrics_url = state.metrics.as_ref().map(|metrics| format!("http://{}", metrics.address));
        tokio::spawn(server::serve(state, listener));
        let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client");
        Some(TestApp { address, database_url, client, engine, pool, provider, metrics_url, cleanup })
    }

    /// A second server process on the same database (as after a restart, or a second
    /// instance behind a load balancer); returns its address.
    pub async fn another_server(&self) -> String {
        self.second_server_with(|_| {}).await
    }

    /// Like [`TestApp::another_server`], with its configuration adjusted first.
    pub async fn second_server_with(&self, adjust: impl FnOnce(&mut Config)) -> String {
        let (listener, address, mut config) = listening(&self.database_url).await;
        adjust(&mut config);
        let state = server::prepare(&config).await.expect("second server prepares");
        tokio::spawn(server::serve(state, listener));
        address
    }

    /// The settings the server functions see (for calling jobs directly).
    pub async fn settings(&self) -> app::auth::Settings {
        let secret = |name: &'static str| async move {
            let (value,): (String,) = sqlx::query_as("SELECT value FROM server_secrets WHERE name = $1")
                .bind(name)
                .fetch_one(&self.pool)
                .await
                .expect(name);
            value
        };
        app::auth::Settings {
            demo: true,
            public_url: self.address.clone(),
            captcha_secret: secret("captcha").await,
            sandbox_secret: secret("sandbox_psp").await,
            provider: self.provider.clone(),
            dev_mailbox: true,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("GET")
    }

    /// Calls a server function the way the browser does (form-encoded POST to its endpoint).
    pub async fn call(&self, endpoint: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.client.post(self.url(&format!("/api/{endpoint}"))).form(form).send().await.expect("POST")
    }

    /// Drops the Postgres database (the SQLite folder goes with the value).
    pub async fn finish(self) {
        self.pool.close().await;
        if let Cleanup::PostgresDatabase { admin_url, name } = &self.cleanup {
            if let Ok(mut admin) = PgConnection::connect(admin_url).await {
                let _ = admin.execute(format!(r#"DROP DATABASE IF EXISTS "{name}" WITH (FORCE)"#).as_str()).await;
            }
        }
    }
}

/// A bound port and the configuration of a server on it. Bound first, so that links and the
/// PSP's notifications name the real port.
async fn listening(database_url: &str) -> (tokio::net::TcpListener, String, Config) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = format!("http://{}", listener.local_addr().expect("address"));
    let config = Config {
        database_url: database_url.to_string(),
        addr: "127.0.0.1:0".parse().expect("address"),
        // The static files' source, always in a checkout (the built site may or may not be
        // there): the answers for static files do not depend on an earlier build.
        site_root: "../public".into(),
        demo: true,
        db_max_connections: 5,
        public_url: Some(address.clone()),
        smtp_url: None,
        mail_from: "PagoScuola <noreply@pagoscuola.test>".into(),
        log_format: LogFormat::Text,
        payment_provider: Some(ProviderKind::Sandbox),
        pagopa_api_url: "http://127.0.0.1:9/checkout/ec/v1".into(),
        pagopa_subscription_key: None,
        pagopa_receipt_secret: None,
        trusted_proxies: Vec::new(),
        // As a release build serves them (a development build reads them per request).
        assets_in_memory: Some(true),
        metrics_addr: None,
    };
    (listener, address, config)
}

/// Loads today's demo data into a SQLite database migrated only up to an older version (for the
/// tests of a migration that rebuilds tables): the columns today's loader writes that such a
/// schema lacks are lent for the load, then dropped again.
pub async fn load_demo_on_an_older_sqlite_schema(pool: &sqlx::AnyPool) {
    let lent = "ALTER TABLE accounts ADD COLUMN demo INTEGER NOT NULL DEFAULT 0";
    sqlx::query(lent).execute(pool).await.expect("lend accounts.demo");
    load_families_lending_notice_dates(pool).await;
    sqlx::query("ALTER TABLE accounts DROP COLUMN demo").execute(pool).await.expect("take accounts.demo back");
}

/// The notice columns of 20261202000003_office_events (instalment and dates), lent to an older
/// schema while today's loader writes the demo families, then taken back.
pub const NOTICE_COLUMNS_LENT: [(&str, &str); 3] =
    [("instalment", "BIGINT NOT NULL DEFAULT 0"), ("due_date", "TEXT"), ("expires_on", "TEXT")];

/// Today's demo families on an older schema (either engine), lending the notices' later columns.
pub async fn load_families_lending_notice_dates(pool: &sqlx::AnyPool) {
    for (column, kind) in NOTICE_COLUMNS_LENT {
        sqlx::query(&format!("ALTER TABLE notices ADD COLUMN {column} {kind}")).execute(pool).await.expect("lend");
    }
    server::demo::load_families(pool).await.expect("demo data");
    for (column, _) in NOTICE_COLUMNS_LENT {
        sqlx::query(&format!("ALTER TABLE notices DROP COLUMN {column}")).execute(pool).await.expect("take back");
    }
}

/// Runs each listed scenario once on SQLite and once on Postgres.
#[macro_export]
macro_rules! on_both_engines {
    ($($scenario:ident),* $(,)?) => {
        $(
            mod $scenario {
                use server::db::Engine;
                #[tokio::test]
                async fn sqlite() {
                    if let Some(app) = $crate::common::TestApp::spawn(Engine::Sqlite).await {
                        super::$scenario(&app).await;
                        app.finish().await;
                    }
                }
                #[tokio::test]
                async fn postgres() {
                    if let Some(app) = $crate::common::TestApp::spawn(Engine::Postgres).await {
                        super::$scenario(&app).await;
                        app.finish().await;
                    }
                }
            }
        )*
    };
}
