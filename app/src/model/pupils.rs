//! The office's classes, pupils and payers as its pages see them.

use super::OfficeSchool;
use domain::roster::{Problem, Reason};
use serde::{Deserialize, Serialize};

/// A class of the school with how many pupils it has, and how many of them no payer can see.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClassCount {
    pub name: String,
    pub pupils: i64,
    pub without_payer: i64,
}

/// One line of the pupils' list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PupilRow {
    pub id: i64,
    pub codice_fiscale: String,
    pub surname: String,
    pub given_name: String,
    pub class_name: String,
    /// Payers recorded, and those of them with an account that sees the pupil.
    pub payers: i64,
    pub vouched: i64,
}

/// What the list shows: `?classe=`, `?cerca=`, `?senza-genitore=1`, `?pagina=`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PupilFilter {
    pub class: Option<String>,
    pub search: Option<String>,
    pub without_payer: bool,
    /// From 1.
    pub page: u32,
}

/// `/segreteria/{codice}/alunni`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PupilsView {
    pub school: OfficeSchool,
    pub classes: Vec<ClassCount>,
    pub pupils: Vec<PupilRow>,
    /// Pupils matching the filter (all pages).
    pub total: i64,
    pub pages: u32,
    pub filter: PupilFilter,
    /// Pupils of the school, and those no payer sees (the families' first complaint).
    pub all_pupils: i64,
    pub all_without_payer: i64,
    pub flash: PupilsFlash,
}

/// Whether a payer's account sees the pupil.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PayerState {
    /// A registered account with this codice fiscale and the verified email the school recorded.
    ByEmail,
    /// An account redeemed an activation code for this payer.
    ByCode,
    /// Nobody sees the pupil through this payer yet.
    NotYet,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PupilPayer {
    pub codice_fiscale: String,
    pub surname: Option<String>,
    pub given_name: Option<String>,
    pub email: Option<String>,
    pub state: PayerState,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PupilDetail {
    pub id: i64,
    pub codice_fiscale: String,
    pub surname: String,
    pub given_name: String,
    pub class_name: String,
}

/// `/segreteria/{codice}/alunni/{id}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PupilView {
    pub school: OfficeSchool,
    pub pupil: PupilDetail,
    pub payers: Vec<PupilPayer>,
    /// The school's classes, for the class picker.
    pub classes: Vec<String>,
    pub flash: PupilsFlash,
}

/// Which of the office's pupil forms a flash is about.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum PupilsForm {
    #[default]
    AddClass,
    AddPupil,
    EditPupil,
    AddPayer,
    /// Editing one payer (its codice fiscale is in the values as `payer`).
    EditPayer,
}

/// What a pupil form's answer carries back over the redirect.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PupilsFlash {
    pub form: PupilsForm,
    /// (input name, reason), in the form's order.
    pub problems: Vec<(String, Reason)>,
    /// What was typed, to put back.
    pub values: Vec<(String, String)>,
    /// What was done, for the confirmation line.
    pub done: Option<crate::i18n::PupilsMsg>,
}

impl PupilsFlash {
    pub fn problem_at(&self, form: PupilsForm, field: &str) -> Option<Reason> {
        (self.form == form).then(|| self.problems.iter().find(|(f, _)| f == field).map(|(_, r)| *r)).flatten()
    }
    pub fn value(&self, form: PupilsForm, field: &str) -> String {
        if self.form != form {
            return String::new();
        }
        self.values.iter().find(|(f, _)| f == field).map(|(_, v)| v.clone()).unwrap_or_default()
    }
}

/// What one import did: counts, or the problems (then nothing was imported).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportOutcome {
    pub id: i64,
    pub file_name: String,
    pub added: i64,
    pub updated: i64,
    pub payers: i64,
    pub problems: Option<Vec<Problem>>,
}

/// `/segreteria/{codice}/importa`, with `?esito={id}` after an upload.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportView {
    pub school: OfficeSchool,
    pub outcome: Option<ImportOutcome>,
}
