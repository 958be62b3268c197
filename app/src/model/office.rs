//! What the office's pages share: the school they are about and the role of who reads them.

use domain::{SchoolCode, StaffRole};
use serde::{Deserialize, Serialize};

/// The school an office page is about, as its frame shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficeSchool {
    pub code: SchoolCode,
    pub name: String,
    /// The reader's role there (the headteacher also sees what waits for approval).
    pub role: StaffRole,
}

/// One school where the reader has a role, for `/segreteria`'s choice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffSchoolChoice {
    pub code: SchoolCode,
    pub name: String,
    pub role: StaffRole,
}

/// `/segreteria/{codice}`: the school's figures, each leading to where it is dealt with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficeHome {
    pub school: OfficeSchool,
    pub pupils: i64,
    /// Pupils no payer can see yet (no payer, or none the school vouches for).
    pub unseen: i64,
    pub events: i64,
}
