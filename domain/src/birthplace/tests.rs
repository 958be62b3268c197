use super::*;
use proptest::prelude::*;

fn date(text: &str) -> Date {
    Date::parse(text).expect(text)
}

#[test]
fn calendar_arithmetic_and_school_years() {
    assert_eq!(date("1970-01-01").unix_days(), 0);
    assert_eq!(date("2026-11-23").unix_days(), 20_780);
    assert_eq!(date("2028-02-28").plus_days(1), date("2028-02-29"));
    assert_eq!(date("2026-12-31").plus_days(1), date("2027-01-01"));
    assert_eq!(date("2026-03-01").plus_days(-1), date("2026-02-28"));
    assert_eq!(date("2026-09-01").school_year().start(), 2026);
    assert_eq!(date("2027-08-31").school_year().start(), 2026);
    assert_eq!(date("2027-01-05").to_italian(), "05/01/2027");
}

#[test]
fn dates_parse_in_both_forms_and_only_real_days() {
    assert_eq!(Date::parse("1980-01-31"), Ok(Date { year: 1980, month: 1, day: 31 }));
    assert_eq!(Date::parse(" 31/01/1980 "), Ok(Date { year: 1980, month: 1, day: 31 }));
    assert_eq!(Date::parse("1/2/1980"), Ok(Date { year: 1980, month: 2, day: 1 }));
    assert!(Date::parse("29/02/2024").is_ok()); // leap year
    assert!(Date::parse("2000-02-29").is_ok()); // divisible by 400
    for bad in [
        "",
        "29/02/2023",
        "1900-02-29",
        "31/04/2020",
        "2020-13-01",
        "2020-00-10",
        "00/01/2020",
        "0000-01-01",
        "1980-1-31",
        "31/01/80",
        "+1/01/1980",
        "31/01/1980/1",
        "1980-01-31-",
        "31.01.1980",
        "٣١/01/1980",
        "x",
    ] {
        assert_eq!(Date::parse(bad), Err(DateError), "{bad:?}");
    }
    assert!(!Date { year: 2021, month: 2, day: 29 }.is_valid());
    assert_eq!(Date::new(2021, 2, 29), None);
    assert_eq!(Date::days_in_month(1900, 2), 28);
    assert_eq!(Date::days_in_month(2024, 13), 0);
}

#[test]
fn dates_order_chronologically() {
    assert!(date("1979-12-31") < date("1980-01-01"));
    assert!(date("1980-01-31") < date("1980-02-01"));
    assert!(date("01/02/1980") < date("02/02/1980"));
    assert_eq!(date("1980-02-01").to_string(), "1980-02-01");
}

fn any_date() -> impl Strategy<Value = Date> {
    (1u16..=9999, 1u8..=12, 1u8..=31).prop_map(|(year, month, day)| Date {
        year,
        month,
        day: day.min(Date::days_in_month(year, month)),
    })
}

proptest! {
    #[test]
    fn dates_print_and_parse_back(date in any_date()) {
        prop_assert!(date.is_valid());
        prop_assert_eq!(Date::parse(&date.to_string()), Ok(date));
        prop_assert_eq!(Date::parse(&date.to_italian()), Ok(date));
    }

    #[test]
    fn day_numbers_round_trip_and_count_one_a_day(date in any_date()) {
        prop_assert_eq!(Date::from_unix_days(date.unix_days()), date);
        let next = date.plus_days(1);
        prop_assert!(next > date || date.year == 9999);
        prop_assert_eq!(next.unix_days(), date.unix_days() + 1);
    }

    #[test]
    fn date_parsing_never_panics(text in "\\PC{0,12}") {
        if let Ok(date) = Date::parse(&text) {
            prop_assert!(date.is_valid());
        }
    }
}

mod registry_tests {
    use super::*;
    use crate::birthplace::registry::{entry, folded_words, rank};

    fn names(places: &[&Birthplace]) -> Vec<String> {
        places.iter().map(|p| format!("{} {} {}", p.code, p.name, p.province)).collect()
    }

    #[test]
    fn the_registry_loads_every_row_sorted_and_well_formed() {
        let rows = include_str!("../../data/birthplaces.tsv").lines().filter(|l| !l.starts_with('#')).count();
        assert_eq!(all().len(), rows);
        assert!(rows > 19_000, "{rows}");
        for pair in all().windows(2) {
            assert!((&pair[0].code, pair[0].valid_from) <= (&pair[1].code, pair[1].valid_from), "{pair:?}");
        }
        for place in all() {
            let code = place.code.as_bytes();
            assert!(code.len() == 4 && code[0].is_ascii_uppercase() && code[1..].iter().all(u8::is_ascii_digit));
            assert_eq!(place.is_foreign(), place.province == "EE", "{place:?}");
            assert!(place.province.len() == 2 && !place.name.is_empty(), "{place:?}");
            if let (Some(from), Some(to)) = (place.valid_from, place.valid_to) {
                assert!(from <= to, "{place:?}");
            }
        }
    }

    #[test]
    fn known_towns_and_their_periods() {
        let rome = valid_on("H501", date("2025-06-01")).expect("Roma today");
        assert_eq!((rome.name.as_str(), rome.province.as_str(), rome.valid_to), ("Roma", "RM", None));
        assert!(!rome.is_foreign());
        assert_eq!(by_code(" h501 ").len(), by_code("H501").len());
        assert!(by_code("H501").len() > 1);
        // Abano became Abano Terme on 1924-11-14, same code.
        assert_eq!(valid_on("A001", date("1924-11-13")).map(|p| p.name.as_str()), Some("Abano"));
        assert_eq!(valid_on("A001", date("1924-11-14")).map(|p| p.name.as_str()), Some("Abano Terme"));
        // Abbadia Alpina was merged into Pinerolo and its code ceased on 1928-12-05.
        assert!(valid_on("A003", date("1928-12-05")).is_some());
        assert_eq!(valid_on("A003", date("1928-12-06")), None);
        assert!(!plausible_on("A003", date("1950-01-01")));
        assert!(by_code("Q999").is_empty());
        assert!(!plausible_on("Q999", date("1950-01-01")));
    }

    #[test]
    fn foreign_states() {
        let usa = valid_on("Z404", date("2000-01-01")).expect("USA");
        assert!(usa.is_foreign());
        assert_eq!(usa.province, "EE");
        let czechoslovakia = valid_on("Z105", date("1980-05-01")).expect("Cecoslovacchia");
        assert_eq!(czechoslovakia.name, "Cecoslovacchia");
        assert_eq!(czechoslovakia.valid_to, Some(date("1993-01-01")));
        assert_eq!(valid_on("Z105", date("1994-01-01")), None);
        assert!(!plausible_on("Z105", date("1994-01-01")));
    }

    #[test]
    fn plausible_codes_cover_gaps_and_later_creations() {
        // Mattinata (F059) exists from 1955; the Agenzia accepts it for people born earlier.
        assert_eq!(valid_on("F059", date("1953-10-26")), None);
        assert!(plausible_on("F059", date("1953-10-26")));
        // Ortacesus (G133) has no period between 1928-11-28 and 1948-05-06.
        assert_eq!(valid_on("G133", date("1940-01-01")), None);
        assert!(plausible_on("G133", date("1940-01-01")));
    }

    #[test]
    fn search_finds_the_town_first() {
        assert_eq!(names(&search("roma", 5))[0], "H501 Roma RM");
        assert_eq!(names(&search("ROMA", 5)), names(&search("roma", 5)));
        assert_eq!(names(&search("forli", 3))[0], "D704 Forlì FC");
        assert_eq!(names(&search("Forlì", 3)), names(&search("forli", 3)));
        assert_eq!(names(&search("chatillon", 1)), ["C294 Châtillon AO"]);
        // A place shows once, not once per period.
        let codes: Vec<_> = search("roma", 50).iter().map(|p| p.code.clone()).collect();
        assert_eq!(codes.iter().filter(|c| *c == "H501").count(), 1);
    }

    #[test]
    fn search_ignores_apostrophes_and_hyphens() {
        let expected = names(&search("sant'angelo", 30));
        assert!(expected.len() == 30 && expected.iter().all(|n| n.contains("Sant'Angelo")), "{expected:?}");
        for query in ["santangelo", "Sant Angelo", "SANT’ANGELO", "sant-angelo"] {
            assert_eq!(names(&search(query, 30)), expected, "{query}");
        }
        assert!(names(&search("nabrezina", 3)).contains(&"D383 Duino Aurisina-Devin Nabrežina TS".to_string()));
    }

    #[test]
    fn search_ranks_prefix_then_word_then_substring_and_valid_first() {
        // Abano (historic) and Abano Terme (valid) both start with "abano": valid first.
        assert_eq!(names(&search("abano", 2)), ["A001 Abano Terme PD", "A001 Abano PD"]);
        let results = search("angelo", 400);
        let ranks: Vec<(u8, bool)> = results
            .iter()
            .map(|p| (rank(&entry(0, &p.name), "angelo").expect("matches"), p.valid_to.is_some()))
            .collect();
        assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{ranks:?}");
        assert!(ranks.iter().any(|r| r.0 == 1) && ranks.iter().any(|r| r.0 == 2));
    }

    #[test]
    fn short_or_empty_queries_find_nothing() {
        for query in ["", "r", " r ", "'", "à", "-'-"] {
            assert!(search(query, 10).is_empty(), "{query:?}");
        }
        assert!(search("roma", 0).is_empty());
        assert_eq!(search("ro", 7).len(), 7);
    }

    #[test]
    fn folding_splits_on_punctuation() {
        assert_eq!(folded_words("Sant'Angelo d’Alife"), ["sant", "angelo", "d", "alife"]);
        assert_eq!(
            folded_words("Savogna D'Isonzo-Sovodnje Ob Soči"),
            ["savogna", "d", "isonzo", "sovodnje", "ob", "soci"]
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn every_place_is_found_by_its_own_name(index in any::<prop::sample::Index>()) {
            let place = index.get(all());
            let found = search(&place.name, usize::MAX);
            prop_assert!(found.iter().any(|p| p.code == place.code && p.name == place.name), "{:?}", place);
        }
    }
}
