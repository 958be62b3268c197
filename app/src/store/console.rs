//! What the office's console reads: where an account lands, the school's dashboard figures and
//! one pupil's payers with how each reaches the pupil's notices.

use super::notices::VOUCHED;
use super::rows;
use crate::error::AppError;
use crate::model::{PayerAccess, PayerView};
use sqlx::AnyPool;

/// What log-in needs to choose an account's landing page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Roles {
    /// Pupils the account sees as a parent.
    pub children: i64,
    pub admin: bool,
    /// Schools where it has an office role.
    pub schools: i64,
}

pub async fn roles(pool: &AnyPool, account_id: i64) -> Result<Roles, AppError> {
    let (children, admins, schools): (i64, i64, i64) = sqlx::query_as(&format!(
        "SELECT (SELECT COUNT(*) FROM payer_links l JOIN accounts a ON a.codice_fiscale = l.payer_codice_fiscale \
         WHERE a.id = $1 AND {VOUCHED}), \
         (SELECT COUNT(*) FROM platform_admins WHERE account_id = $1), \
         (SELECT COUNT(*) FROM school_staff WHERE account_id = $1)"
    ))
    .bind(account_id)
    .fetch_one(pool)
    .await?;
    Ok(Roles { children, admin: admins > 0, schools })
}

/// The dashboard's figures of one school.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SchoolFigures {
    pub pupils: i64,
    /// Pupils no payer can see yet (no link, or no link the school vouches for).
    pub unseen: i64,
    pub events: i64,
}

pub async fn figures(pool: &AnyPool, school: &str) -> Result<SchoolFigures, AppError> {
    let (pupils, unseen, events): (i64, i64, i64) = sqlx::query_as(&format!(
        "SELECT (SELECT COUNT(*) FROM pupils WHERE school_code = $1), \
         (SELECT COUNT(*) FROM pupils p WHERE p.school_code = $1 AND NOT EXISTS (SELECT 1 FROM payer_links l \
         JOIN accounts a ON a.codice_fiscale = l.payer_codice_fiscale WHERE l.pupil_id = p.id AND {VOUCHED})), \
         (SELECT COUNT(*) FROM payment_events WHERE school_code = $1)"
    ))
    .bind(school)
    .fetch_one(pool)
    .await?;
    Ok(SchoolFigures { pupils, unseen, events })
}

/// A pupil of the school, as the activation page names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OfficePupil {
    pub id: i64,
    pub codice_fiscale: domain::codice_fiscale::CodiceFiscale,
    pub given_name: String,
    pub surname: String,
    pub class_name: String,
}

/// The pupil, if it is this school's (another school's pupil is no pupil here).
pub async fn pupil(pool: &AnyPool, school: &str, pupil_id: i64) -> Result<Option<OfficePupil>, AppError> {
    let row: Option<(i64, String, String, String, String)> = sqlx::query_as(
        "SELECT id, codice_fiscale, given_name, surname, class_name FROM pupils WHERE id = $1 AND school_code = $2",
    )
    .bind(pupil_id)
    .bind(school)
    .fetch_optional(pool)
    .await?;
    row.map(|(id, cf, given_name, surname, class_name)| {
        Ok(OfficePupil {
            id,
            codice_fiscale: rows::codice_fiscale("pupils.codice_fiscale", &cf)?,
            given_name,
            surname,
            class_name,
        })
    })
    .transpose()
}

#[derive(sqlx::FromRow)]
struct PayerRow {
    payer_codice_fiscale: String,
    payer_surname: Option<String>,
    payer_given_name: Option<String>,
    payer_email: Option<String>,
    activated: i64,
    vouched: i64,
    registered: i64,
    code_until: Option<i64>,
}

/// The payers of the pupil (the caller checked it is the school's), by name.
pub async fn payers(pool: &AnyPool, pupil_id: i64, now: i64) -> Result<Vec<PayerView>, AppError> {
    let rows: Vec<PayerRow> = sqlx::query_as(&format!(
        "SELECT l.payer_codice_fiscale, l.payer_surname, l.payer_given_name, l.payer_email, \
         (SELECT COUNT(*) FROM accounts a WHERE a.codice_fiscale = l.payer_codice_fiscale AND a.id = l.activated_account_id) AS activated, \
         (SELECT COUNT(*) FROM accounts a WHERE a.codice_fiscale = l.payer_codice_fiscale AND {VOUCHED}) AS vouched, \
         (SELECT COUNT(*) FROM accounts a WHERE a.codice_fiscale = l.payer_codice_fiscale) AS registered, \
         (SELECT MAX(c.expires_at) FROM activation_codes c WHERE c.pupil_id = l.pupil_id \
         AND c.payer_codice_fiscale = l.payer_codice_fiscale AND c.redeemed_at IS NULL AND c.expires_at > $2) AS code_until \
         FROM payer_links l WHERE l.pupil_id = $1 ORDER BY l.payer_surname, l.payer_given_name, l.payer_codice_fiscale"
    ))
    .bind(pupil_id)
    .bind(now)
    .fetch_all(pool)
    .await?;
    rows.into_iter()
        .map(|row| {
            let access = if row.activated > 0 {
                PayerAccess::ByCode
            } else if row.vouched > 0 {
                PayerAccess::ByEmail
            } else if row.registered > 0 {
                PayerAccess::NotVouched
            } else {
                PayerAccess::NoAccount
            };
            let name = match (row.payer_given_name, row.payer_surname) {
                (Some(given), Some(surname)) => Some(format!("{given} {surname}")),
                (one, other) => one.or(other),
            };
            Ok(PayerView {
                codice_fiscale: rows::codice_fiscale("payer_links.payer_codice_fiscale", &row.payer_codice_fiscale)?,
                name,
                email: row.payer_email,
                access,
                // The last moment it works falls on this day in Rome.
                code_valid_until: row.code_until.map(|at| crate::time::today(at - 1)),
            })
        })
        .collect()
}

/// The schools with at least one office account, by code, with their staff count.
pub async fn schools_with_staff(pool: &AnyPool) -> Result<Vec<crate::model::AdminSchoolRow>, AppError> {
    let rows: Vec<(String, String, String, i64)> = sqlx::query_as(
        "SELECT s.code, s.name, s.town, COUNT(*) FROM schools s JOIN school_staff t ON t.school_code = s.code \
         GROUP BY s.code, s.name, s.town ORDER BY s.code",
    )
    .fetch_all(pool)
    .await?;
    rows.into_iter()
        .map(|(code, name, town, staff)| {
            Ok(crate::model::AdminSchoolRow {
                code: domain::SchoolCode::parse(&code).map_err(|_| rows::broken("schools.code"))?,
                name,
                town,
                staff,
            })
        })
        .collect()
}
