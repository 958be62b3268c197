//! The school office: who works there and what each role may do, the categories of what a school
//! asks money for (with pagoPA's taxonomy code), a payment event's life, and the one-time code
//! an office hands a family so that a parent sees their children.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A person's role in one school's office. The same account may be staff at one school and a
/// parent at another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum StaffRole {
    /// Dirigente scolastico: sees everything, approves payment events.
    Headteacher,
    /// Direttore dei servizi generali e amministrativi: runs the office.
    OfficeManager,
    /// Assistente amministrativo.
    Staff,
}

impl StaffRole {
    pub const ALL: [StaffRole; 3] = [StaffRole::Headteacher, StaffRole::OfficeManager, StaffRole::Staff];

    /// The stored code (and the CLI's): `ds`, `dsga`, `aa`.
    pub fn code(self) -> &'static str {
        match self {
            StaffRole::Headteacher => "ds",
            StaffRole::OfficeManager => "dsga",
            StaffRole::Staff => "aa",
        }
    }

    pub fn parse(code: &str) -> Option<StaffRole> {
        let code = code.trim().to_ascii_lowercase();
        StaffRole::ALL.into_iter().find(|role| role.code() == code)
    }

    /// Only the headteacher approves a payment event before it is published.
    pub fn may_approve(self) -> bool {
        self == StaffRole::Headteacher
    }

    /// Marking a refund as made: the headteacher and the DSGA, who keeps the school's accounts.
    pub fn may_settle_refunds(self) -> bool {
        matches!(self, StaffRole::Headteacher | StaffRole::OfficeManager)
    }

    /// Everything else (pupils, payers, drafting and publishing events, reports) is open to
    /// every role of the office.
    pub fn may_manage(self) -> bool {
        true
    }
}

/// What a payment event asks money for. Each maps to pagoPA's taxonomy code for state schools
/// (creditor type 06, `../shared/domain/README.md`), which goes in every transfer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EventCategory {
    Trip,
    Insurance,
    Contribution,
    Tax,
    Canteen,
    Material,
    Other,
}

impl EventCategory {
    pub const ALL: [EventCategory; 7] = [
        EventCategory::Trip,
        EventCategory::Insurance,
        EventCategory::Contribution,
        EventCategory::Tax,
        EventCategory::Canteen,
        EventCategory::Material,
        EventCategory::Other,
    ];

    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            EventCategory::Trip => "trip",
            EventCategory::Insurance => "insurance",
            EventCategory::Contribution => "contribution",
            EventCategory::Tax => "tax",
            EventCategory::Canteen => "canteen",
            EventCategory::Material => "material",
            EventCategory::Other => "other",
        }
    }

    pub fn parse(code: &str) -> Option<EventCategory> {
        EventCategory::ALL.into_iter().find(|c| c.code() == code)
    }

    /// pagoPA's taxonomy code (`transferCategory`), taxonomy v33. Material and "other" have no
    /// service of their own: they go as optional services and various contributions.
    pub fn taxonomy(self) -> &'static str {
        match self {
            EventCategory::Trip => "9/0601125AP/",
            EventCategory::Insurance => "9/0601124SP/",
            EventCategory::Contribution => "9/0601112AP/",
            EventCategory::Tax => "9/0601101TS/",
            EventCategory::Canteen => "9/0601104TS/",
            EventCategory::Material => "9/0601132AP/",
            EventCategory::Other => "9/0601112AP/",
        }
    }
}

/// A payment event's life: drafted by the office, approved by the headteacher, published (its
/// notices exist), or revoked (its notices can no longer be paid; their numbers are never reused).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EventState {
    Draft,
    Approved,
    Published,
    Revoked,
}

impl EventState {
    pub const ALL: [EventState; 4] =
        [EventState::Draft, EventState::Approved, EventState::Published, EventState::Revoked];

    pub fn code(self) -> &'static str {
        match self {
            EventState::Draft => "draft",
            EventState::Approved => "approved",
            EventState::Published => "published",
            EventState::Revoked => "revoked",
        }
    }

    pub fn parse(code: &str) -> Option<EventState> {
        EventState::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Whether `self` may become `next`. Editing an approved event sends it back to draft (the
    /// headteacher approves what is published, not an earlier version).
    pub fn can_become(self, next: EventState) -> bool {
        use EventState::*;
        matches!(
            (self, next),
            (Draft, Approved)
                | (Approved, Draft)
                | (Approved, Published)
                | (Draft, Revoked)
                | (Approved, Revoked)
                | (Published, Revoked)
        )
    }
}

/// The one-time code an office hands a family (printed letter or email) so that a registered
/// parent sees a child's notices: 12 characters from an alphabet without look-alikes
/// (no 0/O, 1/I/L, 5/S, 2/Z, 8/B), shown in groups of four.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ActivationCode(String);

impl ActivationCode {
    pub const ALPHABET: &'static [u8; 25] = b"ACDEFGHJKMNPQRTUVWXY34679";
    pub const LEN: usize = 12;

    /// A code from random bytes (the caller draws them from the operating system).
    pub fn from_random(bytes: [u8; ActivationCode::LEN]) -> ActivationCode {
        // 25 symbols: the modulo bias of a byte is small, irrelevant for a code that is throttled.
        ActivationCode(bytes.iter().map(|b| ActivationCode::ALPHABET[usize::from(*b) % 25] as char).collect())
    }

    /// What a parent typed: spaces, dashes and case do not matter.
    pub fn parse(input: &str) -> Option<ActivationCode> {
        let code: String =
            input.chars().filter(|c| !c.is_whitespace() && *c != '-').map(|c| c.to_ascii_uppercase()).collect();
        let valid = code.len() == ActivationCode::LEN && code.bytes().all(|b| ActivationCode::ALPHABET.contains(&b));
        valid.then_some(ActivationCode(code))
    }

    /// Without separators: what is hashed and stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// `ABCD-EFGH-JKMN`, as printed.
impl fmt::Display for ActivationCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}-{}", &self.0[0..4], &self.0[4..8], &self.0[8..12])
    }
}

/// Never printed whole in logs.
impl fmt::Debug for ActivationCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ActivationCode({}…)", &self.0[0..2])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_and_categories_round_trip_through_their_codes() {
        for role in StaffRole::ALL {
            assert_eq!(StaffRole::parse(role.code()), Some(role));
        }
        assert_eq!(StaffRole::parse(" DSGA "), Some(StaffRole::OfficeManager));
        assert_eq!(StaffRole::parse("preside"), None);
        assert!(StaffRole::Headteacher.may_approve() && !StaffRole::OfficeManager.may_approve());
        for category in EventCategory::ALL {
            assert_eq!(EventCategory::parse(category.code()), Some(category));
            let taxonomy = category.taxonomy();
            assert!(taxonomy.starts_with("9/0601") && taxonomy.ends_with('/') && taxonomy.len() == 12, "{taxonomy}");
        }
        assert_eq!(EventCategory::Trip.taxonomy(), "9/0601125AP/");
        assert_eq!(EventCategory::Insurance.taxonomy(), "9/0601124SP/");
        assert_eq!(EventCategory::Contribution.taxonomy(), "9/0601112AP/");
    }

    #[test]
    fn an_event_is_approved_before_it_is_published_and_never_comes_back_from_revoked() {
        use EventState::*;
        assert!(Draft.can_become(Approved) && Approved.can_become(Published));
        assert!(!Draft.can_become(Published), "the headteacher approves first");
        assert!(Published.can_become(Revoked) && !Published.can_become(Draft));
        for next in EventState::ALL {
            assert!(!Revoked.can_become(next));
        }
    }

    #[test]
    fn activation_codes_read_back_as_typed_and_refuse_look_alikes() {
        let code = ActivationCode::from_random([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 255]);
        let printed = code.to_string();
        assert_eq!(printed.len(), 14);
        assert_eq!(ActivationCode::parse(&printed), Some(code.clone()));
        assert_eq!(ActivationCode::parse(&printed.to_lowercase().replace('-', " ")), Some(code.clone()));
        assert_eq!(ActivationCode::parse("ACDE-FGHJ-KMN0"), None, "0 is not in the alphabet");
        assert_eq!(ActivationCode::parse("ACDE-FGHJ-KM"), None);
        assert!(!format!("{code:?}").contains(code.as_str()));
    }
}
