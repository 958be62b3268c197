//! Texts with values: one generated function per message with placeholders (each names its
//! values, so a call that forgets one does not compile), and the wording of domain reasons.

use super::format::{format_message, Arg};
use super::{Lang, Msg};
use domain::{Problem, SchoolKind};

include!(concat!(env!("OUT_DIR"), "/phrases.rs"));

pub fn problem(lang: Lang, problem: Problem) -> String {
    match problem {
        Problem::CodeLength { found } => problem_code_length(lang, found),
        Problem::TooLong { max } => problem_too_long(lang, max),
        Problem::NameTooShort { min } => problem_name_too_short(lang, min),
        Problem::CodeCharacters => lang.t(Msg::ProblemCodeCharacters).into(),
        Problem::UnknownRegion => lang.t(Msg::ProblemUnknownRegion).into(),
        Problem::UnknownProvince => lang.t(Msg::ProblemUnknownProvince).into(),
        Problem::ProvinceNotInRegion => lang.t(Msg::ProblemProvinceNotInRegion).into(),
        Problem::EmptySearch => lang.t(Msg::ProblemEmptySearch).into(),
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

/// "Pagato due volte: la scuola deve rimborsarti X €", or its not-payable twin.
pub fn refund_owed(lang: Lang, reason: domain::refund::RefundReason, amount: domain::Cents) -> String {
    match reason {
        domain::refund::RefundReason::PaidTwice => refund_paid_twice(lang, amount.to_euro()),
        domain::refund::RefundReason::NotPayable => refund_not_payable(lang, amount.to_euro()),
    }
}

/// An office role in words ("Dirigente scolastico", "DSGA", "Assistente amministrativo").
pub fn staff_role(lang: Lang, role: domain::StaffRole) -> &'static str {
    use super::OfficeMsg;
    lang.t(match role {
        domain::StaffRole::Headteacher => OfficeMsg::RoleDs,
        domain::StaffRole::OfficeManager => OfficeMsg::RoleDsga,
        domain::StaffRole::Staff => OfficeMsg::RoleAa,
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

    #[test]
    fn arabic_keeps_numbers_in_order_with_isolation_marks() {
        let text = cart_count(Lang::Ar, 2, 5);
        assert!(text.contains("\u{2068}2\u{2069}") && text.contains("\u{2068}5\u{2069}"), "{text}");
        assert!(!cart_count(Lang::It, 2, 5).contains('\u{2068}'));
    }
}
