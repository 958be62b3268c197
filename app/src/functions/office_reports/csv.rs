//! The reports as CSV files: every receipt of a period (`riconciliazione.csv?dal=&al=`) and a
//! tax year's 730 data (`dati-730.csv?anno=`). The Agenzia delle Entrate takes school-fee data
//! through Entratel in its own fixed-width layout, checked by its own software; the office
//! loads these columns there (pupil's and payer's codice fiscale, amount, year).

use crate::error::AppError;
use crate::functions::office_csv::{staff_of, write, CsvDownload};
use crate::store::reconciliation;
use crate::time;
use domain::reconciliation::{tax_lines, Period};

pub async fn receipts(
    pool: &sqlx::AnyPool,
    token: Option<String>,
    code: &str,
    from: &str,
    to: &str,
) -> Result<CsvDownload, AppError> {
    let member = match staff_of(pool, token, code).await? {
        Ok(member) => member,
        Err(answer) => return Ok(answer),
    };
    let Ok(period) = Period::parse(from, to, time::today(crate::auth::now())) else { return Ok(CsvDownload::NotFound) };
    let receipts = reconciliation::receipts(pool, &member.school, &period).await?;
    let header = [
        "data",
        "ora",
        "psp",
        "numero_avviso",
        "iuv",
        "causale",
        "codice_fiscale_alunno",
        "alunno",
        "codice_fiscale_pagante",
        "importo",
        "commissione_pagamento",
        "pagamento_pagoscuola",
        "id_ricevuta",
    ];
    let mut fee_shown = std::collections::HashSet::new();
    let records = receipts.iter().map(|receipt| {
        let (day, clock) = time::date_and_clock(receipt.paid_at);
        // The fee is one per payment: on its first receipt only, so a column sum is right.
        let fee = if receipt.payment_id.is_none_or(|payment| fee_shown.insert(payment)) {
            receipt.fee.to_italian()
        } else {
            String::new()
        };
        vec![
            day,
            clock,
            receipt.psp.clone(),
            receipt.notice_number.clone(),
            receipt.iuv.clone(),
            receipt.description.clone(),
            receipt.pupil_cf.clone(),
            receipt.pupil_name.clone(),
            receipt.payer_cf.clone().unwrap_or_default(),
            receipt.amount.to_italian(),
            fee,
            if receipt.payment_id.is_some() { "si" } else { "no" }.to_string(),
            receipt.receipt_id.clone(),
        ]
    });
    let file_name = format!("riconciliazione-{}-{}-{}.csv", member.school.as_str(), period.from, period.to);
    Ok(CsvDownload::Csv { file_name, bytes: write(&header, records.collect::<Vec<_>>())? })
}

pub async fn tax_data(
    pool: &sqlx::AnyPool,
    token: Option<String>,
    code: &str,
    year: &str,
) -> Result<CsvDownload, AppError> {
    let member = match staff_of(pool, token, code).await? {
        Ok(member) => member,
        Err(answer) => return Ok(answer),
    };
    let this_year = time::today(crate::auth::now()).year;
    let years = reconciliation::years(pool, &member.school).await?;
    let Some(year) = super::server::chosen_year(year, &years, this_year) else { return Ok(CsvDownload::NotFound) };
    let lines = tax_lines(&reconciliation::deductible(pool, &member.school, year).await?).ok_or(AppError::Database)?;
    let header =
        ["anno", "codice_fiscale_alunno", "alunno", "codice_fiscale_pagante", "pagante", "importo", "pagamenti"];
    let records = lines.iter().map(|line| {
        vec![
            year.to_string(),
            line.pupil_cf.clone(),
            line.pupil_name.clone(),
            line.payer_cf.clone().unwrap_or_default(),
            line.payer_name.clone().unwrap_or_default(),
            line.amount.to_italian(),
            line.payments.to_string(),
        ]
    });
    let file_name = format!("dati-730-{}-{year}.csv", member.school.as_str());
    Ok(CsvDownload::Csv { file_name, bytes: write(&header, records)? })
}
