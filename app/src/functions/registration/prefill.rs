//! Step 2 comes prefilled from the codice fiscale: the birth date, the sex and the birthplace
//! are in it. Only what the code says for certain is filled; the parent confirms or corrects,
//! and the coherence check of step 2 still decides.

use domain::birthplace::{self, Date};
use domain::codice_fiscale::{CodiceFiscale, Sex};
use domain::registration::RegistrationForm;

/// The youngest and oldest a person registering can plausibly be: the code holds only two
/// digits of the year, and a century is filled only when just one of the two fits.
const MIN_AGE: u16 = 14;
const MAX_AGE: u16 = 110;

/// Fills birth date, sex and birthplace of `form` from its codice fiscale (omocodia undone).
/// A field the code does not settle is left empty for the parent.
pub fn from_code(form: &mut RegistrationForm, today: Date, label: impl Fn(&birthplace::Birthplace) -> String) {
    let Ok(code) = CodiceFiscale::parse(&form.codice_fiscale) else { return };
    let decoded = code.decode();
    form.sex = match decoded.sex {
        Sex::Male => "M",
        Sex::Female => "F",
    }
    .to_string();
    let date = birth_date(decoded.year_of_century, decoded.month, decoded.day, today);
    form.birth_date = date.map(Date::to_italian).unwrap_or_default();
    form.birthplace_code.clear();
    form.birthplace_label = birthplace_of(&decoded.place_code, date).map(label).unwrap_or_default();
}

/// The birth date when exactly one century gives a plausible age today.
pub fn birth_date(year_of_century: u8, month: u8, day: u8, today: Date) -> Option<Date> {
    let plausible: Vec<Date> = [1900u16, 2000]
        .into_iter()
        .filter_map(|century| Date::new(century + u16::from(year_of_century), month, day))
        .filter(|born| {
            let had_birthday = (today.month, today.day) >= (born.month, born.day);
            let age = i32::from(today.year) - i32::from(born.year) - i32::from(!had_birthday);
            (i32::from(MIN_AGE)..=i32::from(MAX_AGE)).contains(&age)
        })
        .collect();
    match plausible[..] {
        [one] => Some(one),
        _ => None,
    }
}

/// The one place the code names: a code whose periods all carry one name and province, or,
/// when the town changed name or province, the period that covers the birth date. Anything
/// else (unknown code, several candidates, no date) is left to the parent.
pub fn birthplace_of(code: &str, date: Option<Date>) -> Option<&'static birthplace::Birthplace> {
    let periods = birthplace::by_code(code);
    let latest = *periods.last()?;
    if periods.iter().all(|p| p.name == latest.name && p.province == latest.province) {
        return Some(latest);
    }
    birthplace::valid_on(code, date?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::new(2026, 11, 30).unwrap()
    }

    #[test]
    fn a_code_fills_date_sex_and_place() {
        let mut form = RegistrationForm { codice_fiscale: "RSSMRA80A01H501U".into(), ..Default::default() };
        from_code(&mut form, today(), |p| format!("{} ({})", p.name, p.province));
        assert_eq!(form.birth_date, "01/01/1980");
        assert_eq!(form.sex, "M");
        assert_eq!(form.birthplace_label, "Roma (RM)");
    }

    #[test]
    fn omocodic_codes_are_read_without_omocodia() {
        // H501 with its digits as omocodic letters (5→R, 0→L, 1→M), check character recomputed.
        let base = "RSSMRA80A01HRLM";
        let code = format!("{base}{}", domain::codice_fiscale::check_character(base.as_bytes()));
        let mut form = RegistrationForm { codice_fiscale: code, ..Default::default() };
        from_code(&mut form, today(), |p| p.name.clone());
        assert_eq!(form.birth_date, "01/01/1980");
        assert_eq!(form.birthplace_label, "Roma");
    }

    #[test]
    fn a_woman_and_an_uncertain_century() {
        assert_eq!(birth_date(5, 3, 12, today()), Date::new(2005, 3, 12));
        assert_eq!(birth_date(80, 1, 1, today()), Date::new(1980, 1, 1));
        // 1915 (111 years old) and 2015 (11 years old): neither is a registering parent.
        assert_eq!(birth_date(15, 6, 1, today()), None);
        assert_eq!(birth_date(80, 2, 30, today()), None, "no such day");
        let base = "RSSMRA80A41H501";
        let code = format!("{base}{}", domain::codice_fiscale::check_character(base.as_bytes()));
        let mut form = RegistrationForm { codice_fiscale: code, ..Default::default() };
        from_code(&mut form, today(), |p| p.name.clone());
        assert_eq!((form.sex.as_str(), form.birth_date.as_str()), ("F", "01/01/1980"));
    }

    #[test]
    fn a_code_of_a_place_that_changed_is_read_on_the_birth_date() {
        let changed = birthplace::all()
            .iter()
            .find(|p| {
                let periods = birthplace::by_code(&p.code);
                periods.iter().any(|q| q.name != p.name) && p.valid_from.is_some() && p.valid_to.is_some()
            })
            .expect("the register has renamed places");
        // A day inside the period, away from the boundaries a neighbouring period may share.
        let (from, to) = (changed.valid_from.unwrap(), changed.valid_to.unwrap());
        let day = Date::from_unix_days((from.unix_days() + to.unix_days()) / 2);
        assert_eq!(birthplace_of(&changed.code, Some(day)).map(|p| &p.name), Some(&changed.name));
        assert_eq!(birthplace_of(&changed.code, None), None, "without a date it is not certain");
        assert_eq!(birthplace_of("Z999", None), None);
    }
}
