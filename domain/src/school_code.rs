//! Codice meccanografico: the Ministry's 10-character identifier of a school,
//! e.g. `MIIC8CY00P` (province `MI`, type `IC`, then a progressive and a check character).

use serde::{Deserialize, Serialize};
use std::fmt;

pub const SCHOOL_CODE_LEN: usize = 10;

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(try_from = "String", into = "String")]
pub struct SchoolCode(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SchoolCodeError {
    #[error("empty")]
    Empty,
    #[error("must be 10 characters, found {0}")]
    WrongLength(usize),
    #[error("must start with the two letters of the province and contain only letters and digits")]
    BadCharacters,
}

impl SchoolCode {
    /// Accepts any case and surrounding or inner spaces, as people type and paste codes.
    pub fn parse(input: &str) -> Result<Self, SchoolCodeError> {
        let compact: String = input.chars().filter(|c| !c.is_whitespace()).map(|c| c.to_ascii_uppercase()).collect();
        if compact.is_empty() {
            return Err(SchoolCodeError::Empty);
        }
        let length = compact.chars().count();
        if length != SCHOOL_CODE_LEN {
            return Err(SchoolCodeError::WrongLength(length));
        }
        let bytes = compact.as_bytes();
        let province_ok = bytes[..2].iter().all(u8::is_ascii_uppercase);
        let rest_ok = bytes[2..].iter().all(u8::is_ascii_alphanumeric);
        if !(province_ok && rest_ok) {
            return Err(SchoolCodeError::BadCharacters);
        }
        Ok(Self(compact))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The province's two-letter abbreviation (sigla) that opens every code.
    pub fn province(&self) -> &str {
        &self.0[..2]
    }
}

impl TryFrom<String> for SchoolCode {
    type Error = SchoolCodeError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<SchoolCode> for String {
    fn from(code: SchoolCode) -> Self {
        code.0
    }
}

impl fmt::Display for SchoolCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_case_and_spaces() {
        let code = SchoolCode::parse("  miic8cy00p ").unwrap();
        assert_eq!(code.as_str(), "MIIC8CY00P");
        assert_eq!(code.province(), "MI");
        assert_eq!(SchoolCode::parse("MIIC 8CY 00P").unwrap(), code);
    }

    #[test]
    fn rejects_wrong_lengths() {
        assert_eq!(SchoolCode::parse(""), Err(SchoolCodeError::Empty));
        assert_eq!(SchoolCode::parse("   "), Err(SchoolCodeError::Empty));
        assert_eq!(SchoolCode::parse("MIIC8CY00"), Err(SchoolCodeError::WrongLength(9)));
        let long = "A".repeat(10_000);
        assert_eq!(SchoolCode::parse(&long), Err(SchoolCodeError::WrongLength(10_000)));
    }

    #[test]
    fn rejects_bad_characters() {
        assert_eq!(SchoolCode::parse("12IC8CY00P"), Err(SchoolCodeError::BadCharacters));
        assert_eq!(SchoolCode::parse("MIIC8CY-0P"), Err(SchoolCodeError::BadCharacters));
        // Non-ASCII letters are not part of any code, and must not slice a UTF-8 char in half.
        assert_eq!(SchoolCode::parse("MIIC8CY00È"), Err(SchoolCodeError::BadCharacters));
        assert_eq!(SchoolCode::parse("ÈÈIC8CY00P"), Err(SchoolCodeError::BadCharacters));
    }

    #[test]
    fn serde_refuses_bad_values() {
        assert!(serde_json_like("\"MIIC8CY00P\"").is_ok());
        assert!(serde_json_like("\"nope\"").is_err());
    }

    fn serde_json_like(s: &str) -> Result<SchoolCode, SchoolCodeError> {
        // serde_json is not a dependency of the domain; go through the same TryFrom serde uses.
        SchoolCode::try_from(s.trim_matches('"').to_string())
    }
}
