//! Voluntary payments as pages see them: a school's items, the form's problems and the notice
//! it issued.

use super::School;
use domain::birthplace::Date;
use domain::voluntary::{AmountRule, Period, VolField, VolProblem, VoluntaryForm};
use domain::{Cents, NoticeNumber};
use serde::{Deserialize, Serialize};

/// One item a school offers for voluntary payment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoluntaryItem {
    pub id: i64,
    pub reason: String,
    /// `payment_events.category`: trip, insurance, contribution, material, tax, other.
    pub category: String,
    pub amount: AmountRule,
    pub payable_from: Date,
    pub payable_until: Date,
    pub tax_deductible: bool,
    /// On the day the page was asked for.
    pub period: Period,
}

/// `/versamenti-volontari/{codice}`: the school, its items, and the one chosen (with `?voce=`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoluntarySchoolView {
    pub school: School,
    pub items: Vec<VoluntaryItem>,
    pub chosen: Option<VoluntaryItem>,
    /// Signed in: no email is asked, and the notice is the account's.
    pub signed_in: bool,
    pub flash: VoluntaryFlash,
}

/// What the form's answer carries back over the redirect.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoluntaryFlash {
    /// The item the form was for (another item's page ignores it).
    pub item_id: i64,
    pub problems: Vec<(VolField, VolProblem)>,
    /// What was typed, to put back.
    pub typed: VoluntaryForm,
    /// Why nothing was issued (the item closed meanwhile, too many notices).
    pub refusal: Option<crate::i18n::VoluntaryMsg>,
    /// A reason the notice could not be paid at once.
    pub note: Option<crate::i18n::PaymentMsg>,
    /// The notice issued for "Scarica documento di pagamento".
    pub issued: Option<IssuedView>,
}

impl VoluntaryFlash {
    pub fn problem_at(&self, field: VolField) -> Option<VolProblem> {
        self.problems.iter().find(|(f, _)| *f == field).map(|(_, p)| *p)
    }
}

/// A notice just issued, as the confirmation shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssuedView {
    pub notice_id: i64,
    pub number: NoticeNumber,
    pub reason: String,
    pub amount: Cents,
    pub due: Date,
    /// The payment notice's address (with its access key for a payer without an account).
    pub document: String,
}

/// An item as the office's list shows it: with its account and what it collected.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficeVoluntaryItem {
    pub item: VoluntaryItem,
    pub iban: String,
    /// Notices issued for it, and how many of them are paid.
    pub issued: i64,
    pub paid: i64,
}

/// The office's form of an item after a refusal: what was typed and each problem at its field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemFormFlash {
    /// The item changed (none: a new one).
    pub item_id: Option<i64>,
    pub typed: domain::voluntary_item::ItemForm,
    pub problems: Vec<(domain::voluntary_item::ItemField, domain::payment_event::EventProblem)>,
    /// Another item already has the reason.
    pub reason_taken: bool,
}

/// `/segreteria/{codice}/versamenti-volontari`: the school's items, and the form filled with
/// the item being changed (`?voce=`), what was typed after a refusal, or empty.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficeVoluntaryView {
    pub school: super::OfficeSchool,
    pub items: Vec<OfficeVoluntaryItem>,
    pub form: ItemFormFlash,
}
