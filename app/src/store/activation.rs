//! Activation codes and the office's view of who sees a pupil. A parent sees a child only when
//! the school vouches for the account ([`super::notices::VISIBLE_TO_ACCOUNT`]): by the email the
//! office recorded for the payer, or by a one-time code the office hands to the family. Only
//! the SHA-256 of a code is stored (like the payment notices' keys), so a copy of the database
//! redeems nothing.

use crate::auth::tokens::{hash_token, random_bytes};
use crate::error::AppError;
use domain::codice_fiscale::CodiceFiscale;
use domain::ActivationCode;
use sqlx::{AnyConnection, AnyPool};

/// A code works this many days (a letter may wait in a school bag over a holiday).
pub const VALID_DAYS: i64 = 90;

/// A new code for the payer `payer_cf` of the pupil, valid [`VALID_DAYS`] days. The payer's
/// earlier codes for this pupil that were never redeemed stop working: the latest letter or
/// email is the one that works. The caller checked the pupil is its school's and the payer
/// linked to it (the database refuses a code for a payer that is not).
pub async fn issue(
    conn: &mut AnyConnection,
    pupil_id: i64,
    payer_cf: &CodiceFiscale,
    now: i64,
) -> Result<ActivationCode, AppError> {
    sqlx::query(
        "DELETE FROM activation_codes WHERE pupil_id = $1 AND payer_codice_fiscale = $2 AND redeemed_at IS NULL",
    )
    .bind(pupil_id)
    .bind(payer_cf.as_str())
    .execute(&mut *conn)
    .await?;
    let code = ActivationCode::from_random(random_bytes());
    sqlx::query(
        "INSERT INTO activation_codes (code_hash, pupil_id, payer_codice_fiscale, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(hash_token(code.as_str()))
    .bind(pupil_id)
    .bind(payer_cf.as_str())
    .bind(now)
    .bind(now + VALID_DAYS * 24 * 60 * 60)
    .execute(&mut *conn)
    .await?;
    Ok(code)
}

/// What typing a code did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Redeemed {
    /// The account now sees this pupil (given name, surname).
    Pupil { given_name: String, surname: String },
    /// Unknown, used, expired, or another payer's: one answer for all, so nothing is learnt.
    Invalid,
}

/// Redeems `code` for the account (`account_id`, whose codice fiscale is `account_cf`): the
/// code must be live, unused and made for that codice fiscale. One conditional update marks it
/// used, so two tries at once redeem it once; the payer's link then records the account.
pub async fn redeem(
    pool: &AnyPool,
    account_id: i64,
    account_cf: &CodiceFiscale,
    code: &ActivationCode,
    now: i64,
) -> Result<Redeemed, AppError> {
    let mut tx = pool.begin().await?;
    // The write comes first: on SQLite a transaction that reads before writing can deadlock.
    let used: Option<(i64,)> = sqlx::query_as(
        "UPDATE activation_codes SET redeemed_at = $1, redeemed_by = $2 WHERE code_hash = $3 \
         AND payer_codice_fiscale = $4 AND redeemed_at IS NULL AND expires_at > $1 RETURNING pupil_id",
    )
    .bind(now)
    .bind(account_id)
    .bind(hash_token(code.as_str()))
    .bind(account_cf.as_str())
    .fetch_optional(&mut *tx)
    .await?;
    let Some((pupil_id,)) = used else {
        tx.rollback().await?;
        return Ok(Redeemed::Invalid);
    };
    sqlx::query(
        "UPDATE payer_links SET activated_account_id = $1, activated_at = $2 WHERE pupil_id = $3 AND payer_codice_fiscale = $4",
    )
    .bind(account_id)
    .bind(now)
    .bind(pupil_id)
    .bind(account_cf.as_str())
    .execute(&mut *tx)
    .await?;
    let (given_name, surname): (String, String) =
        sqlx::query_as("SELECT given_name, surname FROM pupils WHERE id = $1")
            .bind(pupil_id)
            .fetch_one(&mut *tx)
            .await?;
    tx.commit().await?;
    Ok(Redeemed::Pupil { given_name, surname })
}

/// Records `email` (lower-cased) as the school's address for the payer `payer_cf` on every link
/// that has none yet: the demo's families, whose links predate the recorded emails.
pub async fn record_missing_payer_email(
    pool: &AnyPool,
    payer_cf: &CodiceFiscale,
    email: &str,
) -> Result<u64, AppError> {
    let done =
        sqlx::query("UPDATE payer_links SET payer_email = $1 WHERE payer_codice_fiscale = $2 AND payer_email IS NULL")
            .bind(email.trim().to_lowercase())
            .bind(payer_cf.as_str())
            .execute(pool)
            .await?;
    Ok(done.rows_affected())
}

/// Whether the payer is linked to the pupil (an activation code or its mail needs the link).
pub async fn is_linked(conn: &mut AnyConnection, pupil_id: i64, payer_cf: &str) -> Result<bool, AppError> {
    let row: Option<(i64,)> =
        sqlx::query_as("SELECT pupil_id FROM payer_links WHERE pupil_id = $1 AND payer_codice_fiscale = $2")
            .bind(pupil_id)
            .bind(payer_cf)
            .fetch_optional(&mut *conn)
            .await?;
    Ok(row.is_some())
}
