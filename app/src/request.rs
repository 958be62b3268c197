//! What a page or server function knows of the request it answers: its language, and the
//! status to answer with. Kept apart from the shell so pages and components need not import it.

use crate::i18n::Lang;
use leptos::prelude::*;

/// The language of this request (the `lang` cookie), provided as context by [`shell`]; server
/// functions called over HTTP read the cookie themselves.
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_else(request_lang)
}

pub(crate) fn request_lang() -> Lang {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>().map(|parts| lang_of(&parts.headers)).unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        Lang::default()
    }
}

/// The language the `lang` cookie asks for; Italian when absent or unknown.
#[cfg(feature = "ssr")]
pub fn lang_of(headers: &http::HeaderMap) -> Lang {
    crate::auth::cookies::from_headers(headers, crate::i18n::LANG_COOKIE)
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default()
}

/// Sets the HTTP status of the page being rendered (404 for a missing school, ...).
pub fn set_status(status: u16) {
    #[cfg(feature = "ssr")]
    if let (Some(response), Ok(code)) =
        (use_context::<leptos_axum::ResponseOptions>(), http::StatusCode::from_u16(status))
    {
        response.set_status(code);
    }
    #[cfg(not(feature = "ssr"))]
    let _ = status;
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::lang_of;
    use crate::i18n::Lang;

    fn cookie_header(value: &str) -> Lang {
        let mut headers = http::HeaderMap::new();
        headers.insert(http::header::COOKIE, http::HeaderValue::from_str(value).unwrap());
        lang_of(&headers)
    }

    #[test]
    fn cookie_selects_language_and_defaults_to_italian() {
        assert_eq!(cookie_header("a=1; lang=en; b=2"), Lang::En);
        assert_eq!(cookie_header("lang=EN"), Lang::En);
        assert_eq!(cookie_header("lang=de"), Lang::It);
        assert_eq!(cookie_header("xlang=en"), Lang::It);
        assert_eq!(cookie_header(""), Lang::It);
    }
}
