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
    /// Step 1 of registration refused before any draft was stored (captcha, limits).
    Registration,
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
}

/// What opening the emailed verification link did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum VerifyOutcome {
    Verified,
    AlreadyVerified,
    Invalid,
}

mod payments;
pub use payments::*;
