//! The translation layer: every string a person reads comes from `app/locales/<language>/*.ftl`
//! (Fluent files, Italian the reference). The build script checks that every language has every
//! key with the same placeholders, and generates:
//! - one enum of keys per file for fixed texts (`Msg`, `AccountMsg`, ...): `lang.t(Msg::LogIn)`;
//! - one function per message with values, in [`phrases`]: `phrases::schools_found(lang, 3)`.
//!
//! The texts exist only in the server build: islands receive their words already translated, as
//! props or in a server function's answer, so the browser never downloads another language.

mod account;
#[cfg(test)]
mod catalogue;
#[cfg(feature = "ssr")]
pub mod documents;
#[cfg(feature = "ssr")]
mod format;
mod lang;
mod payments;
#[cfg(feature = "ssr")]
pub mod phrases;
#[cfg(feature = "ssr")]
pub mod roster;
#[cfg(feature = "ssr")]
mod tables;

pub use lang::{Lang, LANG_COOKIE};

include!(concat!(env!("OUT_DIR"), "/keys.rs"));

/// Fixed texts already translated on the server, for an island: islands have no tables, so the
/// page hands each the words it shows (in the page's language only).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Words<K>(Vec<(K, String)>);

impl<K: Copy + PartialEq> Words<K> {
    #[cfg(feature = "ssr")]
    pub fn of(lang: Lang, keys: &[K]) -> Self
    where
        K: Translate,
    {
        Words(keys.iter().map(|&key| (key, lang.t(key).to_string())).collect())
    }

    /// The text of `key`; empty for a key the page did not hand over (the island's key list
    /// and this lookup are next to each other, and the server renders the island with them too).
    pub fn t(&self, key: K) -> String {
        self.0.iter().find(|(k, _)| *k == key).map(|(_, text)| text.clone()).unwrap_or_default()
    }
}

/// A key of one of the tables of fixed texts.
#[cfg(feature = "ssr")]
pub trait Translate: Copy {
    fn text(self, lang: Lang) -> &'static str;
}

#[cfg(feature = "ssr")]
impl Lang {
    pub fn t(self, key: impl Translate) -> &'static str {
        key.text(self)
    }
}

#[cfg(test)]
mod tests {
    use super::catalogue::{Catalogue, AREAS, LOCALES, REVIEW_MARK};
    use std::path::Path;

    fn locales() -> &'static Path {
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/locales"))
    }

    #[test]
    fn every_locale_has_every_key_with_the_same_placeholders_and_no_empty_text() {
        let catalogue = Catalogue::load(locales()).unwrap_or_else(|problems| panic!("{}", problems.join("\n")));
        assert_eq!(catalogue.areas.len(), AREAS.len());
        for area in &catalogue.areas {
            let reference = &area.locales[0];
            assert!(!reference.is_empty(), "{} has messages", area.name);
            for (locale, messages) in LOCALES.iter().zip(&area.locales) {
                let ids: Vec<_> = messages.iter().map(|m| (&m.id, &m.variables)).collect();
                let wanted: Vec<_> = reference.iter().map(|m| (&m.id, &m.variables)).collect();
                assert_eq!(ids, wanted, "{locale}/{}.ftl", area.name);
                for message in messages {
                    assert!(message.plain.as_deref().is_none_or(|text| !text.trim().is_empty()), "{}", message.id);
                }
            }
        }
    }

    #[test]
    fn languages_are_in_the_order_of_the_locale_files() {
        // The generated tables are indexed by `Lang as usize`.
        for (index, lang) in super::Lang::ALL.into_iter().enumerate() {
            assert_eq!(lang as usize, index);
            assert!(lang.code().starts_with(LOCALES[index]), "{lang:?} reads {}", LOCALES[index]);
        }
    }

    #[test]
    fn a_missing_key_or_placeholder_is_reported() {
        let dir = std::env::temp_dir().join(format!("pagoscuola-locales-{}", std::process::id()));
        for locale in LOCALES {
            std::fs::create_dir_all(dir.join(locale)).unwrap();
            for area in AREAS {
                let text = match (locale, area) {
                    ("it", "site") => {
                        "# native-speaker-review: yes\nsite-hello = Ciao\nsite-count = { $n } scuole\n".to_string()
                    }
                    ("en", "site") => "# native-speaker-review: no\nsite-count = { $m } schools\n".to_string(),
                    _ => format!("# native-speaker-review: no\n{area}-hello = x\n{area}-count = {{ $n }} x\n"),
                };
                std::fs::write(dir.join(locale).join(format!("{area}.ftl")), text).unwrap();
            }
        }
        let problems = Catalogue::load(&dir).expect_err("the English file is wrong");
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(problems.iter().any(|p| p.contains("en/site.ftl: `site-hello` is missing")), "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("en/site.ftl: `site-count` has placeholders")), "{problems:?}");
        assert_eq!(problems.len(), 2, "nothing else is wrong: {problems:?}");
    }

    #[test]
    fn every_file_says_whether_a_native_speaker_reviewed_it() {
        for locale in LOCALES {
            for area in AREAS {
                let text = std::fs::read_to_string(locales().join(locale).join(format!("{area}.ftl"))).unwrap();
                assert!(text.lines().take(5).any(|line| line.starts_with(REVIEW_MARK)), "{locale}/{area}.ftl");
            }
        }
    }
}
