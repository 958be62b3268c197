//! The sandbox PSP: a pretend payment provider that ships with the product, so that the whole
//! way of a payment runs here without a bank. It keeps its own records (its transactions and
//! the notifications it owes), shows its own page under `/psp-sandbox/`, and tells the merchant
//! the outcome with a signed server-to-server notification, retried until acknowledged. It
//! shares only the database file with the merchant side, as a real PSP would share nothing.

use super::signature;
use crate::error::AppError;
use domain::payment_state::Outcome;
use domain::psp::{Psp, SANDBOX_PSPS};
use domain::Cents;
use serde::{Deserialize, Serialize};
use sqlx::AnyPool;

/// Where the merchant receives the sandbox's notifications.
pub const NOTIFY_PATH: &str = "/api/payments/notify/sandbox";

/// A claim on a notification lasts this long: a process that dies mid-delivery releases it.
const CLAIM_SECONDS: i64 = 30;

pub fn psp(id: &str) -> Option<&'static Psp> {
    SANDBOX_PSPS.iter().find(|psp| psp.id == id)
}

/// What the merchant asks the sandbox to collect.
pub struct NewTransaction<'a> {
    pub merchant_reference: &'a str,
    pub psp_id: &'a str,
    pub method: &'a str,
    pub amount: Cents,
    pub fee: Cents,
    pub description: &'a str,
    pub return_url: &'a str,
    pub notify_url: &'a str,
}

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
    sqlx::query(
        "INSERT INTO sandbox_transactions (id, merchant_reference, psp_id, method, amount_cents, fee_cents, description, \
         return_url, notify_url, state, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'pending', $10)",
    )
    .bind(&id)
    .bind(new.merchant_reference)
    .bind(new.psp_id)
    .bind(new.method)
    .bind(i64::from(new.amount))
    .bind(i64::from(new.fee))
    .bind(new.description)
    .bind(new.return_url)
    .bind(new.notify_url)
    .bind(crate::auth::now())
    .execute(pool)
    .await?;
    Ok(id)
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct TransactionRow {
    pub id: String,
    pub merchant_reference: String,
    pub psp_id: String,
    pub method: String,
    pub amount_cents: i64,
    pub fee_cents: i64,
    pub description: String,
    pub return_url: String,
    pub notify_url: String,
    pub state: String,
}

pub async fn find(pool: &AnyPool, id: &str) -> Result<Option<TransactionRow>, AppError> {
    Ok(sqlx::query_as(
        "SELECT id, merchant_reference, psp_id, method, amount_cents, fee_cents, description, return_url, notify_url, state \
         FROM sandbox_transactions WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await?)
}

/// The payer's choice on the sandbox page. The first decision wins; a second click changes
/// nothing. The notification is queued in the same transaction as the decision.
pub async fn decide(pool: &AnyPool, id: &str, outcome: Outcome) -> Result<Option<TransactionRow>, AppError> {
    let Some(row) = find(pool, id).await? else { return Ok(None) };
    let now = crate::auth::now();
    let mut tx = pool.begin().await?;
    let decided =
        sqlx::query("UPDATE sandbox_transactions SET state = $1, decided_at = $2 WHERE id = $3 AND state = 'pending'")
            .bind(outcome_name(outcome))
            .bind(now)
            .bind(id)
            .execute(&mut *tx)
            .await?;
    if decided.rows_affected() == 1 {
        let body = Notification {
            transaction_id: row.id.clone(),
            merchant_reference: row.merchant_reference.clone(),
            outcome: outcome_name(outcome).into(),
            amount_cents: row.amount_cents,
            fee_cents: row.fee_cents,
            psp_id: row.psp_id.clone(),
            method: row.method.clone(),
            decided_at: now,
        };
        let body = serde_json::to_string(&body).map_err(|_| AppError::Database)?;
        sqlx::query("INSERT INTO sandbox_notifications (transaction_id, notify_url, body, next_attempt_at) VALUES ($1, $2, $3, $4)")
            .bind(&row.id)
            .bind(&row.notify_url)
            .bind(body)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        tracing::info!(transaction = %row.id, outcome = outcome_name(outcome), "sandbox PSP decided");
    }
    tx.commit().await?;
    Ok(Some(row))
}

/// What the sandbox says about a transaction when the merchant asks (reconciliation).
pub async fn status(pool: &AnyPool, id: &str) -> Result<Option<Option<Outcome>>, AppError> {
    Ok(find(pool, id).await?.map(|row| parse_outcome(&row.state)))
}

/// Seconds to wait before attempt `attempts + 1`: 5 s, 20 s, 45 s, ... at most 10 minutes.
pub fn retry_delay(attempts: i64) -> i64 {
    (5 * attempts.max(1).pow(2)).min(600)
}

/// Delivers the notifications that are due; returns how many the merchant acknowledged.
pub async fn deliver_due(pool: &AnyPool, secret: &str, client: &reqwest::Client) -> Result<usize, AppError> {
    let now = crate::auth::now();
    let due: Vec<(i64, String, String, i64)> = sqlx::query_as(
        "SELECT id, notify_url, body, attempts FROM sandbox_notifications WHERE delivered_at IS NULL AND next_attempt_at <= $1 \
         AND (claimed_until IS NULL OR claimed_until < $1) ORDER BY id LIMIT 20",
    )
    .bind(now)
    .fetch_all(pool)
    .await?;
    let mut delivered = 0;
    for (id, url, body, attempts) in due {
        let claimed = sqlx::query(
            "UPDATE sandbox_notifications SET claimed_until = $1 WHERE id = $2 AND delivered_at IS NULL AND (claimed_until IS NULL OR claimed_until < $3)",
        )
        .bind(now + CLAIM_SECONDS)
        .bind(id)
        .bind(now)
        .execute(pool)
        .await?;
        if claimed.rows_affected() != 1 {
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
            sqlx::query("UPDATE sandbox_notifications SET delivered_at = $1, attempts = attempts + 1, claimed_until = NULL, last_status = $2 WHERE id = $3")
                .bind(crate::auth::now())
                .bind(status)
                .bind(id)
                .execute(pool)
                .await?;
            delivered += 1;
        } else {
            tracing::warn!(
                notification = id,
                attempts = attempts + 1,
                error = error.as_deref().unwrap_or_default(),
                "sandbox notification not acknowledged; will retry"
            );
            sqlx::query(
                "UPDATE sandbox_notifications SET attempts = attempts + 1, next_attempt_at = $1, claimed_until = NULL, last_status = $2, last_error = $3 WHERE id = $4",
            )
            .bind(crate::auth::now() + retry_delay(attempts + 1))
            .bind(status)
            .bind(error)
            .bind(id)
            .execute(pool)
            .await?;
        }
    }
    Ok(delivered)
}
