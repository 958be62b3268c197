//! The translation layer: every string a person reads comes from here, Italian first.
//! Fixed texts are [`Msg`] keys (a missing translation fails to compile); texts with numbers or
//! domain values are functions in [`phrases`].

mod account_messages;
mod document_messages;
pub mod documents;
mod messages;
mod payment_messages;
pub mod phrases;

pub use account_messages::AccountMsg;
pub use document_messages::DocumentMsg;
pub use messages::Msg;
pub use payment_messages::PaymentMsg;

/// A key of one of the text tables.
pub trait Translate: Copy {
    /// (Italian, English)
    fn texts(self) -> (&'static str, &'static str);
}
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    It,
    En,
}

/// Name of the cookie that remembers the chosen language.
pub const LANG_COOKIE: &str = "lang";

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::It, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::It => "it",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The language's own name, as shown in the language switch.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::It => "Italiano",
            Lang::En => "English",
        }
    }

    pub fn t(self, msg: impl Translate) -> &'static str {
        let (it, en) = msg.texts();
        match self {
            Lang::It => it,
            Lang::En => en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_both_languages() {
        let texts = Msg::ALL
            .iter()
            .map(|m| m.texts())
            .chain(AccountMsg::ALL.iter().map(|m| m.texts()))
            .chain(PaymentMsg::ALL.iter().map(|m| m.texts()))
            .chain(DocumentMsg::ALL.iter().map(|m| m.texts()));
        for (it, en) in texts {
            assert!(!it.trim().is_empty() && !en.trim().is_empty(), "{it} / {en}");
        }
    }
}
