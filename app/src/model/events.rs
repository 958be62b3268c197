//! What the office's event pages show: the list by state, one event with its publishing
//! progress, and its report per pupil.

use domain::birthplace::Date;
use domain::payment_event::{EventField, EventForm, EventProblem, Instalment};
use domain::{Cents, EventCategory, EventState, NoticeState};
use serde::{Deserialize, Serialize};

/// One event in the list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventSummary {
    pub id: i64,
    pub reason: String,
    pub state: EventState,
    pub amount: Cents,
    pub due_date: Date,
    /// Notices made, and how many of them are paid.
    pub notices: i64,
    pub paid: i64,
}

/// One event as the office sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDetail {
    pub id: i64,
    pub reason: String,
    pub description: String,
    pub category: EventCategory,
    pub amount: Cents,
    pub limits: Option<(Cents, Cents)>,
    pub due_date: Date,
    pub expires_on: Date,
    pub iban: String,
    pub tax_deductible: bool,
    pub state: EventState,
    /// "school", "classes" or "pupils", and the classes or pupils' codici fiscali.
    pub target_kind: String,
    pub classes: Vec<String>,
    pub pupils: Vec<String>,
    pub instalments: Vec<Instalment>,
    /// Notices to make and made while publishing.
    pub publish_target: i64,
    pub publish_done: i64,
    /// Whether a notice of it has been paid (or is being paid): then it can no longer change.
    pub has_payments: bool,
}

impl EventDetail {
    pub fn is_publishing(&self) -> bool {
        self.state == EventState::Published && self.publish_done < self.publish_target
    }

    /// The form filled with this event, for editing.
    pub fn to_form(&self) -> EventForm {
        let (amount_editable, min, max) = match self.limits {
            Some((min, max)) => (true, min.to_italian(), max.to_italian()),
            None => (false, String::new(), String::new()),
        };
        EventForm {
            reason: self.reason.clone(),
            description: self.description.clone(),
            category: self.category.code().into(),
            amount: self.amount.to_italian(),
            amount_editable,
            min,
            max,
            due_date: if self.instalments.is_empty() { self.due_date.to_italian() } else { String::new() },
            payable_after_due: self.expires_on > self.due_date,
            iban: self.iban.clone(),
            tax_deductible: self.tax_deductible,
            target: match self.target_kind.as_str() {
                "school" => "scuola",
                "classes" => "classi",
                _ => "alunni",
            }
            .into(),
            classes: self.classes.clone(),
            pupils: self.pupils.join("\n"),
            instalments: self.instalments.iter().map(|i| (i.amount.to_italian(), i.due_date.to_italian())).collect(),
        }
    }
}

/// One notice of the event in its report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportRow {
    pub notice_id: i64,
    pub pupil_cf: String,
    pub surname: String,
    pub given_name: String,
    pub class_name: String,
    /// 0: the only notice; 1.. the instalment.
    pub instalment: i64,
    pub number: String,
    pub amount: Cents,
    pub due_date: Date,
    pub state: NoticeState,
}

/// The report's totals over every notice of the event (not only the rows a search shows).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportTotals {
    /// What the valid and paid notices ask for, and what was paid.
    pub due: Cents,
    pub paid: Cents,
    pub paid_count: i64,
    pub unpaid_count: i64,
    pub revoked_count: i64,
}

/// The answer of the event form, kept for the page after the redirect.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventFormFlash {
    pub event_id: Option<i64>,
    pub typed: EventForm,
    pub problems: Vec<(EventField, EventProblem)>,
}

/// The event page: the school's classes for the form, the event, its report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventPage {
    pub school: super::OfficeSchool,
    pub event: EventDetail,
    pub rows: Vec<ReportRow>,
    pub totals: ReportTotals,
    pub search: String,
    pub representatives: super::EventRepresentatives,
}
