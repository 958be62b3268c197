use super::*;
use proptest::prelude::*;

const REAL: &str = "301239600003547815";

fn segregation(value: u8) -> SegregationCode {
    SegregationCode::new(value).unwrap()
}

#[test]
fn the_readme_example_parses_and_splits() {
    let parsed = NoticeNumber::parse(REAL).unwrap();
    assert_eq!(parsed.check_digit_warning, None);
    let number = parsed.number;
    assert_eq!(number.as_str(), REAL);
    assert_eq!(number.grouped(), "3012 3960 0003 5478 15");
    assert_eq!(number.iuv(), "01239600003547815");
    assert_eq!(number.segregation(), segregation(1));
    assert_eq!(number.segregation().to_string(), "01");
    assert_eq!(number.base(), 2_396_000_035_478);
    assert_eq!(number.check_digits(), 15);
    assert_eq!(check_digits(3_012_396_000_035_478), 15);
    assert!(number.check_digits_ok());
}

#[test]
fn generating_the_readme_example() {
    let number = NoticeNumber::generate(segregation(1), 2_396_000_035_478).unwrap();
    assert_eq!(number.as_str(), REAL);
    let first = NoticeNumber::generate(segregation(0), 0).unwrap();
    assert_eq!(first.as_str(), format!("3000000000000000{:02}", 3_000_000_000_000_000u64 % 93));
    let last = NoticeNumber::generate(segregation(45), IUV_BASE_LIMIT - 1).unwrap();
    assert_eq!(&last.as_str()[..16], "3459999999999999");
    assert!(last.check_digits_ok());
}

#[test]
fn generating_refuses_what_pagopa_would_not_accept() {
    assert_eq!(NoticeNumber::generate(segregation(1), IUV_BASE_LIMIT), Err(GenerateError::BaseTooLarge));
    assert_eq!(NoticeNumber::generate(segregation(46), 1), Err(GenerateError::SegregationOutOfRange(segregation(46))));
}

#[test]
fn accepts_the_printed_groups_and_stray_spaces() {
    for input in ["3012 3960 0003 5478 15", " 3012396000035478 15 ", "3012\u{a0}3960\t0003 5478 15"] {
        assert_eq!(NoticeNumber::parse(input).unwrap().number.as_str(), REAL, "{input:?}");
    }
}

#[test]
fn a_check_digit_mismatch_is_a_warning() {
    let parsed = NoticeNumber::parse("301239600003547816").unwrap();
    assert_eq!(parsed.number.as_str(), "301239600003547816");
    assert_eq!(parsed.check_digit_warning, Some(CheckDigitMismatch { expected: 15, found: 16 }));
    assert!(!parsed.number.check_digits_ok());
    // Check digits 93-99 can never be right, and are still only a warning.
    let parsed = NoticeNumber::parse("301239600003547899").unwrap();
    assert_eq!(parsed.check_digit_warning, Some(CheckDigitMismatch { expected: 15, found: 99 }));
    // Serde and the database keep such numbers too.
    assert!(NoticeNumber::try_from("301239600003547816".to_string()).is_ok());
}

#[test]
fn bad_numbers_say_what_is_wrong() {
    use NoticeNumberError::*;
    let cases = [
        ("", Empty),
        ("  ", Empty),
        ("3012-3960-0003-5478-15", NotDigits),
        ("30123960000354781A", NotDigits),
        ("３01239600003547815", NotDigits),
        ("30123960000354781", Length(17)),
        ("3012396000035478150", Length(19)),
        ("001239600003547815", RetiredAuxDigit(0)),
        ("101239600003547815", RetiredAuxDigit(1)),
        ("201239600003547815", RetiredAuxDigit(2)),
        ("401239600003547815", UnknownAuxDigit(4)),
        ("901239600003547815", UnknownAuxDigit(9)),
    ];
    for (input, expected) in cases {
        assert_eq!(NoticeNumber::parse(input), Err(expected), "{input:?}");
    }
}

#[test]
fn segregation_codes() {
    assert_eq!(SegregationCode::parse(" 07 "), Ok(segregation(7)));
    assert_eq!(SegregationCode::parse("99").map(SegregationCode::value), Ok(99));
    for bad in ["", "7", "100", "0A", "٠٧"] {
        assert_eq!(SegregationCode::parse(bad), Err(SegregationCodeError::Shape), "{bad:?}");
    }
    assert_eq!(SegregationCode::new(100), Err(SegregationCodeError::Shape));
    assert!(segregation(45).is_creditor_range());
    assert!(!segregation(46).is_creditor_range());
    assert_eq!(String::from(segregation(3)), "03");
}

fn generated() -> impl Strategy<Value = NoticeNumber> {
    (0..=SegregationCode::MAX_ASSIGNED, 0..IUV_BASE_LIMIT)
        .prop_map(|(code, base)| NoticeNumber::generate(segregation(code), base).unwrap())
}

/// Whether parsing notices that `text` is not `original`: an error or a warning.
fn detected(text: &str) -> bool {
    NoticeNumber::parse(text).map_or(true, |parsed| parsed.check_digit_warning.is_some())
}

proptest! {
    #[test]
    fn generated_numbers_parse_back_clean(code in 0..=SegregationCode::MAX_ASSIGNED, base in 0..IUV_BASE_LIMIT) {
        let number = NoticeNumber::generate(segregation(code), base).unwrap();
        let parsed = NoticeNumber::parse(number.as_str()).unwrap();
        prop_assert_eq!(parsed.check_digit_warning, None);
        prop_assert_eq!(parsed.number.segregation(), segregation(code));
        prop_assert_eq!(parsed.number.base(), base);
        prop_assert_eq!(parsed.number.iuv(), &number.as_str()[1..]);
        prop_assert_eq!(parsed.number, number);
    }

    #[test]
    fn grouped_parses_back(number in generated()) {
        let grouped = number.grouped();
        prop_assert_eq!(grouped.len(), 22);
        prop_assert_eq!(NoticeNumber::parse(&grouped).unwrap().number, number);
    }

    /// 93 = 3 x 31 is coprime with 10, so changing one digit by d (1..9) at any weight 10^k
    /// changes the first 16 digits by d x 10^k, never a multiple of 93; a changed check digit
    /// or aux digit is caught directly. So every single substitution is caught.
    #[test]
    fn every_single_digit_change_is_detected(number in generated(), position in 0..18usize, shift in 1..10u8) {
        let mut bytes = number.as_str().as_bytes().to_vec();
        bytes[position] = b'0' + (bytes[position] - b'0' + shift) % 10;
        prop_assert!(detected(std::str::from_utf8(&bytes).unwrap()));
    }

    /// Swapping neighbours a, b changes the number by 9 x (b - a) x 10^k: a multiple of 93
    /// would need 31 to divide (b - a), impossible for digits. Holds within the first 16 digits;
    /// swaps touching the check digits are caught too unless they rebuild the same value.
    #[test]
    fn adjacent_swaps_in_the_first_sixteen_digits_are_detected(number in generated(), position in 0..15usize) {
        let mut bytes = number.as_str().as_bytes().to_vec();
        prop_assume!(bytes[position] != bytes[position + 1]);
        bytes.swap(position, position + 1);
        prop_assert!(detected(std::str::from_utf8(&bytes).unwrap()));
    }

    #[test]
    fn any_eighteen_digits_starting_with_3_parse(digits in "3[0-9]{17}") {
        let parsed = NoticeNumber::parse(&digits).unwrap();
        let expected = (digits[..16].parse::<u64>().unwrap() % 93) as u8;
        let found: u8 = digits[16..].parse().unwrap();
        prop_assert_eq!(parsed.check_digit_warning.is_none(), expected == found);
        prop_assert_eq!(parsed.number.check_digits_ok(), expected == found);
    }

    #[test]
    fn parsing_never_panics(input in any::<String>(), typed in "[0-9 ]{0,30}") {
        let _ = NoticeNumber::parse(&input);
        let _ = NoticeNumber::parse(&typed);
    }
}
