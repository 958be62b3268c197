use super::*;
use crate::codice_fiscale::encode;
use proptest::prelude::*;

fn date(text: &str) -> Date {
    Date::parse(text).expect(text)
}

fn mario() -> Person<'static> {
    Person { surname: "Rossi", name: "Mario", birth_date: date("01/01/1980"), sex: Sex::Male, birthplace_code: "H501" }
}

fn rossi() -> CodiceFiscale {
    CodiceFiscale::parse("RSSMRA80A01H501U").unwrap()
}

#[test]
fn a_known_code_agrees_with_its_holder() {
    assert_eq!(check(&rossi(), &mario()), Ok(()));
    let typed_loosely = Person { surname: "ROSSI", name: "mario", birthplace_code: " h501 ", ..mario() };
    assert_eq!(check(&rossi(), &typed_loosely), Ok(()));
    // Only the last two digits of the year are in the code.
    assert_eq!(check(&rossi(), &Person { birth_date: date("1880-01-01"), ..mario() }), Ok(()));
}

#[test]
fn each_wrong_field_is_reported_alone() {
    let cases = [
        (Person { surname: "Bianchi", ..mario() }, PersonField::Surname),
        (Person { name: "Luigi", ..mario() }, PersonField::Name),
        (Person { birth_date: date("1980-01-02"), ..mario() }, PersonField::BirthDate),
        (Person { birth_date: date("1980-02-01"), ..mario() }, PersonField::BirthDate),
        (Person { birth_date: date("1981-01-01"), ..mario() }, PersonField::BirthDate),
        (Person { birth_date: Date { year: 1980, month: 1, day: 32 }, ..mario() }, PersonField::BirthDate),
        (Person { sex: Sex::Female, ..mario() }, PersonField::Sex),
        (Person { birthplace_code: "F205", ..mario() }, PersonField::Birthplace),
    ];
    for (person, field) in cases {
        assert_eq!(check(&rossi(), &person), Err(vec![field]), "{person:?}");
    }
    let everything_wrong = Person {
        surname: "Verdi",
        name: "Anna",
        birth_date: date("1990-05-05"),
        sex: Sex::Female,
        birthplace_code: "F205",
    };
    use PersonField as F;
    assert_eq!(check(&rossi(), &everything_wrong), Err(vec![F::Surname, F::Name, F::BirthDate, F::Sex, F::Birthplace]));
}

#[test]
fn an_omocode_agrees_like_its_plain_form() {
    for variant in rossi().omocode_variants() {
        assert_eq!(check(&variant, &mario()), Ok(()), "{variant}");
    }
}

#[test]
fn the_registry_rejects_places_not_in_use_on_the_birth_date() {
    assert_eq!(check_with_registry(&rossi(), &mario()), Ok(()));
    // Abbadia Alpina (A003) ceased in 1928.
    let after = Person { birth_date: date("1950-03-01"), birthplace_code: "A003", ..mario() };
    let code = encode("Rossi", "Mario", 1950, 3, 1, Sex::Male, "A003").unwrap();
    assert_eq!(check(&code, &after), Ok(()));
    assert_eq!(check_with_registry(&code, &after), Err(vec![PersonField::Birthplace]));
    let before = Person { birth_date: date("1920-03-01"), ..after };
    let code = encode("Rossi", "Mario", 1920, 3, 1, Sex::Male, "A003").unwrap();
    assert_eq!(check_with_registry(&code, &before), Ok(()));
    // A code no place ever had; and a wrong field is not reported twice.
    let nowhere = encode("Rossi", "Mario", 1980, 1, 1, Sex::Male, "Q999").unwrap();
    let person = Person { birthplace_code: "Q999", ..mario() };
    assert_eq!(check_with_registry(&nowhere, &person), Err(vec![PersonField::Birthplace]));
    assert_eq!(check_with_registry(&nowhere, &mario()), Err(vec![PersonField::Birthplace]));
    // Czechoslovakia (Z105) ended in 1993.
    let prague = |year| encode("Novak", "Jan", year, 6, 1, Sex::Male, "Z105").unwrap();
    let jan = |year| Person {
        surname: "Novák",
        name: "Jan",
        birth_date: Date::new(year, 6, 1).unwrap(),
        sex: Sex::Male,
        birthplace_code: "Z105",
    };
    assert_eq!(check_with_registry(&prague(1970), &jan(1970)), Ok(()));
    assert_eq!(check_with_registry(&prague(1995), &jan(1995)), Err(vec![PersonField::Birthplace]));
}

fn birth_date() -> impl Strategy<Value = Date> {
    (1920u16..=2020, 1u8..=12, 1u8..=31).prop_map(|(year, month, day)| Date {
        year,
        month,
        day: day.min(Date::days_in_month(year, month)),
    })
}

fn names() -> impl Strategy<Value = (String, String, Sex)> {
    ("[A-Za-zàèéìòù' ]{1,20}", "[A-Za-zàèéìòù' -]{1,20}", prop_oneof![Just(Sex::Male), Just(Sex::Female)])
}

fn coherent_code(surname: &str, name: &str, date: Date, sex: Sex, place: &str) -> CodiceFiscale {
    encode(surname, name, date.year, date.month, date.day, sex, place).expect("encodes")
}

proptest! {
    #[test]
    fn encoded_people_are_coherent(
        (surname, name, sex) in names(),
        birth_date in birth_date(),
        place in ("[A-MZ]", 0u16..1000).prop_map(|(l, n)| format!("{l}{n:03}")),
        omocode in 1usize..8,
    ) {
        let person = Person { surname: &surname, name: &name, birth_date, sex, birthplace_code: &place };
        let code = coherent_code(&surname, &name, birth_date, sex, &place);
        prop_assert_eq!(check(&code, &person), Ok(()));
        prop_assert_eq!(check(&code.omocode_variants()[omocode], &person), Ok(()));
    }
}

proptest! {
    #[test]
    fn people_born_in_registered_places_are_coherent(
        (surname, name, sex) in names(),
        birth_date in birth_date(),
        pick in any::<prop::sample::Index>(),
        omocode in 1usize..8,
    ) {
        let places: Vec<_> = crate::birthplace::all().iter().filter(|p| p.valid_on(birth_date)).collect();
        let place = &pick.get(&places).code;
        let person = Person { surname: &surname, name: &name, birth_date, sex, birthplace_code: place };
        let code = coherent_code(&surname, &name, birth_date, sex, place);
        prop_assert_eq!(check_with_registry(&code, &person), Ok(()));
        let variant = &code.omocode_variants()[omocode];
        prop_assert!(variant.is_omocode());
        prop_assert_eq!(check_with_registry(variant, &person), Ok(()));
    }
}
