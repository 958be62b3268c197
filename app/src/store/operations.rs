//! What the operator's view reads from the database at each scrape: the same figures in every
//! process, since they share the database.

use crate::error::AppError;
use sqlx::AnyPool;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Snapshot {
    /// Messages not sent yet.
    pub outbox_unsent: i64,
    /// Of those, the ones that failed at least once (waiting for a retry).
    pub outbox_retrying: i64,
    /// Payments by state (`created`, `sent_to_psp`, `confirmed`, ...).
    pub payments_by_state: Vec<(String, i64)>,
}

pub async fn snapshot(pool: &AnyPool) -> Result<Snapshot, AppError> {
    let (outbox_unsent, outbox_retrying): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN attempts > 0 THEN 1 ELSE 0 END), 0) FROM outbox WHERE sent_at IS NULL",
    )
    .fetch_one(pool)
    .await?;
    let payments_by_state =
        sqlx::query_as("SELECT state, COUNT(*) FROM payments GROUP BY state ORDER BY state").fetch_all(pool).await?;
    Ok(Snapshot { outbox_unsent, outbox_retrying, payments_by_state })
}

/// What must hold after any load or fault: the deadline's and the fault test's final checks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Audit {
    pub confirmed_payments: i64,
    /// Notices in more than one confirmed payment.
    pub notices_paid_twice: i64,
    /// Notices of a confirmed payment without their receipt.
    pub receipts_missing: i64,
    /// "Pagamento eseguito" emails queued or sent.
    pub payment_emails: i64,
    /// Notices still held by a payment that is not confirmed.
    pub holds_left: i64,
    /// Payments without an outcome yet (created, sent to the PSP, unknown).
    pub unsettled_payments: i64,
    /// Sandbox PSP transactions it confirmed whose payment is not recorded as confirmed.
    pub psp_confirmed_unrecorded: i64,
    /// Payments recorded as confirmed that the sandbox PSP did not confirm.
    pub confirmed_without_psp: i64,
    /// Messages of the outbox not sent yet.
    pub emails_unsent: i64,
}

pub async fn audit(pool: &AnyPool) -> Result<Audit, AppError> {
    let count = |sql: &'static str| async move {
        let (n,): (i64,) = sqlx::query_as(sql).fetch_one(pool).await?;
        Ok::<i64, AppError>(n)
    };
    Ok(Audit {
        confirmed_payments: count("SELECT COUNT(*) FROM payments WHERE state = 'confirmed'").await?,
        notices_paid_twice: count(
            "SELECT COUNT(*) FROM (SELECT i.notice_id FROM payment_items i JOIN payments p ON p.id = i.payment_id \
             WHERE p.state = 'confirmed' GROUP BY i.notice_id HAVING COUNT(*) > 1) twice",
        )
        .await?,
        receipts_missing: count(
            "SELECT COUNT(*) FROM payment_items i JOIN payments p ON p.id = i.payment_id WHERE p.state = 'confirmed' \
             AND NOT EXISTS (SELECT 1 FROM receipts r WHERE r.payment_id = p.id AND r.notice_id = i.notice_id)",
        )
        .await?,
        payment_emails: count("SELECT COUNT(*) FROM outbox WHERE kind = 'pagamento-eseguito'").await?,
        holds_left: count(
            "SELECT COUNT(*) FROM notice_holds h JOIN payments p ON p.id = h.payment_id WHERE p.state <> 'confirmed'",
        )
        .await?,
        unsettled_payments: count("SELECT COUNT(*) FROM payments WHERE state IN ('created', 'sent_to_psp', 'unknown')")
            .await?,
        psp_confirmed_unrecorded: count(
            "SELECT COUNT(*) FROM sandbox_transactions t WHERE t.state = 'confirmed' AND NOT EXISTS \
             (SELECT 1 FROM payments p WHERE p.public_id = t.merchant_reference AND p.state = 'confirmed')",
        )
        .await?,
        confirmed_without_psp: count(
            "SELECT COUNT(*) FROM payments p WHERE p.state = 'confirmed' AND p.provider = 'sandbox' AND NOT EXISTS \
             (SELECT 1 FROM sandbox_transactions t WHERE t.merchant_reference = p.public_id AND t.state = 'confirmed')",
        )
        .await?,
        emails_unsent: count("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").await?,
    })
}

/// Messages a sender process has claimed and not yet marked sent (it is sending them now, or
/// died doing so and its claim has not run out).
pub async fn outbox_claimed(pool: &AnyPool, now: i64) -> Result<i64, AppError> {
    let (n,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND claimed_until IS NOT NULL AND claimed_until > $1",
    )
    .bind(now)
    .fetch_one(pool)
    .await?;
    Ok(n)
}
