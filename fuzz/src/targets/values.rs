//! Amounts, dates, the search folding and the directory form, and the short names read back
//! from forms and columns (payment methods, states, school kinds, regions, provinces).

use crate::ensure;
use crate::gen::Gen;
use crate::report::Report;
use crate::seeds;
use domain::birthplace::Date;
use domain::codice_fiscale::{name_code, surname_code};
use domain::directory::MIN_NAME_LEN;
use domain::geography::{self, PROVINCES, REGIONS};
use domain::psp::OfferOrder;
use domain::registration::{base_username, check_birth_date};
use domain::text::fold_for_search;
use domain::{
    Cents, DirectoryQuery, DirectorySearch, NoticeState, PaymentMethod, PaymentState, ProviderKind, SchoolKind,
};

/// The day the registration checks take as today.
pub const TODAY: Date = Date { year: 2026, month: 11, day: 30 };
const TOWNS: &[&str] = &["Milano", "Forlì", "Sant'Angelo Lodigiano", "Reggio nell'Emilia", "Aosta", "L'Aquila"];

pub fn amount(g: &mut Gen, report: &mut Report) {
    report.case(g.text(seeds::amount_text, &["€", ".", ",", "000", "1.234", ",5", "-", "−", "999"]), |input| {
        let parsed = Cents::parse_italian(input);
        ensure!(parsed == Cents::parse_italian(input), "two parses differ");
        let Ok(amount) = parsed else { return Ok(()) };
        ensure!(amount <= Cents::MAX, "above MAX: {}", amount.get());
        let reference = reference_cents(input);
        ensure!(reference == Some(amount.get()), "read as {}, by the reference as {reference:?}", amount.get());
        for shown in
            [amount.to_italian(), amount.to_euro(), format!("{},{:02}", amount.get() / 100, amount.get() % 100)]
        {
            ensure!(Cents::parse_italian(&shown) == Ok(amount), "{shown:?} does not parse back");
        }
        let negative = format!("-{input}");
        ensure!(Cents::parse_italian(&negative).is_err(), "{negative:?} accepted");
        Ok(())
    });
}

pub fn date(g: &mut Gen, report: &mut Report) {
    report.case(g.text(seeds::date_text, &["/", "-", "29", "02", "31", "2024", "0000", "1900", " "]), |input| {
        let parsed = Date::parse(input);
        ensure!(parsed == Date::parse(input) && parsed == input.parse::<Date>(), "parses differ");
        let birth = check_birth_date(input, TODAY);
        if let Ok(born) = birth {
            ensure!(parsed == Ok(born) && born.year >= 1900 && born <= TODAY, "birth date {born} accepted");
        }
        let Ok(date) = parsed else { return Ok(()) };
        ensure!(date.is_valid(), "invalid {date:?} accepted");
        let reference = reference_date(input);
        ensure!(reference == Some(date), "read as {date}, by the reference as {reference:?}");
        ensure!(Date::parse(&date.to_string()) == Ok(date), "{date} does not parse back");
        ensure!(Date::parse(&date.to_italian()) == Ok(date), "{} does not parse back", date.to_italian());
        ensure!(Date::from_unix_days(date.unix_days()) == date, "{date} lost in unix days");
        let next = date.plus_days(1);
        ensure!(next > date && next.is_valid() && next.plus_days(-1) == date, "day after {date}: {next:?}");
        let _ = date.school_year().to_string();
        ensure!(birth.is_ok() == (date.year >= 1900 && date <= TODAY), "birth check of {date}: {birth:?}");
        Ok(())
    });
}

/// A second, plainer reading of an amount the parser accepted: spaces and `€` dropped, dots
/// dropped, up to two digits after the comma are cents.
fn reference_cents(input: &str) -> Option<u64> {
    let compact: String = input.chars().filter(|c| !c.is_whitespace() && *c != '€').collect();
    let (euros, decimals) = compact.split_once(',').unwrap_or((&compact, ""));
    let euros: String = euros.chars().filter(|&c| c != '.').collect();
    let digits = |text: &str| text.bytes().all(|b| b.is_ascii_digit());
    if decimals.len() > 2 || !digits(decimals) || !digits(&euros) {
        return None;
    }
    let euros = euros.trim_start_matches('0');
    let euros: u64 = if euros.is_empty() { 0 } else { euros.parse().ok()? };
    let cents: u64 = format!("{decimals:0<2}").parse().ok()?;
    euros.checked_mul(100)?.checked_add(cents)
}

/// A second reading of a date the parser accepted: its three numbers, year first when written
/// with dashes, day first otherwise.
fn reference_date(input: &str) -> Option<Date> {
    let numbers: Vec<u32> = input
        .split(|c: char| !c.is_ascii_digit())
        .filter(|n| !n.is_empty())
        .map(str::parse)
        .collect::<Result<_, _>>()
        .ok()?;
    let [a, b, c] = numbers[..] else { return None };
    let (year, month, day) = if input.contains('-') { (a, b, c) } else { (c, b, a) };
    Some(Date { year: u16::try_from(year).ok()?, month: u8::try_from(month).ok()?, day: u8::try_from(day).ok()? })
}

/// The folding every search goes through, and the name codes and usernames built on it.
pub fn search_text(g: &mut Gen, report: &mut Report) {
    let seed = |g: &mut Gen| {
        let list = *g.pick(&[TOWNS, seeds::SURNAMES, seeds::NAMES]);
        g.pick(list).to_string()
    };
    report.case(g.text(seed, &[" ", "  ", "À", "’", "İ", "ß", "\t"]), |input| {
        let folded = fold_for_search(input);
        ensure!(fold_for_search(&folded) == folded, "folding again changes {folded:?}");
        ensure!(!folded.starts_with(' ') && !folded.ends_with(' ') && !folded.contains("  "), "spaces in {folded:?}");
        ensure!(!folded.chars().any(|c| c.is_whitespace() && c != ' '), "other whitespace in {folded:?}");
        ensure!(!folded.bytes().any(|b| b.is_ascii_uppercase()), "upper case in {folded:?}");
        for code in [surname_code(input), name_code(input)] {
            ensure!(code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()), "name code {code:?}");
        }
        let username = base_username(input, &folded);
        ensure!(!username.is_empty() && username.len() <= 41, "username {username:?}");
        ensure!(username.bytes().all(|b| b.is_ascii_lowercase() || b == b'.'), "username {username:?}");
        Ok(())
    });
}

pub fn directory_query(g: &mut Gen, report: &mut Report) {
    let field = |g: &mut Gen, seed: fn(&mut Gen) -> String| (!g.one_in(3)).then(|| g.text(seed, TOWNS));
    let query = DirectoryQuery {
        codice: if g.one_in(2) { None } else { field(g, seeds::school_code_text) },
        regione: field(g, |g| g.pick(&REGIONS).to_string()),
        provincia: field(g, |g| g.pick(PROVINCES).sigla.to_lowercase()),
        comune: field(g, |g| g.pick(TOWNS).to_string()),
        nome: field(g, |g| g.pick(&["Manzoni", "Istituto Comprensivo", "Ène"]).to_string()),
    };
    report.case(query, |query| {
        let result = query.validate();
        ensure!(result == query.validate(), "two validations differ");
        match result {
            Err(errors) => ensure!(!errors.is_empty(), "refused without a reason"),
            Ok(DirectorySearch::NotAsked) => ensure!(query.is_empty_request(), "a search was ignored"),
            Ok(DirectorySearch::ByCode(code)) => {
                let typed = query.codice.as_deref().unwrap_or_default();
                ensure!(domain::SchoolCode::parse(typed) == Ok(code), "code differs from {typed:?}");
            }
            Ok(DirectorySearch::ByPlace { region, province, town, name }) => {
                ensure!(region.is_some() || town.is_some() || name.is_some(), "empty search accepted");
                ensure!(province.is_none_or(|p| Some(p.region) == region), "province outside region");
                if let Some(name) = name {
                    ensure!(name.chars().count() >= MIN_NAME_LEN && fold_for_search(&name) == name, "name {name:?}");
                }
            }
        }
        Ok(())
    });
}

/// Names stored in columns or sent by forms: whatever is accepted must be the name itself.
pub fn names(g: &mut Gen, report: &mut Report) {
    let all: Vec<&str> = PaymentMethod::ALL
        .iter()
        .map(|m| m.as_str())
        .chain(NoticeState::ALL.iter().map(|s| s.as_str()))
        .chain(PaymentState::ALL.iter().map(|s| s.as_str()))
        .chain(SchoolKind::ALL.iter().map(|k| k.code()))
        .chain(["sandbox", "pagopa", "fee", "name", "CP", "BBT", "RBPS", "MYBK"])
        .chain(REGIONS)
        .chain(PROVINCES.iter().map(|p| p.sigla))
        .collect();
    report.case(g.text(|g| g.pick(&all).to_string(), &all), |input| {
        let trimmed = input.trim();
        if let Some(method) = PaymentMethod::parse(input) {
            ensure!(method.as_str() == trimmed, "method {method:?}");
        }
        let _ = PaymentMethod::from_pagopa_code(input);
        ensure!((OfferOrder::parse(input) == OfferOrder::Name) == (trimmed == "name"), "offer order");
        if let Ok(state) = NoticeState::parse(input) {
            ensure!(state.as_str() == input, "notice state {state:?}");
        }
        if let Ok(state) = PaymentState::parse(input) {
            ensure!(state.as_str() == input, "payment state {state:?}");
        }
        if let Some(kind) = ProviderKind::parse(input) {
            ensure!(kind.as_str() == input, "provider {kind:?}");
        }
        if let Some(kind) = SchoolKind::from_code(input) {
            ensure!(kind.code() == input, "school kind {kind:?}");
        }
        if let Some(region) = geography::region(input) {
            ensure!(region.eq_ignore_ascii_case(trimmed), "region {region}");
        }
        if let Some(province) = geography::province(input) {
            ensure!(province.sigla.eq_ignore_ascii_case(trimmed), "province {}", province.sigla);
        }
        Ok(())
    });
}
