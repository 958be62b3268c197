//! A voluntary item as the school office configures it (what anyone may pay the school for
//! without a notice: a contribution, an insurance, a trip): the form as typed ([`ItemForm`])
//! and, once every field is checked, a draft that cannot hold a bad value ([`ItemDraft`]). The
//! checks and their problems are the payment event form's, so the office reads the same words.

use crate::birthplace::Date;
use crate::office::EventCategory;
use crate::payment_event::{amount, check_iban, text, EventProblem, REASON_MAX};
use crate::voluntary::AmountRule;
use serde::{Deserialize, Serialize};

/// The form's fields, as typed. Check boxes arrive ticked or not.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemForm {
    pub reason: String,
    pub category: String,
    pub amount: String,
    pub amount_editable: bool,
    pub min: String,
    pub max: String,
    pub payable_from: String,
    pub payable_until: String,
    pub iban: String,
    pub tax_deductible: bool,
}

/// The form's fields, named as the page's inputs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ItemField {
    Reason,
    Category,
    Amount,
    Min,
    Max,
    PayableFrom,
    PayableUntil,
    Iban,
}

impl ItemField {
    pub fn input_name(self) -> &'static str {
        match self {
            ItemField::Reason => "reason",
            ItemField::Category => "category",
            ItemField::Amount => "amount",
            ItemField::Min => "min",
            ItemField::Max => "max",
            ItemField::PayableFrom => "payable_from",
            ItemField::PayableUntil => "payable_until",
            ItemField::Iban => "iban",
        }
    }
}

pub type ItemProblems = Vec<(ItemField, EventProblem)>;

/// A checked item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemDraft {
    pub reason: String,
    pub category: EventCategory,
    pub amount: AmountRule,
    pub payable_from: Date,
    pub payable_until: Date,
    /// Electronic form, 27 characters, Italian.
    pub iban: String,
    pub tax_deductible: bool,
}

/// The categories a voluntary item may have: the canteen is billed by the office, never chosen
/// by the payer.
pub fn categories() -> impl Iterator<Item = EventCategory> {
    EventCategory::ALL.into_iter().filter(|c| *c != EventCategory::Canteen)
}

impl ItemForm {
    /// The draft, or every problem at its field. `today` is the office's day in Rome: an item
    /// may open on any day, but cannot close before today or before it opens.
    pub fn check(&self, today: Date) -> Result<ItemDraft, ItemProblems> {
        let mut problems = ItemProblems::new();
        let reason = text(ItemField::Reason, &self.reason, REASON_MAX, true, &mut problems);
        let category = EventCategory::parse(self.category.trim()).filter(|c| categories().any(|ok| ok == *c));
        if category.is_none() {
            problems.push((ItemField::Category, EventProblem::UnknownCategory));
        }
        let suggested = amount(ItemField::Amount, &self.amount, &mut problems);
        let rule = if self.amount_editable {
            let min = amount(ItemField::Min, &self.min, &mut problems);
            let max = amount(ItemField::Max, &self.max, &mut problems);
            match (suggested, min, max) {
                (Some(suggested), Some(min), Some(max)) => AmountRule::editable(suggested, min, max)
                    .map_err(|_| problems.push((ItemField::Min, EventProblem::Limits)))
                    .ok(),
                _ => None,
            }
        } else {
            suggested.map(AmountRule::Fixed)
        };
        let from = day(ItemField::PayableFrom, &self.payable_from, &mut problems);
        let until = day(ItemField::PayableUntil, &self.payable_until, &mut problems);
        let until = match (from, until) {
            (_, Some(until)) if until < today => {
                problems.push((ItemField::PayableUntil, EventProblem::InThePast));
                None
            }
            (Some(from), Some(until)) if until < from => {
                problems.push((ItemField::PayableUntil, EventProblem::EndBeforeStart));
                None
            }
            (_, until) => until,
        };
        let iban = check_iban(&self.iban).map_err(|problem| problems.push((ItemField::Iban, problem))).ok();
        match (category, rule, from, until, iban) {
            (Some(category), Some(amount), Some(payable_from), Some(payable_until), Some(iban))
                if problems.is_empty() =>
            {
                Ok(ItemDraft {
                    reason,
                    category,
                    amount,
                    payable_from,
                    payable_until,
                    iban,
                    tax_deductible: self.tax_deductible,
                })
            }
            _ => Err(problems),
        }
    }
}

fn day(field: ItemField, input: &str, problems: &mut ItemProblems) -> Option<Date> {
    match Date::parse(input) {
        Ok(date) => Some(date),
        Err(_) if input.trim().is_empty() => {
            problems.push((field, EventProblem::Required));
            None
        }
        Err(_) => {
            problems.push((field, EventProblem::NotADate));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Cents;

    fn today() -> Date {
        Date::new(2026, 12, 1).unwrap()
    }

    fn form() -> ItemForm {
        ItemForm {
            reason: "Contributo volontario".into(),
            category: "contribution".into(),
            amount: "30,00".into(),
            amount_editable: true,
            min: "5".into(),
            max: "500,00".into(),
            payable_from: "01/09/2026".into(),
            payable_until: "31/08/2027".into(),
            iban: "IT60 X054 2811 1010 0000 0123 456".into(),
            tax_deductible: true,
        }
    }

    #[test]
    fn a_good_form_becomes_a_draft() {
        let draft = form().check(today()).expect("a draft");
        assert_eq!(
            draft.amount,
            AmountRule::editable(Cents::from_const(3000), Cents::from_const(500), Cents::from_const(50_000)).unwrap()
        );
        assert_eq!(draft.iban, "IT60X0542811101000000123456");
        assert_eq!(draft.payable_until, Date::new(2027, 8, 31).unwrap());
    }

    #[test]
    fn every_problem_is_at_its_field() {
        let bad = ItemForm {
            reason: " ".into(),
            category: "canteen".into(),
            amount: "30,00".into(),
            min: "40".into(),
            max: "50".into(),
            payable_from: "31/12/2026".into(),
            payable_until: "15/12/2026".into(),
            iban: "DE89 3704 0044 0532 0130 00".into(),
            ..form()
        };
        let problems = bad.check(today()).unwrap_err();
        assert_eq!(
            problems,
            vec![
                (ItemField::Reason, EventProblem::Required),
                (ItemField::Category, EventProblem::UnknownCategory),
                (ItemField::Min, EventProblem::Limits),
                (ItemField::PayableUntil, EventProblem::EndBeforeStart),
                (ItemField::Iban, EventProblem::IbanNotItalian),
            ]
        );
        let closed = ItemForm { payable_until: "30/11/2026".into(), ..form() };
        assert_eq!(closed.check(today()).unwrap_err(), vec![(ItemField::PayableUntil, EventProblem::InThePast)]);
    }
}
