use super::*;
use proptest::prelude::*;

#[test]
fn known_valid_codes_parse_and_decode() {
    for code in ["RSSMRA80A01H501U", "BLTMHL77S04E889G", "BRNPRZ72D52F83VC", "PLTPPP23A07B544K"] {
        assert!(CodiceFiscale::parse(code).is_ok(), "{code}");
    }
    let decoded = CodiceFiscale::parse(" rssmra80a01h501u ").unwrap().decode();
    assert_eq!((decoded.year_of_century, decoded.month, decoded.day), (80, 1, 1));
    assert_eq!(decoded.sex, Sex::Male);
    assert_eq!(decoded.place_code, "H501");
    let omocode = CodiceFiscale::parse("BRNPRZ72D52F83VC").unwrap();
    assert!(omocode.is_omocode());
    let decoded = omocode.decode();
    assert_eq!((decoded.day, decoded.sex, decoded.place_code.as_str()), (12, Sex::Female, "F839"));
}

#[test]
fn bad_codes_say_what_is_wrong() {
    assert_eq!(CodiceFiscale::parse(""), Err(CodiceFiscaleError::Empty));
    assert_eq!(CodiceFiscale::parse("RSSMRA80A01H501"), Err(CodiceFiscaleError::Length(15)));
    assert_eq!(CodiceFiscale::parse(&"A".repeat(10_000)), Err(CodiceFiscaleError::Length(10_000)));
    assert_eq!(CodiceFiscale::parse("R5SMRA80A01H501U"), Err(CodiceFiscaleError::Character(2)));
    assert_eq!(CodiceFiscale::parse("RSSMRA80Z01H501U"), Err(CodiceFiscaleError::Month));
    assert_eq!(CodiceFiscale::parse("RSSMRA80A32H501U"), Err(CodiceFiscaleError::Day));
    assert_eq!(CodiceFiscale::parse("RSSMRA80A01H501X"), Err(CodiceFiscaleError::CheckCharacter('U')));
    assert_eq!(CodiceFiscale::parse("RSSMRA80A01H50ÈU"), Err(CodiceFiscaleError::Character(15)));
}

#[test]
fn name_rules() {
    assert_eq!(surname_code("Rossi"), "RSS");
    assert_eq!(surname_code("Fo"), "FOX");
    assert_eq!(surname_code("D'Amico"), "DMC");
    assert_eq!(name_code("Mario"), "MRA");
    assert_eq!(name_code("Gianfranco"), "GFR");
    assert_eq!(name_code("Niccolò"), "NCL"); // N, C, C, L: 4 consonants, so 1st, 3rd and 4th
    assert_eq!(
        encode("Rossi", "Mario", 1980, 1, 1, Sex::Male, "H501").map(String::from).as_deref(),
        Some("RSSMRA80A01H501U")
    );
}

fn person() -> impl Strategy<Value = (String, String, u16, u8, u8, Sex, String)> {
    (
        "[A-Za-zàèéìòù' ]{1,20}",
        "[A-Za-zàèéìòù ]{1,20}",
        1900u16..2030,
        1u8..=12,
        1u8..=28,
        prop_oneof![Just(Sex::Male), Just(Sex::Female)],
        ("[A-Z]", 0u16..1000).prop_map(|(l, n)| format!("{l}{n:03}")),
    )
}

proptest! {
    #[test]
    fn encode_then_parse_round_trips((surname, name, year, month, day, sex, place) in person()) {
        let code = encode(&surname, &name, year, month, day, sex, &place).expect("encodes");
        let decoded = CodiceFiscale::parse(code.as_str()).expect("parses").decode();
        prop_assert_eq!(decoded.surname_code, surname_code(&surname));
        prop_assert_eq!(decoded.name_code, name_code(&name));
        prop_assert_eq!(
            (decoded.year_of_century, decoded.month, decoded.day, decoded.sex),
            ((year % 100) as u8, month, day, sex)
        );
        prop_assert_eq!(decoded.place_code, place);
    }

    #[test]
    fn every_omocode_variant_decodes_to_the_same_person((surname, name, year, month, day, sex, place) in person()) {
        let code = encode(&surname, &name, year, month, day, sex, &place).expect("encodes");
        let variants = code.omocode_variants();
        prop_assert_eq!(variants.len(), 8);
        for variant in variants {
            let parsed = CodiceFiscale::parse(variant.as_str()).expect("variant parses");
            prop_assert_eq!(parsed.decode(), code.decode());
            prop_assert_eq!(parsed.without_omocodia(), code.clone());
        }
    }
}
