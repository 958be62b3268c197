//! Messages with values (`{ $count }`), formatted by Fluent with each language's plural rules.

use super::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// A value for a placeholder: a number (which also chooses the plural form) or a text.
pub struct Arg(FluentValue<'static>);

macro_rules! number_args {
    ($($type:ty),*) => {$(
        impl From<$type> for Arg {
            fn from(value: $type) -> Self {
                Arg(FluentValue::from(value))
            }
        }
    )*};
}
number_args!(u8, u16, u32, u64, usize, i32, i64);

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg(FluentValue::from(value))
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg(FluentValue::from(value.to_string()))
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Arg::from(value.as_str())
    }
}

type Bundles = Vec<Vec<FluentBundle<FluentResource>>>;

/// Every language's bundle for every area, parsed once (the build already checked them).
fn bundles() -> &'static Bundles {
    static BUNDLES: OnceLock<Bundles> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        Lang::ALL
            .iter()
            .zip(super::tables::SOURCES.iter())
            .map(|(lang, sources)| {
                let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
                sources
                    .iter()
                    .map(|source| {
                        let mut bundle = FluentBundle::new_concurrent(vec![id.clone()]);
                        // Invisible isolation marks keep numbers and codes in order inside
                        // right-to-left text; elsewhere they would only get in the way.
                        bundle.set_use_isolating(*lang == Lang::Ar);
                        let resource =
                            FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
                        let _ = bundle.add_resource(resource);
                        bundle
                    })
                    .collect()
            })
            .collect()
    })
}

/// Called by the generated functions in [`super::phrases`], which name every value.
pub(super) fn format_message(lang: Lang, area: usize, id: &str, values: Vec<(&'static str, Arg)>) -> String {
    let Some(bundle) = bundles().get(lang as usize).and_then(|areas| areas.get(area)) else { return id.to_string() };
    let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) else { return id.to_string() };
    let mut args = FluentArgs::new();
    for (name, Arg(value)) in values {
        args.set(name, value);
    }
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, Some(&args), &mut errors).into_owned()
}
