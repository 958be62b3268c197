//! Receipts pagoPA sent for payments made on its checkout (`pagopa_receipts`), as forwarded by
//! the schools' station, and the payment items they are matched against.

use crate::error::AppError;
use domain::Cents;
use sqlx::AnyPool;

/// The notice a receipt is for, in the pagoPA payment that took it.
#[derive(Clone, Debug)]
pub struct PaymentItem {
    pub notice_id: i64,
    pub public_id: String,
    /// What that payment took for the notice.
    pub amount: Cents,
}

/// The item of `notice_number` (at the creditor `creditor_fiscal_code`) in the pagoPA payment
/// `cart` when given, else in the latest pagoPA payment holding it.
pub async fn payment_item(
    pool: &AnyPool,
    notice_number: &str,
    creditor_fiscal_code: &str,
    cart: Option<&str>,
) -> Result<Option<PaymentItem>, AppError> {
    const ITEMS: &str =
        "SELECT n.id, py.public_id, pi.amount_cents FROM payment_items pi JOIN payments py ON py.id = pi.payment_id \
         JOIN notices n ON n.id = pi.notice_id JOIN schools s ON s.code = n.school_code \
         WHERE n.notice_number = $1 AND s.creditor_fiscal_code = $2 AND py.provider = 'pagopa'";
    let sql = match cart {
        Some(_) => format!("{ITEMS} AND py.public_id = $3"),
        None => format!("{ITEMS} ORDER BY py.id DESC LIMIT 1"),
    };
    let query = sqlx::query_as(&sql).bind(notice_number).bind(creditor_fiscal_code);
    let query = match cart {
        Some(cart) => query.bind(cart),
        None => query,
    };
    let row: Option<(i64, String, i64)> = query.fetch_optional(pool).await?;
    row.map(|(notice_id, public_id, cents)| {
        let amount = Cents::try_from(cents).map_err(|_| {
            tracing::error!(notice = notice_id, payment = %public_id, "a payment item holds a negative amount");
            AppError::Database
        })?;
        Ok(PaymentItem { notice_id, public_id, amount })
    })
    .transpose()
}

/// A receipt as it is recorded (the first one for a payment's notice stays).
pub struct NewReceipt<'a> {
    pub receipt_id: &'a str,
    pub payment_id: i64,
    pub notice_id: i64,
    /// `OK` or `KO`.
    pub outcome: &'a str,
    pub amount_cents: i64,
    pub psp_id: &'a str,
    pub psp_name: &'a str,
    pub method: &'a str,
    pub fee_cents: i64,
    /// The forwarded JSON, kept as received.
    pub body: &'a str,
    pub received_at: i64,
}

/// Records the receipt unless one is recorded already (a repeat, or a contradiction).
pub async fn record(pool: &AnyPool, receipt: &NewReceipt<'_>) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO pagopa_receipts (receipt_id, payment_id, notice_id, outcome, amount_cents, psp_id, psp_name, method, fee_cents, body, received_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING",
    )
    .bind(receipt.receipt_id)
    .bind(receipt.payment_id)
    .bind(receipt.notice_id)
    .bind(receipt.outcome)
    .bind(receipt.amount_cents)
    .bind(receipt.psp_id)
    .bind(receipt.psp_name)
    .bind(receipt.method)
    .bind(receipt.fee_cents)
    .bind(receipt.body)
    .bind(receipt.received_at)
    .execute(pool)
    .await?;
    Ok(())
}

/// The receipt recorded for a payment's notice: (receipt id, outcome).
pub async fn recorded(pool: &AnyPool, payment_id: i64, notice_id: i64) -> Result<Option<(String, String)>, AppError> {
    Ok(sqlx::query_as("SELECT receipt_id, outcome FROM pagopa_receipts WHERE payment_id = $1 AND notice_id = $2")
        .bind(payment_id)
        .bind(notice_id)
        .fetch_optional(pool)
        .await?)
}

pub async fn every_notice_has_an_ok_receipt(pool: &AnyPool, payment_id: i64) -> Result<bool, AppError> {
    let (missing,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM payment_items pi WHERE pi.payment_id = $1 AND NOT EXISTS \
         (SELECT 1 FROM pagopa_receipts r WHERE r.payment_id = pi.payment_id AND r.notice_id = pi.notice_id AND r.outcome = 'OK')",
    )
    .bind(payment_id)
    .fetch_one(pool)
    .await?;
    Ok(missing == 0)
}

pub async fn has_an_ok_receipt(pool: &AnyPool, payment_id: i64) -> Result<bool, AppError> {
    let (ok,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM pagopa_receipts WHERE payment_id = $1 AND outcome = 'OK'")
        .bind(payment_id)
        .fetch_one(pool)
        .await?;
    Ok(ok > 0)
}
