//! A school's roster as the office loads it: class names, and the rows of a CSV file of pupils
//! and their payers, each validated into typed values or into problems that name the line,
//! the column and the reason.
//!
//! **The file** (decided here, shown on the import page and in its sample file):
//! - UTF-8, with or without a byte-order mark (what Excel's "CSV UTF-8" writes); anything else
//!   is refused as a whole (accents would be wrong otherwise).
//! - Cells separated by `;` (Excel's Italian default) or `,`: the header line decides, by
//!   which of the two it holds more of. Quotes as RFC 4180 (the `csv` crate reads them).
//! - A header line first, naming the columns (case and spaces around them ignored, order free):
//!   `codice_fiscale_alunno`, `cognome_alunno`, `nome_alunno`, `classe`, optionally
//!   `data_nascita_alunno` (dd/mm/yyyy, checked against the codice fiscale), then for each
//!   payer n = 1, 2, ... `codice_fiscale_genitore_n`, `cognome_genitore_n`, `nome_genitore_n`
//!   and optionally `email_genitore_n`. An unknown column is a problem (a typo would otherwise
//!   drop a column silently).
//! - Blank lines are skipped; line numbers are the file's, the header being line 1.
//!
//! **The rules**: every codice fiscale valid and agreeing with the surname and name beside it
//! (and with the birth date where the file gives it); names as the registration accepts them;
//! the class one the school has; at least one payer per pupil, each complete, none twice; an
//! email, when given, plausible. A pupil twice in the file is a problem at the second line. A
//! pupil the school already has is an update when the names agree (class and payers follow the
//! file), a problem when they differ (the office must look: a typo, or two children mixed up).

use crate::birthplace::Date;
use crate::codice_fiscale::{name_code, surname_code, CodiceFiscale};
use crate::registration::{check_email, check_name, codice_fiscale_problem, RegProblem};
use crate::text::fold_for_search;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// Longest class name ("3ª A primaria", "5B liceo scientifico").
pub const CLASS_MAX_CHARS: usize = 30;
/// Most pupils one file may hold: a big school has about 1,500.
pub const MAX_ROWS: usize = 5_000;
/// Most payers one row may name.
pub const MAX_PAYERS: u8 = 9;

/// A class's name: trimmed, 1 to 30 characters, no control characters.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ClassName(String);

impl ClassName {
    pub fn parse(input: &str) -> Result<ClassName, Reason> {
        let name = input.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            Err(Reason::Required)
        } else if name.chars().count() > CLASS_MAX_CHARS {
            Err(Reason::ClassLong)
        } else if name.chars().any(char::is_control) {
            Err(Reason::ClassCharacters)
        } else {
            Ok(ClassName(name))
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for ClassName {
    type Error = Reason;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        ClassName::parse(&value)
    }
}

impl From<ClassName> for String {
    fn from(name: ClassName) -> Self {
        name.0
    }
}

/// One payer of a row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Payer {
    pub codice_fiscale: CodiceFiscale,
    pub surname: String,
    pub given_name: String,
    /// Lower-cased.
    pub email: Option<String>,
}

/// A row that passed every check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RosterRow {
    pub line: u64,
    pub codice_fiscale: CodiceFiscale,
    pub surname: String,
    pub given_name: String,
    pub class: ClassName,
    pub payers: Vec<Payer>,
}

/// The header's columns: where each one is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    at: HashMap<Column, usize>,
    /// Payer numbers, in order.
    payers: Vec<u8>,
    width: usize,
}

impl Header {
    pub fn parse(cells: &[&str]) -> Result<Header, Vec<Problem>> {
        let mut problems = Vec::new();
        let mut at = HashMap::new();
        for (index, cell) in cells.iter().enumerate() {
            let position = Column::Position(u16::try_from(index + 1).unwrap_or(u16::MAX));
            match Column::from_header(cell) {
                Some(column) if at.contains_key(&column) => {
                    problems.push(Problem::new(1, column, Reason::DuplicateColumn))
                }
                Some(column) => {
                    at.insert(column, index);
                }
                None if cell.trim().is_empty() => {}
                None => problems.push(Problem::new(1, position, Reason::UnknownColumn)),
            }
        }
        let mut payers: Vec<u8> = at
            .keys()
            .filter_map(|c| match c {
                Column::PayerCf(n) | Column::PayerSurname(n) | Column::PayerName(n) | Column::PayerEmail(n) => Some(*n),
                _ => None,
            })
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        payers.sort_unstable();
        let mut needed = vec![Column::PupilCf, Column::PupilSurname, Column::PupilName, Column::Class];
        if payers.is_empty() {
            payers.push(1);
        }
        for n in &payers {
            needed.extend([Column::PayerCf(*n), Column::PayerSurname(*n), Column::PayerName(*n)]);
        }
        problems.extend(
            needed.into_iter().filter(|c| !at.contains_key(c)).map(|c| Problem::new(1, c, Reason::MissingColumn)),
        );
        if problems.is_empty() {
            Ok(Header { at, payers, width: cells.len() })
        } else {
            Err(problems)
        }
    }
}

/// What the school has: its classes, and its pupils' names by codice fiscale.
#[derive(Clone, Debug, Default)]
pub struct Known {
    pub classes: HashSet<String>,
    /// Codice fiscale → (surname, given name).
    pub pupils: HashMap<String, (String, String)>,
}

/// Whether two spellings are the same name (case, accents and spacing aside).
pub fn same_name(a: &str, b: &str) -> bool {
    fold_for_search(a) == fold_for_search(b)
}

/// The separator of a file whose header line is `first_line`.
pub fn delimiter(first_line: &str) -> u8 {
    if first_line.matches(',').count() > first_line.matches(';').count() {
        b','
    } else {
        b';'
    }
}

/// The text of a file: UTF-8, byte-order mark dropped.
pub fn text_of(bytes: &[u8]) -> Result<&str, Problem> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|_| Problem::file(Reason::NotUtf8))
}

fn reg(problem: RegProblem) -> Reason {
    match problem {
        RegProblem::Required => Reason::Required,
        RegProblem::CfLength => Reason::CfLength,
        RegProblem::CfCheck => Reason::CfCheck,
        RegProblem::NameLong => Reason::NameLong,
        RegProblem::Email => Reason::Email,
        RegProblem::NameLatin => Reason::NameLatin,
        _ => Reason::CfPattern,
    }
}

/// Checks one person: code, surname, name, their agreement (the office's forms use it too, with
/// line 0). Problems go to `problems`, at the given columns.
pub fn check_person(
    line: u64,
    cells: (&str, &str, &str),
    columns: (Column, Column, Column),
    problems: &mut Vec<Problem>,
) -> Option<(CodiceFiscale, String, String)> {
    let before = problems.len();
    let code = CodiceFiscale::parse(cells.0.trim())
        .map_err(|e| problems.push(Problem::new(line, columns.0, reg(codice_fiscale_problem(&e)))))
        .ok();
    let surname = cells.1.split_whitespace().collect::<Vec<_>>().join(" ");
    let given_name = cells.2.split_whitespace().collect::<Vec<_>>().join(" ");
    let surname_ok = check_name(&surname).map_err(|p| problems.push(Problem::new(line, columns.1, reg(p)))).is_ok();
    let name_ok = check_name(&given_name).map_err(|p| problems.push(Problem::new(line, columns.2, reg(p)))).is_ok();
    if let Some(code) = &code {
        let decoded = code.decode();
        if surname_ok && decoded.surname_code != surname_code(&surname) {
            problems.push(Problem::new(line, columns.1, Reason::CfSurname));
        }
        if name_ok && decoded.name_code != name_code(&given_name) {
            problems.push(Problem::new(line, columns.2, Reason::CfName));
        }
    }
    code.filter(|_| problems.len() == before).map(|code| (code, surname, given_name))
}

/// The rows of a file (each with its line number and cells, header excluded) checked against
/// the school: every row, or every problem.
pub fn check_rows<'a>(
    header: &Header,
    rows: impl IntoIterator<Item = (u64, Vec<&'a str>)>,
    known: &Known,
) -> Result<Vec<RosterRow>, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut good = Vec::new();
    let mut first_line: HashMap<String, u64> = HashMap::new();
    let mut seen = 0;
    for (line, cells) in rows {
        seen += 1;
        if seen > MAX_ROWS {
            return Err(vec![Problem::file(Reason::TooManyRows)]);
        }
        let before = problems.len();
        let row = check_row(header, line, &cells, known, &mut problems);
        // A pupil twice in the file: the second line is the problem.
        if let Ok(code) = CodiceFiscale::parse(cell(header, &cells, Column::PupilCf).trim()) {
            let key = code.as_str().to_string();
            match first_line.get(&key) {
                Some(first) => problems.push(Problem::new(line, Column::PupilCf, Reason::DuplicateInFile(*first))),
                None => {
                    first_line.insert(key, line);
                }
            }
        }
        if let (Some(row), true) = (row, problems.len() == before) {
            good.push(row);
        }
    }
    if seen == 0 {
        problems.push(Problem::file(Reason::NoRows));
    }
    if problems.is_empty() {
        Ok(good)
    } else {
        Err(problems)
    }
}

fn cell<'c>(header: &Header, cells: &[&'c str], column: Column) -> &'c str {
    header.at.get(&column).and_then(|i| cells.get(*i)).copied().unwrap_or("")
}

fn check_row(
    header: &Header,
    line: u64,
    cells: &[&str],
    known: &Known,
    problems: &mut Vec<Problem>,
) -> Option<RosterRow> {
    for (index, extra) in cells.iter().enumerate().skip(header.width) {
        if !extra.trim().is_empty() {
            let position = u16::try_from(index + 1).unwrap_or(u16::MAX);
            problems.push(Problem::new(line, Column::Position(position), Reason::ExtraCell));
        }
    }
    let at = |column| cell(header, cells, column);
    let pupil = check_person(
        line,
        (at(Column::PupilCf), at(Column::PupilSurname), at(Column::PupilName)),
        (Column::PupilCf, Column::PupilSurname, Column::PupilName),
        problems,
    );
    if let Some((code, surname, given_name)) = &pupil {
        let typed = at(Column::BirthDate).trim();
        if !typed.is_empty() {
            match Date::parse(typed) {
                Err(_) => problems.push(Problem::new(line, Column::BirthDate, Reason::DateFormat)),
                Ok(date) => {
                    let decoded = code.decode();
                    let same = date.year % 100 == u16::from(decoded.year_of_century)
                        && (date.month, date.day) == (decoded.month, decoded.day);
                    if !same {
                        problems.push(Problem::new(line, Column::BirthDate, Reason::CfBirthDate));
                    }
                }
            }
        }
        if let Some((known_surname, known_name)) = known.pupils.get(code.as_str()) {
            if !same_name(known_surname, surname) || !same_name(known_name, given_name) {
                problems.push(Problem::new(line, Column::PupilCf, Reason::OtherNamesAtSchool));
            }
        }
    }
    let class = match ClassName::parse(at(Column::Class)) {
        Ok(class) if known.classes.contains(class.as_str()) => Some(class),
        Ok(_) => {
            problems.push(Problem::new(line, Column::Class, Reason::UnknownClass));
            None
        }
        Err(reason) => {
            problems.push(Problem::new(line, Column::Class, reason));
            None
        }
    };
    let payers = check_payers(header, line, cells, problems);
    let (code, surname, given_name) = pupil?;
    Some(RosterRow { line, codice_fiscale: code, surname, given_name, class: class?, payers: payers? })
}

/// Checks payer `n` of a line (codice fiscale, surname, name, email) into `problems`.
pub fn check_payer(line: u64, n: u8, cells: [&str; 4], problems: &mut Vec<Problem>) -> Option<Payer> {
    let found = check_person(
        line,
        (cells[0], cells[1], cells[2]),
        (Column::PayerCf(n), Column::PayerSurname(n), Column::PayerName(n)),
        problems,
    );
    let typed_email = cells[3].trim();
    let email = if typed_email.is_empty() {
        None
    } else if check_email(typed_email).is_ok() {
        Some(typed_email.to_lowercase())
    } else {
        problems.push(Problem::new(line, Column::PayerEmail(n), Reason::Email));
        return None;
    };
    found.map(|(codice_fiscale, surname, given_name)| Payer { codice_fiscale, surname, given_name, email })
}

fn check_payers(header: &Header, line: u64, cells: &[&str], problems: &mut Vec<Problem>) -> Option<Vec<Payer>> {
    let at = |column| cell(header, cells, column);
    let before = problems.len();
    let mut payers: Vec<Payer> = Vec::new();
    for &n in &header.payers {
        let typed =
            [at(Column::PayerCf(n)), at(Column::PayerSurname(n)), at(Column::PayerName(n)), at(Column::PayerEmail(n))];
        if typed.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if let Some(payer) = check_payer(line, n, typed, problems) {
            if payers.iter().any(|p| p.codice_fiscale == payer.codice_fiscale) {
                problems.push(Problem::new(line, Column::PayerCf(n), Reason::PayerTwice));
            }
            payers.push(payer);
        }
    }
    if payers.is_empty() && problems.len() == before {
        problems.push(Problem::new(line, Column::PayerCf(header.payers[0]), Reason::NoPayer));
    }
    (problems.len() == before).then_some(payers)
}

mod problem;
pub use problem::{Column, Problem, Reason};

#[cfg(test)]
mod tests;
