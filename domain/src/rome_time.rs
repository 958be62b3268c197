//! Times as people in Italy read them: Europe/Rome, UTC+1, and UTC+2 from the last Sunday of
//! March at 01:00 UTC to the last Sunday of October at 01:00 UTC (the EU rule since 1996).

use super::birthplace::Date;

/// A Unix time as the Italian calendar day, hour and minute.
pub fn rome_time(unix_seconds: i64) -> (Date, u8, u8) {
    let offset = if in_summer_time(unix_seconds) { 2 } else { 1 };
    let local = unix_seconds + offset * 3_600;
    let date = Date::from_unix_days(local.div_euclid(86_400));
    let second_of_day = local.rem_euclid(86_400);
    (date, (second_of_day / 3_600) as u8, (second_of_day % 3_600 / 60) as u8)
}

/// "24/11/2026 alle 15:04" style pieces: dd/mm/yyyy and hh:mm.
pub fn rome_date_and_clock(unix_seconds: i64) -> (String, String) {
    let (date, hour, minute) = rome_time(unix_seconds);
    (date.to_italian(), format!("{hour:02}:{minute:02}"))
}

fn last_sunday_at_one_utc(year: u16, month: u8) -> i64 {
    let last_day = Date { year, month, day: Date::days_in_month(year, month) };
    let days = last_day.unix_days();
    // 1970-01-01 was a Thursday: (days + 4) mod 7 is 0 on Sundays.
    let sunday = days - (days + 4).rem_euclid(7);
    sunday * 86_400 + 3_600
}

fn in_summer_time(unix_seconds: i64) -> bool {
    let year = Date::from_unix_days(unix_seconds.div_euclid(86_400)).year;
    (last_sunday_at_one_utc(year, 3)..last_sunday_at_one_utc(year, 10)).contains(&unix_seconds)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, hour: i64, minute: i64) -> i64 {
        Date::parse(text).unwrap().unix_days() * 86_400 + hour * 3_600 + minute * 60
    }

    #[test]
    fn winter_is_utc_plus_one_and_summer_plus_two() {
        assert_eq!(rome_date_and_clock(at("2026-11-24", 14, 5)), ("24/11/2026".into(), "15:05".into()));
        assert_eq!(rome_date_and_clock(at("2026-07-01", 10, 0)), ("01/07/2026".into(), "12:00".into()));
        // Late evening UTC is already the next day in Rome.
        assert_eq!(rome_date_and_clock(at("2026-12-31", 23, 30)), ("01/01/2027".into(), "00:30".into()));
    }

    #[test]
    fn the_clocks_change_on_the_last_sundays_of_march_and_october() {
        // 2026: 29 March and 25 October, at 01:00 UTC.
        assert_eq!(rome_date_and_clock(at("2026-03-29", 0, 59)).1, "01:59");
        assert_eq!(rome_date_and_clock(at("2026-03-29", 1, 0)).1, "03:00");
        assert_eq!(rome_date_and_clock(at("2026-10-25", 0, 59)).1, "02:59");
        assert_eq!(rome_date_and_clock(at("2026-10-25", 1, 0)).1, "02:00");
    }
}
