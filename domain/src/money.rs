//! Money as whole euro cents. Amounts are never floats: they come from the database as
//! integers, are summed with checked arithmetic, and are shown in the Italian format.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A non-negative amount in euro cents, at most [`Cents::MAX`] (999.999.999,99 EUR).
///
/// `u64` inside, so a negative amount cannot exist; the upper bound keeps every value
/// representable in an SQL `BIGINT` (i64), exactly in a JavaScript number, and within what
/// [`Cents::parse_italian`] accepts, so formatting always parses back.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u64", into = "u64")]
pub struct Cents(u64);

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("empty")]
    Empty,
    #[error("must not be negative")]
    Negative,
    #[error("not an amount")]
    NotANumber,
    /// A dot used as decimal separator (`12.50`): Italian amounts use a comma.
    #[error("the decimal separator is the comma")]
    DecimalPoint,
    /// Dots that do not group thousands (`1.23.456`).
    #[error("the thousands separator dot is misplaced")]
    Grouping,
    #[error("at most two decimals")]
    TooManyDecimals,
    #[error("above 999.999.999,99")]
    TooLarge,
}

const MAX_EURO_DIGITS: usize = 9;

impl Cents {
    pub const ZERO: Cents = Cents(0);
    pub const MAX: Cents = Cents(99_999_999_999);

    /// `None` above [`Cents::MAX`].
    pub const fn new(cents: u64) -> Option<Self> {
        if cents <= Self::MAX.0 {
            Some(Self(cents))
        } else {
            None
        }
    }

    /// For constants in code: beyond [`Cents::MAX`] it fails to compile (in a `const`).
    pub const fn from_const(cents: u64) -> Self {
        assert!(cents <= Self::MAX.0, "amount above Cents::MAX");
        Self(cents)
    }

    pub const fn get(self) -> u64 {
        self.0
    }

    pub const fn is_zero(self) -> bool {
        self.0 == 0
    }

    /// `None` when the result would exceed [`Cents::MAX`].
    pub fn checked_add(self, other: Cents) -> Option<Cents> {
        self.0.checked_add(other.0).and_then(Cents::new)
    }

    /// `None` when the result would be negative.
    pub fn checked_sub(self, other: Cents) -> Option<Cents> {
        self.0.checked_sub(other.0).map(Cents)
    }

    /// Sum of any number of amounts; `None` as soon as the total exceeds [`Cents::MAX`].
    pub fn checked_sum<I: IntoIterator<Item = Cents>>(amounts: I) -> Option<Cents> {
        amounts.into_iter().try_fold(Cents::ZERO, Cents::checked_add)
    }

    /// `1.234,56`: dot for thousands, comma for decimals, always two decimals, no currency.
    pub fn to_italian(self) -> String {
        self.format('.', ',')
    }

    /// How every page, email and PDF shows an amount: `1.234,56 €`.
    pub fn to_euro(self) -> String {
        format!("{} €", self.to_italian())
    }

    /// `1,234.56`, for the English interface.
    pub fn to_english(self) -> String {
        self.format(',', '.')
    }

    fn format(self, thousands: char, decimal: char) -> String {
        let euros = (self.0 / 100).to_string();
        let mut out = String::with_capacity(euros.len() + euros.len() / 3 + 3);
        for (index, digit) in euros.chars().enumerate() {
            if index > 0 && (euros.len() - index).is_multiple_of(3) {
                out.push(thousands);
            }
            out.push(digit);
        }
        out.push(decimal);
        out.push_str(&format!("{:02}", self.0 % 100));
        out
    }

    /// Reads an amount as a person types it in an Italian form: `12`, `12,5`, `12,50`,
    /// `1.234,56`, `1234,56`, `,50`, `€ 12,50`, `12,50 €`, with spaces anywhere.
    /// Zero is accepted; whether an amount must be positive is the caller's rule.
    pub fn parse_italian(input: &str) -> Result<Cents, MoneyError> {
        let compact: String = input.chars().filter(|c| !c.is_whitespace()).collect();
        let text = compact.strip_prefix('€').or_else(|| compact.strip_suffix('€')).unwrap_or(&compact);
        if text.is_empty() {
            return Err(MoneyError::Empty);
        }
        // U+2212 is the typographic minus, which some keyboards and pastes produce.
        if text.starts_with(['-', '\u{2212}']) {
            return Err(MoneyError::Negative);
        }
        if !text.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',') {
            return Err(MoneyError::NotANumber);
        }
        let (integer, decimals) = text.split_once(',').unwrap_or((text, ""));
        if decimals.contains([',', '.']) {
            return Err(MoneyError::NotANumber);
        }
        if decimals.len() > 2 {
            return Err(MoneyError::TooManyDecimals);
        }
        if integer.is_empty() && decimals.is_empty() {
            return Err(MoneyError::NotANumber);
        }
        let euro_digits = integer_digits(integer, text.contains(','))?;
        let significant = euro_digits.trim_start_matches('0');
        if significant.len() > MAX_EURO_DIGITS {
            return Err(MoneyError::TooLarge);
        }
        let euros: u64 =
            if significant.is_empty() { 0 } else { significant.parse().map_err(|_| MoneyError::NotANumber)? };
        let cents: u64 = match decimals.len() {
            0 => 0,
            1 => u64::from(decimals.as_bytes()[0] - b'0') * 10,
            _ => decimals.parse().map_err(|_| MoneyError::NotANumber)?,
        };
        // Nine euro digits cannot overflow, and stay within MAX.
        Cents::new(euros * 100 + cents).ok_or(MoneyError::TooLarge)
    }
}

/// The euro digits of the integer part, checking that dots only group thousands.
fn integer_digits(integer: &str, has_comma: bool) -> Result<String, MoneyError> {
    if !integer.contains('.') {
        return Ok(integer.to_string());
    }
    let groups: Vec<&str> = integer.split('.').collect();
    let first_ok = (1..=3).contains(&groups[0].len());
    let rest_ok = groups[1..].iter().all(|group| group.len() == 3);
    if first_ok && rest_ok {
        return Ok(groups.concat());
    }
    let last = groups[groups.len() - 1];
    if !has_comma && groups.len() == 2 && !groups[0].is_empty() && (1..=2).contains(&last.len()) {
        return Err(MoneyError::DecimalPoint);
    }
    Err(MoneyError::Grouping)
}

impl TryFrom<u64> for Cents {
    type Error = MoneyError;
    fn try_from(value: u64) -> Result<Self, Self::Error> {
        Cents::new(value).ok_or(MoneyError::TooLarge)
    }
}

/// From an SQL `BIGINT` column.
impl TryFrom<i64> for Cents {
    type Error = MoneyError;
    fn try_from(value: i64) -> Result<Self, Self::Error> {
        let value = u64::try_from(value).map_err(|_| MoneyError::Negative)?;
        Cents::try_from(value)
    }
}

impl From<Cents> for u64 {
    fn from(cents: Cents) -> Self {
        cents.0
    }
}

/// For an SQL `BIGINT` column: lossless because of the [`Cents::MAX`] bound.
impl From<Cents> for i64 {
    fn from(cents: Cents) -> Self {
        cents.0 as i64
    }
}

/// The Italian format, without currency: `1.234,56`.
impl fmt::Display for Cents {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_italian())
    }
}

#[cfg(test)]
mod tests;
