//! What the server sends to pages and islands: plain serialisable data.

use crate::domain::{DirectoryQuery, FieldError, SchoolKind};
use serde::{Deserialize, Serialize};

/// Most results the directory lists at once; beyond this the family is asked to narrow down.
pub const DIRECTORY_PAGE_SIZE: usize = 50;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SchoolSummary {
    pub code: String,
    pub name: String,
    pub kind: SchoolKind,
    pub town: String,
    pub province: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct School {
    pub code: String,
    pub name: String,
    pub kind: SchoolKind,
    pub address: String,
    pub postcode: String,
    pub town: String,
    pub province: String,
    pub region: String,
    pub creditor_fiscal_code: String,
    pub email: String,
}

/// One option of a select: the value sent and the label shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub value: String,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SearchOutcome {
    NotAsked,
    Invalid(Vec<FieldError>),
    Found { schools: Vec<SchoolSummary>, truncated: bool },
}

/// Everything the directory page shows: the form as filled, its choices, and the outcome.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryPage {
    pub query: DirectoryQuery,
    pub regions: Vec<Choice>,
    pub provinces: Vec<Choice>,
    pub towns: Vec<Choice>,
    pub outcome: SearchOutcome,
}
