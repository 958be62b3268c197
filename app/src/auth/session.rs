//! Sessions stored in the database, so several server processes share them. The cookie holds a
//! random token; the table holds its hash, the idle and the absolute expiry.

use super::cookies::{self, SESSION_COOKIE};
use super::tokens::{hash_token, looks_like_token, new_token};
use super::{now, SessionAccount};
use crate::error::AppError;
use crate::store::{db, sessions};

/// A session ends after this long without requests...
pub const IDLE_SECONDS: i64 = 30 * 60;
/// ...and in any case this long after log-in.
pub const ABSOLUTE_SECONDS: i64 = 12 * 60 * 60;
/// `last_seen_at` is written at most this often, to spare the database a write per request.
const TOUCH_EVERY_SECONDS: i64 = 60;

/// Starts a session for the account with a new token and sets its cookie; the session the
/// browser had before (if any) is deleted, so a token planted or seen before log-in is worthless.
pub async fn start(account_id: i64) -> Result<(), AppError> {
    let token = new_token();
    let now = now();
    let pool = db()?;
    if let Some(old) = cookies::read(SESSION_COOKIE).filter(|t| looks_like_token(t)) {
        sessions::delete(&pool, &hash_token(&old)).await?;
    }
    sessions::insert(&pool, &hash_token(&token), account_id, now, now + ABSOLUTE_SECONDS, &cookies::client_address())
        .await?;
    cookies::write(SESSION_COOKIE, &token, Some(ABSOLUTE_SECONDS));
    Ok(())
}

/// What the header of a page shows for a signed-in visitor (the server puts it in the request's
/// extensions before the page renders; anonymous requests cost no query).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SignedIn {
    pub cart_count: i64,
    /// The console the header offers: `/segreteria` to office staff, `/admin` to administrators.
    pub console: Option<&'static str>,
}

/// The header's facts and the account for a page request carrying `headers`: `None` without a
/// live session. One query (which also refreshes the idle timer, at most once a minute), and
/// none at all without a session cookie.
pub async fn signed_in(
    pool: &sqlx::AnyPool,
    headers: &http::HeaderMap,
    secure: bool,
) -> Option<(SignedIn, PageSession)> {
    let token = cookies::from_headers(headers, &cookies::wire_name(SESSION_COOKIE, secure))?;
    if !looks_like_token(&token) {
        return None;
    }
    let token_hash = hash_token(&token);
    let session = live(pool, &token_hash).await.ok()??;
    let console = if session.header.schools > 0 {
        Some(crate::routes::OFFICE)
    } else if session.header.admin {
        Some(crate::routes::ADMIN)
    } else {
        None
    };
    let facts = SignedIn { cart_count: session.header.cart, console };
    Some((facts, PageSession(session.account)))
}

/// The account of a page request's session, found by the server with the header's facts (from
/// this request's own cookie) so the page does not ask again. Only page requests (GET) carry
/// one, and no page changes a session while it renders (log-in, log-out and password changes
/// are server functions, posted).
#[derive(Clone, Debug)]
pub struct PageSession(SessionAccount);

/// The current page request's [`SignedIn`], as the server found it.
pub fn signed_in_here() -> Option<SignedIn> {
    leptos::prelude::use_context::<http::request::Parts>()?.extensions.get::<SignedIn>().copied()
}

/// The account of the current request's session, if it is valid; refreshes its idle timer.
pub async fn current() -> Result<Option<SessionAccount>, AppError> {
    if let Some(found) = found_for_page() {
        return Ok(Some(found));
    }
    let Some(token) = cookies::read(SESSION_COOKIE) else { return Ok(None) };
    account_for_token(&db()?, &token).await
}

/// The [`PageSession`] the server found for this request, if any.
fn found_for_page() -> Option<SessionAccount> {
    let parts = leptos::prelude::use_context::<http::request::Parts>()?;
    parts.extensions.get::<PageSession>().map(|found| found.0.clone())
}

/// The account of a session token, if the session is valid; refreshes its idle timer.
pub async fn account_for_token(pool: &sqlx::AnyPool, token: &str) -> Result<Option<SessionAccount>, AppError> {
    if !looks_like_token(token) {
        return Ok(None);
    }
    Ok(live(pool, &hash_token(token)).await?.map(|session| session.account))
}

/// The session of a token's hash if it is within its idle and absolute expiry (deleted if not);
/// refreshes its idle timer at most once a minute.
async fn live(pool: &sqlx::AnyPool, token_hash: &str) -> Result<Option<sessions::LiveSession>, AppError> {
    let Some(session) = sessions::with_account(pool, token_hash).await? else { return Ok(None) };
    let now = now();
    if now >= session.expires_at || now - session.last_seen_at >= IDLE_SECONDS {
        sessions::delete(pool, token_hash).await?;
        return Ok(None);
    }
    if now - session.last_seen_at >= TOUCH_EVERY_SECONDS {
        sessions::touch(pool, token_hash, now).await?;
    }
    Ok(Some(session))
}

/// The account, or `Unauthenticated` (pages send the visitor to the log-in page).
pub async fn require() -> Result<SessionAccount, AppError> {
    current().await?.ok_or(AppError::Unauthenticated)
}

/// The account, once it has its own password and has accepted the current conditions.
pub async fn require_ready() -> Result<SessionAccount, AppError> {
    ready(require().await?)
}

/// The account if it may use payments: its own password, and the current conditions accepted.
pub fn ready(account: SessionAccount) -> Result<SessionAccount, AppError> {
    if account.must_change_password {
        return Err(AppError::MustChangePassword);
    }
    if !account.conditions_accepted {
        return Err(AppError::MustAcceptConditions);
    }
    Ok(account)
}

/// Ends the current session (and its cookie).
pub async fn end() -> Result<(), AppError> {
    if let Some(token) = cookies::read(SESSION_COOKIE).filter(|t| looks_like_token(t)) {
        sessions::delete(&db()?, &hash_token(&token)).await?;
    }
    cookies::write(SESSION_COOKIE, "", None);
    Ok(())
}

/// After a password change: every session of the account ends (this one's old token too) and
/// this browser gets a new one.
pub async fn rotate(account_id: i64) -> Result<(), AppError> {
    sessions::delete_all(&db()?, account_id).await?;
    start(account_id).await
}

/// Deletes the sessions past their idle or absolute expiry (a job; reading one deletes it too).
pub async fn purge_expired(pool: &sqlx::AnyPool) -> Result<u64, AppError> {
    let now = now();
    sessions::delete_expired(pool, now, now - IDLE_SECONDS).await
}

/// Saves the language chosen with the switch on the account of this session, if any.
pub async fn remember_language(pool: &sqlx::AnyPool, token: &str, lang: crate::i18n::Lang) -> Result<(), AppError> {
    match account_for_token(pool, token).await? {
        Some(account) => crate::store::accounts::set_lang(pool, account.account_id, lang.code()).await,
        None => Ok(()),
    }
}
