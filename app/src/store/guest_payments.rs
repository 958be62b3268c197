//! Payments of guests (paid by number without an account): found only through the hash of the
//! token in the guest's cookie.

use super::payments::{PaymentRecord, PaymentRow, PAYMENT_COLUMNS};
use crate::error::AppError;
use domain::PaymentState;
use sqlx::AnyPool;

/// A guest's payment, when `token_hash` is the hash of the token in the guest's cookie.
pub async fn find_for_guest(
    pool: &AnyPool,
    public_id: &str,
    token_hash: &str,
) -> Result<Option<PaymentRecord>, AppError> {
    if !super::can_match(public_id) {
        return Ok(None);
    }
    let sql = format!("{PAYMENT_COLUMNS} WHERE public_id = $1 AND guest_token_hash = $2 AND account_id IS NULL");
    let row: Option<PaymentRow> = sqlx::query_as(&sql).bind(public_id).bind(token_hash).fetch_optional(pool).await?;
    row.map(PaymentRecord::try_from).transpose()
}

/// The guest's payment (by the hash of its cookie's token) that is not settled yet and holds `notice_id`.
pub async fn live_guest_payment_holding(
    pool: &AnyPool,
    token_hash: &str,
    notice_id: i64,
) -> Result<Option<String>, AppError> {
    let row: Option<(String, String)> = sqlx::query_as(
        "SELECT py.public_id, py.state FROM notice_holds h JOIN payments py ON py.id = h.payment_id \
         WHERE h.notice_id = $1 AND py.guest_token_hash = $2 AND py.account_id IS NULL",
    )
    .bind(notice_id)
    .bind(token_hash)
    .fetch_optional(pool)
    .await?;
    Ok(row.filter(|(_, state)| PaymentState::parse(state).is_ok_and(PaymentState::is_in_progress)).map(|(id, _)| id))
}
