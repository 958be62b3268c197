//! Coherence of a codice fiscale with the data its holder typed: the registration review must
//! say which fields disagree. The pure check also runs in the browser; the registry check (was
//! the place code in use on the birth date?) only on the server, where the registry lives.

use super::birthplace::Date;
use super::codice_fiscale::{name_code, surname_code, CodiceFiscale, Sex};
use serde::{Deserialize, Serialize};

/// A field of the personal data that disagrees with the codice fiscale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PersonField {
    Surname,
    Name,
    BirthDate,
    Sex,
    Birthplace,
}

/// What the person typed, borrowed so a form can be checked without copying it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Person<'a> {
    pub surname: &'a str,
    pub name: &'a str,
    pub birth_date: Date,
    pub sex: Sex,
    /// Cadastral or `Z` code of the place of birth (case and spaces ignored).
    pub birthplace_code: &'a str,
}

/// `Ok` when the code agrees with every field, else the fields that disagree, in
/// [`PersonField`] order. Omocodic codes are compared after undoing omocodia. The code holds
/// only the last two digits of the year, so any century agrees.
pub fn check(code: &CodiceFiscale, person: &Person) -> Result<(), Vec<PersonField>> {
    let decoded = code.decode();
    let date = person.birth_date;
    let mut wrong = Vec::new();
    if decoded.surname_code != surname_code(person.surname) {
        wrong.push(PersonField::Surname);
    }
    if decoded.name_code != name_code(person.name) {
        wrong.push(PersonField::Name);
    }
    let same_day = date.is_valid()
        && date.year % 100 == u16::from(decoded.year_of_century)
        && (date.month, date.day) == (decoded.month, decoded.day);
    if !same_day {
        wrong.push(PersonField::BirthDate);
    }
    if decoded.sex != person.sex {
        wrong.push(PersonField::Sex);
    }
    if !decoded.place_code.eq_ignore_ascii_case(person.birthplace_code.trim()) {
        wrong.push(PersonField::Birthplace);
    }
    if wrong.is_empty() {
        Ok(())
    } else {
        Err(wrong)
    }
}

/// [`check`], and also the code's place must be known to the registry and still in use on the
/// birth date (see [`super::birthplace::plausible_on`] for how lax that is).
#[cfg(any(test, feature = "registry"))]
pub fn check_with_registry(code: &CodiceFiscale, person: &Person) -> Result<(), Vec<PersonField>> {
    let mut wrong = check(code, person).err().unwrap_or_default();
    let place_known = super::birthplace::plausible_on(&code.decode().place_code, person.birth_date);
    if !place_known && !wrong.contains(&PersonField::Birthplace) {
        wrong.push(PersonField::Birthplace);
    }
    if wrong.is_empty() {
        Ok(())
    } else {
        Err(wrong)
    }
}

#[cfg(test)]
mod tests;
