use super::*;
use crate::person;

fn today() -> Date {
    Date::new(2026, 11, 23).unwrap()
}

fn mario() -> RegistrationForm {
    RegistrationForm {
        codice_fiscale: "rssmra80a01h501u".into(),
        surname: "Rossi".into(),
        given_name: "Mario".into(),
        birth_date: "01/01/1980".into(),
        sex: "M".into(),
        birthplace_code: "H501".into(),
        birthplace_label: "Roma (RM)".into(),
        email: "mario@example.it".into(),
        email_again: "Mario@Example.it".into(),
        accept_terms: true,
        accept_privacy: true,
    }
    .tidy()
}

fn fields(issues: &[FieldIssue]) -> Vec<RegField> {
    issues.iter().map(|i| i.field).collect()
}

#[test]
fn a_coherent_form_has_no_problems() {
    assert_eq!(mario().problems(today(), person::check), vec![]);
    assert_eq!(mario().codice_fiscale, "RSSMRA80A01H501U");
}

#[test]
fn each_incoherent_field_is_reported_at_its_place() {
    let mut form = mario();
    form.given_name = "Marco".into();
    form.birth_date = "02/01/1980".into();
    let issues = form.problems(today(), person::check);
    assert_eq!(fields(&issues), vec![RegField::GivenName, RegField::BirthDate]);
    assert_eq!(issues[0].problem, RegProblem::CfName);

    let mut form = mario();
    form.sex = "F".into();
    form.birthplace_code = "F205".into();
    assert_eq!(fields(&form.problems(today(), person::check)), vec![RegField::Sex, RegField::Birthplace]);
}

#[test]
fn the_registry_check_can_refuse_a_place() {
    let place_never_in_use: Coherence = |code, who| {
        let mut wrong = person::check(code, who).err().unwrap_or_default();
        wrong.push(PersonField::Birthplace);
        Err(wrong)
    };
    let issues = mario().problems(today(), place_never_in_use);
    assert_eq!(issues, vec![FieldIssue::new(RegField::Birthplace, RegProblem::CfBirthplace)]);
}

#[test]
fn bad_input_gets_its_own_message() {
    let form = RegistrationForm {
        codice_fiscale: "RSSMRA80A01H501X".into(),
        surname: "Иванов".into(),
        given_name: "x".repeat(61),
        birth_date: "31/02/1980".into(),
        email: "mario@".into(),
        email_again: "".into(),
        ..Default::default()
    };
    let issues = form.problems(today(), person::check);
    let find = |f: RegField| issues.iter().find(|i| i.field == f).map(|i| i.problem);
    assert_eq!(find(RegField::CodiceFiscale), Some(RegProblem::CfCheck));
    assert_eq!(find(RegField::Surname), Some(RegProblem::NameLatin));
    assert_eq!(find(RegField::GivenName), Some(RegProblem::NameLong));
    assert_eq!(find(RegField::BirthDate), Some(RegProblem::DateFormat));
    assert_eq!(find(RegField::Sex), Some(RegProblem::Required));
    assert_eq!(find(RegField::Birthplace), Some(RegProblem::BirthplaceUnknown));
    assert_eq!(find(RegField::Email), Some(RegProblem::Email));
    assert_eq!(find(RegField::Consent), Some(RegProblem::Consent));
}

#[test]
fn names_accept_italian_spelling() {
    for name in ["D'Amico", "Niccolò", "De Luca-Bianchi", "D’Annunzio", "Maria Grazia"] {
        assert_eq!(check_name(name), Ok(()), "{name}");
    }
    assert_eq!(check_name("   "), Err(RegProblem::Required));
    assert_eq!(check_name("王"), Err(RegProblem::NameLatin));
    assert_eq!(check_name("''"), Err(RegProblem::NameLatin));
}

#[test]
fn emails_and_dates() {
    assert_eq!(check_email("a.b@scuola.edu.it"), Ok(()));
    for bad in ["a@b", "a b@c.it", "@c.it", "a@.it", "a@c..it", "<a@c.it>"] {
        assert_eq!(check_email(bad), Err(RegProblem::Email), "{bad}");
    }
    assert_eq!(check_birth_date("29/02/2024", today()), Ok(Date::new(2024, 2, 29).unwrap()));
    assert_eq!(check_birth_date("01/01/2030", today()), Err(RegProblem::DateFuture));
    assert_eq!(check_birth_date("1/1/1899", today()), Err(RegProblem::DateFuture));
}

#[test]
fn usernames_are_plain_letters() {
    assert_eq!(base_username("Niccolò", "D'Amico"), "niccolo.damico");
    assert_eq!(base_username("Maria Grazia", "De Luca"), "mariagrazia.deluca");
    assert_eq!(base_username("", ""), "utente");
}

#[test]
fn oversized_fields_are_dropped_with_their_problem() {
    let mut form = RegistrationForm {
        codice_fiscale: "X".repeat(33),
        given_name: "a".repeat(100),
        surname: "b".repeat(121),
        email: format!("{}@example.it", "m".repeat(300)),
        email_again: "mario@example.it".into(),
        ..Default::default()
    };
    let issues = form.drop_oversized();
    assert_eq!(
        issues,
        vec![
            FieldIssue::new(RegField::CodiceFiscale, RegProblem::TooLong),
            FieldIssue::new(RegField::Surname, RegProblem::NameLong),
            FieldIssue::new(RegField::Email, RegProblem::TooLong),
        ]
    );
    assert!(form.codice_fiscale.is_empty() && form.surname.is_empty() && form.email.is_empty());
    assert_eq!(form.given_name.len(), 100, "a bit over the limit is kept, for the usual message");
    assert_eq!(form.email_again, "mario@example.it");
}
