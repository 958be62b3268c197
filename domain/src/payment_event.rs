//! A payment event as the office drafts it: what the form sends ([`EventForm`], text as typed)
//! and what it becomes once every field is checked ([`EventDraft`], which cannot hold a bad
//! value). Each problem names the field it concerns, so the page shows it there.

use crate::birthplace::Date;
use crate::codice_fiscale::CodiceFiscale;
use crate::money::Cents;
use crate::office::EventCategory;
use iban::IbanLike;
use serde::{Deserialize, Serialize};

pub const REASON_MAX: usize = 140;
pub const DESCRIPTION_MAX: usize = 1000;
/// The instalment rows the form offers (and the most an event may have).
pub const MAX_INSTALMENTS: usize = 6;
/// Pupils named one by one; more than this is a class or the whole school.
pub const MAX_PUPILS: usize = 2000;

/// The form's fields, as typed. Check boxes arrive as "si" when ticked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventForm {
    pub reason: String,
    pub description: String,
    pub category: String,
    pub amount: String,
    pub amount_editable: bool,
    pub min: String,
    pub max: String,
    pub due_date: String,
    pub payable_after_due: bool,
    pub iban: String,
    pub tax_deductible: bool,
    /// "scuola", "classi" or "alunni".
    pub target: String,
    pub classes: Vec<String>,
    /// Pupils' codici fiscali, separated by spaces, commas or new lines.
    pub pupils: String,
    /// Instalment rows (amount, due date); empty rows are ignored.
    pub instalments: Vec<(String, String)>,
}

/// Who the event is for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Target {
    School,
    /// The pupils' classes (`class_name`), at least one.
    Classes(Vec<String>),
    /// Pupils by codice fiscale, at least one.
    Pupils(Vec<CodiceFiscale>),
}

impl Target {
    pub const SCHOOL: &'static str = "scuola";
    pub const CLASSES: &'static str = "classi";
    pub const PUPILS: &'static str = "alunni";

    /// The stored kind (`payment_events.target_kind`).
    pub fn kind(&self) -> &'static str {
        match self {
            Target::School => "school",
            Target::Classes(_) => "classes",
            Target::Pupils(_) => "pupils",
        }
    }
}

/// How much each pupil pays.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Amount {
    Fixed(Cents),
    /// The family may change it within `[min, max]`; `amount` is the one proposed.
    Changeable {
        amount: Cents,
        min: Cents,
        max: Cents,
    },
}

impl Amount {
    pub fn proposed(self) -> Cents {
        match self {
            Amount::Fixed(amount) | Amount::Changeable { amount, .. } => amount,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Instalment {
    pub amount: Cents,
    pub due_date: Date,
}

/// A checked event. `due_date` is the last instalment's when there are instalments.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDraft {
    pub reason: String,
    pub description: String,
    pub category: EventCategory,
    pub amount: Amount,
    pub due_date: Date,
    pub payable_after_due: bool,
    /// Electronic form, 27 characters, Italian.
    pub iban: String,
    pub tax_deductible: bool,
    pub target: Target,
    pub instalments: Vec<Instalment>,
}

impl EventDraft {
    /// The last day a notice of this event can be paid: its due date, or with "payable after
    /// the due date" the last day of the school year (31 August).
    pub fn last_payable_day(&self, due: Date) -> Date {
        if self.payable_after_due {
            let end = Date::new(self.due_date.school_year().start() + 1, 8, 31).unwrap_or(due);
            if end > due {
                return end;
            }
        }
        due
    }
}

/// The form's fields, named as the page's inputs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EventField {
    Reason,
    Description,
    Category,
    Amount,
    Min,
    Max,
    DueDate,
    Iban,
    Target,
    Classes,
    Pupils,
    /// One instalment row (0-based).
    Instalment(u8),
}

impl EventField {
    pub fn input_name(self) -> String {
        match self {
            EventField::Reason => "reason".into(),
            EventField::Description => "description".into(),
            EventField::Category => "category".into(),
            EventField::Amount => "amount".into(),
            EventField::Min => "min".into(),
            EventField::Max => "max".into(),
            EventField::DueDate => "due_date".into(),
            EventField::Iban => "iban".into(),
            EventField::Target => "target".into(),
            EventField::Classes => "classes".into(),
            EventField::Pupils => "pupils".into(),
            EventField::Instalment(row) => format!("instalment_amount_{row}"),
        }
    }
}

/// What is wrong with a field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EventProblem {
    Required,
    TooLong(usize),
    UnknownCategory,
    NotAnAmount,
    /// The limits must hold min <= amount <= max.
    Limits,
    NotADate,
    /// The due date (or an instalment's) is before today.
    InThePast,
    /// A period that ends before it starts.
    EndBeforeStart,
    IbanInvalid,
    IbanNotItalian,
    NoClass,
    /// A class the school does not have.
    UnknownClass(String),
    NoPupil,
    TooManyPupils,
    /// A codice fiscale that is malformed, or not one of the school's pupils.
    UnknownPupil(String),
    /// An instalment row with only one of amount and date, or a bad one.
    InstalmentIncomplete,
    /// Instalments must be at least two, with increasing due dates.
    InstalmentOrder,
    /// They add up to this, not to the amount.
    InstalmentSum(Cents),
    /// A changeable amount cannot be split in instalments.
    InstalmentChangeable,
}

pub type Problems = Vec<(EventField, EventProblem)>;

/// A trimmed text, at most `max` characters (also for other forms' fields: `F`).
pub(crate) fn text<F>(
    field: F,
    input: &str,
    max: usize,
    required: bool,
    problems: &mut Vec<(F, EventProblem)>,
) -> String {
    let value = input.trim().to_string();
    if required && value.is_empty() {
        problems.push((field, EventProblem::Required));
    } else if value.chars().count() > max {
        problems.push((field, EventProblem::TooLong(max)));
    }
    value
}

/// An amount in euro as typed in Italy ("12,50"), not zero.
pub(crate) fn amount<F>(field: F, input: &str, problems: &mut Vec<(F, EventProblem)>) -> Option<Cents> {
    let input = input.trim();
    if input.is_empty() {
        problems.push((field, EventProblem::Required));
        return None;
    }
    match Cents::parse_italian(input) {
        Ok(cents) if !cents.is_zero() => Some(cents),
        _ => {
            problems.push((field, EventProblem::NotAnAmount));
            None
        }
    }
}

fn date(field: EventField, input: &str, today: Date, problems: &mut Problems) -> Option<Date> {
    match Date::parse(input) {
        Err(_) if input.trim().is_empty() => problems.push((field, EventProblem::Required)),
        Err(_) => problems.push((field, EventProblem::NotADate)),
        Ok(date) if date < today => problems.push((field, EventProblem::InThePast)),
        Ok(date) => return Some(date),
    }
    None
}

/// The IBAN in its electronic form, when valid (checked by `iban_validate`) and Italian.
pub fn check_iban(input: &str) -> Result<String, EventProblem> {
    let compact: String = input.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase();
    if compact.is_empty() {
        return Err(EventProblem::Required);
    }
    let iban: iban::Iban = compact.parse().map_err(|_| EventProblem::IbanInvalid)?;
    if iban.country_code() != "IT" {
        return Err(EventProblem::IbanNotItalian);
    }
    Ok(iban.electronic_str().to_string())
}

impl EventForm {
    /// The draft, or every problem found (each at its field). `today` is the office's day in
    /// Rome: no date may be before it.
    pub fn check(&self, today: Date) -> Result<EventDraft, Problems> {
        let mut problems = Problems::new();
        let reason = text(EventField::Reason, &self.reason, REASON_MAX, true, &mut problems);
        let description = text(EventField::Description, &self.description, DESCRIPTION_MAX, false, &mut problems);
        let category = EventCategory::parse(self.category.trim());
        if category.is_none() {
            problems.push((EventField::Category, EventProblem::UnknownCategory));
        }
        let proposed = amount(EventField::Amount, &self.amount, &mut problems);
        let amount_rule = if self.amount_editable {
            let min = amount(EventField::Min, &self.min, &mut problems);
            let max = amount(EventField::Max, &self.max, &mut problems);
            match (proposed, min, max) {
                (Some(amount), Some(min), Some(max)) if min <= amount && amount <= max => {
                    Some(Amount::Changeable { amount, min, max })
                }
                (Some(_), Some(_), Some(_)) => {
                    problems.push((EventField::Min, EventProblem::Limits));
                    None
                }
                _ => None,
            }
        } else {
            proposed.map(Amount::Fixed)
        };
        let instalments = self.instalments(today, amount_rule, &mut problems);
        // With instalments the event is due with the last one (their rows carry the problems).
        let has_rows =
            self.instalments.iter().any(|(amount, date)| !amount.trim().is_empty() || !date.trim().is_empty());
        let due_date = match instalments.last() {
            Some(last) => Some(last.due_date),
            None if has_rows => None,
            None => date(EventField::DueDate, &self.due_date, today, &mut problems),
        };
        let iban = check_iban(&self.iban).map_err(|problem| problems.push((EventField::Iban, problem))).ok();
        let target = self.target(&mut problems);
        match (category, amount_rule, due_date, iban, target) {
            (Some(category), Some(amount), Some(due_date), Some(iban), Some(target)) if problems.is_empty() => {
                Ok(EventDraft {
                    reason,
                    description,
                    category,
                    amount,
                    due_date,
                    payable_after_due: self.payable_after_due,
                    iban,
                    tax_deductible: self.tax_deductible,
                    target,
                    instalments,
                })
            }
            _ => Err(problems),
        }
    }

    fn instalments(&self, today: Date, rule: Option<Amount>, problems: &mut Problems) -> Vec<Instalment> {
        let rows: Vec<(usize, &(String, String))> = self
            .instalments
            .iter()
            .enumerate()
            .filter(|(_, (amount, date))| !amount.trim().is_empty() || !date.trim().is_empty())
            .collect();
        if rows.is_empty() {
            return Vec::new();
        }
        let before = problems.len();
        let mut instalments = Vec::new();
        for (row, (typed_amount, typed_date)) in &rows {
            let field = EventField::Instalment(u8::try_from(*row).unwrap_or(u8::MAX));
            if *row >= MAX_INSTALMENTS {
                problems.push((field, EventProblem::InstalmentOrder));
                continue;
            }
            let mut mine = Problems::new();
            let cents = amount(field, typed_amount, &mut mine);
            let due = date(field, typed_date, today, &mut mine);
            match (cents, due) {
                (Some(amount), Some(due_date)) => instalments.push(Instalment { amount, due_date }),
                _ => problems.push((field, EventProblem::InstalmentIncomplete)),
            }
        }
        let first = EventField::Instalment(u8::try_from(rows[0].0).unwrap_or(0));
        if matches!(rule, Some(Amount::Changeable { .. })) {
            problems.push((first, EventProblem::InstalmentChangeable));
        }
        if problems.len() > before {
            return Vec::new();
        }
        if instalments.len() < 2 || instalments.windows(2).any(|pair| pair[0].due_date >= pair[1].due_date) {
            problems.push((first, EventProblem::InstalmentOrder));
            return Vec::new();
        }
        let sum = Cents::checked_sum(instalments.iter().map(|i| i.amount));
        if let (Some(sum), Some(Amount::Fixed(amount))) = (sum, rule) {
            if sum != amount {
                problems.push((first, EventProblem::InstalmentSum(sum)));
                return Vec::new();
            }
        }
        instalments
    }

    fn target(&self, problems: &mut Problems) -> Option<Target> {
        match self.target.trim() {
            Target::SCHOOL => Some(Target::School),
            Target::CLASSES => {
                let mut classes: Vec<String> =
                    self.classes.iter().map(|c| c.trim().to_string()).filter(|c| !c.is_empty()).collect();
                classes.sort();
                classes.dedup();
                if classes.is_empty() {
                    problems.push((EventField::Classes, EventProblem::NoClass));
                    return None;
                }
                Some(Target::Classes(classes))
            }
            Target::PUPILS => {
                let mut pupils = Vec::new();
                for typed in self.pupils.split(|c: char| c.is_whitespace() || c == ',' || c == ';') {
                    if typed.is_empty() {
                        continue;
                    }
                    match CodiceFiscale::parse(typed) {
                        Ok(cf) if !pupils.contains(&cf) => pupils.push(cf),
                        Ok(_) => {}
                        Err(_) => {
                            problems.push((EventField::Pupils, EventProblem::UnknownPupil(typed.to_uppercase())));
                            return None;
                        }
                    }
                }
                if pupils.is_empty() {
                    problems.push((EventField::Pupils, EventProblem::NoPupil));
                    return None;
                }
                if pupils.len() > MAX_PUPILS {
                    problems.push((EventField::Pupils, EventProblem::TooManyPupils));
                    return None;
                }
                Some(Target::Pupils(pupils))
            }
            _ => {
                problems.push((EventField::Target, EventProblem::Required));
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const IBAN: &str = "IT60 X054 2811 1010 0000 0123 456";

    fn today() -> Date {
        Date::new(2026, 12, 1).unwrap()
    }

    fn form() -> EventForm {
        EventForm {
            reason: "Uscita al museo".into(),
            category: "trip".into(),
            amount: "12,50".into(),
            due_date: "20/12/2026".into(),
            iban: IBAN.into(),
            target: "classi".into(),
            classes: vec!["3A".into(), " 3A ".into()],
            ..EventForm::default()
        }
    }

    fn problems(form: &EventForm) -> Problems {
        form.check(today()).expect_err("refused")
    }

    #[test]
    fn a_good_form_becomes_a_draft() {
        let draft = form().check(today()).expect("valid");
        assert_eq!(draft.amount, Amount::Fixed(Cents::from_const(1250)));
        assert_eq!(draft.iban, "IT60X0542811101000000123456");
        assert_eq!(draft.target, Target::Classes(vec!["3A".into()]));
        assert_eq!(draft.last_payable_day(draft.due_date), draft.due_date);
        let later = EventDraft { payable_after_due: true, ..draft };
        assert_eq!(later.last_payable_day(later.due_date), Date::new(2027, 8, 31).unwrap());
    }

    #[test]
    fn each_problem_is_at_its_field() {
        let bad = EventForm {
            reason: " ".into(),
            category: "party".into(),
            amount: "dodici".into(),
            due_date: "30/11/2026".into(),
            iban: "IT60 X054 2811 1010 0000 0123 457".into(),
            target: "classi".into(),
            classes: vec![],
            ..form()
        };
        let found = problems(&bad);
        assert!(found.contains(&(EventField::Reason, EventProblem::Required)));
        assert!(found.contains(&(EventField::Category, EventProblem::UnknownCategory)));
        assert!(found.contains(&(EventField::Amount, EventProblem::NotAnAmount)));
        assert!(found.contains(&(EventField::DueDate, EventProblem::InThePast)));
        assert!(found.contains(&(EventField::Iban, EventProblem::IbanInvalid)));
        assert!(found.contains(&(EventField::Classes, EventProblem::NoClass)));
        let foreign = EventForm { iban: "DE89 3704 0044 0532 0130 00".into(), ..form() };
        assert_eq!(problems(&foreign), vec![(EventField::Iban, EventProblem::IbanNotItalian)]);
        let long = EventForm { reason: "x".repeat(141), ..form() };
        assert_eq!(problems(&long), vec![(EventField::Reason, EventProblem::TooLong(140))]);
    }

    #[test]
    fn a_changeable_amount_stays_within_its_limits() {
        let ok = EventForm { amount_editable: true, min: "5".into(), max: "500".into(), amount: "30".into(), ..form() };
        let draft = ok.check(today()).expect("valid");
        assert!(matches!(draft.amount, Amount::Changeable { .. }));
        let outside = EventForm { amount: "600".into(), ..ok };
        assert_eq!(problems(&outside), vec![(EventField::Min, EventProblem::Limits)]);
    }

    #[test]
    fn instalments_add_up_with_increasing_dates() {
        let split = EventForm {
            amount: "300,00".into(),
            due_date: String::new(),
            instalments: vec![
                ("100".into(), "15/12/2026".into()),
                (String::new(), String::new()),
                ("200".into(), "15/02/2027".into()),
            ],
            ..form()
        };
        let draft = split.check(today()).expect("valid");
        assert_eq!(draft.instalments.len(), 2);
        assert_eq!(draft.due_date, Date::new(2027, 2, 15).unwrap());
        let wrong_sum = EventForm { amount: "250,00".into(), ..split.clone() };
        assert_eq!(
            problems(&wrong_sum),
            vec![(EventField::Instalment(0), EventProblem::InstalmentSum(Cents::from_const(30000)))]
        );
        let mut backwards = split.clone();
        backwards.instalments.swap(0, 2);
        backwards.instalments[0].0 = "200".into();
        backwards.instalments[2].0 = "100".into();
        assert_eq!(problems(&backwards), vec![(EventField::Instalment(0), EventProblem::InstalmentOrder)]);
        let half = EventForm { instalments: vec![("100".into(), String::new())], ..split };
        assert_eq!(problems(&half), vec![(EventField::Instalment(0), EventProblem::InstalmentIncomplete)]);
    }

    #[test]
    fn pupils_are_codici_fiscali() {
        let pupils =
            EventForm { target: "alunni".into(), pupils: "rssmra80a01h501u, RSSMRA80A01H501U\n".into(), ..form() };
        let draft = pupils.check(today()).expect("valid");
        assert!(matches!(draft.target, Target::Pupils(ref list) if list.len() == 1));
        let bad = EventForm { pupils: "NONVALIDO".into(), ..pupils };
        assert_eq!(problems(&bad), vec![(EventField::Pupils, EventProblem::UnknownPupil("NONVALIDO".into()))]);
        let nobody = EventForm { target: "alunni".into(), pupils: " ".into(), ..form() };
        assert_eq!(problems(&nobody), vec![(EventField::Pupils, EventProblem::NoPupil)]);
    }
}
