//! The site's addresses, typed once: the router, links, redirects, the cache and security
//! headers, and the service worker read them from here. Forms post to their server function's
//! own `url()`, so no form names an address either.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// Declares each page's first path segment (for the router) and its address (for links).
macro_rules! pages {
    ($($(#[$doc:meta])* $name:ident = $segment:literal;)*) => {
        /// First path segments, as the router matches them.
        pub mod segment {
            $(pub const $name: &str = $segment;)*
        }
        $($(#[$doc])* pub const $name: &str = concat!("/", $segment);)*
    };
}

pages! {
    SCHOOLS = "scuole";
    PRIVACY = "privacy";
    ACCESSIBILITY = "accessibilita";
    LOGIN = "accedi";
    LOGOUT = "esci";
    /// The registration wizard; `conferma/{token}` below it verifies the email.
    REGISTRATION = "registrazione";
    CHANGE_PASSWORD = "cambio-password";
    /// Credential recovery; `{token}` below it chooses the new password.
    RECOVERY = "recupero-credenziali";
    CONDITIONS = "condizioni";
    FAMILY = "famiglia";
    /// One notice: `/avvisi/{id}`.
    NOTICES = "avvisi";
    CART = "carrello";
    /// One payment: `/pagamento/{public id}`.
    PAYMENTS = "pagamento";
    RECEIPTS = "ricevute";
    /// The tax statements' PDFs: `/attestazioni/{receipt id}.pdf`.
    ATTESTATIONS = "attestazioni";
    /// The sandbox PSP's own pages.
    SANDBOX = "psp-sandbox";
    /// Development only (demo mode): `/dev/posta`.
    DEV = "dev";
    /// `/lingua/{code}?torna=...` sets the language and comes back.
    LANGUAGE = "lingua";
}

pub const HOME: &str = "/";
pub const DEV_MAILBOX: &str = "/dev/posta";
pub const HEALTH: &str = "/healthz";
pub const SERVICE_WORKER: &str = "/sw.js";
/// Server functions answer under here (never cached, never from the service worker).
pub const API: &str = "/api/";
/// The browser bundle, its file names carrying their content's hash.
pub const BUNDLE: &str = "/pkg/";
pub const FONTS: &str = "/fonts/";
pub const ICONS: &str = "/icons/";
/// Hashed or versioned static files, cached first by the service worker.
pub const STATIC_ASSETS: [&str; 3] = [BUNDLE, FONTS, ICONS];

/// Pages and calls that carry one family's data: answered `private, no-store`, never cached by
/// a proxy or the service worker.
pub const PERSONAL: [&str; 17] = [
    FAMILY,
    NOTICES,
    CART,
    PAYMENTS,
    RECEIPTS,
    ATTESTATIONS,
    SANDBOX,
    REGISTRATION,
    LOGIN,
    CHANGE_PASSWORD,
    RECOVERY,
    CONDITIONS,
    concat!("/", "dev", "/"),
    "/api/account/",
    "/api/notices/",
    "/api/cart/",
    "/api/payments/",
];

pub fn school(code: &str) -> String {
    format!("{SCHOOLS}/{code}")
}

pub fn notice(id: i64) -> String {
    format!("{NOTICES}/{id}")
}

pub fn payment(public_id: &str) -> String {
    format!("{PAYMENTS}/{public_id}")
}

pub fn receipt_pdf(receipt_id: &str) -> String {
    format!("{RECEIPTS}/{receipt_id}.pdf")
}

pub fn attestation_pdf(receipt_id: &str) -> String {
    format!("{ATTESTATIONS}/{receipt_id}.pdf")
}

pub fn verify_email(token: &str) -> String {
    format!("{REGISTRATION}/conferma/{token}")
}

pub fn reset_password(token: &str) -> String {
    format!("{RECOVERY}/{token}")
}

pub fn sandbox_payment(transaction: &str) -> String {
    format!("{SANDBOX}/pagamento/{transaction}")
}

/// Sets the language `code` and comes back to `back` (a path of this site).
pub fn language(code: &str, back: &str) -> String {
    format!("{LANGUAGE}/{code}?torna={}", query_value(back))
}

/// What stays as typed in a query value: letters, digits and `-_.~/` (a path as a value, such as
/// the page to come back to, stays readable).
const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~').remove(b'/');

/// Percent-encodes a value for a query string.
pub fn query_value(value: &str) -> String {
    utf8_percent_encode(value, QUERY_VALUE).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_values_keep_paths_readable_and_escape_the_rest() {
        assert_eq!(query_value("/scuole?codice=MI IC&x"), "/scuole%3Fcodice%3DMI%20IC%26x");
        assert_eq!(query_value("Forlì"), "Forl%C3%AC");
    }

    #[test]
    fn addresses_are_built_from_their_segments() {
        assert_eq!(FAMILY, "/famiglia");
        assert_eq!(segment::FAMILY, "famiglia");
        assert_eq!(notice(7), "/avvisi/7");
        assert_eq!(language("en", "/scuole?x=1"), "/lingua/en?torna=/scuole%3Fx%3D1");
        assert!(PERSONAL.contains(&DEV_MAILBOX.trim_end_matches("posta")));
    }
}
