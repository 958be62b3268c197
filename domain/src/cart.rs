//! What may go into a cart and a payment. The database enforces the same rules (cart slots,
//! notice holds); these give each refusal its own words before a write is even tried.

use super::payment_state::NoticeState;
use serde::{Deserialize, Serialize};

/// pagoPA's checkout takes at most this many notices in one payment.
pub const CART_LIMIT: usize = 5;

/// Why a notice cannot be paid now; each has its own message for the family.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Refusal {
    AlreadyPaid,
    /// Another payment holds the notice until the PSP answers.
    InProgress,
    Expired,
    Revoked,
    CartFull,
}

/// Why a notice in `state` cannot enter a payment, if it cannot; `held` says whether a live
/// payment holds it. Paid wins over held: a confirmed payment keeps its hold.
pub fn refusal(state: NoticeState, held: bool) -> Option<Refusal> {
    match state {
        NoticeState::Paid => Some(Refusal::AlreadyPaid),
        NoticeState::Expired => Some(Refusal::Expired),
        NoticeState::Revoked => Some(Refusal::Revoked),
        NoticeState::Valid if held => Some(Refusal::InProgress),
        NoticeState::Valid => None,
    }
}

/// Whether one more notice fits a cart holding `items`.
pub fn has_room(items: usize) -> bool {
    items < CART_LIMIT
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_state_has_its_answer() {
        for held in [false, true] {
            assert_eq!(refusal(NoticeState::Paid, held), Some(Refusal::AlreadyPaid));
            assert_eq!(refusal(NoticeState::Expired, held), Some(Refusal::Expired));
            assert_eq!(refusal(NoticeState::Revoked, held), Some(Refusal::Revoked));
        }
        assert_eq!(refusal(NoticeState::Valid, true), Some(Refusal::InProgress));
        assert_eq!(refusal(NoticeState::Valid, false), None);
    }

    #[test]
    fn a_cart_holds_five() {
        assert!((0..CART_LIMIT).all(has_room));
        assert!(!has_room(CART_LIMIT));
    }
}
