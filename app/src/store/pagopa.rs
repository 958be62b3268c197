//! Receipts pagoPA sent for payments made on its checkout (`pagopa_receipts`), as forwarded by
//! the schools' station, and the payment items they are matched against.

use crate::error::AppError;
use domain::Cents;
use sqlx::AnyPool;

/// A notice a receipt names, by number at its creditor.
#[derive(Clone, Debug)]
pub struct ReceiptNotice {
    pub notice_id: i64,
    pub amount: Cents,
}

/// The notice `notice_number` of the creditor `creditor_fiscal_code`, if PagoScuola has it.
pub async fn notice(
    pool: &AnyPool,
    notice_number: &str,
    creditor_fiscal_code: &str,
) -> Result<Option<ReceiptNotice>, AppError> {
    let row: Option<(i64, i64)> = sqlx::query_as(
        "SELECT n.id, n.amount_cents FROM notices n JOIN schools s ON s.code = n.school_code \
         WHERE n.notice_number = $1 AND s.creditor_fiscal_code = $2",
    )
    .bind(notice_number)
    .bind(creditor_fiscal_code)
    .fetch_optional(pool)
    .await?;
    row.map(|(notice_id, cents)| {
        Ok(ReceiptNotice { notice_id, amount: super::rows::cents("notices.amount_cents", cents)? })
    })
    .transpose()
}

/// The notice's item in a pagoPA payment made with PagoScuola.
#[derive(Clone, Debug)]
pub struct PaymentItem {
    pub public_id: String,
    /// What that payment took for the notice.
    pub amount: Cents,
}

/// The item of `notice_id` in the pagoPA payment `cart` when given (whatever state that
/// payment is in: a receipt may come after we released it), else in the pagoPA payment that
/// holds the notice (in progress or confirmed). `None`: the money came some other way (the
/// paper notice paid at a bank or a tobacconist).
pub async fn payment_item(pool: &AnyPool, notice_id: i64, cart: Option<&str>) -> Result<Option<PaymentItem>, AppError> {
    const ITEMS: &str =
        "SELECT py.public_id, pi.amount_cents FROM payment_items pi JOIN payments py ON py.id = pi.payment_id \
         WHERE pi.notice_id = $1 AND py.provider = 'pagopa'";
    let row: Option<(String, i64)> = match cart {
        Some(cart) => {
            sqlx::query_as(&format!("{ITEMS} AND py.public_id = $2")).bind(notice_id).bind(cart).fetch_optional(pool).await?
        }
        None => {
            sqlx::query_as(&format!(
                "{ITEMS} AND EXISTS (SELECT 1 FROM notice_holds h WHERE h.notice_id = pi.notice_id AND h.payment_id = py.id)"
            ))
            .bind(notice_id)
            .fetch_optional(pool)
            .await?
        }
    };
    row.map(|(public_id, cents)| {
        Ok(PaymentItem { public_id, amount: super::rows::cents("payment_items.amount_cents", cents)? })
    })
    .transpose()
}

/// A receipt as it is recorded (the first one for a payment's notice stays).
pub struct NewReceipt<'a> {
    pub receipt_id: &'a str,
    /// `None` for a notice no PagoScuola payment took (paid elsewhere), or for money that
    /// paid a notice of a payment again.
    pub payment_id: Option<i64>,
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

/// What is recorded under a receipt id: (payment, notice, outcome).
pub async fn stored(pool: &AnyPool, receipt_id: &str) -> Result<Option<(Option<i64>, i64, String)>, AppError> {
    Ok(sqlx::query_as("SELECT payment_id, notice_id, outcome FROM pagopa_receipts WHERE receipt_id = $1")
        .bind(receipt_id)
        .fetch_optional(pool)
        .await?)
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
