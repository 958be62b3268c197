//! Turns the locale files (`locales/<language>/<area>.ftl`) into Rust: one enum of keys per area,
//! a table of fixed texts per language, and one function per message with placeholders. A key
//! or placeholder missing in any language stops the build with the list of what to fix.

include!("src/i18n/catalogue.rs");

use std::fmt::Write as _;

/// The Rust enum of each area's keys (the names the code already uses).
const ENUMS: [(&str, &str); 12] = [
    ("site", "Msg"),
    ("account", "AccountMsg"),
    ("payments", "PaymentMsg"),
    ("documents", "DocumentMsg"),
    ("legal", "LegalMsg"),
    ("mail", "MailMsg"),
    ("voluntary", "VoluntaryMsg"),
    ("office", "OfficeMsg"),
    ("pupils", "PupilsMsg"),
    ("events", "EventsMsg"),
    ("reports", "ReportsMsg"),
    ("classes", "ClassMsg"),
];

fn main() {
    println!("cargo::rerun-if-changed=locales");
    println!("cargo::rerun-if-changed=src/i18n/catalogue.rs");
    let catalogue = match Catalogue::load(Path::new("locales")) {
        Ok(catalogue) => catalogue,
        Err(problems) => {
            eprintln!("The locale files need attention ({} problems):", problems.len());
            for problem in problems {
                eprintln!("  - {problem}");
            }
            std::process::exit(1);
        }
    };
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    write(&out.join("keys.rs"), &keys(&catalogue));
    write(&out.join("texts.rs"), &texts(&catalogue));
    write(&out.join("phrases.rs"), &phrases(&catalogue));
}

fn write(path: &Path, code: &str) {
    // Unchanged output keeps the crate from recompiling.
    if std::fs::read_to_string(path).ok().as_deref() != Some(code) {
        std::fs::write(path, code).expect("OUT_DIR is writable");
    }
}

fn enum_name(area: &str) -> &'static str {
    ENUMS.iter().find(|(name, _)| *name == area).map(|(_, rust)| *rust).expect("every area has an enum")
}

fn camel(id: &str) -> String {
    id.split('-').map(|part| part[..1].to_uppercase() + &part[1..]).collect()
}

/// The keys of fixed texts, in every build (the browser's too: forms and flashes carry them).
fn keys(catalogue: &Catalogue) -> String {
    let mut code = String::new();
    for area in &catalogue.areas {
        let name = enum_name(area.name);
        let fixed: Vec<&Message> = area.locales[0].iter().filter(|m| m.plain.is_some()).collect();
        let _ = writeln!(code, "/// The fixed texts of `locales/*/{}.ftl`.", area.name);
        let _ =
            writeln!(code, "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]");
        let _ = writeln!(code, "pub enum {name} {{");
        for message in &fixed {
            let _ = writeln!(code, "    {},", camel(&message.id));
        }
        let _ = writeln!(code, "}}\n\nimpl {name} {{\n    pub const ALL: &'static [{name}] = &[");
        for message in &fixed {
            let _ = writeln!(code, "        {name}::{},", camel(&message.id));
        }
        let _ = writeln!(code, "    ];\n}}\n");
    }
    code
}

/// The fixed texts of every language, server only.
fn texts(catalogue: &Catalogue) -> String {
    let mut code = String::new();
    for area in &catalogue.areas {
        let name = enum_name(area.name);
        let count = area.locales[0].iter().filter(|m| m.plain.is_some()).count();
        let table = format!("{}_TEXTS", name.to_uppercase());
        let _ = writeln!(code, "static {table}: [[&str; {count}]; {}] = [", LOCALES.len());
        for messages in &area.locales {
            let _ = writeln!(code, "    [");
            for message in messages.iter().filter(|m| m.plain.is_some()) {
                let _ = writeln!(code, "        {:?},", message.plain.as_deref().unwrap_or_default());
            }
            let _ = writeln!(code, "    ],");
        }
        let _ = writeln!(code, "];\n");
        let _ = writeln!(
            code,
            "impl Translate for {name} {{\n    fn text(self, lang: Lang) -> &'static str {{\n        {table}[lang as usize][self as usize]\n    }}\n}}\n"
        );
    }
    let _ = writeln!(code, "/// Each area's file in each language, for the messages formatted with values.");
    let _ = writeln!(code, "pub(super) static SOURCES: [[&str; {}]; {}] = [", AREAS.len(), LOCALES.len());
    for locale in LOCALES {
        let _ = writeln!(code, "    [");
        for area in AREAS {
            let _ = writeln!(
                code,
                "        include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/locales/{locale}/{area}.ftl\")),"
            );
        }
        let _ = writeln!(code, "    ],");
    }
    let _ = writeln!(code, "];");
    code
}

/// One function per message with placeholders: `schools_found(lang, count)`. A call that
/// forgets a value does not compile.
fn phrases(catalogue: &Catalogue) -> String {
    let mut code = String::new();
    for (index, area) in catalogue.areas.iter().enumerate() {
        for message in area.locales[0].iter().filter(|m| m.plain.is_none()) {
            let function = message.id.replace('-', "_");
            let parameters: String =
                message.order.iter().map(|v| format!(", {}: impl Into<Arg>", v.replace('-', "_"))).collect();
            let values: String =
                message.order.iter().map(|v| format!("({v:?}, {}.into()), ", v.replace('-', "_"))).collect();
            let _ = writeln!(code, "/// `{}` in `locales/*/{}.ftl`.", message.id, area.name);
            let _ = writeln!(
                code,
                "pub fn {function}(lang: Lang{parameters}) -> String {{\n    format_message(lang, {index}, {:?}, vec![{values}])\n}}\n",
                message.id
            );
        }
    }
    code
}
