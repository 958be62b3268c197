//! The registration form (every field check, and the codice fiscale against the person, with the
//! birthplace register) and the birthplace autocomplete.

use super::values::TODAY;
use crate::ensure;
use crate::gen::Gen;
use crate::report::Report;
use crate::seeds;
use domain::birthplace::{self, Date};
use domain::codice_fiscale::{encode, Sex};
use domain::person;
use domain::registration::{check_email, check_name, RegistrationForm};

const EMAILS: &[&str] = &["maria.rossi@example.it", "a@b.co", "nome+tag@posta.example.org", "ü@è.it"];

/// A form as typed, and whether it is a coherent registration left untouched.
#[derive(Debug)]
struct Typed {
    form: RegistrationForm,
    pristine: bool,
}

fn coherent_form(g: &mut Gen) -> RegistrationForm {
    let year = g.range_u64(1900..=2026) as u16;
    let month = g.range_u64(1..=if year == 2026 { 11 } else { 12 }) as u8;
    let day = g.range_u64(1..=u64::from(Date::days_in_month(year, month))) as u8;
    let sex = if g.one_in(2) { Sex::Male } else { Sex::Female };
    let (surname, name, place) = (*g.pick(seeds::SURNAMES), *g.pick(seeds::NAMES), *g.pick(seeds::PLACES));
    let code = encode(surname, name, year, month, day, sex, place).expect("seed codes are valid");
    let variants = code.omocode_variants();
    let code = if g.one_in(3) { variants[g.below(8)].clone() } else { code };
    let date = Date { year, month, day };
    let email = g.pick(EMAILS).to_string();
    RegistrationForm {
        codice_fiscale: if g.one_in(2) { code.to_string().to_lowercase() } else { code.to_string() },
        surname: surname.into(),
        given_name: name.into(),
        birth_date: if g.one_in(2) { date.to_string() } else { date.to_italian() },
        sex: (if sex == Sex::Male { "M" } else { "f" }).into(),
        birthplace_code: place.into(),
        birthplace_label: format!("{place} (XX)"),
        // Retyped in capitals: only ASCII case is ignored when comparing the two.
        email_again: email.to_ascii_uppercase(),
        email,
        accept_terms: true,
        accept_privacy: true,
    }
}

pub fn registration(g: &mut Gen, report: &mut Report) {
    let mut form = coherent_form(g);
    let pristine = g.one_in(4);
    if !pristine {
        for _ in 0..g.below(3) + 1 {
            let fields = [
                &mut form.codice_fiscale,
                &mut form.surname,
                &mut form.given_name,
                &mut form.birth_date,
                &mut form.sex,
                &mut form.birthplace_code,
                &mut form.email,
                &mut form.email_again,
            ];
            let which = g.below(fields.len());
            let value = fields.into_iter().nth(which).expect("in range");
            *value = g.text(|_| value.clone(), &["@", ".", "'", "-", " ", "X", "M", "F", "/", "2000"]);
        }
        form.accept_terms = !g.one_in(20);
    }
    report.case(Typed { form, pristine }, |typed| {
        let tidy = typed.form.clone().tidy();
        ensure!(tidy.clone().tidy() == tidy, "tidying twice changes the form");
        let server = tidy.problems(TODAY, person::check_with_registry);
        let browser = tidy.problems(TODAY, person::check);
        ensure!(server == tidy.problems(TODAY, person::check_with_registry), "two checks differ");
        // The register can only add problems about the birthplace.
        for issue in &browser {
            ensure!(server.contains(issue), "{issue:?} found in the browser only: {server:?}");
        }
        if typed.pristine {
            ensure!(server.is_empty(), "a coherent registration refused: {server:?}");
        }
        for name in [&typed.form.surname, &typed.form.given_name] {
            if check_name(name).is_ok() {
                ensure!(name.trim().chars().any(char::is_alphabetic), "name {name:?} accepted");
            }
        }
        if check_email(&typed.form.email).is_ok() {
            let email = typed.form.email.trim();
            ensure!(email.contains('@') && !email.chars().any(char::is_whitespace), "email {email:?} accepted");
        }
        Ok(())
    });
}

/// The birthplace autocomplete and the lookups by code (server side, with the register).
pub fn birthplace_search(g: &mut Gen, report: &mut Report) {
    let seed = |g: &mut Gen| {
        let words = ["Roma", "sant'angelo", "MILANO", "Reggio nell'Emilia", "Albania", "Forlì", "San Giovanni", "ro"];
        g.pick(&words).to_string()
    };
    let tokens = ["H501", "Z100", "san", " ", "'", "-", "à"];
    let input = (g.text(seed, &tokens), g.below(26), seeds::date(g));
    report.case(input, |(query, limit, date)| {
        let found = birthplace::search(query, *limit);
        ensure!(found.len() <= *limit, "{} places for a limit of {limit}", found.len());
        for place in &found {
            ensure!(!birthplace::by_code(&place.code).is_empty(), "{} not found by its code", place.code);
        }
        let code = query.trim().to_ascii_uppercase();
        for place in birthplace::by_code(query) {
            ensure!(place.code == code, "{} found for {code:?}", place.code);
        }
        if let Some(place) = birthplace::valid_on(query, *date) {
            ensure!(place.valid_on(*date) && birthplace::plausible_on(query, *date), "{place:?} on {date}");
        }
        Ok(())
    });
}
