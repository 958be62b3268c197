//! What a school office writes: pupils, who pays for them, payment events and their notices.
//! The demo data uses it today; the office pages will too.

use crate::auth::now;
use crate::error::AppError;
use domain::birthplace::Date;
use domain::codice_fiscale::CodiceFiscale;
use domain::{Cents, NoticeNumber, NoticeState, SegregationCode};
use sqlx::{Any, Transaction};

pub struct NewPupil<'a> {
    pub school_code: &'a str,
    pub codice_fiscale: &'a CodiceFiscale,
    pub surname: &'a str,
    pub given_name: &'a str,
    pub class_name: &'a str,
}

/// The pupil's id; the same pupil (school and codice fiscale) is stored once.
pub async fn upsert_pupil(tx: &mut Transaction<'_, Any>, pupil: &NewPupil<'_>) -> Result<i64, AppError> {
    sqlx::query(
        "INSERT INTO pupils (school_code, codice_fiscale, surname, given_name, class_name) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (school_code, codice_fiscale) DO UPDATE SET surname = $3, given_name = $4, class_name = $5",
    )
    .bind(pupil.school_code)
    .bind(pupil.codice_fiscale.as_str())
    .bind(pupil.surname)
    .bind(pupil.given_name)
    .bind(pupil.class_name)
    .execute(&mut **tx)
    .await?;
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM pupils WHERE school_code = $1 AND codice_fiscale = $2")
        .bind(pupil.school_code)
        .bind(pupil.codice_fiscale.as_str())
        .fetch_one(&mut **tx)
        .await?;
    Ok(id)
}

pub async fn link_payer(
    tx: &mut Transaction<'_, Any>,
    pupil_id: i64,
    payer_cf: &CodiceFiscale,
) -> Result<(), AppError> {
    sqlx::query("INSERT INTO payer_links (pupil_id, payer_codice_fiscale) VALUES ($1, $2) ON CONFLICT DO NOTHING")
        .bind(pupil_id)
        .bind(payer_cf.as_str())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

#[derive(Clone, Copy)]
pub struct NewEvent<'a> {
    pub school_code: &'a str,
    pub reason: &'a str,
    pub category: &'a str,
    pub amount: Cents,
    pub due_date: Date,
    pub expires_on: Date,
    pub beneficiary_iban: &'a str,
    pub tax_deductible: bool,
    pub amount_editable: bool,
}

pub async fn create_event(tx: &mut Transaction<'_, Any>, event: &NewEvent<'_>) -> Result<i64, AppError> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO payment_events (school_code, reason, category, amount_cents, school_year, due_date, expires_on, \
         beneficiary_iban, tax_deductible, amount_editable, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
    )
    .bind(event.school_code)
    .bind(event.reason)
    .bind(event.category)
    .bind(i64::from(event.amount))
    .bind(i64::from(event.due_date.school_year().start()))
    .bind(event.due_date.to_string())
    .bind(event.expires_on.to_string())
    .bind(event.beneficiary_iban)
    .bind(i64::from(event.tax_deductible))
    .bind(i64::from(event.amount_editable))
    .bind(now())
    .fetch_one(&mut **tx)
    .await?;
    Ok(id)
}

/// `count` fresh notice numbers of the school, in one step: a counter per school (each school is
/// its own creditor) under one segregation code, with the mod-93 check digits. Numbers taken and
/// then not used (a transaction rolled back gives them back; a revoked notice keeps its own) are
/// never handed out twice.
pub async fn reserve_notice_numbers(
    tx: &mut Transaction<'_, Any>,
    school_code: &str,
    count: u32,
) -> Result<Vec<NoticeNumber>, AppError> {
    // Bases start at the year (2026000000001): readable, and far from pagoPA's test numbers.
    let first_base = i64::from(crate::time::today(crate::auth::now()).year) * 1_000_000_000 + 1;
    sqlx::query("INSERT INTO notice_counters (school_code, segregation_code, next_base) VALUES ($1, 1, $2) ON CONFLICT (school_code) DO NOTHING")
        .bind(school_code)
        .bind(first_base)
        .execute(&mut **tx)
        .await?;
    let (segregation, first): (i64, i64) = sqlx::query_as(
        "UPDATE notice_counters SET next_base = next_base + $2 WHERE school_code = $1 RETURNING segregation_code, next_base - $2",
    )
    .bind(school_code)
    .bind(i64::from(count))
    .fetch_one(&mut **tx)
    .await?;
    let segregation =
        u8::try_from(segregation).ok().and_then(|s| SegregationCode::new(s).ok()).ok_or(AppError::Database)?;
    (0..i64::from(count))
        .map(|offset| {
            let base = u64::try_from(first + offset).map_err(|_| AppError::Database)?;
            NoticeNumber::generate(segregation, base).map_err(|_| AppError::Database)
        })
        .collect()
}

/// Issues the notice of `event` to `pupil` (of the same school: the database checks it), due
/// when the event is.
pub async fn issue_notice(
    tx: &mut Transaction<'_, Any>,
    event_id: i64,
    pupil_id: i64,
    school_code: &str,
    amount: Cents,
    state: NoticeState,
) -> Result<i64, AppError> {
    let number = reserve_notice_numbers(tx, school_code, 1).await?.pop().ok_or(AppError::Database)?;
    let now = now();
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO notices (event_id, pupil_id, school_code, notice_number, amount_cents, state, created_at, updated_at, \
         instalment, due_date, expires_on) SELECT $1, $2, $3, $4, $5, $6, $7, $7, 0, e.due_date, e.expires_on \
         FROM payment_events e WHERE e.id = $1 RETURNING id",
    )
    .bind(event_id)
    .bind(pupil_id)
    .bind(school_code)
    .bind(number.as_str())
    .bind(i64::from(amount))
    .bind(state.as_str())
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    Ok(id)
}

/// One notice of a published event: for a pupil, one instalment (0: the only notice).
pub struct BatchNotice {
    pub pupil_id: i64,
    pub instalment: u8,
    pub amount: Cents,
    pub due_date: Date,
    pub expires_on: Date,
}

/// Issues many valid notices of one event at once: one counter step for all their numbers and
/// one multi-row insert (publishing 1,500 pupils takes a few statements, not thousands).
/// Returns how many were made.
pub async fn issue_notices(
    tx: &mut Transaction<'_, Any>,
    event_id: i64,
    school_code: &str,
    notices: &[BatchNotice],
) -> Result<u64, AppError> {
    if notices.is_empty() {
        return Ok(0);
    }
    let count = u32::try_from(notices.len()).map_err(|_| AppError::Database)?;
    let numbers = reserve_notice_numbers(tx, school_code, count).await?;
    let now = now();
    // 11 values a row; 80 rows stay far below SQLite's and Postgres' limits on parameters.
    let mut made = 0;
    for (chunk, numbers) in notices.chunks(80).zip(numbers.chunks(80)) {
        let mut sql = String::from(
            "INSERT INTO notices (event_id, pupil_id, school_code, notice_number, amount_cents, state, created_at, \
             updated_at, instalment, due_date, expires_on) VALUES ",
        );
        for row in 0..chunk.len() {
            let p = row * 9;
            if row > 0 {
                sql.push_str(", ");
            }
            sql.push_str(&format!(
                "(${}, ${}, ${}, ${}, ${}, 'valid', ${}, ${}, ${}, ${}, ${})",
                p + 1,
                p + 2,
                p + 3,
                p + 4,
                p + 5,
                p + 6,
                p + 6,
                p + 7,
                p + 8,
                p + 9
            ));
        }
        let mut query = sqlx::query(&sql);
        for (notice, number) in chunk.iter().zip(numbers) {
            query = query
                .bind(event_id)
                .bind(notice.pupil_id)
                .bind(school_code)
                .bind(number.as_str().to_string())
                .bind(i64::from(notice.amount))
                .bind(now)
                .bind(i64::from(notice.instalment))
                .bind(notice.due_date.to_string())
                .bind(notice.expires_on.to_string());
        }
        made += query.execute(&mut **tx).await?.rows_affected();
    }
    Ok(made)
}
