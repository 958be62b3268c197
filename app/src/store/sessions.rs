//! Sessions: the hash of each cookie token with its idle and absolute expiry.

use super::accounts::current_consents;
use crate::auth::SessionAccount;
use crate::error::AppError;
use crate::i18n::documents::{CONDITIONS_VERSION, PRIVACY_VERSION};
use sqlx::{Any, AnyPool, Executor};

pub async fn insert(
    pool: &AnyPool,
    token_hash: &str,
    account_id: i64,
    now: i64,
    expires_at: i64,
    address: &str,
) -> Result<(), AppError> {
    sqlx::query("INSERT INTO sessions (token_hash, account_id, created_at, last_seen_at, expires_at, address) VALUES ($1, $2, $3, $3, $4, $5)")
        .bind(token_hash)
        .bind(account_id)
        .bind(now)
        .bind(expires_at)
        .bind(address)
        .execute(pool)
        .await?;
    Ok(())
}

/// A session with its account and what every signed-in request asks of it, in one query.
#[derive(Clone, Debug)]
pub struct LiveSession {
    pub last_seen_at: i64,
    pub expires_at: i64,
    pub account: SessionAccount,
    /// What a signed-in page's header shows; a few index lookups, cheaper than a second query.
    pub header: HeaderCounts,
}

pub async fn with_account(pool: &AnyPool, token_hash: &str) -> Result<Option<LiveSession>, AppError> {
    #[derive(sqlx::FromRow)]
    struct Row {
        last_seen_at: i64,
        expires_at: i64,
        id: i64,
        username: String,
        codice_fiscale: String,
        given_name: String,
        surname: String,
        email: String,
        temporary_password_expires_at: Option<i64>,
        consents: i64,
        delegations: i64,
        cart: i64,
        schools: i64,
        admins: i64,
    }
    let row: Option<Row> = sqlx::query_as(concat!(
        "SELECT s.last_seen_at, s.expires_at, a.id, a.username, a.codice_fiscale, a.given_name, a.surname, a.email, \
         a.temporary_password_expires_at, (",
        current_consents!("a.id"),
        ") AS consents, (SELECT COUNT(*) FROM class_representatives r WHERE r.account_id = a.id) AS delegations, \
         (SELECT COUNT(*) FROM cart_items c WHERE c.account_id = a.id) AS cart, \
         (SELECT COUNT(*) FROM school_staff t WHERE t.account_id = a.id) AS schools, \
         (SELECT COUNT(*) FROM platform_admins d WHERE d.account_id = a.id) AS admins \
         FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = $1"
    ))
    .bind(token_hash)
    .bind(CONDITIONS_VERSION)
    .bind(PRIVACY_VERSION)
    .fetch_optional(pool)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let account = SessionAccount {
        account_id: row.id,
        username: row.username,
        codice_fiscale: super::rows::codice_fiscale("accounts.codice_fiscale", &row.codice_fiscale)?,
        given_name: row.given_name,
        surname: row.surname,
        email: row.email,
        must_change_password: row.temporary_password_expires_at.is_some(),
        conditions_accepted: row.consents == 2,
        represents_class: row.delegations > 0,
    };
    let header = HeaderCounts { cart: row.cart, schools: row.schools, admin: row.admins > 0 };
    Ok(Some(LiveSession { last_seen_at: row.last_seen_at, expires_at: row.expires_at, account, header }))
}

/// Records activity, which moves the idle expiry.
pub async fn touch(pool: &AnyPool, token_hash: &str, now: i64) -> Result<(), AppError> {
    sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
        .bind(now)
        .bind(token_hash)
        .execute(pool)
        .await?;
    Ok(())
}

pub async fn delete(pool: &AnyPool, token_hash: &str) -> Result<(), AppError> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(token_hash).execute(pool).await?;
    Ok(())
}

/// Sessions past their absolute expiry (`now`) or idle since `idle_before`; how many went.
pub async fn delete_expired(pool: &AnyPool, now: i64, idle_before: i64) -> Result<u64, AppError> {
    let done = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2")
        .bind(now)
        .bind(idle_before)
        .execute(pool)
        .await?;
    Ok(done.rows_affected())
}

/// Every session of the account (inside the password reset's transaction).
pub async fn delete_all<'c, E: Executor<'c, Database = Any>>(executor: E, account_id: i64) -> Result<(), AppError> {
    sqlx::query("DELETE FROM sessions WHERE account_id = $1").bind(account_id).execute(executor).await?;
    Ok(())
}

/// What the signed-in header needs: the cart's size, and whether to offer a console.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeaderCounts {
    pub cart: i64,
    /// Schools where the account has an office role.
    pub schools: i64,
    pub admin: bool,
}
