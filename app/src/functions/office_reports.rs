//! The office's money reports, under `/api/office/reports/`: reconciliation of a period (what
//! reached the school by day and PSP, and the refunds it owes, which the headteacher or the DSGA
//! mark as made) and a tax year's data for the pre-filled return (730). Every one checks the
//! caller's role at the school first; the CSV files are plain routes (`csv`).

use crate::error::AppError;
use crate::model::{ReconciliationView, TaxDataView};
use leptos::prelude::*;

/// `dal` and `al`: the period's days (empty: this month so far). `rimborsato`: a refund just
/// marked as made, to confirm.
#[server(endpoint = "office/reports/reconciliation")]
pub async fn office_reconciliation(
    school: String,
    dal: Option<String>,
    al: Option<String>,
    rimborsato: Option<String>,
) -> Result<ReconciliationView, AppError> {
    server::reconciliation(school, dal.unwrap_or_default(), al.unwrap_or_default(), rimborsato).await
}

/// "Segna come rimborsato": the headteacher and the DSGA only (403 for anyone else). Back to
/// the same period, which confirms it.
#[server(endpoint = "office/reports/refunded")]
pub async fn settle_refund(
    school: String,
    refund_id: String,
    dal: Option<String>,
    al: Option<String>,
) -> Result<(), AppError> {
    server::settle(school, refund_id, dal.unwrap_or_default(), al.unwrap_or_default()).await
}

/// `anno`: the tax year (empty: the latest with payments before this one, else this one).
#[server(endpoint = "office/reports/tax")]
pub async fn office_tax_data(school: String, anno: Option<String>) -> Result<TaxDataView, AppError> {
    server::tax_data(school, anno.unwrap_or_default()).await
}

#[cfg(feature = "ssr")]
pub mod csv;
#[cfg(feature = "ssr")]
pub mod server;
