//! What the server sends to pages and islands: plain serialisable data.

use domain::{DirectoryQuery, SchoolKind};
use serde::{Deserialize, Serialize};

/// Most results the directory lists at once; beyond this the family is asked to narrow down.
pub const DIRECTORY_PAGE_SIZE: usize = 50;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SchoolSummary {
    pub code: domain::SchoolCode,
    pub name: String,
    pub kind: SchoolKind,
    pub town: String,
    pub province: String,
    /// "Istituto comprensivo · Milano (MI)", in the language of the request.
    #[serde(default)]
    pub place: String,
}

/// A problem of the search form, with its words in the language of the request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShownProblem {
    pub field: domain::Field,
    pub problem: domain::Problem,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct School {
    pub code: domain::SchoolCode,
    pub name: String,
    pub kind: SchoolKind,
    pub address: String,
    pub postcode: String,
    pub town: String,
    pub province: String,
    pub region: String,
    pub creditor_fiscal_code: domain::OrganisationFiscalCode,
    pub email: String,
}

/// One option of a select: the value sent and the label shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub value: String,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SearchOutcome {
    NotAsked,
    Invalid(Vec<ShownProblem>),
    /// `said`: "3 scuole trovate", in the language of the request.
    Found {
        schools: Vec<SchoolSummary>,
        truncated: bool,
        said: String,
    },
}

/// Everything the directory page shows: the form as filled, its choices, and the outcome.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryPage {
    pub query: DirectoryQuery,
    pub regions: Vec<Choice>,
    pub provinces: Vec<Choice>,
    pub towns: Vec<Choice>,
    pub outcome: SearchOutcome,
}

/// One message as the development mailbox shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct OutboxMessage {
    pub id: i64,
    pub kind: String,
    pub recipient: String,
    pub subject: String,
    pub body_text: String,
    pub created_at: i64,
    pub sent_at: Option<i64>,
}

/// The registration wizard as the server keeps it between steps (a draft per browser).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrationDraft {
    /// 1 codice fiscale, 2 details, 3 review, 4 saved.
    pub step: u8,
    pub form: domain::registration::RegistrationForm,
    pub issues: Vec<domain::registration::FieldIssue>,
    /// The codice fiscale has an account already: the page offers credential recovery.
    pub existing_account: bool,
    /// Step 4: the account just saved, for "Invia di nuovo l'email" and "Correggi l'email".
    #[serde(default)]
    pub account_id: Option<i64>,
    /// Step 4 shows the email field again, with the address typed before.
    #[serde(default)]
    pub correcting_email: bool,
    /// Step 4: the email was just sent again (or to the corrected address).
    #[serde(default)]
    pub resent: bool,
    /// Step 4: too many sends; another is possible from this instant (Unix seconds).
    #[serde(default)]
    pub retry_after: Option<i64>,
}

/// What the family home shows about the account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FamilyOverview {
    pub given_name: String,
    pub surname: String,
    pub username: String,
    pub codice_fiscale: domain::codice_fiscale::CodiceFiscale,
    pub email: String,
    /// The day (in Rome) the current conditions were accepted.
    pub conditions_accepted_on: Option<domain::birthplace::Date>,
}

/// The page a flash is for: only that page shows (and clears) it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum FlashTarget {
    #[default]
    Login,
    Password,
    Recovery,
    Reset,
    Conditions,
    Family,
    Notices,
    Cart,
    Payment,
    /// `/paga-avviso`: a payment by number that could not start.
    PayNotice,
    /// Step 1 of registration refused before any draft was stored (captcha, limits).
    Registration,
    /// The voluntary payment form (`/versamenti-volontari/{codice}`).
    Voluntary,
    /// The family's activation code form (`/famiglia`, "Non vedi un figlio?").
    Activation,
    /// The office's activation page of one pupil.
    OfficeActivation,
    /// The platform administration's forms (`/admin`).
    Admin,
    /// The office's pupil, class and payer forms.
    Pupils,
    /// The office's payment event form, and the event page's actions.
    Event,
    /// The event page's class representative form.
    Representative,
    /// The representative's page (`/rappresentante`): payments that could not start.
    ClassPayment,
    /// The office's voluntary item form.
    VoluntaryItem,
}

/// A page's one-off notice or form problems, carried over a redirect (see `auth::flash`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flash {
    /// Which page it belongs to.
    pub form: FlashTarget,
    /// A notice for the whole page.
    pub notice: Option<crate::i18n::AccountMsg>,
    /// Problems at fields: (input name, message).
    pub issues: Vec<(String, crate::i18n::AccountMsg)>,
    /// What was typed (never passwords), to put back into the form.
    pub values: Vec<(String, String)>,
    /// What happened to notices, carts and payments, each about one notice when it says so.
    #[serde(default)]
    pub notes: Vec<PaymentNote>,
    /// The voluntary payment form's problems, or the notice it issued.
    #[serde(default)]
    pub voluntary: Option<VoluntaryFlash>,
    /// The activation forms' problems and outcomes (the family's and the office's).
    #[serde(default)]
    pub activation: Option<ActivationFlash>,
    /// The administration's forms.
    #[serde(default)]
    pub admin: Option<AdminFlash>,
    /// The office's pupil forms' problems or what they did.
    #[serde(default)]
    pub pupils: Option<PupilsFlash>,
    /// The payment event form's problems and what was typed.
    #[serde(default)]
    pub event: Option<EventFormFlash>,
    /// The class representative form's problem and what was typed.
    #[serde(default)]
    pub representative: Option<RepresentativeFlash>,
    /// The office's voluntary item form's problems and what was typed.
    #[serde(default)]
    pub voluntary_item: Option<ItemFormFlash>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentNote {
    pub message: crate::i18n::PaymentMsg,
    /// The notice's reason and child ("Gita a Verona, Giulia"), when the note is about one.
    pub about: Option<String>,
}

impl Flash {
    pub fn for_form(form: FlashTarget) -> Self {
        Flash { form, ..Default::default() }
    }
    pub fn issue_at(&self, field: &str) -> Option<crate::i18n::AccountMsg> {
        self.issues.iter().find(|(name, _)| name == field).map(|(_, m)| *m)
    }
    pub fn value(&self, field: &str) -> String {
        self.values.iter().find(|(name, _)| name == field).map(|(_, v)| v.clone()).unwrap_or_default()
    }
}

/// The logged-in person as the header shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountSummary {
    pub given_name: String,
    pub must_change_password: bool,
    /// Where log-in lands this account: the family page, or for staff and administrators
    /// without children to see, their console.
    #[serde(default)]
    pub home: String,
}

/// What opening the emailed verification link did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum VerifyOutcome {
    Verified,
    AlreadyVerified,
    Invalid,
}

mod pay_notice;
mod payments;
pub use pay_notice::*;
pub use payments::*;
mod voluntary;
pub use voluntary::*;
mod pupils;
pub use pupils::*;
mod events;
mod office;
pub use events::*;
pub use office::*;
mod activation;
pub use activation::*;
mod reports;
pub use reports::*;
mod representatives;
pub use representatives::*;
