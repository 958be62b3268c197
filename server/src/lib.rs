//! The PagoScuola server: configuration, database, HTTP application, start and stop.

pub mod admin;
pub mod assets;
pub mod config;
pub mod db;
pub mod deadline;
pub mod demo;
pub mod jobs;
pub mod mail;
pub mod refunds;
pub mod smtp_sink;
pub mod spawned;
pub mod storm;
pub mod web;

use config::{Config, LogFormat};
use leptos::config::LeptosOptions;
use std::path::Path;
use std::sync::Arc;
use tokio::net::TcpListener;
use web::AppState;

#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("database: {0}")]
    Db(#[from] db::DbError),
    #[error("demo data: {0}")]
    Demo(#[from] demo::DemoError),
    #[error("mail: {0}")]
    Mail(#[from] mail::MailError),
    #[error("configuration: {0}")]
    Config(#[from] config::ConfigError),
    #[error("shared secrets: {0}")]
    Secret(app::error::AppError),
    #[error("password hashing failed")]
    Measure,
    #[error("network: {0}")]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Store(#[from] app::error::AppError),
    #[error("{0}")]
    Usage(String),
}

pub fn init_logging(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn,tower_http=info"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    let _ = match format {
        LogFormat::Json => builder.json().try_init(),
        LogFormat::Text => builder.try_init(),
    };
}

/// Leptos' options from our configuration. Bundle file names carry hashes when cargo-leptos
/// wrote `hash.txt` beside the binary (release builds).
pub fn leptos_options(config: &Config) -> LeptosOptions {
    LeptosOptions::builder()
        .output_name("pagoscuola")
        .site_root(config.site_root.as_str())
        .site_addr(config.addr)
        .hash_files(hash_file().is_some())
        .build()
}

fn hash_file() -> Option<std::path::PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let file = exe.parent()?.join("hash.txt");
    file.exists().then_some(file)
}

/// Identifies this build of the browser bundle (for the service worker's cache name).
fn build_id() -> Arc<str> {
    let hashes = hash_file().and_then(|f| std::fs::read_to_string(f).ok()).unwrap_or_default();
    let wasm = hashes.lines().find_map(|line| line.strip_prefix("wasm:")).map(str::trim);
    Arc::from(wasm.unwrap_or(env!("CARGO_PKG_VERSION")))
}

/// Connects, migrates, and (in demo mode) loads the demo data.
pub async fn prepare(config: &Config) -> Result<AppState, ServerError> {
    let provider = config.provider()?;
    let (pool, engine) = db::connect(&config.database_url, config.db_max_connections).await?;
    db::migrate(&pool, engine).await?;
    if config.demo {
        let count = demo::load(&pool).await?;
        tracing::info!(schools = count, "demo data loaded");
    }
    let settings = app::auth::Settings {
        demo: config.demo,
        public_url: config.public_url(),
        captcha_secret: shared_secret(&pool, "captcha").await?,
        sandbox_secret: shared_secret(&pool, "sandbox_psp").await?,
        provider,
        dev_mailbox: config.demo && config.smtp_url.is_none(),
    };
    tracing::info!(provider = settings.provider.kind().as_str(), "payments go through this provider");
    let mail_sender = match &config.smtp_url {
        Some(url) => Some(Arc::new(mail::Sender::new(url, &config.mail_from, pool.clone(), config.demo)?)),
        None => {
            tracing::warn!(
                "SMTP_URL is not set: emails stay in the outbox{}",
                if config.demo { " (see /dev/posta)" } else { "" }
            );
            None
        }
    };
    let trusted_proxies = web::client::TrustedProxies(config.trusted_proxies.clone().into());
    // The argon2 workers take their memory now, not during the first log-ins.
    app::auth::hasher::start();
    let assets = site_assets(config);
    let metrics = match config.metrics_addr {
        Some(address) => Some(Arc::new(web::metrics::Metrics::bind(address)?)),
        None => None,
    };
    Ok(AppState {
        assets,
        metrics,
        background: Arc::default(),
        leptos_options: leptos_options(config),
        pool,
        engine,
        build_id: build_id(),
        settings,
        mail_sender,
        trusted_proxies,
    })
}

/// A release build's site, read once into memory; a development build's is read per request.
fn site_assets(config: &Config) -> Arc<assets::SiteAssets> {
    if !config.assets_in_memory.unwrap_or(hash_file().is_some()) {
        return Arc::default();
    }
    match assets::SiteAssets::load(Path::new(&config.site_root)) {
        Ok(assets) => {
            tracing::info!(files = assets.len(), "site files served from memory");
            Arc::new(assets)
        }
        Err(error) => {
            tracing::warn!(%error, site_root = %config.site_root, "site files not loaded: read from disk per request");
            Arc::default()
        }
    }
}

/// A random secret shared by every process on this database, made by the first that asks.
async fn shared_secret(pool: &sqlx::AnyPool, name: &str) -> Result<String, ServerError> {
    let fresh = app::auth::tokens::new_token();
    app::store::secrets::shared(pool, name, &fresh).await.map_err(ServerError::Secret)
}

/// Serves until SIGTERM or Ctrl-C, then finishes the requests in flight.
pub async fn serve(state: AppState, listener: TcpListener) -> Result<(), ServerError> {
    let engine = state.engine.name();
    tracing::info!(address = %listener.local_addr()?, database = engine, "PagoScuola is listening");
    let pool = state.pool.clone();
    let background = state.background.clone();
    if let Some(sender) = state.mail_sender.clone() {
        background.add("outbox sender", tokio::spawn(async move { sender.run().await }));
    }
    jobs::spawn(&background, state.pool.clone(), state.settings.clone());
    let metrics_task = web::metrics::spawn_listener(&state)?;
    let app = web::router(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, app).with_graceful_shutdown(shutdown_signal()).await?;
    if let Some(task) = metrics_task {
        task.abort();
    }
    background.stop_all();
    pool.close().await;
    tracing::info!("stopped cleanly");
    Ok(())
}

async fn shutdown_signal() {
    let interrupt = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::warn!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}

/// True when `path` looks like the site root written by cargo-leptos.
pub fn site_is_built(site_root: &str) -> bool {
    Path::new(site_root).join("pkg").is_dir()
}
