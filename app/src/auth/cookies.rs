//! Cookies and the request's facts, read from and written to the Leptos request context.
//! Every cookie we set is HttpOnly and SameSite=Lax (a cross-site form cannot carry it, which
//! is what keeps our POST forms safe from CSRF), and over HTTPS Secure and named `__Host-…`
//! (the browser then refuses it unless Secure, Path=/ and without Domain: no sibling domain
//! can plant or shadow it).

use leptos::prelude::use_context;

pub const SESSION_COOKIE: &str = "ps_session";
pub const REGISTRATION_COOKIE: &str = "ps_registration";
pub const FLASH_COOKIE: &str = "ps_flash";

fn request_parts() -> Option<http::request::Parts> {
    use_context::<http::request::Parts>()
}

/// The name a cookie has on the wire: `__Host-` prefixed over HTTPS.
pub fn wire_name(name: &str, secure: bool) -> String {
    if secure {
        format!("__Host-{name}")
    } else {
        name.to_string()
    }
}

fn secure() -> bool {
    super::settings().map(|s| s.secure_cookies()).unwrap_or(false)
}

/// The value of one cookie of the current request.
pub fn read(name: &str) -> Option<String> {
    from_headers(&request_parts()?.headers, &wire_name(name, secure()))
}

/// The value of one cookie among request headers (for plain routes outside Leptos: give the
/// [`wire_name`]).
pub fn from_headers(headers: &http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|header| header.split(';'))
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| key.trim() == name)
        .map(|(_, value)| value.trim().to_string())
}

/// Sets a cookie on the response; `max_age` None removes it.
pub fn write(name: &str, value: &str, max_age: Option<i64>) {
    let secure = secure();
    let name = wire_name(name, secure);
    let cookie = format!(
        "{name}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{}",
        max_age.unwrap_or(0),
        if secure { "; Secure" } else { "" }
    );
    if let (Some(response), Ok(header)) =
        (use_context::<leptos_axum::ResponseOptions>(), http::HeaderValue::from_str(&cookie))
    {
        response.append_header(http::header::SET_COOKIE, header);
    }
}

/// The client's address as the server decided it once per request (the TCP peer, or behind a
/// trusted proxy the `X-Forwarded-For` hop it vouches for; server/src/web/client.rs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientAddress(pub std::net::IpAddr);

/// The address the request came from (recorded with consents and sessions, used to throttle).
pub fn client_address() -> String {
    request_parts()
        .and_then(|parts| parts.extensions.get::<ClientAddress>().map(|address| address.0.to_string()))
        .unwrap_or_else(|| "unknown".into())
}
