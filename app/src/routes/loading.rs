//! How pages load: which may hold an island and when their islands start, and which links the
//! browser may fetch before they are followed.

use super::*;

/// The pages that may hold an island: only they load the islands' script and wasm; every other
/// page is HTML and CSS alone. Exact addresses, or (ending in `/`) everything below one.
/// `server/tests/islands.rs` renders every page and checks that a page with an island is listed
/// and that no other page loads the wasm.
pub const ISLAND_PAGES: [&str; 9] = [
    FAMILY,
    SCHOOLS,
    VOLUNTARY,
    PAY_NOTICE,
    REGISTRATION,
    LOGIN,
    CHANGE_PASSWORD,
    concat!("/", "pagamento", "/"),
    concat!("/", "recupero-credenziali", "/"),
];

/// Whether the page at `path` may hold an island (see [`ISLAND_PAGES`]).
pub fn may_hold_islands(path: &str) -> bool {
    listed(&ISLAND_PAGES, path)
}

/// Island pages whose islands only enhance controls that work without them (the family page's
/// cart bar, the directory's live search): their script and wasm wait for the parent's first
/// touch, key, focus or input on the page, so a first visit that only reads costs no script and
/// no wasm. Other island pages need theirs at once (the payment page watches for the PSP's
/// outcome; "Mostra password", the camera button and the live checks exist only with it).
pub const ISLANDS_ON_FIRST_TOUCH: [&str; 3] = [FAMILY, SCHOOLS, VOLUNTARY];

/// Whether the islands of the page at `path` wait for the parent's first touch.
pub fn islands_wait_for_touch(path: &str) -> bool {
    listed(&ISLANDS_ON_FIRST_TOUCH, path)
}

/// `path` is one of `pages`: exact addresses, or (ending in `/`) everything below one.
fn listed(pages: &[&str], path: &str) -> bool {
    pages.iter().any(|page| if page.ends_with('/') { path.starts_with(page) } else { path == *page })
}

/// Pages a link may fetch before it is followed (Speculation Rules, in the shell): only GETs
/// that change nothing and are cheap. Not the log-out, language, email-confirmation or reset
/// links, not a payment or the sandbox PSP, not a download. `/*` ends a pattern matching
/// everything below. An allow list, so a new page is not prefetched until it is put here.
pub const PREFETCH: [&str; 19] = [
    HOME,
    SCHOOLS,
    concat!("/", "scuole", "/*"),
    VOLUNTARY,
    concat!("/", "versamenti-volontari", "/*"),
    PRIVACY,
    ACCESSIBILITY,
    LOGIN,
    REGISTRATION,
    PAY_NOTICE,
    FAMILY,
    PROFILE,
    concat!("/", "avvisi", "/*"),
    CART,
    RECEIPTS,
    CLASS_PAYMENTS,
    OFFICE,
    concat!("/", "segreteria", "/*"),
    ADMIN,
];

/// Inside [`PREFETCH`], still never prefetched: documents and the office's downloads.
pub const PREFETCH_NEVER: [&str; 3] = ["/*.pdf", "/*.csv", concat!("/", "segreteria", "/*/importa/*")];

/// The Speculation Rules document the shell puts in every page (moderate: on hover or press).
pub fn speculation_rules() -> String {
    let list = |patterns: &[&str]| patterns.iter().map(|p| format!("\"{p}\"")).collect::<Vec<_>>().join(",");
    format!(
        r#"{{"prefetch":[{{"where":{{"and":[{{"href_matches":[{}]}},{{"not":{{"href_matches":[{}]}}}},{{"not":{{"selector_matches":"[download]"}}}}]}},"eagerness":"moderate"}}]}}"#,
        list(&PREFETCH),
        list(&PREFETCH_NEVER)
    )
}

/// Whether a same-site link to `path` (no query) is prefetched: the rules above, read the way
/// the browser reads their patterns (a `*` matches anything, `/` included).
pub fn prefetched(path: &str) -> bool {
    PREFETCH.iter().any(|p| glob(p, path)) && !PREFETCH_NEVER.iter().any(|p| glob(p, path))
}

fn glob(pattern: &str, text: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == text,
        Some((head, rest)) => {
            text.starts_with(head)
                && (head.len()..=text.len()).any(|at| text.is_char_boundary(at) && glob(rest, &text[at..]))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_listed_pages_load_the_islands() {
        assert!(
            may_hold_islands(FAMILY) && may_hold_islands(&payment("abc")) && may_hold_islands(&reset_password("t"))
        );
        assert!(!may_hold_islands(&school("MIIC8CY00P")) && !may_hold_islands(PRIVACY) && !may_hold_islands(RECOVERY));
        assert!(!may_hold_islands(&voluntary_school("MIIC8CY00P")) && !may_hold_islands(&verify_email("t")));
        assert!(islands_wait_for_touch(FAMILY) && islands_wait_for_touch(SCHOOLS));
        assert!(!islands_wait_for_touch(&payment("abc")) && !islands_wait_for_touch(REGISTRATION));
    }

    #[test]
    fn links_that_change_something_or_download_are_never_prefetched() {
        for page in [HOME, FAMILY, CART, RECEIPTS, &school("MIIC8CY00P"), &notice(7), &office_events("MIIC8CY00P")] {
            assert!(prefetched(page), "{page} is a plain read");
        }
        for link in [
            LOGOUT,
            &language("en", FAMILY),
            &verify_email("token"),
            &reset_password("token"),
            &payment("abc"),
            &sandbox_payment("tx"),
            &receipt_pdf("RT-1"),
            &office_import_report("MIIC8CY00P", 3),
            &office_import_sample("MIIC8CY00P"),
            &format!("{NOTICES}/7/documento.pdf"),
            DEV_MAILBOX,
        ] {
            assert!(!prefetched(link), "{link} must not be fetched before it is followed");
        }
        let rules: serde_json::Value = serde_json::from_str(&speculation_rules()).expect("valid JSON");
        assert_eq!(rules["prefetch"][0]["where"]["and"][0]["href_matches"][1], SCHOOLS);
    }
}
