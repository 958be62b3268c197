//! Voluntary payments (versamenti volontari): the items a school lets anyone pay for, the rules of
//! their amount and period, and the form a payer fills in (the pupil's codice fiscale coherent
//! with the names typed, the amount within the limits, an email when not signed in).

use crate::birthplace::Date;
use crate::codice_fiscale::{name_code, surname_code, CodiceFiscale};
use crate::money::Cents;
use crate::registration::{check_email, check_name, codice_fiscale_problem, RegProblem};
use serde::{Deserialize, Serialize};

/// How much an item costs: a fixed amount, or one the payer chooses within limits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AmountRule {
    Fixed(Cents),
    /// `suggested` is what the form offers first; `min <= suggested <= max`.
    Editable {
        suggested: Cents,
        min: Cents,
        max: Cents,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the limits must hold 1 <= min <= suggested <= max")]
pub struct AmountRuleError;

impl AmountRule {
    pub fn editable(suggested: Cents, min: Cents, max: Cents) -> Result<AmountRule, AmountRuleError> {
        if min.is_zero() || min > suggested || suggested > max {
            return Err(AmountRuleError);
        }
        Ok(AmountRule::Editable { suggested, min, max })
    }

    /// The amount shown first: the fixed one, or the suggested one.
    pub fn shown(self) -> Cents {
        match self {
            AmountRule::Fixed(amount) => amount,
            AmountRule::Editable { suggested, .. } => suggested,
        }
    }

    pub fn is_editable(self) -> bool {
        matches!(self, AmountRule::Editable { .. })
    }

    /// The amount to pay: the fixed one whatever was typed, or the typed one within the limits.
    pub fn amount_for(self, typed: Option<&str>) -> Result<Cents, AmountProblem> {
        let (min, max) = match self {
            AmountRule::Fixed(amount) => return Ok(amount),
            AmountRule::Editable { min, max, .. } => (min, max),
        };
        let typed = typed.unwrap_or_default().trim();
        if typed.is_empty() {
            return Err(AmountProblem::Required);
        }
        let amount = Cents::parse_italian(typed).map_err(|_| AmountProblem::NotAnAmount)?;
        if amount < min {
            Err(AmountProblem::BelowMinimum(min))
        } else if amount > max {
            Err(AmountProblem::AboveMaximum(max))
        } else {
            Ok(amount)
        }
    }
}

/// Why a typed amount was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AmountProblem {
    Required,
    NotAnAmount,
    BelowMinimum(Cents),
    AboveMaximum(Cents),
}

/// Whether an item can be paid on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Period {
    /// Opens on this day.
    NotYet(Date),
    /// Payable until this day included.
    Open(Date),
    /// Closed on this day.
    Closed(Date),
}

impl Period {
    pub fn on(today: Date, from: Date, until: Date) -> Period {
        if today < from {
            Period::NotYet(from)
        } else if today > until {
            Period::Closed(until)
        } else {
            Period::Open(until)
        }
    }

    pub fn is_open(self) -> bool {
        matches!(self, Period::Open(_))
    }
}

/// The fields of the voluntary payment form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum VolField {
    CodiceFiscale,
    Surname,
    GivenName,
    Amount,
    Email,
}

impl VolField {
    /// The `name` (and `id`) of the field's input.
    pub fn input_name(self) -> &'static str {
        match self {
            VolField::CodiceFiscale => "codice_fiscale",
            VolField::Surname => "surname",
            VolField::GivenName => "given_name",
            VolField::Amount => "amount",
            VolField::Email => "email",
        }
    }
}

/// A problem found at a field: the codice fiscale, names and email problems are the
/// registration's; the amount has its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum VolProblem {
    Person(RegProblem),
    Amount(AmountProblem),
}

/// What the payer typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoluntaryForm {
    pub codice_fiscale: String,
    pub surname: String,
    pub given_name: String,
    pub amount: Option<String>,
    /// Asked only when the payer is not signed in.
    pub email: Option<String>,
}

/// A form that passed every check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VoluntaryRequest {
    pub pupil: CodiceFiscale,
    pub surname: String,
    pub given_name: String,
    pub amount: Cents,
    /// `None` when signed in.
    pub email: Option<String>,
}

/// Longest text kept from a field as typed (the inputs' `maxlength` is lower).
pub const INPUT_MAX_CHARS: usize = 120;

impl VoluntaryForm {
    /// Checks the form for an item with `rule`; `signed_in` payers give no email. Every problem
    /// is reported, each at its field.
    pub fn check(&self, rule: AmountRule, signed_in: bool) -> Result<VoluntaryRequest, Vec<(VolField, VolProblem)>> {
        let mut problems = Vec::new();
        let person = |field, problem| (field, VolProblem::Person(problem));
        let code = match CodiceFiscale::parse(self.codice_fiscale.trim()) {
            Ok(code) => Some(code),
            Err(error) => {
                problems.push(person(VolField::CodiceFiscale, codice_fiscale_problem(&error)));
                None
            }
        };
        let surname = self.surname.trim();
        let given_name = self.given_name.trim();
        let surname_ok = match check_name(surname) {
            Ok(()) => true,
            Err(problem) => {
                problems.push(person(VolField::Surname, problem));
                false
            }
        };
        let name_ok = match check_name(given_name) {
            Ok(()) => true,
            Err(problem) => {
                problems.push(person(VolField::GivenName, problem));
                false
            }
        };
        if let Some(code) = &code {
            let decoded = code.decode();
            if surname_ok && decoded.surname_code != surname_code(surname) {
                problems.push(person(VolField::Surname, RegProblem::CfSurname));
            }
            if name_ok && decoded.name_code != name_code(given_name) {
                problems.push(person(VolField::GivenName, RegProblem::CfName));
            }
        }
        let amount = match rule.amount_for(self.amount.as_deref()) {
            Ok(amount) => Some(amount),
            Err(problem) => {
                problems.push((VolField::Amount, VolProblem::Amount(problem)));
                None
            }
        };
        let email = if signed_in {
            None
        } else {
            let typed = self.email.as_deref().unwrap_or_default().trim().to_string();
            match check_email(&typed) {
                Ok(()) => Some(typed),
                Err(problem) => {
                    problems.push(person(VolField::Email, problem));
                    None
                }
            }
        };
        match (code, amount) {
            (Some(pupil), Some(amount)) if problems.is_empty() => Ok(VoluntaryRequest {
                pupil,
                surname: surname.to_string(),
                given_name: given_name.to_string(),
                amount,
                email,
            }),
            _ => Err(problems),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cents(value: u64) -> Cents {
        Cents::new(value).unwrap()
    }

    fn form(cf: &str, surname: &str, name: &str, amount: Option<&str>, email: Option<&str>) -> VoluntaryForm {
        VoluntaryForm {
            codice_fiscale: cf.into(),
            surname: surname.into(),
            given_name: name.into(),
            amount: amount.map(Into::into),
            email: email.map(Into::into),
        }
    }

    #[test]
    fn a_fixed_amount_ignores_what_was_typed() {
        let rule = AmountRule::Fixed(cents(850));
        assert_eq!(rule.amount_for(Some("1.000,00")), Ok(cents(850)));
        assert_eq!(rule.amount_for(None), Ok(cents(850)));
        assert!(!rule.is_editable());
    }

    #[test]
    fn an_editable_amount_stays_within_its_limits() {
        let rule = AmountRule::editable(cents(3_000), cents(500), cents(50_000)).unwrap();
        assert_eq!(rule.amount_for(Some("25")), Ok(cents(2_500)));
        assert_eq!(rule.amount_for(Some("5,00")), Ok(cents(500)));
        assert_eq!(rule.amount_for(Some("500,00 €")), Ok(cents(50_000)));
        assert_eq!(rule.amount_for(Some("4,99")), Err(AmountProblem::BelowMinimum(cents(500))));
        assert_eq!(rule.amount_for(Some("500,01")), Err(AmountProblem::AboveMaximum(cents(50_000))));
        assert_eq!(rule.amount_for(Some("dieci")), Err(AmountProblem::NotAnAmount));
        assert_eq!(rule.amount_for(Some("-5")), Err(AmountProblem::NotAnAmount));
        assert_eq!(rule.amount_for(Some("  ")), Err(AmountProblem::Required));
        assert_eq!(rule.shown(), cents(3_000));
    }

    #[test]
    fn limits_must_surround_the_suggested_amount() {
        assert!(AmountRule::editable(cents(100), cents(200), cents(300)).is_err());
        assert!(AmountRule::editable(cents(400), cents(200), cents(300)).is_err());
        assert!(AmountRule::editable(Cents::ZERO, Cents::ZERO, cents(300)).is_err());
    }

    #[test]
    fn the_period_includes_both_ends() {
        let day = |d| Date::new(2026, 12, d).unwrap();
        assert_eq!(Period::on(day(1), day(2), day(16)), Period::NotYet(day(2)));
        assert_eq!(Period::on(day(2), day(2), day(16)), Period::Open(day(16)));
        assert_eq!(Period::on(day(16), day(2), day(16)), Period::Open(day(16)));
        assert_eq!(Period::on(day(17), day(2), day(16)), Period::Closed(day(16)));
    }

    #[test]
    fn the_pupil_code_must_agree_with_the_names() {
        let rule = AmountRule::Fixed(cents(850));
        let ok = form(" rssmra80a01h501u ", "Rossi", "Mario", None, Some("nonna@example.it")).check(rule, false);
        let request = ok.expect("coherent");
        assert_eq!(request.pupil.as_str(), "RSSMRA80A01H501U");
        assert_eq!(request.email.as_deref(), Some("nonna@example.it"));
        let wrong = form("RSSMRA80A01H501U", "Bianchi", "Luigi", None, Some("x@example.it")).check(rule, false);
        assert_eq!(
            wrong.unwrap_err(),
            vec![
                (VolField::Surname, VolProblem::Person(RegProblem::CfSurname)),
                (VolField::GivenName, VolProblem::Person(RegProblem::CfName)),
            ]
        );
    }

    #[test]
    fn every_problem_is_reported_at_its_field() {
        let rule = AmountRule::editable(cents(3_000), cents(500), cents(50_000)).unwrap();
        let problems = form("RSSMRA80A01H501X", "", "M4rio", Some("1"), Some("nonna")).check(rule, false).unwrap_err();
        assert_eq!(
            problems,
            vec![
                (VolField::CodiceFiscale, VolProblem::Person(RegProblem::CfCheck)),
                (VolField::Surname, VolProblem::Person(RegProblem::Required)),
                (VolField::GivenName, VolProblem::Person(RegProblem::NameLatin)),
                (VolField::Amount, VolProblem::Amount(AmountProblem::BelowMinimum(cents(500)))),
                (VolField::Email, VolProblem::Person(RegProblem::Email)),
            ]
        );
    }

    #[test]
    fn a_signed_in_payer_gives_no_email() {
        let rule = AmountRule::Fixed(cents(850));
        let request = form("RSSMRA80A01H501U", "Rossi", "Mario", None, None).check(rule, true).expect("ok");
        assert_eq!(request.email, None);
    }
}
