//! The versioned documents a family accepts: the service conditions (14 terms, as the
//! original service has) and the personal-data notice (the page /privacy). Changing a text
//! means a new version: every family is asked to accept again before paying.

use super::{Lang, LegalMsg};

pub const CONDITIONS_VERSION: &str = "2026-11-23";
/// The version of the personal-data notice shown at /privacy.
pub const PRIVACY_VERSION: &str = "2026-11-23";
/// The version of the registration terms accepted in the wizard.
pub const TERMS_VERSION: &str = "2026-11-23";

/// A version (an ISO date) as people read dates: dd/mm/yyyy.
pub fn version_label(version: &str) -> String {
    match domain::birthplace::Date::parse(version) {
        Ok(date) => date.to_italian(),
        Err(_) => version.to_string(),
    }
}

/// One term: its title and its text (in `locales/*/legal.ftl`).
pub struct Term {
    pub title: LegalMsg,
    pub text: LegalMsg,
}

impl Term {
    pub fn title(&self, lang: Lang) -> &'static str {
        lang.t(self.title)
    }
    pub fn text(&self, lang: Lang) -> &'static str {
        lang.t(self.text)
    }
}

const fn term(title: LegalMsg, text: LegalMsg) -> Term {
    Term { title, text }
}

pub const CONDITIONS: &[Term] = &[
    term(LegalMsg::Condition01Title, LegalMsg::Condition01Text),
    term(LegalMsg::Condition02Title, LegalMsg::Condition02Text),
    term(LegalMsg::Condition03Title, LegalMsg::Condition03Text),
    term(LegalMsg::Condition04Title, LegalMsg::Condition04Text),
    term(LegalMsg::Condition05Title, LegalMsg::Condition05Text),
    term(LegalMsg::Condition06Title, LegalMsg::Condition06Text),
    term(LegalMsg::Condition07Title, LegalMsg::Condition07Text),
    term(LegalMsg::Condition08Title, LegalMsg::Condition08Text),
    term(LegalMsg::Condition09Title, LegalMsg::Condition09Text),
    term(LegalMsg::Condition10Title, LegalMsg::Condition10Text),
    term(LegalMsg::Condition11Title, LegalMsg::Condition11Text),
    term(LegalMsg::Condition12Title, LegalMsg::Condition12Text),
    term(LegalMsg::Condition13Title, LegalMsg::Condition13Text),
    term(LegalMsg::Condition14Title, LegalMsg::Condition14Text),
];

pub const REGISTRATION_TERMS: &[Term] = &[
    term(LegalMsg::RegistrationTerm01Title, LegalMsg::RegistrationTerm01Text),
    term(LegalMsg::RegistrationTerm02Title, LegalMsg::RegistrationTerm02Text),
    term(LegalMsg::RegistrationTerm03Title, LegalMsg::RegistrationTerm03Text),
];

#[cfg(test)]
mod tests {
    #[test]
    fn versions_read_as_italian_dates() {
        assert_eq!(super::version_label("2026-11-23"), "23/11/2026");
        assert_eq!(super::version_label("v2"), "v2");
        assert_eq!(super::CONDITIONS.len(), 14, "the seed speaks of 14 terms");
    }
}
