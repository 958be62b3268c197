//! Time as families and schools read it: Europe/Rome. Every Unix instant (i64 seconds) that
//! becomes a day ("overdue", "today", expiry, the school year) or a shown date and clock goes
//! through here, so no page or job can slip back to UTC. The zone's rules come from the IANA
//! database compiled into the binary by `jiff` (`tz::get!`), not from the machine's zoneinfo.
//! Callers pass `now` (from [`crate::auth::now`]), so tests can set the clock.

use domain::birthplace::Date;
use domain::SchoolYear;
use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use jiff::Timestamp;

static ROME: TimeZone = jiff::tz::get!("Europe/Rome");

/// The wall-clock time in Rome at `at`; instants beyond jiff's range (years ±9999) are clamped.
fn wall_clock(at: i64) -> DateTime {
    let instant = Timestamp::from_second(at).unwrap_or(if at < 0 { Timestamp::MIN } else { Timestamp::MAX });
    ROME.to_datetime(instant)
}

/// The calendar day in Rome at `at`.
pub fn day(at: i64) -> Date {
    let clock = wall_clock(at);
    let first = Date { year: 1, month: 1, day: 1 };
    // Before year 1 (only from absurd instants) the domain's Date cannot go: the first day stands in.
    u16::try_from(clock.year())
        .ok()
        .and_then(|year| Date::new(year, clock.month().unsigned_abs(), clock.day().unsigned_abs()))
        .unwrap_or(first)
}

/// The first instant of `day` in Rome (Unix seconds): a report of days from..to covers
/// `start_of_day(from)..start_of_day(to + 1)`.
pub fn start_of_day(day: Date) -> i64 {
    let civil = jiff::civil::date(day.year as i16, day.month as i8, day.day as i8);
    ROME.to_ambiguous_timestamp(civil.at(0, 0, 0, 0)).compatible().map_or(0, |instant| instant.as_second())
}

/// Today in Rome: what "overdue", "due today" and "expired" compare with.
pub fn today(now: i64) -> Date {
    day(now)
}

/// The school year running in Rome at `now` (a new one starts on 1 September).
pub fn school_year(now: i64) -> SchoolYear {
    today(now).school_year()
}

/// "24/11/2026" and "15:04": how receipts, documents and pages show an instant.
pub fn date_and_clock(at: i64) -> (String, String) {
    let clock = wall_clock(at);
    (day(at).to_italian(), format!("{:02}:{:02}", clock.hour(), clock.minute()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Seconds at `hour:minute` UTC on `date` (yyyy-mm-dd).
    fn utc(date: &str, hour: i64, minute: i64) -> i64 {
        Date::parse(date).unwrap().unix_days() * 86_400 + hour * 3_600 + minute * 60
    }

    #[test]
    fn days_start_at_midnight_in_rome_in_winter_and_summer() {
        assert_eq!(start_of_day(Date::parse("2026-12-01").unwrap()), utc("2026-11-30", 23, 0));
        assert_eq!(start_of_day(Date::parse("2026-07-01").unwrap()), utc("2026-06-30", 22, 0));
        for at in [utc("2026-03-29", 0, 30), utc("2026-10-25", 1, 30)] {
            assert!(start_of_day(day(at)) <= at && at < start_of_day(day(at).plus_days(1)));
        }
    }

    fn shown(at: i64) -> (String, String) {
        date_and_clock(at)
    }

    #[test]
    fn winter_is_utc_plus_one_and_summer_plus_two() {
        assert_eq!(shown(utc("2026-11-24", 14, 5)), ("24/11/2026".into(), "15:05".into()));
        assert_eq!(shown(utc("2026-07-01", 10, 0)), ("01/07/2026".into(), "12:00".into()));
        assert_eq!(shown(utc("2026-12-31", 23, 30)), ("01/01/2027".into(), "00:30".into()));
    }

    #[test]
    fn spring_forward_skips_an_hour() {
        // 2026: the last Sunday of March is the 29th; at 01:00 UTC 02:00 becomes 03:00.
        assert_eq!(shown(utc("2026-03-29", 0, 59)).1, "01:59");
        assert_eq!(shown(utc("2026-03-29", 1, 0)).1, "03:00");
        // 2027: the 28th.
        assert_eq!(shown(utc("2027-03-28", 0, 59)).1, "01:59");
        assert_eq!(shown(utc("2027-03-28", 1, 0)).1, "03:00");
    }

    #[test]
    fn fall_back_repeats_an_hour() {
        // 2026: the last Sunday of October is the 25th; at 01:00 UTC 03:00 becomes 02:00 again.
        assert_eq!(shown(utc("2026-10-25", 0, 59)).1, "02:59");
        assert_eq!(shown(utc("2026-10-25", 1, 0)).1, "02:00");
        assert_eq!(shown(utc("2026-10-25", 1, 59)).1, "02:59");
        assert_eq!(shown(utc("2026-10-25", 2, 0)).1, "03:00");
    }

    #[test]
    fn late_evening_utc_is_already_tomorrow_in_rome() {
        let d = |text: &str| Date::parse(text).unwrap();
        // 23:30 UTC is 00:30 (winter) or 01:30 (summer) of the next day in Rome.
        assert_eq!(today(utc("2026-12-15", 23, 30)), d("2026-12-16"));
        assert_eq!(today(utc("2026-07-15", 23, 30)), d("2026-07-16"));
        // 22:30 UTC is 23:30 of the same day in winter, 00:30 of the next in summer.
        assert_eq!(today(utc("2026-12-14", 22, 30)), d("2026-12-14"));
        assert_eq!(today(utc("2026-07-14", 22, 30)), d("2026-07-15"));
        // Midnight in Rome, to the second.
        assert_eq!(today(utc("2026-12-14", 22, 59) + 59), d("2026-12-14"));
        assert_eq!(today(utc("2026-12-14", 23, 0)), d("2026-12-15"));
        assert_eq!(today(utc("2026-07-14", 21, 59) + 59), d("2026-07-14"));
        assert_eq!(today(utc("2026-07-14", 22, 0)), d("2026-07-15"));
    }

    #[test]
    fn the_school_year_starts_on_the_first_of_september_in_rome() {
        // 1 September 00:00 in Rome (summer time) is 31 August 22:00 UTC.
        assert_eq!(school_year(utc("2026-08-31", 21, 59)).start(), 2025);
        assert_eq!(school_year(utc("2026-08-31", 22, 0)).start(), 2026);
        assert_eq!(school_year(utc("2026-08-31", 22, 30)).start(), 2026);
        assert_eq!(school_year(utc("2027-08-31", 21, 0)).start(), 2026);
    }

    #[test]
    fn instants_out_of_range_do_not_panic() {
        assert_eq!(day(i64::MAX).year, 9999);
        assert_eq!(day(i64::MIN), Date { year: 1, month: 1, day: 1 });
        assert_eq!(day(0), Date::parse("1970-01-01").unwrap());
    }
}
