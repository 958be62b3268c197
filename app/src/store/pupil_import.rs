//! Importing a CSV file of pupils and payers: what the school has (for the checks), the import
//! itself (all or nothing, in one transaction, with multi-row inserts so 1,500 pupils and their
//! 3,000 payers take a handful of statements), and each import's recorded outcome.

use crate::error::AppError;
use crate::model::ImportOutcome;
use domain::roster::{Known, Problem, RosterRow};
use sqlx::{Any, AnyPool, Transaction};

/// Rows per INSERT: 5 values each, far below both engines' limit on bound values (SQLite
/// 32,766, Postgres 65,535).
const BATCH: usize = 500;

/// The school's classes and pupils, for the file's checks.
pub async fn known(pool: &AnyPool, school: &str) -> Result<Known, AppError> {
    let classes: Vec<(String,)> =
        sqlx::query_as("SELECT name FROM classes WHERE school_code = $1").bind(school).fetch_all(pool).await?;
    let pupils: Vec<(String, String, String)> =
        sqlx::query_as("SELECT codice_fiscale, surname, given_name FROM pupils WHERE school_code = $1")
            .bind(school)
            .fetch_all(pool)
            .await?;
    Ok(Known {
        classes: classes.into_iter().map(|(name,)| name).collect(),
        pupils: pupils.into_iter().map(|(cf, surname, given_name)| (cf, (surname, given_name))).collect(),
    })
}

/// What an import wrote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub added: i64,
    pub updated: i64,
    pub payers: i64,
}

/// Writes the checked rows: new pupils added, known ones moved to the file's class (their names
/// are the school's: the check made sure they agree), payers added or their names and email
/// rewritten (an email the file leaves empty keeps the recorded one). Then records the outcome.
/// Everything in one transaction: a failure leaves the school as it was.
pub async fn import(
    pool: &AnyPool,
    school: &str,
    account_id: i64,
    file_name: &str,
    rows: &[RosterRow],
    known: &Known,
    now: i64,
) -> Result<(i64, Counts), AppError> {
    let mut tx = pool.begin().await?;
    for chunk in rows.chunks(BATCH) {
        let sql = format!(
            "INSERT INTO pupils (school_code, codice_fiscale, surname, given_name, class_name) VALUES {} \
             ON CONFLICT (school_code, codice_fiscale) DO UPDATE SET class_name = excluded.class_name",
            placeholders(chunk.len(), 5)
        );
        let mut insert = sqlx::query(&sql);
        for row in chunk {
            insert = insert
                .bind(school)
                .bind(row.codice_fiscale.as_str())
                .bind(row.surname.as_str())
                .bind(row.given_name.as_str())
                .bind(row.class.as_str());
        }
        insert.execute(&mut *tx).await?;
    }
    let ids: std::collections::HashMap<String, i64> =
        sqlx::query_as::<_, (String, i64)>("SELECT codice_fiscale, id FROM pupils WHERE school_code = $1")
            .bind(school)
            .fetch_all(&mut *tx)
            .await?
            .into_iter()
            .collect();
    let links: Vec<(i64, &domain::roster::Payer)> = rows
        .iter()
        .filter_map(|row| ids.get(row.codice_fiscale.as_str()).map(|id| (*id, &row.payers)))
        .flat_map(|(id, payers)| payers.iter().map(move |payer| (id, payer)))
        .collect();
    for chunk in links.chunks(BATCH) {
        let sql = format!(
            "INSERT INTO payer_links (pupil_id, payer_codice_fiscale, payer_surname, payer_given_name, payer_email) VALUES {} \
             ON CONFLICT (pupil_id, payer_codice_fiscale) DO UPDATE SET payer_surname = excluded.payer_surname, \
             payer_given_name = excluded.payer_given_name, payer_email = COALESCE(excluded.payer_email, payer_links.payer_email)",
            placeholders(chunk.len(), 5)
        );
        let mut insert = sqlx::query(&sql);
        for (id, payer) in chunk {
            insert = insert
                .bind(*id)
                .bind(payer.codice_fiscale.as_str())
                .bind(payer.surname.as_str())
                .bind(payer.given_name.as_str())
                .bind(payer.email.clone());
        }
        insert.execute(&mut *tx).await?;
    }
    let updated = rows.iter().filter(|row| known.pupils.contains_key(row.codice_fiscale.as_str())).count();
    let counts = Counts { added: count(rows.len() - updated), updated: count(updated), payers: count(links.len()) };
    let id = record(&mut tx, school, account_id, file_name, counts, None, now).await?;
    tx.commit().await?;
    Ok((id, counts))
}

/// `($1, $2), ($3, $4)` for 2 rows of 2 columns: sqlx's query builder writes `?` for the Any
/// driver, which Postgres does not take.
fn placeholders(rows: usize, columns: usize) -> String {
    (0..rows)
        .map(|row| {
            let cells: Vec<String> = (1..=columns).map(|column| format!("${}", row * columns + column)).collect();
            format!("({})", cells.join(", "))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// Records a refused file's problems (nothing was imported).
pub async fn refused(
    pool: &AnyPool,
    school: &str,
    account_id: i64,
    file_name: &str,
    problems: &[Problem],
    now: i64,
) -> Result<i64, AppError> {
    let json = serde_json::to_string(problems).map_err(|_| AppError::Database)?;
    let mut tx = pool.begin().await?;
    let id = record(&mut tx, school, account_id, file_name, Counts::default(), Some(json), now).await?;
    tx.commit().await?;
    Ok(id)
}

async fn record(
    tx: &mut Transaction<'_, Any>,
    school: &str,
    account_id: i64,
    file_name: &str,
    counts: Counts,
    problems: Option<String>,
    now: i64,
) -> Result<i64, AppError> {
    let file_name: String = file_name.chars().take(255).collect();
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO pupil_imports (school_code, account_id, created_at, file_name, pupils_added, pupils_updated, payers, problems) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(school)
    .bind(account_id)
    .bind(now)
    .bind(file_name)
    .bind(counts.added)
    .bind(counts.updated)
    .bind(counts.payers)
    .bind(problems)
    .fetch_one(&mut **tx)
    .await?;
    Ok(id)
}

/// One import of the school.
pub async fn outcome(pool: &AnyPool, school: &str, id: i64) -> Result<Option<ImportOutcome>, AppError> {
    type Row = (i64, String, i64, i64, i64, Option<String>);
    let row: Option<Row> = sqlx::query_as(
        "SELECT id, file_name, pupils_added, pupils_updated, payers, problems FROM pupil_imports WHERE id = $1 AND school_code = $2",
    )
    .bind(id)
    .bind(school)
    .fetch_optional(pool)
    .await?;
    row.map(|(id, file_name, added, updated, payers, problems)| {
        let problems = problems
            .map(|json| {
                serde_json::from_str::<Vec<Problem>>(&json).map_err(|_| super::rows::broken("pupil_imports.problems"))
            })
            .transpose()?;
        Ok(ImportOutcome { id, file_name, added, updated, payers, problems })
    })
    .transpose()
}
