//! The event report as a CSV file (`/segreteria/{codice}/eventi/{id}/resoconto.csv`), written
//! with the `csv` crate. Only the school's staff get it (`functions::office_csv`).

use crate::error::AppError;
use crate::functions::office_csv::{staff_of, write, CsvDownload};
use crate::store::events;

/// The report of event `id` of school `code` for the session `token`.
pub async fn download(
    pool: &sqlx::AnyPool,
    token: Option<String>,
    code: &str,
    id: &str,
) -> Result<CsvDownload, AppError> {
    let member = match staff_of(pool, token, code).await? {
        Ok(member) => member,
        Err(answer) => return Ok(answer),
    };
    let school = member.school.as_str();
    let Some(id) = id.parse::<i64>().ok().filter(|id| *id > 0) else { return Ok(CsvDownload::NotFound) };
    if events::detail(pool, school, id).await?.is_none() {
        return Ok(CsvDownload::NotFound);
    }
    let (rows, _) = events::report(pool, school, id, "").await?;
    let header =
        ["codice_fiscale", "cognome", "nome", "classe", "rata", "numero_avviso", "importo", "scadenza", "stato"];
    let records = rows.iter().map(|row| {
        vec![
            row.pupil_cf.clone(),
            row.surname.clone(),
            row.given_name.clone(),
            row.class_name.clone(),
            row.instalment.to_string(),
            row.number.to_string(),
            row.amount.to_italian(),
            row.due_date.to_italian(),
            row.state.as_str().to_string(),
        ]
    });
    Ok(CsvDownload::Csv { file_name: format!("resoconto-evento-{id}.csv"), bytes: write(&header, records)? })
}
