//! The expiry job: a notice is payable until its `expires_on` day, in Rome. After it, the
//! checkouts still holding it (never sent to a provider) are closed, and the notice becomes
//! expired, unless a payment with the provider holds it: that one ends first (paid, or released
//! and then expired). Pages read a notice past its day as expired already; this job stores it.
//! Safe to run in every process at once: every move is a conditional update.

use crate::error::AppError;
use crate::store::{notices, payments};

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Checkouts closed because a notice in them expired.
    pub checkouts_closed: usize,
    pub notices_expired: u64,
}

pub async fn run_once(pool: &sqlx::AnyPool, now: i64) -> Result<Report, AppError> {
    let today = crate::time::today(now);
    let mut report = Report::default();
    for public_id in payments::unsent_holding_expired(pool, today).await? {
        let Some(payment) = payments::find(pool, &public_id).await? else { continue };
        if payments::cancel_unsent(pool, &payment).await? {
            report.checkouts_closed += 1;
        }
    }
    report.notices_expired = notices::expire_past(pool, today, now).await?;
    if report != Report::default() {
        tracing::info!(
            checkouts_closed = report.checkouts_closed,
            notices_expired = report.notices_expired,
            "notices past their last payable day"
        );
    }
    Ok(report)
}
