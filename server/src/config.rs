//! Configuration from the environment (every variable has a default; see the README).

use clap::{Args, ValueEnum};
use std::net::SocketAddr;

#[derive(Args, Clone, Debug)]
pub struct Config {
    /// `sqlite://path/to/file.db` (created if missing) or `postgres://user@host/db`.
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite://data/pagoscuola.db")]
    pub database_url: String,

    /// Address and port to listen on.
    #[arg(long, env = "PAGOSCUOLA_ADDR", default_value = "127.0.0.1:3000")]
    pub addr: SocketAddr,

    /// Folder with the built site (`pkg/` bundle, fonts, icons), as written by cargo-leptos.
    #[arg(long, env = "PAGOSCUOLA_SITE_ROOT", default_value = "target/site")]
    pub site_root: String,

    /// Demo mode: loads the demo data at start-up.
    #[arg(long, env = "PAGOSCUOLA_DEMO", default_value_t = false)]
    pub demo: bool,

    /// Most database connections this process opens.
    #[arg(long, env = "PAGOSCUOLA_DB_MAX_CONNECTIONS", default_value_t = 10)]
    pub db_max_connections: u32,

    /// The address families reach the service at, for links in emails; default
    /// `http://` + the listening address. With `https://` cookies are marked Secure.
    #[arg(long, env = "PAGOSCUOLA_PUBLIC_URL")]
    pub public_url: Option<String>,

    /// SMTP server for outgoing mail, e.g. `smtp://user:pass@mail.example.it:587` (STARTTLS
    /// required) or `smtps://…:465`; `smtp://host:port?tls=none` only for a local test receiver.
    /// Unset: mail stays in the outbox (shown at /dev/posta in demo mode).
    #[arg(long, env = "SMTP_URL")]
    pub smtp_url: Option<String>,

    /// Sender of outgoing mail.
    #[arg(long, env = "PAGOSCUOLA_MAIL_FROM", default_value = "PagoScuola <noreply@pagoscuola.localhost>")]
    pub mail_from: String,

    /// Log lines as JSON (for log collectors) or as text.
    #[arg(long, env = "PAGOSCUOLA_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
}

impl Config {
    pub fn public_url(&self) -> String {
        self.public_url.clone().unwrap_or_else(|| format!("http://{}", self.addr)).trim_end_matches('/').to_string()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}
