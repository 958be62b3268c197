//! Receipts of paid notices: written when a payment is confirmed (`payments::settle`), read
//! here for the family's history and documents.

use crate::error::AppError;
use crate::model::ReceiptSummary;
use domain::rome_time::rome_date_and_clock;
use domain::{Cents, PaymentMethod, SchoolYear};
use sqlx::AnyPool;

#[derive(sqlx::FromRow)]
struct ReceiptRow {
    receipt_id: String,
    description: String,
    company_name: String,
    debtor_name: String,
    debtor_codice_fiscale: String,
    amount_cents: i64,
    fee_cents: i64,
    psp_name: String,
    method: String,
    notice_number: String,
    iuv: String,
    tax_deductible: i64,
    school_year: i64,
    paid_at: i64,
}

/// The account's receipts with their school year, newest first.
pub async fn for_account(pool: &AnyPool, account_id: i64) -> Result<Vec<(SchoolYear, ReceiptSummary)>, AppError> {
    let rows: Vec<ReceiptRow> = sqlx::query_as(
        "SELECT receipt_id, description, company_name, debtor_name, debtor_codice_fiscale, amount_cents, fee_cents, psp_name, method, \
         notice_number, iuv, tax_deductible, school_year, paid_at FROM receipts WHERE account_id = $1 ORDER BY paid_at DESC, id DESC",
    )
    .bind(account_id)
    .fetch_all(pool)
    .await?;
    rows.into_iter()
        .map(|row| {
            let (paid_on, paid_at) = rome_date_and_clock(row.paid_at);
            let summary = ReceiptSummary {
                receipt_id: row.receipt_id,
                description: row.description,
                company_name: row.company_name,
                debtor_name: row.debtor_name,
                debtor_codice_fiscale: row.debtor_codice_fiscale,
                amount: Cents::try_from(row.amount_cents).map_err(|_| AppError::Database)?,
                fee: Cents::try_from(row.fee_cents).map_err(|_| AppError::Database)?,
                psp_name: row.psp_name,
                method: PaymentMethod::parse(&row.method),
                notice_number: row.notice_number,
                iuv: row.iuv,
                tax_deductible: row.tax_deductible != 0,
                paid_on,
                paid_at,
            };
            Ok((SchoolYear::starting(u16::try_from(row.school_year).unwrap_or_default()), summary))
        })
        .collect()
}

/// One receipt of the account, with what its documents need.
pub async fn document(
    pool: &AnyPool,
    account_id: i64,
    receipt_id: &str,
) -> Result<Option<crate::documents::ReceiptRecord>, AppError> {
    Ok(sqlx::query_as(
        "SELECT r.receipt_id, r.notice_number, r.iuv, r.creditor_fiscal_code, r.company_name, r.office_name, r.description, \
         r.amount_cents, r.debtor_codice_fiscale, r.debtor_name, r.payer_codice_fiscale, r.payer_name, r.psp_id, r.psp_name, \
         r.method, r.fee_cents, r.school_year, r.tax_deductible, r.paid_at, p.provider_reference \
         FROM receipts r JOIN payments p ON p.id = r.payment_id WHERE r.account_id = $1 AND r.receipt_id = $2",
    )
    .bind(account_id)
    .bind(receipt_id)
    .fetch_optional(pool)
    .await?)
}
