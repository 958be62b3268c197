//! The sandbox PSP: a pretend payment provider that ships with the product, so that the whole
//! way of a payment runs here without a bank. It keeps its own records (its transactions and
//! the notifications it owes), shows its own page under `/psp-sandbox/`, and tells the merchant
//! the outcome with a signed server-to-server notification, retried until acknowledged. It
//! shares only the database file with the merchant side, as a real PSP would share nothing.

use super::signature;
use crate::error::AppError;
use crate::store::sandbox as store;
pub use crate::store::sandbox::TransactionRow;
use domain::payment_state::Outcome;
use domain::psp::{Psp, SANDBOX_PSPS};
use serde::{Deserialize, Serialize};
use sqlx::AnyPool;

/// Where the merchant receives the sandbox's notifications.
pub const NOTIFY_PATH: &str = "/api/payments/notify/sandbox";

/// A claim on a notification lasts this long: a process that dies mid-delivery releases it.
const CLAIM_SECONDS: i64 = 30;

/// The sandbox page takes a decision for this long after "Paga" (pagoPA's payment token lives
/// as long). A transaction left undecided then expires: its page says so and takes no decision,
/// and the sandbox reports it abandoned, so the merchant releases the notices.
pub const DECISION_WINDOW_SECONDS: i64 = 30 * 60;

/// Whether a transaction opened at `created_at` may still be decided at `now`.
pub fn still_open(created_at: i64, now: i64) -> bool {
    created_at >= now - DECISION_WINDOW_SECONDS
}

pub fn psp(id: &str) -> Option<&'static Psp> {
    SANDBOX_PSPS.iter().find(|psp| psp.id == id)
}

pub use crate::store::sandbox::NewTransaction;

/// The notification's body: what the merchant checks before it settles anything.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notification {
    pub transaction_id: String,
    pub merchant_reference: String,
    /// "confirmed", "refused" or "abandoned".
    pub outcome: String,
    pub amount_cents: i64,
    pub fee_cents: i64,
    pub psp_id: String,
    pub method: String,
    pub decided_at: i64,
}

pub fn outcome_name(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Confirmed => "confirmed",
        Outcome::Refused => "refused",
        Outcome::Abandoned => "abandoned",
    }
}

pub fn parse_outcome(name: &str) -> Option<Outcome> {
    [Outcome::Confirmed, Outcome::Refused, Outcome::Abandoned].into_iter().find(|o| outcome_name(*o) == name)
}

/// Opens a transaction; its id is the reference the merchant keeps.
pub async fn create(pool: &AnyPool, new: &NewTransaction<'_>) -> Result<String, AppError> {
    let id = format!("SBX{}", &crate::auth::tokens::new_token()[..29].to_uppercase());
    store::insert(pool, &id, crate::auth::now(), new).await?;
    Ok(id)
}

pub async fn find(pool: &AnyPool, id: &str) -> Result<Option<TransactionRow>, AppError> {
    store::find(pool, id).await
}

/// The payer's choice on the sandbox page. The first decision wins; a second click, or one
/// after the decision window, changes nothing. The notification is queued in the same
/// transaction as the decision. With the transaction, what the click did.
pub async fn decide(
    pool: &AnyPool,
    id: &str,
    outcome: Outcome,
) -> Result<Option<(TransactionRow, store::Decided)>, AppError> {
    let Some(row) = find(pool, id).await? else { return Ok(None) };
    let now = crate::auth::now();
    let body = Notification {
        transaction_id: row.id.clone(),
        merchant_reference: row.merchant_reference.clone(),
        outcome: outcome_name(outcome).into(),
        amount_cents: i64::from(row.amount),
        fee_cents: i64::from(row.fee),
        psp_id: row.psp_id.clone(),
        method: row.method.clone(),
        decided_at: now,
    };
    let body = serde_json::to_string(&body).map_err(|_| AppError::Database)?;
    let opened_after = now - DECISION_WINDOW_SECONDS;
    let decided = store::decide(pool, &row, outcome_name(outcome), now, opened_after, &body).await?;
    match decided {
        store::Decided::Recorded => {
            tracing::info!(transaction = %row.id, outcome = outcome_name(outcome), "sandbox PSP decided")
        }
        store::Decided::Expired => tracing::info!(transaction = %row.id, "sandbox decision came too late: expired"),
        store::Decided::AlreadyDecided => {}
    }
    Ok(Some((row, decided)))
}

/// What the sandbox says about a transaction when the merchant asks at `now` (reconciliation).
/// One left undecided past the decision window expires here, and reads as abandoned.
pub async fn status(pool: &AnyPool, id: &str, now: i64) -> Result<Option<Option<Outcome>>, AppError> {
    let Some(row) = find(pool, id).await? else { return Ok(None) };
    let row = if row.state == "pending" && !still_open(row.created_at, now) {
        store::expire(pool, id, now - DECISION_WINDOW_SECONDS, now).await?;
        find(pool, id).await?.unwrap_or(row)
    } else {
        row
    };
    Ok(Some(match row.state.as_str() {
        "expired" => Some(Outcome::Abandoned),
        state => parse_outcome(state),
    }))
}

/// Seconds to wait before attempt `attempts + 1`: 5 s, 20 s, 45 s, ... at most 10 minutes.
pub fn retry_delay(attempts: i64) -> i64 {
    (5 * attempts.max(1).pow(2)).min(600)
}

/// Delivers the notifications that are due; returns how many the merchant acknowledged.
pub async fn deliver_due(pool: &AnyPool, secret: &str, client: &reqwest::Client) -> Result<usize, AppError> {
    let now = crate::auth::now();
    let due = store::due_notifications(pool, now).await?;
    let mut delivered = 0;
    for store::DueNotification { id, notify_url: url, body, attempts } in due {
        if !store::claim_notification(pool, id, now + CLAIM_SECONDS, now).await? {
            continue; // another process has it
        }
        let signed = signature::sign(secret, crate::auth::now(), body.as_bytes());
        let answer = client
            .post(&url)
            .header("content-type", "application/json")
            .header(signature::SIGNATURE_HEADER, signed)
            .body(body)
            .timeout(std::time::Duration::from_secs(10))
            .send()
            .await;
        let (status, error) = match answer {
            Ok(response) if response.status().is_success() => (Some(i64::from(response.status().as_u16())), None),
            Ok(response) => {
                (Some(i64::from(response.status().as_u16())), Some(format!("HTTP {}", response.status().as_u16())))
            }
            Err(error) => (None, Some(error.to_string())),
        };
        if error.is_none() {
            store::notification_delivered(pool, id, crate::auth::now(), status).await?;
            delivered += 1;
        } else {
            tracing::warn!(
                notification = id,
                attempts = attempts + 1,
                error = error.as_deref().unwrap_or_default(),
                "sandbox notification not acknowledged; will retry"
            );
            let next = crate::auth::now() + retry_delay(attempts + 1);
            store::notification_failed(pool, id, next, status, error.as_deref()).await?;
        }
    }
    Ok(delivered)
}
