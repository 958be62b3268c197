//! The school year, as schools and families name it.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A school year, known by the calendar year it starts in (September): 2026 is "2026/27".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SchoolYear(u16);

impl SchoolYear {
    pub const fn starting(year: u16) -> Self {
        SchoolYear(year)
    }

    /// The calendar year it starts in (how the database stores it and filters name it).
    pub const fn start(self) -> u16 {
        self.0
    }
}

/// "2026/27"; "2099/00" at the turn of a century.
impl fmt::Display for SchoolYear {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{:02}", self.0, (u32::from(self.0) + 1) % 100)
    }
}

#[cfg(test)]
mod tests {
    use super::SchoolYear;

    #[test]
    fn labels_have_two_digits_for_the_second_year() {
        assert_eq!(SchoolYear::starting(2026).to_string(), "2026/27");
        assert_eq!(SchoolYear::starting(2008).to_string(), "2008/09");
        assert_eq!(SchoolYear::starting(2099).to_string(), "2099/00");
        assert!(SchoolYear::starting(2025) < SchoolYear::starting(2026));
    }
}
