//! Places of birth as a codice fiscale names them: Italian municipalities by cadastral code and
//! foreign states by `Z` + 3 digits, each row valid for a period (towns merge, rename, change
//! province). The types compile everywhere; the registry (`domain/data/birthplaces.tsv`, about
//! 19,500 periods) only with `ssr`, so the browser bundle does not carry it.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A calendar day. Fields in this order so the derived `Ord` is chronological.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[error("not a valid date (dd/mm/yyyy or yyyy-mm-dd)")]
pub struct DateError;

impl Date {
    /// The date if it is a real calendar day.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let date = Date { year, month, day };
        date.is_valid().then_some(date)
    }

    /// Days in a month of the Gregorian calendar (0 for a month that does not exist).
    pub fn days_in_month(year: u16, month: u8) -> u8 {
        let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
        match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => 0,
        }
    }

    pub fn is_valid(&self) -> bool {
        self.year >= 1 && (1..=Self::days_in_month(self.year, self.month)).contains(&self.day)
    }

    /// The day `days` after 1970-01-01 (negative: before), H. Hinnant's civil-from-days.
    pub fn from_unix_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Date { year, month, day }
    }

    /// Days since 1970-01-01 (the inverse of [`Date::from_unix_days`]).
    pub fn unix_days(self) -> i64 {
        let (month, day) = (i64::from(self.month), i64::from(self.day));
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let yoe = year - era * 400;
        let doy = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + day - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn plus_days(self, days: i64) -> Date {
        Date::from_unix_days(self.unix_days() + days)
    }

    /// As Italians write dates: dd/mm/yyyy.
    pub fn to_italian(self) -> String {
        format!("{:02}/{:02}/{:04}", self.day, self.month, self.year)
    }

    /// The school year this day belongs to, by the calendar year it starts in (September).
    pub fn school_year(self) -> crate::SchoolYear {
        crate::SchoolYear::starting(if self.month >= 9 { self.year } else { self.year - 1 })
    }

    /// `yyyy-mm-dd` (how the data stores it) or `dd/mm/yyyy` (how Italians type it; a 1-digit
    /// day or month is accepted there). Only real calendar days.
    pub fn parse(input: &str) -> Result<Date, DateError> {
        let input = input.trim();
        let (year, month, day) = if input.contains('-') {
            let [y, m, d] = parts(input, '-', [4..=4, 2..=2, 2..=2]).ok_or(DateError)?;
            (y, m, d)
        } else {
            let [d, m, y] = parts(input, '/', [1..=2, 1..=2, 4..=4]).ok_or(DateError)?;
            (y, m, d)
        };
        let narrow = |n: u16| u8::try_from(n).map_err(|_| DateError);
        Date::new(year, narrow(month)?, narrow(day)?).ok_or(DateError)
    }
}

/// Three numbers separated by `separator`, each made only of ASCII digits (no signs) with a
/// length in its range.
fn parts(input: &str, separator: char, lengths: [std::ops::RangeInclusive<usize>; 3]) -> Option<[u16; 3]> {
    let mut numbers = [0u16; 3];
    let mut pieces = input.split(separator);
    for (number, length) in numbers.iter_mut().zip(lengths) {
        let piece = pieces.next()?;
        if !length.contains(&piece.len()) || !piece.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        *number = piece.parse().ok()?;
    }
    pieces.next().is_none().then_some(numbers)
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Date::parse(s)
    }
}

impl TryFrom<String> for Date {
    type Error = DateError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Date::parse(&value)
    }
}

impl From<Date> for String {
    fn from(date: Date) -> Self {
        date.to_string()
    }
}

/// One validity period of a place code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Birthplace {
    /// Cadastral code (`H501`) or foreign state code (`Z404`).
    pub code: String,
    pub name: String,
    /// Province sigla at that time, `EE` for foreign states.
    pub province: String,
    /// First day of validity (inclusive); `None` when unknown.
    pub valid_from: Option<Date>,
    /// Last day of validity (inclusive); `None` while still valid.
    pub valid_to: Option<Date>,
}

impl Birthplace {
    pub fn is_foreign(&self) -> bool {
        self.code.starts_with('Z')
    }

    pub fn valid_on(&self, date: Date) -> bool {
        self.valid_from.is_none_or(|from| from <= date) && self.valid_to.is_none_or(|to| date <= to)
    }
}

#[cfg(any(test, feature = "registry"))]
pub use registry::{all, by_code, plausible_on, search, valid_on};

#[cfg(any(test, feature = "registry"))]
mod registry {
    use super::{Birthplace, Date};
    use crate::text::fold_for_search;
    use std::collections::HashMap;
    use std::sync::OnceLock;

    const DATA: &str = include_str!("../data/birthplaces.tsv");

    struct Registry {
        /// Sorted by code, then valid_from (as the file is).
        places: Vec<Birthplace>,
        /// One entry per code, name and province, sorted by folded name.
        index: Vec<SearchEntry>,
    }

    /// A name folded once: letters and digits only, plus where each word starts.
    pub(super) struct SearchEntry {
        place: usize,
        compact: String,
        word_starts: Box<[u16]>,
    }

    fn registry() -> &'static Registry {
        static REGISTRY: OnceLock<Registry> = OnceLock::new();
        REGISTRY.get_or_init(load)
    }

    fn load() -> Registry {
        let places: Vec<Birthplace> = DATA
            .lines()
            .enumerate()
            .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'))
            .map(parse_row)
            .collect();
        // Searching shows a place once, as its latest period describes it.
        let mut latest: HashMap<(&str, &str, &str), usize> = HashMap::new();
        for (at, place) in places.iter().enumerate() {
            latest.insert((&place.code, &place.name, &place.province), at);
        }
        let mut keyed: Vec<(String, usize)> =
            latest.into_values().map(|at| (folded_words(&places[at].name).join(" "), at)).collect();
        keyed.sort_by(|(a, at), (b, bt)| {
            let (p, q) = (&places[*at], &places[*bt]);
            (a, &p.name, &p.province, &p.code).cmp(&(b, &q.name, &q.province, &q.code))
        });
        let index = keyed.into_iter().map(|(_, at)| entry(at, &places[at].name)).collect();
        Registry { places, index }
    }

    fn parse_row((number, line): (usize, &str)) -> Birthplace {
        let fields: Vec<&str> = line.split('\t').collect();
        let bad = || panic!("birthplaces.tsv line {}: {line:?}", number + 1);
        let [code, name, province, from, to] = fields[..] else { bad() };
        let date = |text: &str| (!text.is_empty()).then(|| Date::parse(text).unwrap_or_else(|_| bad()));
        Birthplace {
            code: code.to_string(),
            name: name.to_string(),
            province: province.to_string(),
            valid_from: date(from),
            valid_to: date(to),
        }
    }

    /// Every period of every place, sorted by code then valid_from.
    pub fn all() -> &'static [Birthplace] {
        &registry().places
    }

    /// All periods of a code (case and spaces ignored), oldest first; empty when unknown.
    pub fn by_code(code: &str) -> Vec<&'static Birthplace> {
        let code = code.trim().to_ascii_uppercase();
        let places = all();
        let start = places.partition_point(|p| p.code < code);
        places[start..].iter().take_while(|p| p.code == code).collect()
    }

    /// The period of `code` that covers `date`.
    pub fn valid_on(code: &str, date: Date) -> Option<&'static Birthplace> {
        by_code(code).into_iter().find(|p| p.valid_on(date))
    }

    /// Whether a codice fiscale may carry `code` for someone born on `date`: the code is known
    /// and its last period had not ended. Laxer than [`valid_on`] on purpose: ANPR's periods
    /// miss spans, and the Agenzia delle Entrate accepts codes of places created after the
    /// holder's birth (python-codicefiscale issues #113, #210, #213).
    pub fn plausible_on(code: &str, date: Date) -> bool {
        by_code(code).iter().any(|p| p.valid_to.is_none_or(|to| date <= to))
    }

    /// Places whose name matches `query` for an autocomplete, best first: the name starts with
    /// it, then a word of the name does, then it appears anywhere; within each, places still
    /// valid before historic ones, then by name. Case, accents, apostrophes and hyphens are
    /// ignored (`santangelo` finds Sant'Angelo). Fewer than 2 letters find nothing.
    pub fn search(query: &str, limit: usize) -> Vec<&'static Birthplace> {
        let query = folded_words(query).concat();
        if query.chars().count() < 2 || limit == 0 {
            return Vec::new();
        }
        let registry = registry();
        let mut hits: Vec<(u8, bool, usize)> = registry
            .index
            .iter()
            .filter_map(|entry| {
                let historic = registry.places[entry.place].valid_to.is_some();
                rank(entry, &query).map(|rank| (rank, historic, entry.place))
            })
            .collect();
        // Stable: the index order (by name) breaks ties.
        hits.sort_by_key(|&(rank, historic, _)| (rank, historic));
        hits.into_iter().take(limit).map(|(_, _, at)| &registry.places[at]).collect()
    }

    /// 0: whole-name prefix, 1: word prefix, 2: substring; `None`: no match.
    pub(super) fn rank(entry: &SearchEntry, query: &str) -> Option<u8> {
        let compact = entry.compact.as_str();
        if compact.starts_with(query) {
            Some(0)
        } else if entry.word_starts.iter().skip(1).any(|&at| compact[usize::from(at)..].starts_with(query)) {
            Some(1)
        } else if compact.contains(query) {
            Some(2)
        } else {
            None
        }
    }

    pub(super) fn entry(place: usize, name: &str) -> SearchEntry {
        let mut compact = String::with_capacity(name.len());
        let mut word_starts = Vec::new();
        for word in folded_words(name) {
            // Names are short; a word past 64 KiB would only lose its word-prefix rank.
            if let Ok(at) = u16::try_from(compact.len()) {
                word_starts.push(at);
            }
            compact.push_str(&word);
        }
        SearchEntry { place, compact, word_starts: word_starts.into() }
    }

    /// Lower-case words of letters and digits, accents removed; anything else separates words.
    pub(super) fn folded_words(text: &str) -> Vec<String> {
        let folded: String = fold_for_search(text)
            .chars()
            .map(|c| match c {
                // Slovenian letters in bilingual names, which fold_for_search leaves alone.
                'č' | 'ć' => 'c',
                'š' => 's',
                'ž' => 'z',
                c if c.is_alphanumeric() => c,
                _ => ' ',
            })
            .collect();
        folded.split_whitespace().map(str::to_string).collect()
    }
}

#[cfg(test)]
mod tests;
