//! Domain values out of database rows (a stored value the domain refuses means a broken
//! database: it is logged with the column it came from and becomes `AppError::Database`), and
//! the claim shared by the delivery queues.

use crate::error::AppError;
use domain::codice_fiscale::CodiceFiscale;
use domain::{Cents, NoticeNumber, SchoolYear};

/// Logs the refused value's column (never the value: it may be personal data).
pub fn broken(column: &'static str) -> AppError {
    tracing::error!(column, "a stored value is one the domain refuses");
    AppError::Database
}

/// A row of a delivery queue (the outbox, the sandbox's notifications): each process claims the
/// rows it works on until `until`, so two never deliver one twice. False when another holds it.
pub async fn claim(pool: &sqlx::AnyPool, queue: Queue, id: i64, until: i64, now: i64) -> Result<bool, AppError> {
    let (table, done) = match queue {
        Queue::Outbox => ("outbox", "sent_at"),
        Queue::SandboxNotifications => ("sandbox_notifications", "delivered_at"),
    };
    let claimed = sqlx::query(&format!(
        "UPDATE {table} SET claimed_until = $1 WHERE id = $2 AND {done} IS NULL AND (claimed_until IS NULL OR claimed_until < $3)"
    ))
    .bind(until)
    .bind(id)
    .bind(now)
    .execute(pool)
    .await?;
    Ok(claimed.rows_affected() == 1)
}

#[derive(Clone, Copy)]
pub enum Queue {
    Outbox,
    SandboxNotifications,
}

pub fn notice_number(column: &'static str, text: String) -> Result<NoticeNumber, AppError> {
    NoticeNumber::try_from(text).map_err(|_| broken(column))
}

pub fn codice_fiscale(column: &'static str, text: &str) -> Result<CodiceFiscale, AppError> {
    CodiceFiscale::parse(text).map_err(|_| broken(column))
}

pub fn cents(column: &'static str, value: i64) -> Result<Cents, AppError> {
    Cents::try_from(value).map_err(|_| broken(column))
}

pub fn school_year(column: &'static str, start: i64) -> Result<SchoolYear, AppError> {
    u16::try_from(start).map(SchoolYear::starting).map_err(|_| broken(column))
}

pub fn fiscal_code(column: &'static str, text: &str) -> Result<domain::OrganisationFiscalCode, AppError> {
    domain::OrganisationFiscalCode::parse(text).map_err(|_| broken(column))
}
