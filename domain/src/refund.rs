//! Money a school must give back: it received a payment for a notice that was already paid
//! (paid twice: two PagoScuola payments, or one here and one at a bank), or one it could no
//! longer take (the notice had expired or been withdrawn). Recorded when the money arrives,
//! listed for the school office, shown to the family.

use crate::{Cents, NoticeNumber, SchoolCode};
use serde::{Deserialize, Serialize};

/// Why the money must go back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RefundReason {
    /// The notice was already paid by other money.
    PaidTwice,
    /// The notice had expired or was withdrawn by the school when the money arrived.
    NotPayable,
}

/// Where a refund stands; the office marks it refunded once the money is back with the family.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RefundState {
    ToRefund,
    Refunded,
}

impl RefundReason {
    pub const ALL: [RefundReason; 2] = [Self::PaidTwice, Self::NotPayable];

    /// Stable name for a TEXT column.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::PaidTwice => "paid_twice",
            Self::NotPayable => "not_payable",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|reason| reason.as_str() == name)
    }
}

impl RefundState {
    pub const ALL: [RefundState; 2] = [Self::ToRefund, Self::Refunded];

    /// Stable name for a TEXT column.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ToRefund => "to_refund",
            Self::Refunded => "refunded",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|state| state.as_str() == name)
    }
}

/// One refund a school owes, as the office needs it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refund {
    pub id: i64,
    pub school: SchoolCode,
    pub notice_number: NoticeNumber,
    /// What the notice was for, and for whom (the pupil's name).
    pub description: String,
    pub debtor_name: String,
    pub amount: Cents,
    pub reason: RefundReason,
    pub state: RefundState,
    /// The PagoScuola payment that paid again (its public id), when the money came through one.
    pub payment: Option<String>,
    /// pagoPA's receipt of that money, when one was forwarded.
    pub receipt_id: Option<String>,
    /// Unix seconds.
    pub recorded_at: i64,
    /// When the office marked it refunded (Unix seconds).
    pub refunded_at: Option<i64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_stable_and_parse_back() {
        for reason in RefundReason::ALL {
            assert_eq!(RefundReason::parse(reason.as_str()), Some(reason));
        }
        for state in RefundState::ALL {
            assert_eq!(RefundState::parse(state.as_str()), Some(state));
        }
        assert_eq!(RefundState::ToRefund.as_str(), "to_refund");
        assert_eq!(RefundReason::parse("PAID_TWICE"), None);
    }
}
