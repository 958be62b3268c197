//! Who sees a pupil's notices, as the office's activation page and the family's "Non vedi un
//! figlio?" form show it, and what their forms carry back over a redirect.

use super::OfficeSchool;
use crate::i18n::OfficeMsg;
use domain::birthplace::Date;
use domain::codice_fiscale::CodiceFiscale;
use serde::{Deserialize, Serialize};

/// How a payer of a pupil reaches the pupil's notices.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PayerAccess {
    /// The account's verified email is the one the office recorded.
    ByEmail,
    /// The account redeemed an activation code.
    ByCode,
    /// An account with this codice fiscale exists, but the school does not vouch for it yet.
    NotVouched,
    /// Nobody registered with this codice fiscale yet.
    NoAccount,
}

impl PayerAccess {
    pub fn sees(self) -> bool {
        matches!(self, PayerAccess::ByEmail | PayerAccess::ByCode)
    }
}

/// One payer of the pupil, on the office's activation page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PayerView {
    pub codice_fiscale: CodiceFiscale,
    /// "Maria Rossi", when the office recorded the name.
    pub name: Option<String>,
    /// The address the office recorded (lower-cased), if any.
    pub email: Option<String>,
    pub access: PayerAccess,
    /// The last day (in Rome) a code handed out and not yet used still works.
    pub code_valid_until: Option<Date>,
}

/// The printable letter with a new code (shown once, right after it was made).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivationLetter {
    pub payer_codice_fiscale: CodiceFiscale,
    /// "ABCD-EFGH-JKMN", as printed.
    pub code: String,
    pub valid_until: Date,
}

/// `/segreteria/{codice}/alunni/{id}/attivazione`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivationPage {
    pub school: OfficeSchool,
    pub pupil_id: i64,
    pub pupil_name: String,
    pub pupil_codice_fiscale: CodiceFiscale,
    pub class_name: String,
    pub payers: Vec<PayerView>,
    /// The letter just made, or the outcome of the last button.
    pub letter: Option<ActivationLetter>,
    pub notice: Option<OfficeMsg>,
    /// The family page's public address, printed on the letter.
    pub family_url: String,
}

/// What the activation forms (the family's and the office's) carry over the redirect.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivationFlash {
    /// The family's form: the problem at the code field, and what was typed.
    pub problem: Option<OfficeMsg>,
    pub typed: String,
    /// The family's form: the child who is now visible.
    pub child: Option<String>,
    /// The office: the letter just made (its page shows it once).
    pub letter: Option<(i64, ActivationLetter)>,
    /// The office: a notice for the page (e.g. the email is queued).
    pub notice: Option<OfficeMsg>,
}

/// One school on `/admin`: code, name and how many office accounts it has.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminSchoolRow {
    pub code: domain::SchoolCode,
    pub name: String,
    pub town: String,
    pub staff: i64,
}

/// `/admin`: the schools with an office, and the forms' last answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminPage {
    pub schools: Vec<AdminSchoolRow>,
    pub flash: AdminFlash,
}

/// What the administration's forms carry over the redirect: the problem at each field (by the
/// field's name), what was typed, and the outcome.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminFlash {
    /// "school" or "staff": the form the problems and values belong to.
    pub form: String,
    pub problems: Vec<(String, OfficeMsg)>,
    pub values: Vec<(String, String)>,
    pub notice: Option<OfficeMsg>,
}

impl AdminFlash {
    pub fn problem_at(&self, form: &str, field: &str) -> Option<OfficeMsg> {
        (self.form == form).then(|| self.problems.iter().find(|(f, _)| f == field).map(|(_, m)| *m)).flatten()
    }
    pub fn value(&self, form: &str, field: &str) -> String {
        (self.form == form)
            .then(|| self.values.iter().find(|(f, _)| f == field).map(|(_, v)| v.clone()))
            .flatten()
            .unwrap_or_default()
    }
}
