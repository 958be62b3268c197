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

/// Hashed bundle files never change, so browsers keep them a year; fonts and icons a week;
/// pages and the service worker are always revalidated.
pub async fn cache_control(request: Request, next: Next) -> Response {
    let policy = cache_policy(request.uri().path());
    let mut response = next.run(request).await;
    if response.status().is_success() && !response.headers().contains_key(header::CACHE_CONTROL) {
        response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
    }
    response
}

fn cache_policy(path: &str) -> &'static str {
    if path.starts_with("/pkg/") {
        "public, max-age=31536000, immutable"
    } else if path.starts_with("/fonts/") || path.starts_with("/icons/") {
        "public, max-age=604800"
    } else {
        "no-cache"
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
