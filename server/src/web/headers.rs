//! Response headers every answer carries: security policy and caching.

use axum::extract::{Request, State};
use axum::http::header::{self, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

use app::ScriptNonce;

/// What the header layers need to know about the deployment.
#[derive(Clone, Debug)]
pub struct Site {
    /// `scheme://host[:port]` of `PAGOSCUOLA_PUBLIC_URL`: forms posted from it are ours.
    pub public_origin: String,
    /// Served over HTTPS: browsers are told to use nothing else (HSTS).
    pub https: bool,
    /// Origins beside ours a page's forms may post to (pagoPA's checkout, when it is the provider).
    pub form_targets: String,
}

impl Site {
    pub fn new(public_url: &str, form_targets: String) -> Site {
        let after_scheme = public_url.find("://").map(|i| i + 3).unwrap_or(0);
        let end = public_url[after_scheme..].find('/').map(|i| i + after_scheme).unwrap_or(public_url.len());
        Site { public_origin: public_url[..end].to_string(), https: public_url.starts_with("https://"), form_targets }
    }
}

/// Two years, the figure browsers' preload lists ask for; sent only with an https:// public URL.
const HSTS: &str = "max-age=63072000";

/// Policy for everything that is not a page (pages get one with their script nonce).
const DEFAULT_CSP: &str = "default-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

/// Every answer's security headers. The page's script nonce is made here, before the render,
/// and handed to it in the request, so an HTML answer's policy always names its scripts' nonce.
pub async fn security(State(site): State<Site>, mut request: Request, next: Next) -> Response {
    let nonce = ScriptNonce::new();
    request.extensions_mut().insert(nonce.clone());
    let mut response = next.run(request).await;
    let is_page = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("text/html"));
    let policy = if is_page { HeaderValue::from_str(&nonce.page_policy(&site.form_targets)).ok() } else { None };
    let headers = response.headers_mut();
    if site.https {
        headers.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static(HSTS));
    }
    headers.insert(header::CONTENT_SECURITY_POLICY, policy.unwrap_or(HeaderValue::from_static(DEFAULT_CSP)));
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
/// Ours is an `Origin` equal to the public URL's, or to the `Host` asked for (behind a trusted
/// proxy, also its `X-Forwarded-Host`: `proxy_set_header Host $host` drops the port).
pub async fn same_origin_posts(State(site): State<Site>, request: Request, next: Next) -> Response {
    use axum::http::{Method, StatusCode};
    use axum::response::IntoResponse;
    let via_proxy = request.extensions().get::<super::client::ViaTrustedProxy>().is_some();
    if request.method() != Method::GET
        && request.method() != Method::HEAD
        && is_cross_site(request.headers(), &site.public_origin, via_proxy)
    {
        tracing::warn!(path = %request.uri().path(), "cross-site request refused");
        return (StatusCode::FORBIDDEN, "Richiesta da un altro sito rifiutata / cross-site request refused")
            .into_response();
    }
    next.run(request).await
}

fn is_cross_site(headers: &axum::http::HeaderMap, public_origin: &str, via_proxy: bool) -> bool {
    let text = |name| headers.get(name).and_then(|v: &HeaderValue| v.to_str().ok());
    if text("sec-fetch-site") == Some("cross-site") {
        return true;
    }
    let origin = match text(header::ORIGIN.as_str()) {
        None => return false,
        Some("null") => return true,
        Some(origin) if origin.eq_ignore_ascii_case(public_origin) => return false,
        Some(origin) => origin,
    };
    let forwarded = text("x-forwarded-host").filter(|_| via_proxy).map(|v| v.split(',').next().unwrap_or("").trim());
    let hosts: Vec<&str> = text(header::HOST.as_str()).into_iter().chain(forwarded).collect();
    let origin_host = origin.split_once("://").map(|(_, rest)| rest);
    !hosts.is_empty() && !hosts.iter().any(|host| origin_host.is_some_and(|o| o.eq_ignore_ascii_case(host)))
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
    use super::Site;
    use axum::http::HeaderMap;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        pairs.iter().map(|(k, v)| (k.parse().unwrap(), v.parse().unwrap())).collect()
    }

    fn is_cross_site(headers: &HeaderMap) -> bool {
        super::is_cross_site(headers, "https://pagoscuola.example.it", false)
    }

    #[test]
    fn same_site_forms_pass_and_foreign_ones_do_not() {
        assert!(!is_cross_site(&headers(&[("host", "127.0.0.1:3000"), ("origin", "http://127.0.0.1:3000")])));
        assert!(!is_cross_site(&headers(&[("host", "127.0.0.1:3000")])));
        assert!(is_cross_site(&headers(&[("host", "127.0.0.1:3000"), ("origin", "https://evil.example")])));
        assert!(is_cross_site(&headers(&[("host", "a.it"), ("sec-fetch-site", "cross-site")])));
    }

    #[test]
    fn behind_a_proxy_the_public_origin_or_a_trusted_forwarded_host_is_ours() {
        let proxied =
            [("host", "127.0.0.1"), ("x-forwarded-host", "127.0.0.1:8443"), ("origin", "http://127.0.0.1:8443")];
        assert!(!super::is_cross_site(&headers(&proxied), "https://pagoscuola.example.it", true));
        assert!(
            super::is_cross_site(&headers(&proxied), "https://pagoscuola.example.it", false),
            "not from a listed proxy"
        );
        let public = [("host", "10.0.0.2:3000"), ("origin", "https://pagoscuola.example.it")];
        assert!(!is_cross_site(&headers(&public)));
        let evil =
            [("host", "10.0.0.2:3000"), ("x-forwarded-host", "evil.example"), ("origin", "https://evil.example")];
        assert!(is_cross_site(&headers(&evil)));
    }

    #[test]
    fn the_public_origin_is_scheme_host_and_port() {
        assert_eq!(
            Site::new("https://pagoscuola.example.it/app", String::new()).public_origin,
            "https://pagoscuola.example.it"
        );
        assert!(!Site::new("http://127.0.0.1:3000", String::new()).https);
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
