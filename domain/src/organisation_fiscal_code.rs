//! The 11-digit fiscal code of an organisation (a school as pagoPA creditor): ten digits and a
//! Luhn-style check digit, the same algorithm as the Italian VAT number.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct OrganisationFiscalCode(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum OrganisationFiscalCodeError {
    #[error("must be 11 digits")]
    Shape,
    #[error("the check digit does not match")]
    CheckDigit,
}

impl OrganisationFiscalCode {
    pub fn parse(input: &str) -> Result<Self, OrganisationFiscalCodeError> {
        let digits = input.trim();
        if digits.len() != 11 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(OrganisationFiscalCodeError::Shape);
        }
        let bytes = digits.as_bytes();
        if check_digit(&bytes[..10]) != bytes[10] - b'0' {
            return Err(OrganisationFiscalCodeError::CheckDigit);
        }
        Ok(Self(digits.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Check digit over the first ten ASCII digits: odd positions as they are, even positions
/// doubled (minus 9 when over 9), the complement to ten of the sum's last digit.
pub fn check_digit(first_ten: &[u8]) -> u8 {
    let sum: u32 = first_ten
        .iter()
        .enumerate()
        .map(|(index, byte)| {
            let digit = u32::from(byte - b'0');
            if index % 2 == 0 {
                digit
            } else {
                let doubled = digit * 2;
                if doubled > 9 {
                    doubled - 9
                } else {
                    doubled
                }
            }
        })
        .sum();
    ((10 - sum % 10) % 10) as u8
}

impl TryFrom<String> for OrganisationFiscalCode {
    type Error = OrganisationFiscalCodeError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<OrganisationFiscalCode> for String {
    fn from(code: OrganisationFiscalCode) -> Self {
        code.0
    }
}

impl fmt::Display for OrganisationFiscalCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_known_valid_codes() {
        // The Ministry of Education's own fiscal code, and a school's.
        assert!(OrganisationFiscalCode::parse("80185250588").is_ok());
        assert!(OrganisationFiscalCode::parse(" 97035330154 ").is_ok());
    }

    #[test]
    fn every_wrong_check_digit_is_refused() {
        for last in 0..10u8 {
            let candidate = format!("8018525058{last}");
            let expected_ok = last == 8;
            assert_eq!(OrganisationFiscalCode::parse(&candidate).is_ok(), expected_ok, "{candidate}");
        }
    }

    #[test]
    fn refuses_bad_shapes() {
        for bad in ["", "8018525058", "801852505888", "8018525058A", "８0185250588"] {
            assert_eq!(OrganisationFiscalCode::parse(bad), Err(OrganisationFiscalCodeError::Shape), "{bad}");
        }
    }
}
