//! The event report as a CSV file (`/segreteria/{codice}/eventi/{id}/resoconto.csv`), written
//! with the `csv` crate: a plain route, so the browser downloads it without JavaScript. Only the
//! school's staff get it; anyone else is answered as the office pages answer.

use crate::auth::session;
use crate::error::AppError;
use crate::store::{events, staff};
use domain::SchoolCode;

pub enum CsvDownload {
    Csv {
        file_name: String,
        bytes: Vec<u8>,
    },
    /// Log in first (or change the password, accept the conditions).
    Redirect(&'static str),
    NotFound,
}

/// The report of event `id` of school `code` for the session `token`.
pub async fn download(
    pool: &sqlx::AnyPool,
    token: Option<String>,
    code: &str,
    id: &str,
) -> Result<CsvDownload, AppError> {
    let account = match token {
        Some(token) => session::account_for_token(pool, &token).await?,
        None => None,
    };
    let Some(account) = account else { return Ok(CsvDownload::Redirect(crate::routes::LOGIN)) };
    let account = match session::ready(pool, account).await {
        Ok(account) => account,
        Err(error) => {
            return Ok(CsvDownload::Redirect(
                crate::functions::account::redirect_for(&error).unwrap_or(crate::routes::LOGIN),
            ))
        }
    };
    let Ok(school) = SchoolCode::parse(code) else { return Ok(CsvDownload::NotFound) };
    if staff::role_at(pool, account.account_id, school.as_str()).await?.is_none() {
        return Ok(CsvDownload::NotFound);
    }
    let Some(id) = id.parse::<i64>().ok().filter(|id| *id > 0) else { return Ok(CsvDownload::NotFound) };
    if events::detail(pool, school.as_str(), id).await?.is_none() {
        return Ok(CsvDownload::NotFound);
    }
    let (rows, _) = events::report(pool, school.as_str(), id, "").await?;
    Ok(CsvDownload::Csv { file_name: format!("resoconto-evento-{id}.csv"), bytes: write(&rows)? })
}

/// Semicolons and decimal commas, as Italian spreadsheets open them.
fn write(rows: &[crate::model::ReportRow]) -> Result<Vec<u8>, AppError> {
    let broken = |error: ::csv::Error| {
        tracing::error!(%error, "report CSV");
        AppError::Database
    };
    let mut writer = ::csv::WriterBuilder::new().delimiter(b';').from_writer(Vec::new());
    writer
        .write_record([
            "codice_fiscale",
            "cognome",
            "nome",
            "classe",
            "rata",
            "numero_avviso",
            "importo",
            "scadenza",
            "stato",
        ])
        .map_err(broken)?;
    for row in rows {
        writer
            .write_record([
                row.pupil_cf.as_str(),
                row.surname.as_str(),
                row.given_name.as_str(),
                row.class_name.as_str(),
                &row.instalment.to_string(),
                row.number.as_str(),
                &row.amount.to_italian(),
                &row.due_date.to_italian(),
                row.state.as_str(),
            ])
            .map_err(broken)?;
    }
    writer.into_inner().map_err(|error| {
        tracing::error!(%error, "report CSV");
        AppError::Database
    })
}
