use super::*;
use proptest::prelude::*;

fn cents(value: u64) -> Cents {
    Cents::new(value).unwrap()
}

#[test]
fn formats_in_italian_and_english() {
    let cases = [
        (0, "0,00", "0.00"),
        (5, "0,05", "0.05"),
        (1250, "12,50", "12.50"),
        (99_999, "999,99", "999.99"),
        (100_000, "1.000,00", "1,000.00"),
        (123_456, "1.234,56", "1,234.56"),
        (123_456_789, "1.234.567,89", "1,234,567.89"),
        (99_999_999_999, "999.999.999,99", "999,999,999.99"),
    ];
    for (value, italian, english) in cases {
        assert_eq!(cents(value).to_italian(), italian);
        assert_eq!(cents(value).to_english(), english);
        assert_eq!(cents(value).to_string(), italian);
        assert_eq!(cents(value).to_euro(), format!("{italian} €"));
    }
}

#[test]
fn parses_what_people_type() {
    let cases = [
        ("12", 1200),
        ("12,5", 1250),
        ("12,50", 1250),
        ("12,", 1200),
        (",50", 50),
        ("0", 0),
        ("0,05", 5),
        ("012,50", 1250),
        ("1.234,56", 123_456),
        ("1234,56", 123_456),
        ("1.234", 123_400),
        ("1.234.567", 123_456_700),
        ("€ 12,50", 1250),
        ("€12,50", 1250),
        ("12,50 €", 1250),
        ("  12 , 50  ", 1250),
        ("1 234,56", 123_456),
        ("1\u{a0}234,56", 123_456),
        ("999.999.999,99", 99_999_999_999),
        ("000000000000999999999,99", 99_999_999_999),
    ];
    for (input, expected) in cases {
        assert_eq!(Cents::parse_italian(input), Ok(cents(expected)), "{input:?}");
    }
}

#[test]
fn refuses_with_a_reason() {
    use MoneyError::*;
    let cases = [
        ("", Empty),
        ("   ", Empty),
        ("€", Empty),
        ("-12", Negative),
        ("€ -12,50", Negative),
        ("−12", Negative),
        ("abc", NotANumber),
        ("12a", NotANumber),
        ("1-2", NotANumber),
        ("12,5,0", NotANumber),
        ("1,234.56", NotANumber),
        (",", NotANumber),
        ("€€12", NotANumber),
        ("+12", NotANumber),
        ("１２", NotANumber),
        ("12 EUR", NotANumber),
        ("12.50", DecimalPoint),
        ("12.5", DecimalPoint),
        ("1.23.456", Grouping),
        ("1234.567", Grouping),
        ("12.", Grouping),
        (".50", Grouping),
        ("1.2345,00", Grouping),
        ("12.50,00", Grouping),
        ("12,505", TooManyDecimals),
        ("12,500", TooManyDecimals),
        ("1.000.000.000", TooLarge),
        ("1000000000,00", TooLarge),
        ("99999999999999999999999999", TooLarge),
    ];
    for (input, expected) in cases {
        assert_eq!(Cents::parse_italian(input), Err(expected), "{input:?}");
    }
    assert_eq!(Cents::parse_italian(&"9".repeat(100_000)), Err(TooLarge));
}

#[test]
fn arithmetic_is_checked() {
    assert_eq!(cents(1250).checked_add(cents(50)), Some(cents(1300)));
    assert_eq!(Cents::MAX.checked_add(cents(1)), None);
    assert_eq!(Cents::MAX.checked_add(Cents::ZERO), Some(Cents::MAX));
    assert_eq!(cents(50).checked_sub(cents(51)), None);
    assert_eq!(cents(50).checked_sub(cents(50)), Some(Cents::ZERO));
    assert_eq!(Cents::checked_sum([cents(1), cents(2), cents(3)]), Some(cents(6)));
    assert_eq!(Cents::checked_sum(Vec::new()), Some(Cents::ZERO));
    assert_eq!(Cents::checked_sum([Cents::MAX, cents(1)]), None);
}

#[test]
fn bounds_and_database_conversions() {
    assert_eq!(Cents::new(99_999_999_999), Some(Cents::MAX));
    assert_eq!(Cents::new(100_000_000_000), None);
    assert_eq!(Cents::try_from(u64::MAX), Err(MoneyError::TooLarge));
    assert_eq!(Cents::try_from(-1i64), Err(MoneyError::Negative));
    assert_eq!(Cents::try_from(1250i64), Ok(cents(1250)));
    assert_eq!(i64::from(Cents::MAX), 99_999_999_999);
    assert_eq!(u64::from(cents(7)), 7);
    assert!(Cents::ZERO.is_zero() && !cents(1).is_zero());
}

fn any_cents() -> impl Strategy<Value = Cents> {
    (0..=Cents::MAX.get()).prop_map(cents)
}

proptest! {
    #[test]
    fn italian_format_parses_back(amount in any_cents()) {
        let text = amount.to_italian();
        prop_assert_eq!(Cents::parse_italian(&text), Ok(amount));
        prop_assert_eq!(Cents::parse_italian(&format!("€ {text}")), Ok(amount));
        prop_assert_eq!(Cents::parse_italian(&text.replace('.', "")), Ok(amount));
    }

    #[test]
    fn english_format_only_swaps_separators(amount in any_cents()) {
        let swapped: String = amount
            .to_italian()
            .chars()
            .map(|c| match c { '.' => ',', ',' => '.', other => other })
            .collect();
        prop_assert_eq!(amount.to_english(), swapped);
    }

    #[test]
    fn sums_never_panic(values in prop::collection::vec(0..=Cents::MAX.get(), 0..50)) {
        let exact: u128 = values.iter().map(|&v| u128::from(v)).sum();
        let expected = (exact <= u128::from(Cents::MAX.get())).then(|| cents(exact as u64));
        prop_assert_eq!(Cents::checked_sum(values.into_iter().map(cents)), expected);
    }

    #[test]
    fn add_and_sub_never_panic(a in any::<u64>(), b in any::<u64>()) {
        if let (Some(a), Some(b)) = (Cents::new(a), Cents::new(b)) {
            let sum = a.checked_add(b);
            prop_assert_eq!(sum.is_some(), a.get() + b.get() <= Cents::MAX.get());
            if let Some(sum) = sum {
                prop_assert_eq!(sum.checked_sub(b), Some(a));
            }
        }
    }

    #[test]
    fn parsing_never_panics(input in any::<String>(), typed in "[0-9.,€ −-]{0,24}") {
        let _ = Cents::parse_italian(&input);
        if let Ok(amount) = Cents::parse_italian(&typed) {
            prop_assert!(amount <= Cents::MAX);
        }
    }
}
