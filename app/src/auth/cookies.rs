//! Cookies and the request's facts, read from and written to the Leptos request context.
//! Every cookie we set is HttpOnly and SameSite=Lax (a cross-site form cannot carry it, which
//! is what keeps our POST forms safe from CSRF), and Secure when served over HTTPS.

use leptos::prelude::use_context;

pub const SESSION_COOKIE: &str = "ps_session";
pub const REGISTRATION_COOKIE: &str = "ps_registration";
pub const FLASH_COOKIE: &str = "ps_flash";

fn request_parts() -> Option<http::request::Parts> {
    use_context::<http::request::Parts>()
}

/// The value of one cookie of the current request.
pub fn read(name: &str) -> Option<String> {
    from_headers(&request_parts()?.headers, name)
}

/// The value of one cookie among request headers (for plain routes outside Leptos).
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
    let secure = super::settings().map(|s| s.secure_cookies()).unwrap_or(false);
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

/// The address the request came from: the TCP peer (a proxy in front would need its own,
/// trusted, header; see the README).
pub fn client_address() -> String {
    request_parts()
        .and_then(|parts| {
            parts
                .extensions
                .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
                .map(|info| info.0.ip().to_string())
        })
        .unwrap_or_else(|| "unknown".into())
}
