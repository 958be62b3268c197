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
    /// The account's own data, from the header's account menu.
    PROFILE = "profilo";
    /// One notice: `/avvisi/{id}`.
    NOTICES = "avvisi";
    CART = "carrello";
    /// A class representative's page: the classes it pays for, in carts of five.
    CLASS_PAYMENTS = "rappresentante";
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
    /// Voluntary payments: find the school; `/{codice}` below it lists its items.
    VOLUNTARY = "versamenti-volontari";
    /// Anyone pays a notice by its number (or its QR code), with or without an account.
    PAY_NOTICE = "paga-avviso";
    /// The school office's console: `/{codice}` below it is one school's.
    OFFICE = "segreteria";
    /// The platform's administration (schools and their first staff accounts).
    ADMIN = "admin";
}

pub const HOME: &str = "/";
/// The `id` of the element holding the header's cart count ("Carrello (n)"): the family page's
/// cart island updates its text in place.
pub const CART_COUNT_ID: &str = "carrello-numero";
pub const DEV_MAILBOX: &str = "/dev/posta";
/// Readiness, under its historical name: the same answer as [`HEALTH_READY`].
pub const HEALTH: &str = "/healthz";
/// Liveness: the process answers (restart it if not).
pub const HEALTH_LIVE: &str = "/healthz/live";
/// Readiness: the database answers, this binary's migrations are applied, the background tasks
/// run (send it traffic if so).
pub const HEALTH_READY: &str = "/healthz/ready";
pub const SERVICE_WORKER: &str = "/sw.js";
/// Server functions answer under here (never cached, never from the service worker).
pub const API: &str = "/api/";
/// The browser bundle, its file names carrying their content's hash.
pub const BUNDLE: &str = "/pkg/";
pub const FONTS: &str = "/fonts/";
pub const ICONS: &str = "/icons/";
/// Hashed or versioned static files, cached first by the service worker.
pub const STATIC_ASSETS: [&str; 3] = [BUNDLE, FONTS, ICONS];

/// The service's help desk for the site (log-in, registration, payments), named in the footer.
/// Questions about a notice go to the school's office instead.
pub const HELP_DESK_EMAIL: &str = "assistenza@pagoscuola.it";

pub fn mailto(address: &str) -> String {
    format!("mailto:{address}")
}

/// Pages and calls that carry one family's data: answered `private, no-store`, never cached by
/// a proxy or the service worker.
pub const PERSONAL: [&str; 28] = [
    FAMILY,
    CLASS_PAYMENTS,
    "/api/class/",
    PROFILE,
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
    // A notice looked up by number, and the flash of a payment by number.
    PAY_NOTICE,
    "/api/pay-notice/",
    // The voluntary form puts back what was typed (a pupil's codice fiscale).
    VOLUNTARY,
    "/api/voluntary/",
    // The office and the administration: pupils, payers, events and reports.
    OFFICE,
    "/api/office/",
    ADMIN,
    "/api/admin/",
];

mod loading;
pub use loading::{
    islands_wait_for_touch, may_hold_islands, prefetched, speculation_rules, ISLANDS_ON_FIRST_TOUCH, ISLAND_PAGES,
    PREFETCH, PREFETCH_NEVER,
};

pub fn school(code: &str) -> String {
    format!("{SCHOOLS}/{code}")
}

/// One school's office console: `/segreteria/{codice}`.
pub fn office_school(code: &str) -> String {
    format!("{OFFICE}/{code}")
}

/// The school's classes and pupils, with who pays for each.
pub fn office_pupils(code: &str) -> String {
    format!("{OFFICE}/{code}/alunni")
}

/// The pupils of one class.
pub fn office_class(code: &str, class: &str) -> String {
    format!("{OFFICE}/{code}/alunni?classe={}", query_value(class))
}

/// The pupils no payer's account sees ("Alunni senza genitore registrato").
pub fn office_pupils_without_payer(code: &str) -> String {
    format!("{OFFICE}/{code}/alunni?senza-genitore=1")
}

/// One pupil: data, class and payers.
pub fn office_pupil(code: &str, pupil_id: i64) -> String {
    format!("{OFFICE}/{code}/alunni/{pupil_id}")
}

/// The activation codes of one pupil's payers, and their printable letter.
pub fn office_activation(code: &str, pupil_id: i64) -> String {
    format!("{OFFICE}/{code}/alunni/{pupil_id}/attivazione")
}

/// Importing pupils and payers from a CSV file.
pub fn office_import(code: &str) -> String {
    format!("{OFFICE}/{code}/importa")
}

/// What one import did (the upload leads here).
pub fn office_import_outcome(code: &str, import_id: i64) -> String {
    format!("{OFFICE}/{code}/importa?esito={import_id}")
}

/// The problems of one import, as a CSV file.
pub fn office_import_report(code: &str, import_id: i64) -> String {
    format!("{OFFICE}/{code}/importa/esito-{import_id}.csv")
}

/// A small valid file to start an import from.
pub fn office_import_sample(code: &str) -> String {
    format!("{OFFICE}/{code}/importa/modello-alunni.csv")
}

/// The school's payment events.
pub fn office_events(code: &str) -> String {
    format!("{OFFICE}/{code}/eventi")
}

/// A new payment event's form.
pub fn office_new_event(code: &str) -> String {
    format!("{OFFICE}/{code}/eventi/nuovo")
}

/// One payment event: its data, approval, publishing and report.
pub fn office_event(code: &str, event_id: i64) -> String {
    format!("{OFFICE}/{code}/eventi/{event_id}")
}

/// One payment event's report as a CSV file.
pub fn office_event_csv(code: &str, event_id: i64) -> String {
    format!("{OFFICE}/{code}/eventi/{event_id}/resoconto.csv")
}

/// The school's voluntary items, and the form that adds or (with `voce`) changes one.
pub fn office_voluntary(code: &str, item: Option<i64>) -> String {
    match item {
        Some(id) => format!("{OFFICE}/{code}/versamenti-volontari?voce={id}"),
        None => format!("{OFFICE}/{code}/versamenti-volontari"),
    }
}

/// The reconciliation of this month so far: `/segreteria/{codice}/riconciliazione`.
pub fn office_reconciliation(code: &str) -> String {
    format!("{OFFICE}/{code}/riconciliazione")
}

/// The reconciliation of the days `from`..`to` as typed (`yyyy-mm-dd` or `dd/mm/yyyy`).
pub fn office_reconciliation_period(code: &str, from: &str, to: &str) -> String {
    format!("{OFFICE}/{code}/riconciliazione?dal={}&al={}", query_value(from), query_value(to))
}

/// Every receipt of a period as a CSV file.
pub fn office_reconciliation_csv(code: &str, period: &domain::reconciliation::Period) -> String {
    format!("{OFFICE}/{code}/riconciliazione.csv?dal={}&al={}", period.from, period.to)
}

/// The tax data for the 730: `/segreteria/{codice}/dati-730`.
pub fn office_tax(code: &str) -> String {
    format!("{OFFICE}/{code}/dati-730")
}

/// One tax year's data as a CSV file.
pub fn office_tax_csv(code: &str, year: u16) -> String {
    format!("{OFFICE}/{code}/dati-730.csv?anno={year}")
}

pub fn notice(id: i64) -> String {
    format!("{NOTICES}/{id}")
}

/// A school's voluntary items: `/versamenti-volontari/{codice}`.
pub fn voluntary_school(code: &str) -> String {
    format!("{VOLUNTARY}/{code}")
}

/// One voluntary item of a school, chosen: its form. `/versamenti-volontari/{codice}?voce={id}`.
pub fn voluntary_item(code: &str, item_id: i64) -> String {
    format!("{VOLUNTARY}/{code}?voce={item_id}")
}

/// A notice's printable payment notice (avviso di pagamento). `key`: the one-time access key
/// given to whoever created a voluntary notice without an account.
pub fn notice_document(id: i64, key: Option<&str>) -> String {
    match key {
        Some(key) => format!("{NOTICES}/{id}/documento.pdf?chiave={}", query_value(key)),
        None => format!("{NOTICES}/{id}/documento.pdf"),
    }
}

/// A notice looked up by its number and its creditor's fiscal code.
pub fn pay_notice(number: &str, creditor: &str) -> String {
    format!("{PAY_NOTICE}?numero={}&ente={}", query_value(number.trim()), query_value(creditor.trim()))
}

pub fn payment(public_id: &str) -> String {
    format!("{PAYMENTS}/{public_id}")
}

/// Whether a receipt id can name a PDF: ours are 32 hex digits, pagoPA's up to 64 characters
/// of its own (checked on arrival); they travel percent-encoded in the path.
pub fn receipt_file_id(receipt_id: &str) -> bool {
    (1..=64).contains(&receipt_id.len()) && !receipt_id.chars().any(char::is_control)
}

pub fn receipt_pdf(receipt_id: &str) -> String {
    format!("{RECEIPTS}/{}.pdf", path_segment(receipt_id))
}

pub fn attestation_pdf(receipt_id: &str) -> String {
    format!("{ATTESTATIONS}/{}.pdf", path_segment(receipt_id))
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

/// What stays as typed in one path segment: letters, digits and `-_.~`.
const PATH_SEGMENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');

/// Percent-encodes a value as one path segment (a `/` in it does not start another).
pub fn path_segment(value: &str) -> String {
    utf8_percent_encode(value, PATH_SEGMENT).to_string()
}

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
    fn receipt_ids_of_any_shape_name_one_file() {
        assert_eq!(receipt_pdf("0123456789abcdef0123456789abcdef"), "/ricevute/0123456789abcdef0123456789abcdef.pdf");
        assert_eq!(receipt_pdf("RT-0002"), "/ricevute/RT-0002.pdf");
        assert_eq!(attestation_pdf("a/b c"), "/attestazioni/a%2Fb%20c.pdf");
        assert!(receipt_file_id("RT-0002") && !receipt_file_id("") && !receipt_file_id(&"x".repeat(65)));
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
