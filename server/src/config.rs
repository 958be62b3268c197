//! Configuration from the environment (every variable has a default; see the README).

use app::payments::{PagoPaCheckout, Provider, Secret};
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

    /// Where families pay: `pagopa` (pagoPA's checkout; needs the three PAGOPA_ settings below)
    /// or `sandbox` (the test PSP that ships with PagoScuola: no money moves, and every page,
    /// email and PDF of its payments says so). Required outside demo mode, where it defaults to
    /// the sandbox: an installation that forgets it must not take fake payments for real ones.
    #[arg(long, env = "PAGOSCUOLA_PAYMENT_PROVIDER", value_enum)]
    pub payment_provider: Option<ProviderKind>,

    /// pagoPA's checkout API for creditors (carts are posted to `<this>/carts`). For pagoPA's
    /// test environment: `https://api.uat.platform.pagopa.it/checkout/ec/v1`.
    #[arg(long, env = "PAGOPA_CHECKOUT_API_URL", default_value = "https://api.platform.pagopa.it/checkout/ec/v1")]
    pub pagopa_api_url: String,

    /// The subscription key pagoPA issued for the checkout API (sent as Ocp-Apim-Subscription-Key).
    #[arg(long, env = "PAGOPA_SUBSCRIPTION_KEY", hide_env_values = true, value_parser = secret)]
    pub pagopa_subscription_key: Option<Secret>,

    /// The shared key that signs receipts forwarded to /api/payments/receipts/pagopa.
    #[arg(long, env = "PAGOPA_RECEIPT_SECRET", hide_env_values = true, value_parser = secret)]
    pub pagopa_receipt_secret: Option<Secret>,

    /// Reverse proxies (IPs or CIDRs, comma-separated) whose `X-Forwarded-For` and
    /// `X-Forwarded-Host` are believed; from any other peer those headers are ignored.
    #[arg(long, env = "PAGOSCUOLA_TRUSTED_PROXIES", value_delimiter = ',', value_parser = proxy_network)]
    pub trusted_proxies: Vec<ipnet::IpNet>,

    /// Where Prometheus scrapes `/metrics` (e.g. `127.0.0.1:9100`): a listener of its own, never
    /// the public one. Unset: no metrics are served.
    #[arg(long, env = "PAGOSCUOLA_METRICS_ADDR")]
    pub metrics_addr: Option<SocketAddr>,

    /// Keep the site's files (and the compressed copies `pagoscuola precompress` wrote) in
    /// memory. Default: yes for a release build (hashed file names), no in development, where
    /// the bundle is rebuilt under the same name while the server runs.
    #[arg(long, env = "PAGOSCUOLA_ASSETS_IN_MEMORY")]
    pub assets_in_memory: Option<bool>,

    /// Log lines as JSON (for log collectors) or as text.
    #[arg(long, env = "PAGOSCUOLA_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
}

/// `10.0.0.0/8` or a single address (`192.0.2.1` is `192.0.2.1/32`).
fn proxy_network(value: &str) -> Result<ipnet::IpNet, String> {
    let value = value.trim();
    value
        .parse::<ipnet::IpNet>()
        .or_else(|_| value.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
        .map_err(|_| format!("not an IP address or CIDR network: {value}"))
}

fn secret(value: &str) -> Result<Secret, std::convert::Infallible> {
    Ok(Secret::new(value))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ProviderKind {
    Sandbox,
    Pagopa,
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    #[error(
        "PAGOSCUOLA_PAYMENT_PROVIDER is not set: choose `pagopa` for real payments, or `sandbox` for a test \
         installation where no money moves (demo mode, PAGOSCUOLA_DEMO=true, uses the sandbox by default)"
    )]
    ProviderNotChosen,
    #[error("PAGOSCUOLA_PAYMENT_PROVIDER=pagopa needs {0}")]
    Missing(&'static str),
    #[error("PAGOPA_CHECKOUT_API_URL must be an https:// address (http:// only on this machine): {0}")]
    InsecureUrl(String),
}

impl Config {
    /// The payment provider, with everything it needs checked before the server starts.
    pub fn provider(&self) -> Result<Provider, ConfigError> {
        match (self.payment_provider, self.demo) {
            (Some(ProviderKind::Pagopa), _) => {}
            (Some(ProviderKind::Sandbox), _) | (None, true) => return Ok(Provider::Sandbox),
            (None, false) => return Err(ConfigError::ProviderNotChosen),
        }
        let local =
            ["http://127.0.0.1", "http://localhost", "http://[::1]"].iter().any(|p| self.pagopa_api_url.starts_with(p));
        if !self.pagopa_api_url.starts_with("https://") && !local {
            return Err(ConfigError::InsecureUrl(self.pagopa_api_url.clone()));
        }
        let non_empty = |value: &Option<Secret>| value.clone().filter(|s| !s.expose().trim().is_empty());
        Ok(Provider::PagoPa(PagoPaCheckout {
            api_url: self.pagopa_api_url.trim_end_matches('/').to_string(),
            subscription_key: non_empty(&self.pagopa_subscription_key)
                .ok_or(ConfigError::Missing("PAGOPA_SUBSCRIPTION_KEY"))?,
            receipt_secret: non_empty(&self.pagopa_receipt_secret)
                .ok_or(ConfigError::Missing("PAGOPA_RECEIPT_SECRET"))?,
        }))
    }

    pub fn public_url(&self) -> String {
        self.public_url.clone().unwrap_or_else(|| format!("http://{}", self.addr)).trim_end_matches('/').to_string()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        config: Config,
    }

    fn config(args: &[&str]) -> Config {
        Cli::try_parse_from(std::iter::once("pagoscuola").chain(args.iter().copied())).expect("arguments").config
    }

    #[test]
    fn the_provider_must_be_chosen_outside_demo_mode_and_pagopa_needs_its_key_and_receipt_secret() {
        assert_eq!(config(&[]).provider().unwrap_err(), ConfigError::ProviderNotChosen);
        assert!(matches!(config(&["--demo"]).provider(), Ok(Provider::Sandbox)));
        assert!(matches!(config(&["--payment-provider", "sandbox"]).provider(), Ok(Provider::Sandbox)));
        let pagopa = ["--payment-provider", "pagopa"];
        assert_eq!(config(&pagopa).provider().unwrap_err(), ConfigError::Missing("PAGOPA_SUBSCRIPTION_KEY"));
        let keyed = [&pagopa[..], &["--pagopa-subscription-key", "k"]].concat();
        assert_eq!(config(&keyed).provider().unwrap_err(), ConfigError::Missing("PAGOPA_RECEIPT_SECRET"));
        let complete = [&keyed[..], &["--pagopa-receipt-secret", "s"]].concat();
        let Ok(Provider::PagoPa(checkout)) = config(&complete).provider() else { panic!("pagoPA configured") };
        assert_eq!(checkout.api_url, "https://api.platform.pagopa.it/checkout/ec/v1");
        assert!(!format!("{checkout:?}").contains("\"k\""), "the key never reaches a log");
        let insecure = [&complete[..], &["--pagopa-api-url", "http://api.example.it/checkout/ec/v1"]].concat();
        assert!(matches!(config(&insecure).provider(), Err(ConfigError::InsecureUrl(_))));
    }

    #[test]
    fn trusted_proxies_are_addresses_or_networks() {
        assert!(config(&[]).trusted_proxies.is_empty());
        let proxies = config(&["--trusted-proxies", "10.0.0.0/8, 192.0.2.1,::1"]).trusted_proxies;
        let shown: Vec<String> = proxies.iter().map(ToString::to_string).collect();
        assert_eq!(shown, ["10.0.0.0/8", "192.0.2.1/32", "::1/128"]);
        let cli = Cli::try_parse_from(["pagoscuola", "--trusted-proxies", "10.0.0.0/8,proxy.example"]);
        assert!(cli.is_err(), "a name is refused at start-up");
    }
}
