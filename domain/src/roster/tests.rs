use super::*;
use crate::codice_fiscale::{encode, Sex};

fn cf(surname: &str, name: &str, day: u8) -> String {
    encode(surname, name, 2015, 4, day, Sex::Female, "F205").expect("a valid code").to_string()
}

const HEADER: &str = "codice_fiscale_alunno;cognome_alunno;nome_alunno;classe;codice_fiscale_genitore_1;\
cognome_genitore_1;nome_genitore_1;email_genitore_1;codice_fiscale_genitore_2;cognome_genitore_2;nome_genitore_2;email_genitore_2";

fn parent(surname: &str, name: &str) -> String {
    encode(surname, name, 1980, 1, 1, Sex::Male, "H501").expect("a valid code").to_string()
}

fn known() -> Known {
    let mut known = Known::default();
    known.classes.insert("1A".into());
    known.classes.insert("2B".into());
    known.pupils.insert(cf("Bianchi", "Sara", 3), ("Bianchi".into(), "Sara".into()));
    known
}

fn header() -> Header {
    Header::parse(&HEADER.split(';').collect::<Vec<_>>()).expect("a good header")
}

fn check(lines: &[String]) -> Result<Vec<RosterRow>, Vec<Problem>> {
    let rows: Vec<(u64, Vec<&str>)> =
        lines.iter().enumerate().map(|(i, line)| (i as u64 + 2, line.split(';').collect())).collect();
    check_rows(&header(), rows, &known())
}

fn good_line(surname: &str, name: &str, day: u8) -> String {
    format!(
        "{};{surname};{name};1A;{};Rossi;Mario;Mario.Rossi@Example.it;;;;",
        cf(surname, name, day),
        parent("Rossi", "Mario")
    )
}

#[test]
fn a_clean_row_becomes_typed_values() {
    let rows = check(&[good_line("Verdi", "Anna", 1)]).expect("clean");
    assert_eq!(rows.len(), 1);
    let row = &rows[0];
    assert_eq!(
        (row.line, row.surname.as_str(), row.given_name.as_str(), row.class.as_str()),
        (2, "Verdi", "Anna", "1A")
    );
    assert_eq!(row.payers.len(), 1);
    assert_eq!(row.payers[0].email.as_deref(), Some("mario.rossi@example.it"), "emails are lower-cased");
}

#[test]
fn two_payers_and_an_existing_pupil_with_the_same_names() {
    let line = format!(
        "{};bianchi;SARA;2B;{};Rossi;Mario;;{};Neri;Lucia;lucia@example.it",
        cf("Bianchi", "Sara", 3),
        parent("Rossi", "Mario"),
        parent("Neri", "Lucia")
    );
    let rows = check(&[line]).expect("an update is not a problem");
    assert_eq!(rows[0].payers.len(), 2);
    assert_eq!(rows[0].payers[0].email, None, "the email is optional");
}

#[test]
fn every_bad_cell_is_reported_with_line_column_and_reason() {
    let good_parent = parent("Rossi", "Mario");
    let lines = vec![
        good_line("Verdi", "Anna", 1),
        // A bad check character.
        format!("RSSMRA80A01H501X;Rossi;Mario;1A;{good_parent};Rossi;Mario;;;;;"),
        // A valid code, but another pupil's names.
        format!("{};Gialli;Anna;1A;{good_parent};Rossi;Mario;;;;;", cf("Verdi", "Anna", 2)),
        format!("{};Viola;Anna;3C;{good_parent};Rossi;Mario;;;;;", cf("Viola", "Anna", 4)),
        // Anna Verdi again.
        good_line("Verdi", "Anna", 1),
        // Sara and Saura share the code's letters: the code agrees, the school knows another name.
        format!("{};Bianchi;Saura;1A;{good_parent};Rossi;Mario;;;;;", cf("Bianchi", "Sara", 3)),
        format!("{};Blu;Anna;1A;{good_parent};Rossi;Mario;mario@@example;;;;", cf("Blu", "Anna", 5)),
        format!("{};Rosa;Anna;1A;;;;;;;;", cf("Rosa", "Anna", 6)),
        format!("{};Nero;Anna;1A;{good_parent};;Mario;;{good_parent};Rossi;Mario;", cf("Nero", "Anna", 7)),
    ];
    let problems = check(&lines).expect_err("problems");
    let expected = [
        Problem::new(3, Column::PupilCf, Reason::CfCheck),
        Problem::new(4, Column::PupilSurname, Reason::CfSurname),
        Problem::new(5, Column::Class, Reason::UnknownClass),
        Problem::new(6, Column::PupilCf, Reason::DuplicateInFile(2)),
        Problem::new(7, Column::PupilCf, Reason::OtherNamesAtSchool),
        Problem::new(8, Column::PayerEmail(1), Reason::Email),
        Problem::new(9, Column::PayerCf(1), Reason::NoPayer),
        Problem::new(10, Column::PayerSurname(1), Reason::Required),
    ];
    for problem in expected {
        assert!(problems.contains(&problem), "{problem:?} in {problems:?}");
    }
    assert_eq!(problems.len(), expected.len(), "nothing else: {problems:?}");
}

#[test]
fn a_payer_twice_and_a_wrong_birth_date() {
    let header = Header::parse(&[
        "Codice_Fiscale_Alunno ",
        "cognome_alunno",
        "nome_alunno",
        "classe",
        "data_nascita_alunno",
        "codice_fiscale_genitore_1",
        "cognome_genitore_1",
        "nome_genitore_1",
        "codice_fiscale_genitore_2",
        "cognome_genitore_2",
        "nome_genitore_2",
    ])
    .expect("case and spaces are ignored, the email column is optional");
    let p = parent("Rossi", "Mario");
    let code = cf("Verdi", "Anna", 1);
    let right = [code.as_str(), "Verdi", "Anna", "1A", "01/04/2015", &p, "Rossi", "Mario", "", "", ""];
    assert!(check_rows(&header, [(2, right.to_vec())], &known()).is_ok());
    let wrong = [code.as_str(), "Verdi", "Anna", "1A", "02/04/2015", &p, "Rossi", "Mario", &p, "Rossi", "Mario"];
    let problems = check_rows(&header, [(2, wrong.to_vec())], &known()).expect_err("problems");
    assert_eq!(
        problems,
        vec![
            Problem::new(2, Column::BirthDate, Reason::CfBirthDate),
            Problem::new(2, Column::PayerCf(2), Reason::PayerTwice)
        ]
    );
}

#[test]
fn the_header_names_every_needed_column_once_and_nothing_unknown() {
    let problems = Header::parse(&["codice_fiscale_alunno", "cognome_alunno", "cognome_alunno", "classe", "telefono"])
        .expect_err("a bad header");
    assert!(problems.contains(&Problem::new(1, Column::PupilSurname, Reason::DuplicateColumn)));
    assert!(problems.contains(&Problem::new(1, Column::Position(5), Reason::UnknownColumn)));
    assert!(problems.contains(&Problem::new(1, Column::PupilName, Reason::MissingColumn)));
    assert!(problems.contains(&Problem::new(1, Column::PayerCf(1), Reason::MissingColumn)));
}

#[test]
fn files_rows_and_classes_have_limits() {
    assert_eq!(check(&[]).expect_err("empty"), vec![Problem::file(Reason::NoRows)]);
    let many: Vec<String> = (0..=MAX_ROWS).map(|_| good_line("Verdi", "Anna", 1)).collect();
    assert_eq!(check(&many).expect_err("too many"), vec![Problem::file(Reason::TooManyRows)]);
    assert_eq!(text_of(b"\xEF\xBB\xBFabc"), Ok("abc"));
    assert_eq!(text_of(b"caf\xE8"), Err(Problem::file(Reason::NotUtf8)), "Latin-1 is refused");
    assert_eq!(delimiter("a;b;c"), b';');
    assert_eq!(delimiter("a,b,c"), b',');
    assert_eq!(ClassName::parse("  3ª   A  ").map(String::from), Ok("3ª A".to_string()));
    assert_eq!(ClassName::parse(" "), Err(Reason::Required));
    assert_eq!(ClassName::parse(&"x".repeat(31)), Err(Reason::ClassLong));
    let extra = format!("{};;;;extra", good_line("Verdi", "Anna", 1));
    assert_eq!(check(&[extra]).expect_err("extra"), vec![Problem::new(2, Column::Position(16), Reason::ExtraCell)]);
}
