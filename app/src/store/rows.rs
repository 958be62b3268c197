//! Domain values out of database rows. A stored value the domain refuses means a broken
//! database: it is logged with the column it came from and becomes `AppError::Database`.

use crate::error::AppError;
use domain::codice_fiscale::CodiceFiscale;
use domain::{Cents, NoticeNumber, SchoolYear};

/// Logs the refused value's column (never the value: it may be personal data).
pub fn broken(column: &'static str) -> AppError {
    tracing::error!(column, "a stored value is one the domain refuses");
    AppError::Database
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
