//! The pagoPA notice number (codice avviso, NAV): 18 digits, `3` + segregation code (2) +
//! IUV base (13) + check digits (2), the check digits being the first 16 digits mod 93.
//!
//! We always generate correct check digits, but a mismatch in a number someone typed is only a
//! warning: PSPs need not check the digits and pagoPA's own test numbers fail them. So the type's
//! invariant is the shape (18 digits, aux digit 3); [`NoticeNumber::parse`] reports a mismatch
//! beside the number, and [`NoticeNumber::check_digits_ok`] can ask again later.

use serde::{Deserialize, Serialize};
use std::fmt;

pub const NOTICE_NUMBER_LEN: usize = 18;
/// The only aux digit in use: one creditor, several generation points told apart by segregation.
pub const AUX_DIGIT: u8 = 3;
/// Exclusive upper bound of the 13-digit IUV base.
pub const IUV_BASE_LIMIT: u64 = 10_000_000_000_000;
const CHECK_MODULUS: u64 = 93;

/// The 2-digit segregation code that pagoPA assigns to each generation point of a creditor.
/// Holds any two digits, as found in notices; pagoPA assigns creditors 00-45.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct SegregationCode(u8);

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SegregationCodeError {
    #[error("must be two digits")]
    Shape,
}

impl SegregationCode {
    /// The highest code pagoPA assigns to a creditor's generation points.
    pub const MAX_ASSIGNED: u8 = 45;

    pub fn new(value: u8) -> Result<Self, SegregationCodeError> {
        if value <= 99 {
            Ok(Self(value))
        } else {
            Err(SegregationCodeError::Shape)
        }
    }

    /// Exactly two digits (`"01"`), surrounding spaces ignored.
    pub fn parse(input: &str) -> Result<Self, SegregationCodeError> {
        let text = input.trim();
        if text.len() != 2 || !text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(SegregationCodeError::Shape);
        }
        let bytes = text.as_bytes();
        Ok(Self((bytes[0] - b'0') * 10 + (bytes[1] - b'0')))
    }

    pub fn value(self) -> u8 {
        self.0
    }

    /// Whether pagoPA could have assigned this code to a creditor (00-45).
    pub fn is_creditor_range(self) -> bool {
        self.0 <= Self::MAX_ASSIGNED
    }
}

impl TryFrom<String> for SegregationCode {
    type Error = SegregationCodeError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<SegregationCode> for String {
    fn from(code: SegregationCode) -> Self {
        code.to_string()
    }
}

impl fmt::Display for SegregationCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}", self.0)
    }
}

/// 18 ASCII digits starting with the aux digit 3. The check digits may mismatch (see module doc).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct NoticeNumber(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NoticeNumberError {
    #[error("empty")]
    Empty,
    #[error("only digits and spaces are allowed")]
    NotDigits,
    #[error("must be 18 digits, found {0}")]
    Length(usize),
    /// Aux digits 0, 1 and 2 belong to retired formats.
    #[error("notice numbers starting with {0} are no longer in use")]
    RetiredAuxDigit(u8),
    #[error("notice numbers do not start with {0}")]
    UnknownAuxDigit(u8),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum GenerateError {
    #[error("the IUV base must have at most 13 digits")]
    BaseTooLarge,
    #[error("segregation code {0} is outside the range pagoPA assigns to creditors")]
    SegregationOutOfRange(SegregationCode),
}

/// The check digits typed differ from the computed ones: warn, but go on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CheckDigitMismatch {
    pub expected: u8,
    pub found: u8,
}

/// What [`NoticeNumber::parse`] gives: the number, and a warning the caller should show.
#[must_use]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedNoticeNumber {
    pub number: NoticeNumber,
    pub check_digit_warning: Option<CheckDigitMismatch>,
}

/// The check digits of the first 16 digits (aux digit, segregation, base) read as a number.
pub fn check_digits(first_sixteen: u64) -> u8 {
    (first_sixteen % CHECK_MODULUS) as u8
}

impl NoticeNumber {
    /// A new number of ours, with correct check digits. Refuses a segregation code pagoPA
    /// would not assign to a creditor, so a misconfiguration shows up before notices go out.
    pub fn generate(segregation: SegregationCode, base: u64) -> Result<Self, GenerateError> {
        if base >= IUV_BASE_LIMIT {
            return Err(GenerateError::BaseTooLarge);
        }
        if !segregation.is_creditor_range() {
            return Err(GenerateError::SegregationOutOfRange(segregation));
        }
        let first_sixteen =
            u64::from(AUX_DIGIT) * 100 * IUV_BASE_LIMIT + u64::from(segregation.value()) * IUV_BASE_LIMIT + base;
        let check = check_digits(first_sixteen);
        Ok(Self(format!("{first_sixteen:016}{check:02}")))
    }

    /// Accepts spaces anywhere, so both `301239600003547815` and the printed
    /// `3012 3960 0003 5478 15` work. A check-digit mismatch is a warning, not an error.
    pub fn parse(input: &str) -> Result<ParsedNoticeNumber, NoticeNumberError> {
        let compact: String = input.chars().filter(|c| !c.is_whitespace()).collect();
        if compact.is_empty() {
            return Err(NoticeNumberError::Empty);
        }
        if !compact.bytes().all(|b| b.is_ascii_digit()) {
            return Err(NoticeNumberError::NotDigits);
        }
        if compact.len() != NOTICE_NUMBER_LEN {
            return Err(NoticeNumberError::Length(compact.len()));
        }
        match compact.as_bytes()[0] - b'0' {
            AUX_DIGIT => {}
            aux @ 0..=2 => return Err(NoticeNumberError::RetiredAuxDigit(aux)),
            aux => return Err(NoticeNumberError::UnknownAuxDigit(aux)),
        }
        let number = Self(compact);
        let (expected, found) = (number.expected_check_digits(), number.check_digits());
        let check_digit_warning = (expected != found).then_some(CheckDigitMismatch { expected, found });
        Ok(ParsedNoticeNumber { number, check_digit_warning })
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// As printed on notices: groups of four digits, `3012 3960 0003 5478 15`.
    pub fn grouped(&self) -> String {
        let mut out = String::with_capacity(NOTICE_NUMBER_LEN + 4);
        for (index, digit) in self.0.chars().enumerate() {
            if index > 0 && index % 4 == 0 {
                out.push(' ');
            }
            out.push(digit);
        }
        out
    }

    /// The IUV (identificativo univoco di versamento): the 17 digits after the aux digit.
    pub fn iuv(&self) -> &str {
        &self.0[1..]
    }

    pub fn segregation(&self) -> SegregationCode {
        let bytes = self.0.as_bytes();
        SegregationCode((bytes[1] - b'0') * 10 + (bytes[2] - b'0'))
    }

    /// The 13-digit IUV base, unique per creditor and segregation code.
    pub fn base(&self) -> u64 {
        self.digits(3..16)
    }

    /// The check digits as written in the number.
    pub fn check_digits(&self) -> u8 {
        self.digits(16..18) as u8
    }

    /// The check digits the first 16 digits call for.
    pub fn expected_check_digits(&self) -> u8 {
        check_digits(self.digits(0..16))
    }

    pub fn check_digits_ok(&self) -> bool {
        self.check_digits() == self.expected_check_digits()
    }

    fn digits(&self, range: std::ops::Range<usize>) -> u64 {
        self.0.as_bytes()[range].iter().fold(0, |acc, b| acc * 10 + u64::from(b - b'0'))
    }
}

/// Serde and the database go through here: the shape is checked, a mismatch is kept.
impl TryFrom<String> for NoticeNumber {
    type Error = NoticeNumberError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value).map(|parsed| parsed.number)
    }
}

impl From<NoticeNumber> for String {
    fn from(number: NoticeNumber) -> Self {
        number.0
    }
}

impl fmt::Display for NoticeNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests;
