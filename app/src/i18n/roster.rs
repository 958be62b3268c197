//! The words of the roster's problems (`domain::roster`), for the import report and the
//! office's forms.

use super::phrases;
use super::{Lang, PupilsMsg};
use domain::roster::{Column, Reason};

/// A line number as the report shows it ("—" for the file as a whole).
pub fn line(line: u64) -> String {
    if line == 0 {
        "—".into()
    } else {
        line.to_string()
    }
}

/// The column as the file's header names it (what the secretary finds in the spreadsheet).
pub fn column(lang: Lang, column: Column) -> String {
    match column {
        Column::File => lang.t(PupilsMsg::PupilsColumnFile).into(),
        Column::Position(n) => phrases::pupils_column_position(lang, n),
        other => other.header(),
    }
}

pub fn reason(lang: Lang, reason: Reason) -> String {
    let key = match reason {
        Reason::DuplicateInFile(line) => return phrases::pupils_reason_duplicate_in_file(lang, line.to_string()),
        Reason::TooManyRows => {
            return phrases::pupils_reason_too_many_rows(
                lang,
                grouped(i64::try_from(domain::roster::MAX_ROWS).unwrap_or(i64::MAX)),
            )
        }
        Reason::Required => PupilsMsg::PupilsReasonRequired,
        Reason::CfLength => PupilsMsg::PupilsReasonCfLength,
        Reason::CfPattern => PupilsMsg::PupilsReasonCfPattern,
        Reason::CfCheck => PupilsMsg::PupilsReasonCfCheck,
        Reason::CfSurname => PupilsMsg::PupilsReasonCfSurname,
        Reason::CfName => PupilsMsg::PupilsReasonCfName,
        Reason::CfBirthDate => PupilsMsg::PupilsReasonCfBirthDate,
        Reason::DateFormat => PupilsMsg::PupilsReasonDateFormat,
        Reason::NameLatin => PupilsMsg::PupilsReasonNameLatin,
        Reason::NameLong => PupilsMsg::PupilsReasonNameLong,
        Reason::ClassLong => PupilsMsg::PupilsReasonClassLong,
        Reason::ClassCharacters => PupilsMsg::PupilsReasonClassCharacters,
        Reason::Email => PupilsMsg::PupilsReasonEmail,
        Reason::UnknownClass => PupilsMsg::PupilsReasonUnknownClass,
        Reason::OtherNamesAtSchool => PupilsMsg::PupilsReasonOtherNames,
        Reason::NoPayer => PupilsMsg::PupilsReasonNoPayer,
        Reason::PayerTwice => PupilsMsg::PupilsReasonPayerTwice,
        Reason::MissingColumn => PupilsMsg::PupilsReasonMissingColumn,
        Reason::DuplicateColumn => PupilsMsg::PupilsReasonDuplicateColumn,
        Reason::UnknownColumn => PupilsMsg::PupilsReasonUnknownColumn,
        Reason::ExtraCell => PupilsMsg::PupilsReasonExtraCell,
        Reason::NotUtf8 => PupilsMsg::PupilsReasonNotUtf8,
        Reason::NoRows => PupilsMsg::PupilsReasonNoRows,
        Reason::Unreadable => PupilsMsg::PupilsReasonUnreadable,
        Reason::NoFile => PupilsMsg::PupilsReasonNoFile,
        Reason::TooLarge => PupilsMsg::PupilsReasonTooLarge,
        Reason::ClassExists => PupilsMsg::PupilsReasonClassExists,
        Reason::PupilExists => PupilsMsg::PupilsReasonPupilExists,
        Reason::PayerExists => PupilsMsg::PupilsReasonPayerExists,
    };
    lang.t(key).into()
}

/// A count with Italian thousands separators: 1.500.
pub fn grouped(count: impl Into<i64>) -> String {
    let count: i64 = count.into();
    let digits = count.unsigned_abs().to_string();
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push('.');
        }
        out.push(digit);
    }
    if count < 0 {
        out.insert(0, '-');
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_are_grouped_by_thousands() {
        assert_eq!(super::grouped(7), "7");
        assert_eq!(super::grouped(1500), "1.500");
        assert_eq!(super::grouped(1_234_567), "1.234.567");
    }
}
