// The locale files, read and checked. The build script includes this file (so a missing key or
// placeholder fails the build) and the tests compile it as a module (so the same rules are
// asserted where a reader looks for them). Only the standard library and fluent-syntax.

use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Every language, reference first (the order of `Lang`).
pub const LOCALES: [&str; 6] = ["it", "en", "ro", "sq", "ar", "zh"];
/// One file per area of the product, the same in every language.
pub const AREAS: [&str; 12] = [
    "site",
    "account",
    "payments",
    "documents",
    "legal",
    "mail",
    "voluntary",
    "office",
    "pupils",
    "events",
    "reports",
    "classes",
];
/// The line every locale file carries near its top, saying whether a native speaker reviewed it.
pub const REVIEW_MARK: &str = "# native-speaker-review:";

/// One message as the reference language has it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub id: String,
    /// Named placeholders (`{ $count }`), also those used only to choose a plural form.
    pub variables: BTreeSet<String>,
    /// The same, in the order they first appear (the order of the generated function's
    /// parameters: `what_for_whom(lang, what, pupil)` for `{ $what } ({ $pupil })`).
    pub order: Vec<String>,
    /// The text, when the message has no placeholder.
    pub plain: Option<String>,
}

/// The checked catalogue: per area, per language, the messages in the reference's order.
#[derive(Debug)]
pub struct Catalogue {
    pub areas: Vec<AreaTexts>,
}

#[derive(Debug)]
pub struct AreaTexts {
    pub name: &'static str,
    /// Indexed like [`LOCALES`].
    pub locales: Vec<Vec<Message>>,
}

impl Catalogue {
    /// Reads `dir/<locale>/<area>.ftl` for every locale and area. Every problem found is
    /// returned, one line each, so a translator fixes them all in one go.
    pub fn load(dir: &Path) -> Result<Catalogue, Vec<String>> {
        let mut problems = Vec::new();
        let mut areas = Vec::new();
        for area in AREAS {
            let mut locales = Vec::new();
            for locale in LOCALES {
                let path = dir.join(locale).join(format!("{area}.ftl"));
                let source = match std::fs::read_to_string(&path) {
                    Ok(text) => text,
                    Err(error) => {
                        problems.push(format!("{}: cannot be read: {error}", path.display()));
                        String::new()
                    }
                };
                let review = source.lines().take(5).find_map(|line| line.strip_prefix(REVIEW_MARK));
                if review.is_none_or(|said| said.trim().is_empty()) {
                    problems.push(format!("{}: no `{REVIEW_MARK} yes|no ...` line at the top", path.display()));
                }
                let messages = parse(&source, &path.display().to_string(), &mut problems);
                locales.push(messages);
            }
            compare(area, &mut locales, &mut problems);
            areas.push(AreaTexts { name: area, locales });
        }
        let mut with_values = BTreeMap::new();
        for area in &areas {
            for message in area.locales[0].iter().filter(|m| m.plain.is_none()) {
                if let Some(other) = with_values.insert(message.id.clone(), area.name) {
                    problems.push(format!(
                        "`{}` has placeholders in both {other}.ftl and {}.ftl: give one another name",
                        message.id, area.name
                    ));
                }
            }
        }
        if problems.is_empty() {
            Ok(Catalogue { areas })
        } else {
            Err(problems)
        }
    }
}

/// Every language must have exactly the reference's messages, each with the same placeholders;
/// the messages are then put in the reference's order.
fn compare(area: &str, locales: &mut [Vec<Message>], problems: &mut Vec<String>) {
    let (reference, others) = locales.split_first_mut().expect("at least one locale");
    for (locale, messages) in LOCALES.iter().skip(1).zip(others.iter_mut()) {
        let mut by_id: BTreeMap<String, Message> = messages.drain(..).map(|m| (m.id.clone(), m)).collect();
        for wanted in reference.iter() {
            match by_id.remove(&wanted.id) {
                None => problems.push(format!("{locale}/{area}.ftl: `{}` is missing", wanted.id)),
                Some(found) if found.variables != wanted.variables => problems.push(format!(
                    "{locale}/{area}.ftl: `{}` has placeholders {:?}, the reference has {:?}",
                    wanted.id, found.variables, wanted.variables
                )),
                Some(found) => messages.push(found),
            }
        }
        for extra in by_id.keys() {
            problems.push(format!("{locale}/{area}.ftl: `{extra}` is not in the reference (it/{area}.ftl)"));
        }
    }
}

fn parse(source: &str, file: &str, problems: &mut Vec<String>) -> Vec<Message> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                problems.push(format!("{file}: not valid Fluent near byte {}: {:?}", error.pos.start, error.kind));
            }
            resource
        }
    };
    let mut messages: Vec<Message> = Vec::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let id = message.id.name.to_string();
                if messages.iter().any(|m| m.id == id) {
                    problems.push(format!("{file}: `{id}` appears twice"));
                }
                let Some(pattern) = message.value else {
                    problems.push(format!("{file}: `{id}` has no text"));
                    continue;
                };
                let mut order = Vec::new();
                let mut plain = Some(String::new());
                walk(&pattern, &mut order, &mut plain, &format!("{file}: `{id}`"), problems);
                let variables: BTreeSet<String> = order.iter().cloned().collect();
                if plain.as_deref().is_some_and(|text| text.trim().is_empty()) {
                    problems.push(format!("{file}: `{id}` is empty"));
                }
                messages.push(Message { id, variables, order, plain });
            }
            ast::Entry::Term(term) => problems.push(format!("{file}: terms (-{}) are not used here", term.id.name)),
            ast::Entry::Junk { content } => problems.push(format!("{file}: cannot read `{}`", content.trim())),
            _ => {}
        }
    }
    messages
}

/// Collects the variables of a pattern; `plain` stays the text while no placeable needs values.
fn walk(
    pattern: &ast::Pattern<&str>,
    variables: &mut Vec<String>,
    plain: &mut Option<String>,
    at: &str,
    problems: &mut Vec<String>,
) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                if let Some(text) = plain.as_mut() {
                    text.push_str(value);
                }
            }
            ast::PatternElement::Placeable { expression } => {
                expression_variables(expression, variables, plain, at, problems)
            }
        }
    }
}

fn expression_variables(
    expression: &ast::Expression<&str>,
    variables: &mut Vec<String>,
    plain: &mut Option<String>,
    at: &str,
    problems: &mut Vec<String>,
) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, variables, plain, at, problems),
        ast::Expression::Select { selector, variants } => {
            *plain = None;
            inline_variables(selector, variables, plain, at, problems);
            if !variants.iter().any(|variant| variant.default) {
                problems.push(format!("{at}: a choice needs a default (*) form"));
            }
            for variant in variants {
                let mut ignored = None;
                walk(&variant.value, variables, &mut ignored, at, problems);
            }
        }
    }
}

fn inline_variables(
    inline: &ast::InlineExpression<&str>,
    variables: &mut Vec<String>,
    plain: &mut Option<String>,
    at: &str,
    problems: &mut Vec<String>,
) {
    match inline {
        ast::InlineExpression::StringLiteral { value } => {
            // `{"{"}` and friends: escapes that stay text.
            if let Some(text) = plain.as_mut() {
                text.push_str(&unescape(value));
            }
        }
        ast::InlineExpression::NumberLiteral { value } => {
            if let Some(text) = plain.as_mut() {
                text.push_str(value);
            }
        }
        ast::InlineExpression::VariableReference { id } => {
            *plain = None;
            if !variables.iter().any(|v| v == id.name) {
                variables.push(id.name.to_string());
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            *plain = None;
            for argument in &arguments.positional {
                inline_variables(argument, variables, plain, at, problems);
            }
        }
        ast::InlineExpression::Placeable { expression } => {
            expression_variables(expression, variables, plain, at, problems)
        }
        ast::InlineExpression::MessageReference { .. } | ast::InlineExpression::TermReference { .. } => {
            problems.push(format!("{at}: references to other messages are not used here: write the text"));
        }
    }
}

fn unescape(value: &str) -> String {
    value.replace("\\\"", "\"").replace("\\\\", "\\")
}
