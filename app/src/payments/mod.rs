//! Payments beyond the database (server only): the providers a payment goes through, the
//! signed notifications they send, settling outcomes, and the reconciliation job.

pub mod by_notice;
pub mod debt_positions;
pub mod expiry;
pub mod guest;
pub mod pagopa;
pub mod pagopa_receipts;
pub mod paid_elsewhere;
pub mod reconcile;
pub mod sandbox;
pub mod settle;
pub mod signature;

use std::fmt;

/// Where families are sent to pay: chosen by configuration, recorded on each payment.
#[derive(Clone, Debug)]
pub enum Provider {
    /// The sandbox PSP that ships with the product (the default; no money moves).
    Sandbox,
    /// pagoPA's own checkout, reached through its cart API.
    PagoPa(PagoPaCheckout),
}

impl Provider {
    /// What `payments.provider` records.
    pub fn kind(&self) -> domain::ProviderKind {
        match self {
            Provider::Sandbox => domain::ProviderKind::Sandbox,
            Provider::PagoPa(_) => domain::ProviderKind::PagoPa,
        }
    }
}

/// How to reach pagoPA's checkout and check what its receipt feed sends.
#[derive(Clone, Debug)]
pub struct PagoPaCheckout {
    /// The API base, e.g. `https://api.platform.pagopa.it/checkout/ec/v1`; carts go to `/carts`.
    pub api_url: String,
    /// Sent as `Ocp-Apim-Subscription-Key`.
    pub subscription_key: Secret,
    /// Signs the receipts forwarded to `/api/payments/receipts/pagopa`.
    pub receipt_secret: Secret,
}

impl PagoPaCheckout {
    /// pagoPA's checkout pages live under pagopa.it (`checkout.pagopa.it`, and
    /// `uat.checkout.pagopa.it` for tests); a test double may serve them beside its API.
    pub const PAGE_ORIGINS: &'static str = "https://*.pagopa.it";

    fn api_origin(&self) -> Option<String> {
        let url = reqwest::Url::parse(&self.api_url).ok()?;
        Some(url.origin().ascii_serialization()).filter(|origin| origin != "null")
    }

    /// Whether `address` is a checkout page we may send a family to: a `Location` pointing
    /// anywhere else is refused, never followed.
    pub fn allows_page(&self, address: &str) -> bool {
        let Ok(url) = reqwest::Url::parse(address) else { return false };
        let host = url.host_str().unwrap_or_default();
        let pagopa = url.scheme() == "https" && (host == "pagopa.it" || host.ends_with(".pagopa.it"));
        pagopa || self.api_origin().is_some_and(|origin| origin == url.origin().ascii_serialization())
    }

    /// The CSP `form-action` sources beside `'self'`: the "Paga" form's answer redirects there.
    pub fn form_action_sources(&self) -> String {
        match self.api_origin() {
            Some(origin) => format!("{} {origin}", Self::PAGE_ORIGINS),
            None => Self::PAGE_ORIGINS.to_string(),
        }
    }
}

/// A value that must never reach a log: `Debug` shows only that it is set.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}
