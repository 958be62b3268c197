//! The kind of a school, stored as a short code so its label can be translated.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SchoolKind {
    /// Istituto comprensivo: infant, primary and lower-secondary schools under one head.
    Comprehensive,
    Infant,
    Primary,
    LowerSecondary,
    /// Istituto di istruzione superiore and licei.
    UpperSecondary,
    Technical,
    Vocational,
}

impl SchoolKind {
    pub const ALL: [SchoolKind; 7] = [
        SchoolKind::Comprehensive,
        SchoolKind::Infant,
        SchoolKind::Primary,
        SchoolKind::LowerSecondary,
        SchoolKind::UpperSecondary,
        SchoolKind::Technical,
        SchoolKind::Vocational,
    ];

    pub fn code(self) -> &'static str {
        match self {
            SchoolKind::Comprehensive => "IC",
            SchoolKind::Infant => "AA",
            SchoolKind::Primary => "EE",
            SchoolKind::LowerSecondary => "MM",
            SchoolKind::UpperSecondary => "IS",
            SchoolKind::Technical => "TD",
            SchoolKind::Vocational => "RI",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::SchoolKind;

    #[test]
    fn codes_round_trip_and_are_unique() {
        for kind in SchoolKind::ALL {
            assert_eq!(SchoolKind::from_code(kind.code()), Some(kind));
        }
        assert_eq!(SchoolKind::from_code("XX"), None);
    }
}
