//! Response headers every answer carries: security policy and caching.

use axum::extract::Request;
use axum::http::header::{self, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

/// Policy for everything that is not a page (pages send their own, with a script nonce).
const DEFAULT_CSP: &str = "default-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

pub async fn security(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.entry(header::CONTENT_SECURITY_POLICY).or_insert(HeaderValue::from_static(DEFAULT_CSP));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("strict-origin-when-cross-origin"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=(self)"),
    );
    response
}

/// A second line of defence against cross-site request forgery (the first is SameSite=Lax
/// cookies): a state-changing request whose browser says it comes from another site is refused.
pub async fn same_origin_posts(request: Request, next: Next) -> Response {
    use axum::http::{Method, StatusCode};
    use axum::response::IntoResponse;
    if request.method() != Method::GET && request.method() != Method::HEAD && is_cross_site(request.headers()) {
        tracing::warn!(path = %request.uri().path(), "cross-site request refused");
        return (StatusCode::FORBIDDEN, "Richiesta da un altro sito rifiutata / cross-site request refused")
            .into_response();
    }
    next.run(request).await
}

fn is_cross_site(headers: &axum::http::HeaderMap) -> bool {
    if headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) == Some("cross-site") {
        return true;
    }
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    match (headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()), host) {
        (Some("null"), _) => true,
        (Some(origin), Some(host)) => origin.split_once("://").map(|(_, rest)| rest) != Some(host),
        _ => false,
    }
}

/// Hashed bundle files never change, so browsers keep them a year; fonts and icons a week;
/// pages and the service worker are always revalidated.
/// Pages about one person (and every answer that sets a cookie) are `no-store`: neither the
/// browser nor the service worker keeps them on a shared phone.
pub async fn cache_control(request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    let mut response = next.run(request).await;
    let personal = is_personal(&path) || response.headers().contains_key(header::SET_COOKIE);
    let policy = if personal { "private, no-store" } else { cache_policy(&path) };
    if personal || (response.status().is_success() && !response.headers().contains_key(header::CACHE_CONTROL)) {
        response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
    }
    response
}

fn is_personal(path: &str) -> bool {
    app::routes::PERSONAL.iter().any(|prefix| path.starts_with(prefix))
}

fn cache_policy(path: &str) -> &'static str {
    use app::routes::{BUNDLE, FONTS, ICONS};
    if path.starts_with(BUNDLE) {
        "public, max-age=31536000, immutable"
    } else if path.starts_with(FONTS) || path.starts_with(ICONS) {
        "public, max-age=604800"
    } else {
        "no-cache"
    }
}

#[cfg(test)]
mod origin_tests {
    use super::is_cross_site;
    use axum::http::HeaderMap;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        pairs.iter().map(|(k, v)| (k.parse().unwrap(), v.parse().unwrap())).collect()
    }

    #[test]
    fn same_site_forms_pass_and_foreign_ones_do_not() {
        assert!(!is_cross_site(&headers(&[("host", "127.0.0.1:3000"), ("origin", "http://127.0.0.1:3000")])));
        assert!(!is_cross_site(&headers(&[("host", "127.0.0.1:3000")])));
        assert!(is_cross_site(&headers(&[("host", "127.0.0.1:3000"), ("origin", "https://evil.example")])));
        assert!(is_cross_site(&headers(&[("host", "a.it"), ("sec-fetch-site", "cross-site")])));
    }
}

#[cfg(test)]
mod tests {
    use super::cache_policy;

    #[test]
    fn only_hashed_assets_are_immutable() {
        assert!(cache_policy("/pkg/pagoscuola.abc123.wasm").contains("immutable"));
        assert_eq!(cache_policy("/fonts/titillium.woff2"), "public, max-age=604800");
        assert_eq!(cache_policy("/scuole"), "no-cache");
        assert_eq!(cache_policy("/sw.js"), "no-cache");
    }
}
