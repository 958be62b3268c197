//! The life of a notice and of a payment, as explicit state machines. Services compute the next
//! state here and then store it with a conditional update (`WHERE state = <from>`), so two
//! concurrent writers cannot both move the same row.
//!
//! "A payment in progress" is not a notice state: it is a payment that is not final
//! ([`PaymentState::is_in_progress`]) holding the notice. Keeping it out of [`NoticeState`]
//! leaves one source of truth (a notice cannot stay "in progress" after its payment failed),
//! and matches pagoPA, whose debt positions have no such state either.

use crate::birthplace::Date;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A move the machine does not allow; the caller decides whether it is a bug or a stale event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InvalidTransition<S, E> {
    pub from: S,
    pub event: E,
}

impl<S: fmt::Debug, E: fmt::Debug> fmt::Display for InvalidTransition<S, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?} is not allowed in state {:?}", self.event, self.from)
    }
}

impl<S: fmt::Debug, E: fmt::Debug> std::error::Error for InvalidTransition<S, E> {}

/// A stored state name that this version does not know.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown state {0:?}")]
pub struct UnknownState(pub String);

/// A notice as the family sees it; a subset of pagoPA's debt position states (GPD).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoticeState {
    /// Payable (GPD VALID).
    Valid,
    Paid,
    /// Past its expiry: a new notice number is needed (GPD EXPIRED).
    Expired,
    /// Withdrawn by the school (GPD INVALID).
    Revoked,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NoticeEvent {
    PaymentConfirmed,
    ExpiryReached,
    RevokedBySchool,
}

impl NoticeState {
    pub const ALL: [NoticeState; 4] = [Self::Valid, Self::Paid, Self::Expired, Self::Revoked];

    /// Stable name for a TEXT column.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Valid => "valid",
            Self::Paid => "paid",
            Self::Expired => "expired",
            Self::Revoked => "revoked",
        }
    }

    pub fn parse(name: &str) -> Result<Self, UnknownState> {
        Self::ALL.into_iter().find(|state| state.as_str() == name).ok_or_else(|| UnknownState(name.to_string()))
    }

    /// Paid, expired and revoked notices never change again (GPD: a new notice is needed).
    pub fn is_final(self) -> bool {
        self != Self::Valid
    }

    pub fn is_payable(self) -> bool {
        self == Self::Valid
    }

    /// The state on `today` (a day in Rome) of a notice payable until `expires_on`: a valid
    /// notice past that day reads as expired at once, before the expiry job has stored it.
    pub fn as_of(self, expires_on: Date, today: Date) -> Self {
        match self {
            Self::Valid if today > expires_on => Self::Expired,
            state => state,
        }
    }

    /// Only a valid notice moves. A second confirmation for a paid notice is an error, not a
    /// repeat: repeats are absorbed by the payment, so here it would mean paying twice.
    /// The expiry job must skip notices held by a payment in progress, since a confirmation
    /// for an expired notice is refused.
    pub fn transition(self, event: NoticeEvent) -> Result<Self, InvalidTransition<Self, NoticeEvent>> {
        match (self, event) {
            (Self::Valid, NoticeEvent::PaymentConfirmed) => Ok(Self::Paid),
            (Self::Valid, NoticeEvent::ExpiryReached) => Ok(Self::Expired),
            (Self::Valid, NoticeEvent::RevokedBySchool) => Ok(Self::Revoked),
            (from, event) => Err(InvalidTransition { from, event }),
        }
    }
}

/// One attempt to pay a cart of notices through a PSP.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PaymentState {
    /// Recorded, the browser not yet sent to the PSP.
    Created,
    SentToPsp,
    Confirmed,
    Refused,
    Abandoned,
    /// No outcome after the timeout; reconciliation or a late notification settles it.
    Unknown,
}

/// What the provider says happened, when asked by the reconciliation job.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    Confirmed,
    Refused,
    Abandoned,
}

/// Outcome events come from the provider's signed server-to-server notification or from
/// reconciliation, never from the browser's return.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PaymentEvent {
    /// The browser was handed the PSP's page. Record it before answering with the redirect:
    /// a `Created` payment that times out is then known never to have reached a PSP.
    Redirected,
    PspConfirmed,
    PspRefused,
    UserAbandoned,
    TimedOut,
    Reconciled(Outcome),
    /// pagoPA's OK receipt: proof that the money moved. It confirms the payment from any state,
    /// also one we had given up on (refused, abandoned: a receipt forwarded after the release),
    /// because refusing it would leave a family who paid with an unpaid notice. A payment
    /// confirmed from a final state is confirmed *late*: see [`PaymentState::is_late_confirmation`].
    ReceiptProvesPaid,
}

impl PaymentEvent {
    /// The outcome an event reports, if it reports one.
    pub fn outcome(self) -> Option<Outcome> {
        match self {
            Self::PspConfirmed | Self::ReceiptProvesPaid => Some(Outcome::Confirmed),
            Self::PspRefused => Some(Outcome::Refused),
            Self::UserAbandoned => Some(Outcome::Abandoned),
            Self::Reconciled(outcome) => Some(outcome),
            Self::Redirected | Self::TimedOut => None,
        }
    }
}

impl From<Outcome> for PaymentState {
    fn from(outcome: Outcome) -> Self {
        match outcome {
            Outcome::Confirmed => Self::Confirmed,
            Outcome::Refused => Self::Refused,
            Outcome::Abandoned => Self::Abandoned,
        }
    }
}

impl PaymentState {
    pub const ALL: [PaymentState; 6] =
        [Self::Created, Self::SentToPsp, Self::Confirmed, Self::Refused, Self::Abandoned, Self::Unknown];

    /// Stable name for a TEXT column.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Created => "created",
            Self::SentToPsp => "sent_to_psp",
            Self::Confirmed => "confirmed",
            Self::Refused => "refused",
            Self::Abandoned => "abandoned",
            Self::Unknown => "unknown",
        }
    }

    pub fn parse(name: &str) -> Result<Self, UnknownState> {
        Self::ALL.into_iter().find(|state| state.as_str() == name).ok_or_else(|| UnknownState(name.to_string()))
    }

    pub fn is_final(self) -> bool {
        matches!(self, Self::Confirmed | Self::Refused | Self::Abandoned)
    }

    /// Whether moving from `self` to `to` confirms a payment we had already released (its
    /// notices freed): the confirmation must take them back, or record a refund where another
    /// payment paid them meanwhile.
    pub fn is_late_confirmation(self, to: PaymentState) -> bool {
        matches!(self, Self::Refused | Self::Abandoned) && to == Self::Confirmed
    }

    /// Not final: the payment still holds its notices, which no other payment may take.
    pub fn is_in_progress(self) -> bool {
        !self.is_final()
    }

    /// Handed to the provider and not settled: money may still move, so the notices it holds
    /// do not expire under it (they expire, if unpaid, once it ends).
    pub fn is_with_provider(self) -> bool {
        matches!(self, Self::SentToPsp | Self::Unknown)
    }

    /// The same outcome reported again returns the same state (`Ok`, unchanged), so duplicate
    /// deliveries are acknowledged; a different outcome after a final one is an error, to be
    /// looked at by a person (money may have moved). Callers act only when the state changed.
    pub fn transition(self, event: PaymentEvent) -> Result<Self, InvalidTransition<Self, PaymentEvent>> {
        use PaymentState::*;
        let next = match (self, event, event.outcome()) {
            (Created | SentToPsp, PaymentEvent::Redirected, _) => Some(SentToPsp),
            // Nothing was handed to a PSP, so nothing can have been paid.
            (Created, PaymentEvent::TimedOut, _) => Some(Abandoned),
            (SentToPsp | Unknown, PaymentEvent::TimedOut, _) => Some(Unknown),
            // Money moved after we released the notices: confirmed late, never refused.
            (Refused | Abandoned, PaymentEvent::ReceiptProvesPaid, _) => Some(Confirmed),
            // The provider's word wins, even if `Redirected` was never recorded.
            (Created | SentToPsp | Unknown, _, Some(outcome)) => Some(outcome.into()),
            (Confirmed | Refused | Abandoned, _, Some(outcome)) if self == outcome.into() => Some(self),
            _ => None,
        };
        next.ok_or(InvalidTransition { from: self, event })
    }
}

impl fmt::Display for NoticeState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for PaymentState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests;

/// Who a payment was sent to: the sandbox PSP that ships with PagoScuola, or pagoPA's checkout.
/// Stored by name in the `payments.provider` column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProviderKind {
    Sandbox,
    #[serde(rename = "pagopa")]
    PagoPa,
}

impl ProviderKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ProviderKind::Sandbox => "sandbox",
            ProviderKind::PagoPa => "pagopa",
        }
    }

    pub fn parse(name: &str) -> Option<ProviderKind> {
        [ProviderKind::Sandbox, ProviderKind::PagoPa].into_iter().find(|kind| kind.as_str() == name)
    }
}
