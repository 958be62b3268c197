//! The languages of the service.

use serde::{Deserialize, Serialize};

/// Italian first (the reference, and the default); then the languages of the largest groups of
/// families who came to Italy. The order is the locale files' (`catalogue::LOCALES`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    It,
    En,
    Ro,
    Sq,
    Ar,
    Zh,
}

/// Name of the cookie that remembers the chosen language.
pub const LANG_COOKIE: &str = "lang";

impl Lang {
    pub const ALL: [Lang; 6] = [Lang::It, Lang::En, Lang::Ro, Lang::Sq, Lang::Ar, Lang::Zh];

    /// The BCP 47 code, as in `<html lang>` and the cookie.
    pub fn code(self) -> &'static str {
        match self {
            Lang::It => "it",
            Lang::En => "en",
            Lang::Ro => "ro",
            Lang::Sq => "sq",
            Lang::Ar => "ar",
            Lang::Zh => "zh-Hans",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim();
        // "zh" alone, and the old-style "zh-CN", mean simplified Chinese too.
        let code = if code.eq_ignore_ascii_case("zh") || code.eq_ignore_ascii_case("zh-CN") { "zh-Hans" } else { code };
        Lang::ALL.into_iter().find(|lang| lang.code().eq_ignore_ascii_case(code))
    }

    /// The language's own name, as shown in the language switch.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::It => "Italiano",
            Lang::En => "English",
            Lang::Ro => "Română",
            Lang::Sq => "Shqip",
            Lang::Ar => "العربية",
            Lang::Zh => "简体中文",
        }
    }

    /// The writing direction, for `<html dir>`.
    pub fn dir(self) -> &'static str {
        if self == Lang::Ar {
            "rtl"
        } else {
            "ltr"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn codes_read_back_and_only_arabic_is_right_to_left() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            assert_eq!(lang.dir() == "rtl", lang == Lang::Ar);
        }
        assert_eq!(Lang::from_code("ZH"), Some(Lang::Zh));
        assert_eq!(Lang::from_code("de"), None);
    }
}
