//! Sessions stored in the database, so several server processes share them. The cookie holds a
//! random token; the table holds its hash, the idle and the absolute expiry.

use super::cookies::{self, SESSION_COOKIE};
use super::tokens::{hash_token, looks_like_token, new_token};
use super::{now, SessionAccount};
use crate::error::AppError;
use crate::store::{accounts, db};

/// A session ends after this long without requests...
pub const IDLE_SECONDS: i64 = 30 * 60;
/// ...and in any case this long after log-in.
pub const ABSOLUTE_SECONDS: i64 = 12 * 60 * 60;
/// `last_seen_at` is written at most this often, to spare the database a write per request.
const TOUCH_EVERY_SECONDS: i64 = 60;

/// Starts a session for the account and sets its cookie.
pub async fn start(account_id: i64) -> Result<(), AppError> {
    let token = new_token();
    let now = now();
    let pool = db()?;
    sqlx::query("INSERT INTO sessions (token_hash, account_id, created_at, last_seen_at, expires_at, address) VALUES ($1, $2, $3, $3, $4, $5)")
        .bind(hash_token(&token))
        .bind(account_id)
        .bind(now)
        .bind(now + ABSOLUTE_SECONDS)
        .bind(cookies::client_address())
        .execute(&pool)
        .await?;
    cookies::write(SESSION_COOKIE, &token, Some(ABSOLUTE_SECONDS));
    Ok(())
}

/// The account of the current request's session, if it is valid; refreshes its idle timer.
pub async fn current() -> Result<Option<SessionAccount>, AppError> {
    let Some(token) = cookies::read(SESSION_COOKIE) else { return Ok(None) };
    account_for_token(&db()?, &token).await
}

/// The account of a session token, if the session is valid; refreshes its idle timer.
pub async fn account_for_token(pool: &sqlx::AnyPool, token: &str) -> Result<Option<SessionAccount>, AppError> {
    if !looks_like_token(token) {
        return Ok(None);
    }
    let pool = pool.clone();
    let token_hash = hash_token(token);
    let row: Option<(i64, i64, i64)> =
        sqlx::query_as("SELECT account_id, last_seen_at, expires_at FROM sessions WHERE token_hash = $1")
            .bind(&token_hash)
            .fetch_optional(&pool)
            .await?;
    let Some((account_id, last_seen_at, expires_at)) = row else { return Ok(None) };
    let now = now();
    if now >= expires_at || now - last_seen_at >= IDLE_SECONDS {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(&token_hash).execute(&pool).await?;
        return Ok(None);
    }
    if now - last_seen_at >= TOUCH_EVERY_SECONDS {
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
            .bind(now)
            .bind(&token_hash)
            .execute(&pool)
            .await?;
    }
    accounts::session_account(&pool, account_id).await
}

/// The account, or `Unauthenticated` (pages send the visitor to the log-in page).
pub async fn require() -> Result<SessionAccount, AppError> {
    current().await?.ok_or(AppError::Unauthenticated)
}

/// The account, once it has its own password and has accepted the current conditions.
pub async fn require_ready() -> Result<SessionAccount, AppError> {
    ready(&db()?, require().await?).await
}

/// The account if it may use payments: its own password, and the current conditions accepted.
pub async fn ready(pool: &sqlx::AnyPool, account: SessionAccount) -> Result<SessionAccount, AppError> {
    if account.must_change_password {
        return Err(AppError::MustChangePassword);
    }
    if !accounts::has_accepted_current_conditions(pool, account.account_id).await? {
        return Err(AppError::MustAcceptConditions);
    }
    Ok(account)
}

/// Ends the current session (and its cookie).
pub async fn end() -> Result<(), AppError> {
    if let Some(token) = cookies::read(SESSION_COOKIE).filter(|t| looks_like_token(t)) {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(hash_token(&token)).execute(&db()?).await?;
    }
    cookies::write(SESSION_COOKIE, "", None);
    Ok(())
}

/// Ends every other session of the account (after a password change or reset).
pub async fn end_others(account_id: i64) -> Result<(), AppError> {
    let keep = cookies::read(SESSION_COOKIE).map(|t| hash_token(&t)).unwrap_or_default();
    sqlx::query("DELETE FROM sessions WHERE account_id = $1 AND token_hash <> $2")
        .bind(account_id)
        .bind(keep)
        .execute(&db()?)
        .await?;
    Ok(())
}
