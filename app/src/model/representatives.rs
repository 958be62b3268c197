//! Class representatives: a parent the office delegates to pay, for one payment event, the
//! notices of one class. pagoPA takes at most five notices per payment, so the representative
//! pays the pupils' own notices in carts of five (README, "Class representatives", says why).

use super::NoticeSummary;
use domain::birthplace::Date;
use serde::{Deserialize, Serialize};

/// A representative of an event's class, as the office sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventRepresentative {
    pub id: i64,
    pub class_name: String,
    /// "Rossi Maria".
    pub name: String,
    pub codice_fiscale: String,
}

/// Why the office's delegation was refused, at the field it concerns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RepresentativeProblem {
    /// Not a class with notices of this event.
    UnknownClass,
    /// Not a well-formed codice fiscale.
    CodiceFiscale,
    /// No registered parent of the class, seen by the school, has this codice fiscale.
    NotAParentOfTheClass,
}

/// What the office typed, and why it was refused, carried over a redirect.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RepresentativeFlash {
    pub event_id: i64,
    pub class_name: String,
    pub codice_fiscale: String,
    pub problem: Option<RepresentativeProblem>,
}

/// The event page's representatives part: the classes that have notices of the event, who
/// represents which, and the form's last refusal.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventRepresentatives {
    pub classes: Vec<String>,
    pub delegated: Vec<EventRepresentative>,
    pub flash: Option<RepresentativeFlash>,
}

/// One delegation as the representative sees it, with the class's notices of the event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClassDelegation {
    pub id: i64,
    pub event_id: i64,
    pub reason: String,
    pub school_name: String,
    pub class_name: String,
    pub due_date: Date,
    pub tax_deductible: bool,
    pub notices: Vec<NoticeSummary>,
}

impl ClassDelegation {
    /// The notices that can be paid now (not paid, revoked, expired or held by a payment).
    pub fn payable(&self) -> impl Iterator<Item = &NoticeSummary> {
        self.notices.iter().filter(|notice| notice.refusal().is_none())
    }
}

/// The representative's page: every delegation of the account.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RepresentativeView {
    pub delegations: Vec<ClassDelegation>,
}
