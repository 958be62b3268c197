//! The sandbox PSP's own tables: its transactions and the notifications it owes the merchant.

use crate::error::AppError;
use domain::Cents;
use sqlx::AnyPool;

/// What the merchant asks the sandbox to collect (the transaction starts `pending`).
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

pub async fn insert(pool: &AnyPool, id: &str, created_at: i64, new: &NewTransaction<'_>) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO sandbox_transactions (id, merchant_reference, psp_id, method, amount_cents, fee_cents, description, \
         return_url, notify_url, state, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'pending', $10)",
    )
    .bind(id)
    .bind(new.merchant_reference)
    .bind(new.psp_id)
    .bind(new.method)
    .bind(i64::from(new.amount))
    .bind(i64::from(new.fee))
    .bind(new.description)
    .bind(new.return_url)
    .bind(new.notify_url)
    .bind(created_at)
    .execute(pool)
    .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    merchant_reference: String,
    psp_id: String,
    method: String,
    amount_cents: i64,
    fee_cents: i64,
    description: String,
    return_url: String,
    notify_url: String,
    state: String,
    created_at: i64,
}

/// A sandbox transaction; `state` is `pending` or the outcome's name.
#[derive(Clone, Debug)]
pub struct TransactionRow {
    pub id: String,
    pub merchant_reference: String,
    pub psp_id: String,
    pub method: String,
    pub amount: Cents,
    pub fee: Cents,
    pub description: String,
    pub return_url: String,
    pub notify_url: String,
    pub state: String,
    pub created_at: i64,
}

impl TryFrom<Row> for TransactionRow {
    type Error = AppError;
    fn try_from(row: Row) -> Result<Self, AppError> {
        let cents = |value: i64| {
            Cents::try_from(value).map_err(|_| {
                tracing::error!(transaction = %row.id, "a sandbox transaction holds a negative amount");
                AppError::Database
            })
        };
        let (amount, fee) = (cents(row.amount_cents)?, cents(row.fee_cents)?);
        Ok(TransactionRow {
            id: row.id,
            merchant_reference: row.merchant_reference,
            psp_id: row.psp_id,
            method: row.method,
            amount,
            fee,
            description: row.description,
            return_url: row.return_url,
            notify_url: row.notify_url,
            state: row.state,
            created_at: row.created_at,
        })
    }
}

pub async fn find(pool: &AnyPool, id: &str) -> Result<Option<TransactionRow>, AppError> {
    if !super::can_match(id) {
        return Ok(None);
    }
    let row: Option<Row> = sqlx::query_as(
        "SELECT id, merchant_reference, psp_id, method, amount_cents, fee_cents, description, return_url, notify_url, state, \
         created_at FROM sandbox_transactions WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await?;
    row.map(TransactionRow::try_from).transpose()
}

/// The schools a transaction pays (name, fiscal code), read through the merchant's payment and
/// its notices: a real PSP gets them with the payment request; the sandbox shares our database.
pub async fn beneficiaries(pool: &AnyPool, merchant_reference: &str) -> Result<Vec<(String, String)>, AppError> {
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT DISTINCT s.name, s.creditor_fiscal_code FROM payments p JOIN payment_items pi ON pi.payment_id = p.id \
         JOIN notices n ON n.id = pi.notice_id JOIN schools s ON s.code = n.school_code WHERE p.public_id = $1 \
         ORDER BY s.name",
    )
    .bind(merchant_reference)
    .fetch_all(pool)
    .await?;
    Ok(rows)
}

/// What a decision did to a transaction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decided {
    Recorded,
    /// Decided already (the first decision wins): nothing written.
    AlreadyDecided,
    /// Opened before `opened_after`: too late to decide, it is `expired` now.
    Expired,
}

/// Marks a pending transaction opened before `opened_after` as expired (a conditional update,
/// so a decision and the expiry never both win). True when this call expired it.
pub async fn expire(pool: &AnyPool, id: &str, opened_after: i64, now: i64) -> Result<bool, AppError> {
    let done = sqlx::query(
        "UPDATE sandbox_transactions SET state = 'expired', decided_at = $1 WHERE id = $2 AND state = 'pending' AND created_at < $3",
    )
    .bind(now)
    .bind(id)
    .bind(opened_after)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Records the decision `state` of a pending transaction opened at or after `opened_after` and,
/// in the same database transaction, queues `body` for its notify URL.
pub async fn decide(
    pool: &AnyPool,
    row: &TransactionRow,
    state: &str,
    now: i64,
    opened_after: i64,
    body: &str,
) -> Result<Decided, AppError> {
    if expire(pool, &row.id, opened_after, now).await? {
        return Ok(Decided::Expired);
    }
    let mut tx = pool.begin().await?;
    let decided = sqlx::query(
        "UPDATE sandbox_transactions SET state = $1, decided_at = $2 WHERE id = $3 AND state = 'pending' AND created_at >= $4",
    )
    .bind(state)
    .bind(now)
    .bind(&row.id)
    .bind(opened_after)
    .execute(&mut *tx)
    .await?;
    let decided = decided.rows_affected() == 1;
    if decided {
        sqlx::query("INSERT INTO sandbox_notifications (transaction_id, notify_url, body, next_attempt_at) VALUES ($1, $2, $3, $4)")
            .bind(&row.id)
            .bind(&row.notify_url)
            .bind(body)
            .bind(now)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(if decided { Decided::Recorded } else { Decided::AlreadyDecided })
}

/// A notification due for delivery.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct DueNotification {
    pub id: i64,
    pub notify_url: String,
    pub body: String,
    pub attempts: i64,
}

/// Undelivered notifications due at `now` that no process has claimed (at most 20).
pub async fn due_notifications(pool: &AnyPool, now: i64) -> Result<Vec<DueNotification>, AppError> {
    Ok(sqlx::query_as(
        "SELECT id, notify_url, body, attempts FROM sandbox_notifications WHERE delivered_at IS NULL AND next_attempt_at <= $1 \
         AND (claimed_until IS NULL OR claimed_until < $1) ORDER BY id LIMIT 20",
    )
    .bind(now)
    .fetch_all(pool)
    .await?)
}

/// Claims a notification until `until`; false when another process holds it.
pub async fn claim_notification(pool: &AnyPool, id: i64, until: i64, now: i64) -> Result<bool, AppError> {
    super::rows::claim(pool, super::rows::Queue::SandboxNotifications, id, until, now).await
}

pub async fn notification_delivered(pool: &AnyPool, id: i64, at: i64, status: Option<i64>) -> Result<(), AppError> {
    sqlx::query("UPDATE sandbox_notifications SET delivered_at = $1, attempts = attempts + 1, claimed_until = NULL, last_status = $2 WHERE id = $3")
        .bind(at)
        .bind(status)
        .bind(id)
        .execute(pool)
        .await?;
    Ok(())
}

/// A failed attempt: counted, released, and tried again at `next_attempt_at`.
pub async fn notification_failed(
    pool: &AnyPool,
    id: i64,
    next_attempt_at: i64,
    status: Option<i64>,
    error: Option<&str>,
) -> Result<(), AppError> {
    sqlx::query(
        "UPDATE sandbox_notifications SET attempts = attempts + 1, next_attempt_at = $1, claimed_until = NULL, last_status = $2, last_error = $3 WHERE id = $4",
    )
    .bind(next_attempt_at)
    .bind(status)
    .bind(error)
    .bind(id)
    .execute(pool)
    .await?;
    Ok(())
}
