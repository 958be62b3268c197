//! A school's classes, pupils and payers, as the office reads and writes them. Every query is
//! bound to the school (a pupil id of another school is no pupil), and a pupil is written only
//! into a class the school has.

use crate::error::AppError;
use crate::model::{ClassCount, PayerState, PupilDetail, PupilFilter, PupilPayer, PupilRow};
use domain::codice_fiscale::CodiceFiscale;
use domain::roster::{ClassName, Payer, Reason};
use sqlx::{Any, AnyPool, Executor};

/// When a payer link (`l`) lets some account see the pupil: the school vouched for it (the
/// family's own rule, `store::notices`). Knowing a parent's codice fiscale is not enough.
use super::notices::LINK_VOUCHED as VOUCHED;

/// Pupils no payer's account sees (`p` is the pupil).
fn without_payer() -> String {
    format!("NOT EXISTS (SELECT 1 FROM payer_links l WHERE l.pupil_id = p.id AND {VOUCHED})")
}

/// Rows of the pupils' list per page.
pub const PAGE_SIZE: u32 = 100;

/// The school's classes with their pupils, by name.
pub async fn classes(pool: &AnyPool, school: &str) -> Result<Vec<ClassCount>, AppError> {
    let rows: Vec<(String, i64, i64)> = sqlx::query_as(&format!(
        "SELECT c.name, COUNT(p.id), COALESCE(SUM(CASE WHEN p.id IS NOT NULL AND {} THEN 1 ELSE 0 END), 0) \
         FROM classes c LEFT JOIN pupils p ON p.school_code = c.school_code AND p.class_name = c.name \
         WHERE c.school_code = $1 GROUP BY c.name ORDER BY c.name",
        without_payer()
    ))
    .bind(school)
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(|(name, pupils, without_payer)| ClassCount { name, pupils, without_payer }).collect())
}

/// The names of the school's classes, for a picker.
pub async fn class_names(pool: &AnyPool, school: &str) -> Result<Vec<String>, AppError> {
    let rows: Vec<(String,)> = sqlx::query_as("SELECT name FROM classes WHERE school_code = $1 ORDER BY name")
        .bind(school)
        .fetch_all(pool)
        .await?;
    Ok(rows.into_iter().map(|(name,)| name).collect())
}

/// Adds a class; `Err(ClassExists)` when the school has it.
pub async fn add_class(
    pool: &AnyPool,
    school: &str,
    name: &ClassName,
    now: i64,
) -> Result<Result<(), Reason>, AppError> {
    let added = sqlx::query(
        "INSERT INTO classes (school_code, name, created_at) VALUES ($1, $2, $3) ON CONFLICT (school_code, name) DO NOTHING",
    )
    .bind(school)
    .bind(name.as_str())
    .bind(now)
    .execute(pool)
    .await?;
    Ok(if added.rows_affected() == 1 { Ok(()) } else { Err(Reason::ClassExists) })
}

/// Makes every pupil's class one of the school's classes: the demo data writes its pupils
/// without the office (the voluntary payments' placeholder is not a class).
pub async fn classes_of_pupils(pool: &AnyPool, now: i64) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO classes (school_code, name, created_at) SELECT DISTINCT school_code, class_name, $1 FROM pupils \
         WHERE class_name <> $2 ON CONFLICT (school_code, name) DO NOTHING",
    )
    .bind(now)
    .bind(super::voluntary::UNKNOWN_CLASS)
    .execute(pool)
    .await?;
    Ok(())
}

async fn class_exists<'c, E: Executor<'c, Database = Any>>(
    executor: E,
    school: &str,
    name: &ClassName,
) -> Result<bool, AppError> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT id FROM classes WHERE school_code = $1 AND name = $2")
        .bind(school)
        .bind(name.as_str())
        .fetch_optional(executor)
        .await?;
    Ok(row.is_some())
}

/// `%text%` for LIKE, its own wildcards escaped.
fn like(text: &str) -> String {
    let escaped = text.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    format!("%{escaped}%")
}

const LIST_WHERE: &str = "p.school_code = $1 AND ($2 = '' OR p.class_name = $2) \
     AND ($3 = '' OR lower(p.surname || ' ' || p.given_name) LIKE $3 ESCAPE '\\' \
     OR lower(p.given_name || ' ' || p.surname) LIKE $3 ESCAPE '\\' OR p.codice_fiscale LIKE $4 ESCAPE '\\')";

/// One page of the school's pupils matching the filter, by surname, and how many match.
pub async fn list(pool: &AnyPool, school: &str, filter: &PupilFilter) -> Result<(Vec<PupilRow>, i64), AppError> {
    let class = filter.class.clone().unwrap_or_default();
    let search = filter.search.as_deref().map(str::trim).unwrap_or_default();
    let (words, code) = if search.is_empty() {
        (String::new(), String::new())
    } else {
        (like(&search.to_lowercase()), like(&search.to_uppercase()))
    };
    let orphans = if filter.without_payer { format!(" AND {}", without_payer()) } else { String::new() };
    let (total,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM pupils p WHERE {LIST_WHERE}{orphans}"))
        .bind(school)
        .bind(&class)
        .bind(&words)
        .bind(&code)
        .fetch_one(pool)
        .await?;
    let offset = i64::from(filter.page.max(1) - 1) * i64::from(PAGE_SIZE);
    let rows: Vec<(i64, String, String, String, String, i64, i64)> = sqlx::query_as(&format!(
        "SELECT p.id, p.codice_fiscale, p.surname, p.given_name, p.class_name, \
         (SELECT COUNT(*) FROM payer_links l WHERE l.pupil_id = p.id), \
         (SELECT COUNT(*) FROM payer_links l WHERE l.pupil_id = p.id AND {VOUCHED}) \
         FROM pupils p WHERE {LIST_WHERE}{orphans} ORDER BY p.surname, p.given_name, p.id LIMIT $5 OFFSET $6"
    ))
    .bind(school)
    .bind(&class)
    .bind(&words)
    .bind(&code)
    .bind(i64::from(PAGE_SIZE))
    .bind(offset)
    .fetch_all(pool)
    .await?;
    let pupils = rows
        .into_iter()
        .map(|(id, codice_fiscale, surname, given_name, class_name, payers, vouched)| PupilRow {
            id,
            codice_fiscale,
            surname,
            given_name,
            class_name,
            payers,
            vouched,
        })
        .collect();
    Ok((pupils, total))
}

/// The school's pupils, and how many of them no payer sees.
pub async fn totals(pool: &AnyPool, school: &str) -> Result<(i64, i64), AppError> {
    Ok(sqlx::query_as(&format!(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN {} THEN 1 ELSE 0 END), 0) FROM pupils p WHERE p.school_code = $1",
        without_payer()
    ))
    .bind(school)
    .fetch_one(pool)
    .await?)
}

/// One pupil of the school.
pub async fn pupil(pool: &AnyPool, school: &str, id: i64) -> Result<Option<PupilDetail>, AppError> {
    let row: Option<(i64, String, String, String, String)> = sqlx::query_as(
        "SELECT id, codice_fiscale, surname, given_name, class_name FROM pupils WHERE id = $1 AND school_code = $2",
    )
    .bind(id)
    .bind(school)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|(id, codice_fiscale, surname, given_name, class_name)| PupilDetail {
        id,
        codice_fiscale,
        surname,
        given_name,
        class_name,
    }))
}

/// The pupil's payers, and whether each one's account sees the pupil.
pub async fn payers(pool: &AnyPool, pupil_id: i64) -> Result<Vec<PupilPayer>, AppError> {
    type Row = (String, Option<String>, Option<String>, Option<String>, i64, i64);
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT l.payer_codice_fiscale, l.payer_surname, l.payer_given_name, l.payer_email, \
         CASE WHEN l.activated_account_id IS NOT NULL THEN 1 ELSE 0 END, CASE WHEN {VOUCHED} THEN 1 ELSE 0 END \
         FROM payer_links l WHERE l.pupil_id = $1 ORDER BY l.payer_surname, l.payer_given_name, l.payer_codice_fiscale"
    ))
    .bind(pupil_id)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(codice_fiscale, surname, given_name, email, by_code, vouched)| PupilPayer {
            codice_fiscale,
            surname,
            given_name,
            email,
            state: match (by_code, vouched) {
                (1, _) => PayerState::ByCode,
                (_, 1) => PayerState::ByEmail,
                _ => PayerState::NotYet,
            },
        })
        .collect())
}

/// A pupil typed into the office's form, with its first payer.
pub struct NewPupil<'a> {
    pub codice_fiscale: &'a CodiceFiscale,
    pub surname: &'a str,
    pub given_name: &'a str,
    pub class: &'a ClassName,
    pub payer: &'a Payer,
}

/// Adds the pupil and its first payer: the new id, or why not (class unknown, pupil there).
pub async fn add_pupil(
    pool: &AnyPool,
    school: &str,
    pupil: &NewPupil<'_>,
) -> Result<Result<i64, (&'static str, Reason)>, AppError> {
    let mut tx = pool.begin().await?;
    // The write comes first: on SQLite a transaction that reads before writing can deadlock.
    let inserted: Option<(i64,)> = sqlx::query_as(
        "INSERT INTO pupils (school_code, codice_fiscale, surname, given_name, class_name) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (school_code, codice_fiscale) DO NOTHING RETURNING id",
    )
    .bind(school)
    .bind(pupil.codice_fiscale.as_str())
    .bind(pupil.surname)
    .bind(pupil.given_name)
    .bind(pupil.class.as_str())
    .fetch_optional(&mut *tx)
    .await?;
    let Some((id,)) = inserted else { return Ok(Err(("codice_fiscale", Reason::PupilExists))) };
    if !class_exists(&mut *tx, school, pupil.class).await? {
        return Ok(Err(("class", Reason::UnknownClass)));
    }
    if let Err(reason) = write_payer(&mut *tx, id, pupil.payer, false).await? {
        return Ok(Err(("payer_codice_fiscale", reason)));
    }
    tx.commit().await?;
    Ok(Ok(id))
}

/// Changes the pupil's names and class (the codice fiscale is who the pupil is: not changed).
pub async fn edit_pupil(
    pool: &AnyPool,
    school: &str,
    id: i64,
    surname: &str,
    given_name: &str,
    class: &ClassName,
) -> Result<Result<(), Reason>, AppError> {
    if !class_exists(pool, school, class).await? {
        return Ok(Err(Reason::UnknownClass));
    }
    sqlx::query("UPDATE pupils SET surname = $1, given_name = $2, class_name = $3 WHERE id = $4 AND school_code = $5")
        .bind(surname)
        .bind(given_name)
        .bind(class.as_str())
        .bind(id)
        .bind(school)
        .execute(pool)
        .await?;
    Ok(Ok(()))
}

/// Adds a payer (`replace` false: `Err(PayerExists)` when the pupil has it) or rewrites its
/// names and email. The pupil must be the caller's school's: checked by the caller.
pub async fn write_payer<'c, E: Executor<'c, Database = Any>>(
    executor: E,
    pupil_id: i64,
    payer: &Payer,
    replace: bool,
) -> Result<Result<(), Reason>, AppError> {
    let on_conflict = if replace {
        "DO UPDATE SET payer_surname = excluded.payer_surname, payer_given_name = excluded.payer_given_name, \
         payer_email = excluded.payer_email"
    } else {
        "DO NOTHING"
    };
    let written = sqlx::query(&format!(
        "INSERT INTO payer_links (pupil_id, payer_codice_fiscale, payer_surname, payer_given_name, payer_email) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (pupil_id, payer_codice_fiscale) {on_conflict}"
    ))
    .bind(pupil_id)
    .bind(payer.codice_fiscale.as_str())
    .bind(&payer.surname)
    .bind(&payer.given_name)
    .bind(payer.email.clone())
    .execute(executor)
    .await?;
    Ok(if written.rows_affected() == 1 { Ok(()) } else { Err(Reason::PayerExists) })
}

/// Changes only a recorded payer's email (`None` clears it). False when there is no such payer.
pub async fn edit_payer_email(
    pool: &AnyPool,
    pupil_id: i64,
    payer_cf: &str,
    email: Option<&str>,
) -> Result<bool, AppError> {
    let changed =
        sqlx::query("UPDATE payer_links SET payer_email = $1 WHERE pupil_id = $2 AND payer_codice_fiscale = $3")
            .bind(email.map(str::to_lowercase))
            .bind(pupil_id)
            .bind(payer_cf)
            .execute(pool)
            .await?;
    Ok(changed.rows_affected() == 1)
}

/// Removes a payer of the pupil (its activation codes go with it). False when there was none.
pub async fn remove_payer(pool: &AnyPool, pupil_id: i64, payer_cf: &str) -> Result<bool, AppError> {
    let removed = sqlx::query("DELETE FROM payer_links WHERE pupil_id = $1 AND payer_codice_fiscale = $2")
        .bind(pupil_id)
        .bind(payer_cf)
        .execute(pool)
        .await?;
    Ok(removed.rows_affected() == 1)
}
