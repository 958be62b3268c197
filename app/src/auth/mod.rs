//! Accounts on the server: secrets (tokens, passwords), sessions in the database, cookies and
//! the request's facts. Server only.

pub mod captcha;
pub mod cookies;
pub mod flash;
pub mod hasher;
pub mod landing;
pub mod mail_secrets;
pub mod office_accounts;
pub mod password;
pub mod session;
pub mod staff;
pub mod throttle;
pub mod tokens;

use serde::{Deserialize, Serialize};

/// Deployment facts the server functions need, provided as context by the server.
#[derive(Clone, Debug)]
pub struct Settings {
    /// Demo mode: demo data, and the development mailbox page.
    pub demo: bool,
    /// The address families reach the service at, for links in emails (no trailing slash).
    pub public_url: String,
    /// The ALTCHA challenge signing key.
    pub captcha_secret: String,
    /// The key the sandbox PSP signs its notifications with (shared by every process).
    pub sandbox_secret: String,
    /// Where new payments go: the sandbox PSP, or pagoPA's checkout.
    pub provider: crate::payments::Provider,
    /// Demo mode without a mail server: mail is delivered to the development mailbox.
    pub dev_mailbox: bool,
}

impl Settings {
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

pub fn settings() -> Result<Settings, crate::error::AppError> {
    leptos::prelude::use_context::<Settings>().ok_or_else(|| {
        tracing::error!("no settings in context");
        crate::error::AppError::Database
    })
}

/// Seconds since the Unix epoch: the one clock the server reads (`crate::time` makes it a day in Rome).
pub fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

/// The logged-in family member, as server functions see them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionAccount {
    pub account_id: i64,
    pub username: String,
    pub codice_fiscale: domain::codice_fiscale::CodiceFiscale,
    pub given_name: String,
    pub surname: String,
    pub email: String,
    /// Logged in with the emailed temporary password: must choose one before anything else.
    pub must_change_password: bool,
    /// The current conditions and privacy notice accepted (as the session was read).
    pub conditions_accepted: bool,
    /// A class representative for some event (the family page links the class's page).
    pub represents_class: bool,
}
