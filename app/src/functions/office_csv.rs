//! What the office's CSV downloads share: plain routes (the browser downloads them without
//! JavaScript) that answer like the office pages (log in first; another school's office does
//! not exist), and files with semicolons and decimal commas, as Italian spreadsheets open them.

use crate::auth::staff::StaffMember;
use crate::error::AppError;
use sqlx::AnyPool;

pub enum CsvDownload {
    Csv {
        file_name: String,
        bytes: Vec<u8>,
    },
    /// Log in first (or change the password, accept the conditions).
    Redirect(&'static str),
    NotFound,
}

/// The member behind the session cookie `token`, or what to answer instead.
pub async fn staff_of(
    pool: &AnyPool,
    token: Option<String>,
    code: &str,
) -> Result<Result<StaffMember, CsvDownload>, AppError> {
    match crate::functions::pupils::import::staff_for_upload(pool, token, code).await {
        Ok(member) => Ok(Ok(member)),
        Err(AppError::NotFound) => Ok(Err(CsvDownload::NotFound)),
        Err(error) => match crate::functions::account::redirect_for(&error) {
            Some(path) => Ok(Err(CsvDownload::Redirect(path))),
            None => Err(error),
        },
    }
}

/// A CSV file: the header, then one record per row.
pub fn write<R, F>(header: &[&str], rows: R) -> Result<Vec<u8>, AppError>
where
    R: IntoIterator<Item = Vec<F>>,
    F: AsRef<[u8]>,
{
    let broken = |error: ::csv::Error| {
        tracing::error!(%error, "office CSV");
        AppError::Database
    };
    let mut writer = ::csv::WriterBuilder::new().delimiter(b';').from_writer(Vec::new());
    writer.write_record(header).map_err(broken)?;
    for row in rows {
        writer.write_record(row).map_err(broken)?;
    }
    writer.into_inner().map_err(|error| {
        tracing::error!(%error, "office CSV");
        AppError::Database
    })
}
