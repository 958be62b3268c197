//! Translated texts that carry values: counts, lengths, domain enums.

use super::{Lang, Msg};
use domain::{Problem, SchoolKind};

pub fn schools_found(lang: Lang, count: usize) -> String {
    match (lang, count) {
        (Lang::It, 0) => "Nessuna scuola trovata".into(),
        (Lang::It, 1) => "1 scuola trovata".into(),
        (Lang::It, n) => format!("{n} scuole trovate"),
        (Lang::En, 0) => "No school found".into(),
        (Lang::En, 1) => "1 school found".into(),
        (Lang::En, n) => format!("{n} schools found"),
    }
}

/// "2 avvisi da pagare, per 245,00 €".
pub fn notices_to_pay(lang: Lang, count: usize, total: &str) -> String {
    match (lang, count) {
        (Lang::It, 1) => format!("1 avviso da pagare, per {total}."),
        (Lang::It, n) => format!("{n} avvisi da pagare, per {total}."),
        (Lang::En, 1) => format!("1 notice to pay, for {total}."),
        (Lang::En, n) => format!("{n} notices to pay, for {total}."),
    }
}

/// The link to the cart, with how many notices it holds.
pub fn cart_link(lang: Lang, count: usize) -> String {
    match (lang, count) {
        (Lang::It, 0) => "Vai al carrello (vuoto)".into(),
        (Lang::It, 1) => "Vai al carrello (1 avviso)".into(),
        (Lang::It, n) => format!("Vai al carrello ({n} avvisi)"),
        (Lang::En, 0) => "Go to the cart (empty)".into(),
        (Lang::En, 1) => "Go to the cart (1 notice)".into(),
        (Lang::En, n) => format!("Go to the cart ({n} notices)"),
    }
}

/// "Nel carrello: 2 avvisi su 5".
pub fn cart_count(lang: Lang, count: usize, limit: usize) -> String {
    match (lang, count) {
        (Lang::It, 1) => format!("Nel carrello: 1 avviso su {limit} possibili."),
        (Lang::It, n) => format!("Nel carrello: {n} avvisi su {limit} possibili."),
        (Lang::En, 1) => format!("In the cart: 1 notice of {limit} possible."),
        (Lang::En, n) => format!("In the cart: {n} notices of {limit} possible."),
    }
}

pub fn problem(lang: Lang, problem: Problem) -> String {
    match (lang, problem) {
        (Lang::It, Problem::CodeLength { found }) => {
            format!("Il codice meccanografico ha 10 caratteri: ne hai inseriti {found}.")
        }
        (Lang::En, Problem::CodeLength { found }) => {
            format!("The school code has 10 characters: you entered {found}.")
        }
        (Lang::It, Problem::TooLong { max }) => format!("Testo troppo lungo: al massimo {max} caratteri."),
        (Lang::En, Problem::TooLong { max }) => format!("Too long: at most {max} characters."),
        (Lang::It, Problem::NameTooShort { min }) => format!("Scrivi almeno {min} lettere del nome."),
        (Lang::En, Problem::NameTooShort { min }) => format!("Type at least {min} letters of the name."),
        (lang, Problem::CodeCharacters) => lang.t(Msg::ProblemCodeCharacters).into(),
        (lang, Problem::UnknownRegion) => lang.t(Msg::ProblemUnknownRegion).into(),
        (lang, Problem::UnknownProvince) => lang.t(Msg::ProblemUnknownProvince).into(),
        (lang, Problem::ProvinceNotInRegion) => lang.t(Msg::ProblemProvinceNotInRegion).into(),
        (lang, Problem::EmptySearch) => lang.t(Msg::ProblemEmptySearch).into(),
    }
}

pub fn school_kind(lang: Lang, kind: SchoolKind) -> &'static str {
    lang.t(match kind {
        SchoolKind::Comprehensive => Msg::KindComprehensive,
        SchoolKind::Infant => Msg::KindInfant,
        SchoolKind::Primary => Msg::KindPrimary,
        SchoolKind::LowerSecondary => Msg::KindLowerSecondary,
        SchoolKind::UpperSecondary => Msg::KindUpperSecondary,
        SchoolKind::Technical => Msg::KindTechnical,
        SchoolKind::Vocational => Msg::KindVocational,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_agree_in_number() {
        assert_eq!(schools_found(Lang::It, 0), "Nessuna scuola trovata");
        assert_eq!(schools_found(Lang::It, 1), "1 scuola trovata");
        assert_eq!(schools_found(Lang::It, 12), "12 scuole trovate");
        assert_eq!(schools_found(Lang::En, 2), "2 schools found");
    }

    #[test]
    fn problems_name_their_figures() {
        assert!(problem(Lang::It, Problem::CodeLength { found: 10_000 }).contains("10000"));
        assert!(problem(Lang::En, Problem::TooLong { max: 100 }).contains("100"));
    }
}
