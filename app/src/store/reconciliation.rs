//! The receipts a school's office reconciles and reports: what reached it in a period (by day
//! and PSP, and each receipt for the CSV), and a tax year's deductible payments (730 data).
//! A receipt belongs to the school of its notice; days are Rome's.

use super::rows::cents;
use crate::error::AppError;
use crate::time;
use domain::birthplace::Date;
use domain::reconciliation::{DeductibleEntry, Period, ReceiptEntry};
use domain::{Cents, SchoolCode};
use sqlx::AnyPool;

/// One receipt of the period, as the reconciliation CSV lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReconciledReceipt {
    /// Unix seconds.
    pub paid_at: i64,
    pub notice_number: String,
    pub iuv: String,
    pub description: String,
    pub pupil_cf: String,
    pub pupil_name: String,
    pub payer_cf: Option<String>,
    pub amount: Cents,
    pub psp: String,
    pub fee: Cents,
    /// PagoScuola's payment (its id inside the database; `None`: paid elsewhere).
    pub payment_id: Option<i64>,
    pub receipt_id: String,
}

impl ReconciledReceipt {
    pub fn entry(&self) -> ReceiptEntry {
        ReceiptEntry {
            day: time::day(self.paid_at),
            psp: self.psp.clone(),
            amount: self.amount,
            fee: self.fee,
            payment: self.payment_id,
        }
    }
}

#[derive(sqlx::FromRow)]
struct ReceiptRow {
    paid_at: i64,
    notice_number: String,
    iuv: String,
    description: String,
    debtor_codice_fiscale: String,
    debtor_name: String,
    payer_codice_fiscale: Option<String>,
    payer_name: Option<String>,
    amount_cents: i64,
    psp_name: String,
    fee_cents: i64,
    payment_id: Option<i64>,
    receipt_id: String,
    tax_deductible: i64,
}

/// Instants `from..until` of a period's days in Rome.
fn bounds(period: &Period) -> (i64, i64) {
    (time::start_of_day(period.from), time::start_of_day(period.to.plus_days(1)))
}

async fn rows(pool: &AnyPool, school: &SchoolCode, (from, until): (i64, i64)) -> Result<Vec<ReceiptRow>, AppError> {
    Ok(sqlx::query_as(
        "SELECT r.paid_at, r.notice_number, r.iuv, r.description, r.debtor_codice_fiscale, r.debtor_name, \
         r.payer_codice_fiscale, r.payer_name, r.amount_cents, r.psp_name, r.fee_cents, r.payment_id, r.receipt_id, \
         r.tax_deductible FROM receipts r JOIN notices n ON n.id = r.notice_id \
         WHERE n.school_code = $1 AND r.paid_at >= $2 AND r.paid_at < $3 ORDER BY r.paid_at, r.id",
    )
    .bind(school.as_str())
    .bind(from)
    .bind(until)
    .fetch_all(pool)
    .await?)
}

/// Every receipt of the school paid in `period`, oldest first.
pub async fn receipts(
    pool: &AnyPool,
    school: &SchoolCode,
    period: &Period,
) -> Result<Vec<ReconciledReceipt>, AppError> {
    rows(pool, school, bounds(period))
        .await?
        .into_iter()
        .map(|row| {
            Ok(ReconciledReceipt {
                paid_at: row.paid_at,
                notice_number: row.notice_number,
                iuv: row.iuv,
                description: row.description,
                pupil_cf: row.debtor_codice_fiscale,
                pupil_name: row.debtor_name,
                payer_cf: row.payer_codice_fiscale,
                amount: cents("receipts.amount_cents", row.amount_cents)?,
                psp: row.psp_name,
                fee: cents("receipts.fee_cents", row.fee_cents)?,
                payment_id: row.payment_id,
                receipt_id: row.receipt_id,
            })
        })
        .collect()
}

/// The tax-deductible receipts of the school paid in calendar `year` (Rome).
pub async fn deductible(pool: &AnyPool, school: &SchoolCode, year: u16) -> Result<Vec<DeductibleEntry>, AppError> {
    let first = Date { year, month: 1, day: 1 };
    let next = Date { year: year + 1, month: 1, day: 1 };
    let span = (time::start_of_day(first), time::start_of_day(next));
    rows(pool, school, span)
        .await?
        .into_iter()
        .filter(|row| row.tax_deductible == 1)
        .map(|row| {
            Ok(DeductibleEntry {
                pupil_cf: row.debtor_codice_fiscale,
                pupil_name: row.debtor_name,
                payer_cf: row.payer_codice_fiscale,
                payer_name: row.payer_name,
                amount: cents("receipts.amount_cents", row.amount_cents)?,
            })
        })
        .collect()
}

/// The calendar years (Rome) in which the school received payments, newest first.
pub async fn years(pool: &AnyPool, school: &SchoolCode) -> Result<Vec<u16>, AppError> {
    let (first, last): (Option<i64>, Option<i64>) = sqlx::query_as(
        "SELECT MIN(r.paid_at), MAX(r.paid_at) FROM receipts r JOIN notices n ON n.id = r.notice_id WHERE n.school_code = $1",
    )
    .bind(school.as_str())
    .fetch_one(pool)
    .await?;
    Ok(match (first, last) {
        (Some(first), Some(last)) => (time::day(first).year..=time::day(last).year).rev().collect(),
        _ => Vec::new(),
    })
}
