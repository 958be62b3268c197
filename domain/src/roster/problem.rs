//! What the roster's checks report: the column of the file, the reason, the problem (line,
//! column, reason). Typed, so the office's pages word them in the reader's language.

use super::MAX_PAYERS;
use serde::{Deserialize, Serialize};

/// A column of the file; payers are numbered from 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Column {
    /// The file as a whole (not UTF-8, empty, too long).
    File,
    PupilCf,
    PupilSurname,
    PupilName,
    Class,
    BirthDate,
    PayerCf(u8),
    PayerSurname(u8),
    PayerName(u8),
    PayerEmail(u8),
    /// A column the header does not name, by its position from 1.
    Position(u16),
}

impl Column {
    /// Its name in the header line (empty for the file, `#n` for a position).
    pub fn header(self) -> String {
        match self {
            Column::File => String::new(),
            Column::PupilCf => "codice_fiscale_alunno".into(),
            Column::PupilSurname => "cognome_alunno".into(),
            Column::PupilName => "nome_alunno".into(),
            Column::Class => "classe".into(),
            Column::BirthDate => "data_nascita_alunno".into(),
            Column::PayerCf(n) => format!("codice_fiscale_genitore_{n}"),
            Column::PayerSurname(n) => format!("cognome_genitore_{n}"),
            Column::PayerName(n) => format!("nome_genitore_{n}"),
            Column::PayerEmail(n) => format!("email_genitore_{n}"),
            Column::Position(n) => format!("#{n}"),
        }
    }

    pub(super) fn from_header(text: &str) -> Option<Column> {
        let text = text.trim().to_ascii_lowercase();
        let fixed = [Column::PupilCf, Column::PupilSurname, Column::PupilName, Column::Class, Column::BirthDate];
        if let Some(column) = fixed.into_iter().find(|c| c.header() == text) {
            return Some(column);
        }
        let (stem, number) = text.rsplit_once('_')?;
        let n = number.parse::<u8>().ok().filter(|n| (1..=MAX_PAYERS).contains(n))?;
        match stem {
            "codice_fiscale_genitore" => Some(Column::PayerCf(n)),
            "cognome_genitore" => Some(Column::PayerSurname(n)),
            "nome_genitore" => Some(Column::PayerName(n)),
            "email_genitore" => Some(Column::PayerEmail(n)),
            _ => None,
        }
    }
}

/// Why a cell, a line or the file was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Reason {
    Required,
    CfLength,
    CfPattern,
    CfCheck,
    /// The codice fiscale's surname letters are not this surname's.
    CfSurname,
    CfName,
    CfBirthDate,
    DateFormat,
    NameLatin,
    NameLong,
    ClassLong,
    ClassCharacters,
    Email,
    UnknownClass,
    /// The pupil is already at the line given.
    DuplicateInFile(u64),
    /// The school has this pupil under other names.
    OtherNamesAtSchool,
    NoPayer,
    /// The same payer twice for one pupil.
    PayerTwice,
    MissingColumn,
    DuplicateColumn,
    UnknownColumn,
    /// More cells than the header names.
    ExtraCell,
    NotUtf8,
    NoRows,
    TooManyRows,
    /// The CSV reader could not read the line (an unclosed quote).
    Unreadable,
    NoFile,
    /// Over the upload's limit (the page says how big a file may be).
    TooLarge,
    /// The office's forms: the school has this class, this pupil, this payer of the pupil already.
    ClassExists,
    PupilExists,
    PayerExists,
}

impl std::fmt::Display for Reason {
    /// For logs and serde's messages; people read the translated words (`app::i18n::roster`).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self:?}")
    }
}

/// One problem of the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// 1 is the header; 0 the file as a whole.
    pub line: u64,
    pub column: Column,
    pub reason: Reason,
}

impl Problem {
    pub fn new(line: u64, column: Column, reason: Reason) -> Problem {
        Problem { line, column, reason }
    }
    pub fn file(reason: Reason) -> Problem {
        Problem { line: 0, column: Column::File, reason }
    }
}
