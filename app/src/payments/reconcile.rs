//! The reconciliation job: payments that got no outcome are settled by asking the provider,
//! and checkouts never sent to a PSP time out, releasing their notices. Safe to run in every
//! process at once: each move is a conditional update.

use super::sandbox;
use super::settle::settle;
use crate::auth::Settings;
use crate::error::AppError;
use crate::store::payments::{self, MoveError, Moved};
use domain::payment_state::{Outcome, PaymentEvent};
use domain::{PaymentState, ProviderKind};
use sqlx::AnyPool;

/// A checkout left before choosing a PSP holds its notices this long.
pub const CHECKOUT_TIMEOUT_SECONDS: i64 = 30 * 60;
/// With no notification after this long, the provider is asked.
pub const ASK_AFTER_SECONDS: i64 = 2 * 60;
/// With no outcome from the provider either after this long, the payment is marked unknown.
pub const UNKNOWN_AFTER_SECONDS: i64 = 15 * 60;
/// pagoPA has no status to ask, but a payment started on its checkout and not completed
/// expires there within 30 minutes (the payment token's life). With no receipt at all after
/// twice that, nothing was paid: the notices are released.
pub const PAGOPA_RELEASE_AFTER_SECONDS: i64 = 60 * 60;
/// A sandbox payment whose page got no decision expires there after this long; asked then, the
/// sandbox answers "abandoned" and the notices are released.
pub const SANDBOX_RELEASE_AFTER_SECONDS: i64 = sandbox::DECISION_WINDOW_SECONDS;

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub settled: usize,
    pub timed_out: usize,
}

pub async fn run_once(pool: &AnyPool, settings: &Settings, now: i64) -> Result<Report, AppError> {
    let candidates = payments::awaiting_outcome(pool, now - CHECKOUT_TIMEOUT_SECONDS, now - ASK_AFTER_SECONDS).await?;
    let mut report = Report::default();
    for public_id in candidates {
        let Some(payment) = payments::find(pool, &public_id).await? else { continue };
        let state = payment.state;
        let in_flight = matches!(state, PaymentState::SentToPsp | PaymentState::Unknown);
        let asked = match (in_flight, payment.provider, payment.provider_reference.as_deref()) {
            (true, ProviderKind::Sandbox, Some(reference)) => sandbox::status(pool, reference, now).await?.flatten(),
            (true, ProviderKind::PagoPa, _) if payment_age(&payment, now) > PAGOPA_RELEASE_AFTER_SECONDS => {
                super::pagopa_receipts::expired_without_receipts(pool, payment.id).await?.then_some(Outcome::Abandoned)
            }
            _ => None,
        };
        let event = match (state, asked) {
            (_, Some(outcome)) => PaymentEvent::Reconciled(outcome),
            (PaymentState::Created, None) => PaymentEvent::TimedOut,
            (PaymentState::SentToPsp, None) if payment_age(&payment, now) > UNKNOWN_AFTER_SECONDS => {
                PaymentEvent::TimedOut
            }
            _ => continue,
        };
        match settle(pool, settings, &payment, event, None).await {
            Ok(Moved::Changed(_)) if matches!(event, PaymentEvent::Reconciled(_)) => report.settled += 1,
            Ok(Moved::Changed(_)) => report.timed_out += 1,
            Ok(Moved::Unchanged(_)) | Err(MoveError::Raced) => {}
            Err(MoveError::Invalid(invalid)) => {
                tracing::error!(payment = payment.id, %invalid, "reconciliation found a contradiction")
            }
            Err(MoveError::App(error)) => return Err(error),
        }
    }
    if report != Report::default() {
        tracing::info!(settled = report.settled, timed_out = report.timed_out, "reconciliation");
    }
    Ok(report)
}

fn payment_age(payment: &payments::PaymentRecord, now: i64) -> i64 {
    now - payment.created_at
}
