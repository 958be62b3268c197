//! Money that reached a notice without a PagoScuola payment: the paper notice paid at a bank
//! or a tobacconist, or a second payment for a notice of a cart. pagoPA's OK receipt is the
//! proof: the notice becomes paid with that receipt, or, already paid (or no longer payable),
//! the school owes the money back.

use super::settle::{answer, refund_reason, Answer};
use crate::auth::now;
use crate::error::AppError;
use crate::store::{notices, receipts, refunds};
use domain::refund::RefundReason;
use domain::Cents;
use sqlx::AnyPool;

/// What pagoPA's receipt says about the money.
pub struct Paid<'a> {
    pub receipt_id: &'a str,
    pub psp_id: &'a str,
    pub psp_name: &'a str,
    pub method: &'a str,
    pub fee: Cents,
}

/// Pays `notice_id` (of `amount`) with the receipt, or records the refund; a repeat changes nothing.
pub async fn apply(pool: &AnyPool, notice_id: i64, amount: Cents, paid: &Paid<'_>) -> Result<Answer, AppError> {
    let now = now();
    let mut tx = pool.begin().await?;
    // The write comes first: on SQLite a transaction that reads before writing can deadlock.
    // pagoPA took the money, so the position was payable for it: an expired notice is paid too.
    let marked = sqlx::query(
        "UPDATE notices SET state = 'paid', updated_at = $1 WHERE id = $2 AND state IN ('valid', 'expired')",
    )
    .bind(now)
    .bind(notice_id)
    .execute(&mut *tx)
    .await?;
    if marked.rows_affected() == 1 {
        let source = receipts::source_of_notice(&mut tx, notice_id, paid.receipt_id).await?;
        let receipt = receipts::NewReceipt {
            receipt_id: paid.receipt_id,
            source: &source,
            paid_through: None,
            psp_id: paid.psp_id,
            psp_name: paid.psp_name,
            method: paid.method,
            fee: paid.fee,
            paid_at: now,
        };
        receipts::insert(&mut tx, &receipt).await?;
        notices::remove_from_all_carts(&mut tx, notice_id).await?;
        tx.commit().await?;
        tracing::info!(notice = notice_id, "notice paid outside PagoScuola, by pagoPA's receipt");
        return Ok(answer(200, "applied"));
    }
    let standing = receipts::standing(&mut tx, notice_id).await?;
    if standing.1.as_deref() == Some(paid.receipt_id) {
        return Ok(answer(200, "already applied"));
    }
    // A notice marked paid without a receipt here (paid before PagoScuola kept receipts) was
    // paid all the same: this money paid it twice.
    let reason = refund_reason(standing).unwrap_or(RefundReason::PaidTwice);
    let refund =
        refunds::NewRefund { notice_id, payment_id: None, pagopa_receipt_id: Some(paid.receipt_id), amount, reason };
    let recorded = refunds::record(&mut tx, &refund, now).await?;
    tx.commit().await?;
    Ok(answer(200, if recorded { "applied" } else { "already applied" }))
}
