//! The registration form and its checks. The same checks run in the browser (live hints) and on
//! the server (the ones that count); the server adds the birthplace registry and the captcha.

use super::birthplace::Date;
use super::codice_fiscale::{CodiceFiscale, CodiceFiscaleError, Sex};
use super::person::{Person, PersonField};
use serde::{Deserialize, Serialize};

/// Every field of the wizard, as typed (kept as typed, so nothing is lost on a problem).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrationForm {
    pub codice_fiscale: String,
    pub surname: String,
    pub given_name: String,
    pub birth_date: String,
    /// "M" or "F".
    pub sex: String,
    /// The chosen place's code (H501, Z404, ...) and its label as shown.
    pub birthplace_code: String,
    pub birthplace_label: String,
    pub email: String,
    pub email_again: String,
    pub accept_terms: bool,
    pub accept_privacy: bool,
}

/// A form control a problem is shown at (its `name` and `id`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RegField {
    CodiceFiscale,
    Captcha,
    Surname,
    GivenName,
    BirthDate,
    Sex,
    Birthplace,
    Email,
    EmailAgain,
    Consent,
}

impl RegField {
    pub fn input_name(self) -> &'static str {
        match self {
            RegField::CodiceFiscale => "codice_fiscale",
            RegField::Captcha => "altcha",
            RegField::Surname => "surname",
            RegField::GivenName => "given_name",
            RegField::BirthDate => "birth_date",
            RegField::Sex => "sex",
            RegField::Birthplace => "birthplace_query",
            RegField::Email => "email",
            RegField::EmailAgain => "email_again",
            RegField::Consent => "accept_terms",
        }
    }
}

/// Why a field of the registration was refused; the layers above say it in the family's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RegProblem {
    Required,
    CfLength,
    CfPattern,
    CfCheck,
    /// An account with this codice fiscale exists already.
    CfTaken,
    /// The proof of work is missing, wrong or expired.
    Captcha,
    NameLatin,
    NameLong,
    DateFormat,
    /// Before 1900 or after today.
    DateFuture,
    BirthplaceUnknown,
    /// Several places have this name: the province is needed.
    BirthplaceAmbiguous,
    Email,
    EmailMismatch,
    Consent,
    CfSurname,
    CfName,
    CfBirthDate,
    CfSex,
    CfBirthplace,
    /// Longer than the field could ever hold (only a hand-made request gets here): not kept.
    TooLong,
    /// Too many registrations in progress (overall or from this address): nothing was kept.
    TryLater,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldIssue {
    pub field: RegField,
    pub problem: RegProblem,
}

impl FieldIssue {
    pub fn new(field: RegField, problem: RegProblem) -> Self {
        FieldIssue { field, problem }
    }
}

/// A coherence check of a codice fiscale with a person (see [`RegistrationForm::problems`]).
pub type Coherence = fn(&CodiceFiscale, &Person) -> Result<(), Vec<PersonField>>;

pub const NAME_MAX_CHARS: usize = 60;
pub const EMAIL_MAX_CHARS: usize = 254;
/// What a field of the wizard may hold at most as typed (the page's `maxlength`, with room
/// for spaces); beyond it the value is dropped, not stored, and the field says why.
pub const CF_INPUT_MAX_CHARS: usize = 32;
pub const TEXT_INPUT_MAX_CHARS: usize = 120;

/// Why a codice fiscale does not parse, as the form says it.
pub fn codice_fiscale_problem(error: &CodiceFiscaleError) -> RegProblem {
    match error {
        CodiceFiscaleError::Empty => RegProblem::Required,
        CodiceFiscaleError::Length(_) => RegProblem::CfLength,
        CodiceFiscaleError::CheckCharacter(_) => RegProblem::CfCheck,
        CodiceFiscaleError::Character(_) | CodiceFiscaleError::Month | CodiceFiscaleError::Day => RegProblem::CfPattern,
    }
}

pub fn check_codice_fiscale(input: &str) -> Result<CodiceFiscale, FieldIssue> {
    CodiceFiscale::parse(input).map_err(|e| FieldIssue::new(RegField::CodiceFiscale, codice_fiscale_problem(&e)))
}

/// A name as the codice fiscale knows names: Latin letters (accents allowed), spaces,
/// apostrophes, hyphens and dots.
pub fn check_name(input: &str) -> Result<(), RegProblem> {
    let name = input.trim();
    if name.is_empty() {
        return Err(RegProblem::Required);
    }
    if name.chars().count() > NAME_MAX_CHARS {
        return Err(RegProblem::NameLong);
    }
    let latin = |c: char| {
        c.is_ascii_alphabetic() || matches!(c, '\u{C0}'..='\u{24F}') && c.is_alphabetic() && c != '×' && c != '÷'
    };
    let allowed = |c: char| latin(c) || matches!(c, ' ' | '\'' | '’' | '-' | '.');
    if !name.chars().all(allowed) || !name.chars().any(latin) {
        return Err(RegProblem::NameLatin);
    }
    Ok(())
}

/// A plausible address: something@domain.tld, no spaces, not too long. The link we send is the
/// real check.
pub fn check_email(input: &str) -> Result<(), RegProblem> {
    let email = input.trim();
    if email.is_empty() {
        return Err(RegProblem::Required);
    }
    let Some((local, domain)) = email.rsplit_once('@') else { return Err(RegProblem::Email) };
    let domain_ok = domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && domain.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-');
    let ok = !local.is_empty()
        && email.chars().count() <= EMAIL_MAX_CHARS
        && !email.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | ',' | ';'))
        && !local.contains('@')
        && domain_ok;
    if ok {
        Ok(())
    } else {
        Err(RegProblem::Email)
    }
}

/// Parses the birth date and checks it is between 1900 and `today`.
pub fn check_birth_date(input: &str, today: Date) -> Result<Date, RegProblem> {
    if input.trim().is_empty() {
        return Err(RegProblem::Required);
    }
    let date = Date::parse(input.trim()).map_err(|_| RegProblem::DateFormat)?;
    if date.year < 1900 || date > today {
        return Err(RegProblem::DateFuture);
    }
    Ok(date)
}

fn person_problem(field: PersonField) -> FieldIssue {
    match field {
        PersonField::Surname => FieldIssue::new(RegField::Surname, RegProblem::CfSurname),
        PersonField::Name => FieldIssue::new(RegField::GivenName, RegProblem::CfName),
        PersonField::BirthDate => FieldIssue::new(RegField::BirthDate, RegProblem::CfBirthDate),
        PersonField::Sex => FieldIssue::new(RegField::Sex, RegProblem::CfSex),
        PersonField::Birthplace => FieldIssue::new(RegField::Birthplace, RegProblem::CfBirthplace),
    }
}

impl RegistrationForm {
    /// Trims what was typed and normalises the codes, keeping it otherwise as typed.
    pub fn tidy(mut self) -> Self {
        for field in [
            &mut self.surname,
            &mut self.given_name,
            &mut self.birth_date,
            &mut self.email,
            &mut self.email_again,
            &mut self.birthplace_label,
        ] {
            *field = field.trim().to_string();
        }
        self.codice_fiscale = self.codice_fiscale.split_whitespace().collect::<String>().to_uppercase();
        self.birthplace_code = self.birthplace_code.trim().to_uppercase();
        self.sex = self.sex.trim().to_uppercase();
        self
    }

    /// Empties every field longer than it could hold, each with its problem (`NameLong` for
    /// names, whose message says the limit; `TooLong` for the others). Run before storing.
    pub fn drop_oversized(&mut self) -> Vec<FieldIssue> {
        let mut issues = Vec::new();
        let fields = [
            (RegField::CodiceFiscale, &mut self.codice_fiscale, CF_INPUT_MAX_CHARS, RegProblem::TooLong),
            (RegField::Surname, &mut self.surname, NAME_MAX_CHARS, RegProblem::NameLong),
            (RegField::GivenName, &mut self.given_name, NAME_MAX_CHARS, RegProblem::NameLong),
            (RegField::BirthDate, &mut self.birth_date, TEXT_INPUT_MAX_CHARS, RegProblem::TooLong),
            (RegField::Sex, &mut self.sex, TEXT_INPUT_MAX_CHARS, RegProblem::TooLong),
            (RegField::Birthplace, &mut self.birthplace_label, TEXT_INPUT_MAX_CHARS, RegProblem::TooLong),
            (RegField::Birthplace, &mut self.birthplace_code, TEXT_INPUT_MAX_CHARS, RegProblem::TooLong),
            (RegField::Email, &mut self.email, EMAIL_MAX_CHARS, RegProblem::TooLong),
            (RegField::EmailAgain, &mut self.email_again, EMAIL_MAX_CHARS, RegProblem::TooLong),
        ];
        for (field, value, max, problem) in fields {
            // Names get a little room beyond their limit: the usual check then says it, value kept.
            let keep = if problem == RegProblem::NameLong { TEXT_INPUT_MAX_CHARS } else { max };
            if value.chars().nth(keep).is_some() {
                value.clear();
                issues.push(FieldIssue::new(field, problem));
            }
        }
        issues
    }

    pub fn sex(&self) -> Option<Sex> {
        match self.sex.as_str() {
            "M" => Some(Sex::Male),
            "F" => Some(Sex::Female),
            _ => None,
        }
    }

    /// Every problem of step 2, each at its field. `coherence` compares the codice fiscale with
    /// the person: the browser passes [`super::person::check`], the server
    /// `person::check_with_registry` (which also asks the birthplace register).
    pub fn problems(&self, today: Date, coherence: Coherence) -> Vec<FieldIssue> {
        let mut issues = Vec::new();
        let code = check_codice_fiscale(&self.codice_fiscale).map_err(|issue| issues.push(issue)).ok();
        for (field, value) in [(RegField::Surname, &self.surname), (RegField::GivenName, &self.given_name)] {
            if let Err(message) = check_name(value) {
                issues.push(FieldIssue::new(field, message));
            }
        }
        let date = check_birth_date(&self.birth_date, today)
            .map_err(|m| issues.push(FieldIssue::new(RegField::BirthDate, m)))
            .ok();
        let sex = self.sex();
        if sex.is_none() {
            issues.push(FieldIssue::new(RegField::Sex, RegProblem::Required));
        }
        let place_known = self.birthplace_code.len() == 4;
        if !place_known {
            issues.push(FieldIssue::new(RegField::Birthplace, RegProblem::BirthplaceUnknown));
        }
        if let Err(message) = check_email(&self.email) {
            issues.push(FieldIssue::new(RegField::Email, message));
        } else if !self.email.eq_ignore_ascii_case(&self.email_again) {
            issues.push(FieldIssue::new(RegField::EmailAgain, RegProblem::EmailMismatch));
        }
        if !(self.accept_terms && self.accept_privacy) {
            issues.push(FieldIssue::new(RegField::Consent, RegProblem::Consent));
        }
        // Coherence only once the fields it compares are each fine on their own.
        let fields_fine = |f: RegField| !issues.iter().any(|i| i.field == f);
        if let (Some(code), Some(date), Some(sex), true) = (code, date, sex, place_known) {
            let who = Person {
                surname: &self.surname,
                name: &self.given_name,
                birth_date: date,
                sex,
                birthplace_code: &self.birthplace_code,
            };
            let wrong = coherence(&code, &who).err().unwrap_or_default();
            let found: Vec<FieldIssue> =
                wrong.into_iter().map(person_problem).filter(|i| fields_fine(i.field)).collect();
            issues.extend(found);
        }
        issues
    }
}

/// The username a new account gets: "nome.cognome" in plain lower-case letters (a number is
/// added when taken).
pub fn base_username(given_name: &str, surname: &str) -> String {
    let part = |s: &str| -> String {
        super::text::fold_for_search(s).chars().filter(|c| c.is_ascii_lowercase()).take(20).collect()
    };
    let (given, family) = (part(given_name), part(surname));
    match (given.is_empty(), family.is_empty()) {
        (false, false) => format!("{given}.{family}"),
        (true, false) => family,
        (false, true) => given,
        (true, true) => "utente".into(),
    }
}

#[cfg(test)]
mod tests;
