//! Which payment texts answer which domain facts.

use super::PaymentMsg;
use domain::cart::Refusal;

impl PaymentMsg {
    /// The words for why a notice cannot be paid.
    pub fn for_refusal(refusal: Refusal) -> PaymentMsg {
        match refusal {
            Refusal::AlreadyPaid => PaymentMsg::RefusedPaid,
            Refusal::InProgress => PaymentMsg::RefusedInProgress,
            Refusal::Expired => PaymentMsg::RefusedExpired,
            Refusal::Revoked => PaymentMsg::RefusedRevoked,
            Refusal::CartFull => PaymentMsg::RefusedCartFull,
        }
    }

    /// Shown as a problem (red) rather than as information.
    pub fn is_problem(self) -> bool {
        matches!(
            self,
            PaymentMsg::RefusedPaid
                | PaymentMsg::RefusedInProgress
                | PaymentMsg::RefusedExpired
                | PaymentMsg::RefusedRevoked
                | PaymentMsg::RefusedCartFull
                | PaymentMsg::NoticeNotFound
                | PaymentMsg::PaymentNotCancellable
                | PaymentMsg::TooManySelected
                | PaymentMsg::SelectSomeFirst
        )
    }
}
