//! Registration drafts: what a browser has typed in the wizard so far, kept between steps so
//! that going back, a problem or a reload loses nothing. Keyed by the hash of a cookie token.
//! A draft exists only after a solved captcha, and drafts are capped in size and number; the
//! purge also frees the codice fiscale of accounts whose email was never verified.

use crate::auth::now;
use crate::error::AppError;
use crate::model::RegistrationDraft;
use sqlx::AnyPool;

/// A draft is forgotten two hours after it was started.
pub const DRAFT_SECONDS: i64 = 2 * 60 * 60;
/// A stored draft is at most this long (JSON). The fields are capped before storing, so a real
/// draft is ~1 KB; this is the last line.
pub const MAX_DRAFT_BYTES: usize = 8 * 1024;
/// Live drafts at once, over all visitors: a flood of solved captchas cannot fill the disk.
pub const MAX_LIVE_DRAFTS: i64 = 5_000;
/// Drafts started from one address in an hour (a school's computer room or a help desk
/// registering families shares one address, hence not fewer).
pub const MAX_DRAFTS_PER_ADDRESS_PER_HOUR: i64 = 30;
/// An account whose email was never verified is deleted after this long, freeing its codice
/// fiscale, username and email: nobody can hold a parent's codice fiscale by registering it.
pub const UNVERIFIED_ACCOUNT_SECONDS: i64 = 7 * 24 * 60 * 60;

/// Why a new draft was not stored.
#[derive(Debug, PartialEq, Eq)]
pub enum StartRefusal {
    /// Too many drafts live overall or from this address.
    TooMany,
    /// The serialised draft is over [`MAX_DRAFT_BYTES`].
    TooLarge,
}

pub async fn load(pool: &AnyPool, token_hash: &str) -> Result<Option<RegistrationDraft>, AppError> {
    let row: Option<(String,)> =
        sqlx::query_as("SELECT data FROM registration_drafts WHERE token_hash = $1 AND expires_at > $2")
            .bind(token_hash)
            .bind(now())
            .fetch_optional(pool)
            .await?;
    Ok(row.and_then(|(data,)| serde_json::from_str(&data).ok()))
}

fn serialise(draft: &RegistrationDraft) -> Result<String, AppError> {
    let data = serde_json::to_string(draft).map_err(|_| AppError::Database)?;
    if data.len() > MAX_DRAFT_BYTES {
        return Err(AppError::Request("registration draft too large".into()));
    }
    Ok(data)
}

/// Stores a new draft started from `address`, unless the caps say no (then nothing is stored).
/// Counted, then inserted: two racing requests may pass the cap by one, which is harmless.
pub async fn start(
    pool: &AnyPool,
    token_hash: &str,
    draft: &RegistrationDraft,
    address: &str,
) -> Result<Result<(), StartRefusal>, AppError> {
    let Ok(data) = serialise(draft) else { return Ok(Err(StartRefusal::TooLarge)) };
    let now = now();
    let (live,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM registration_drafts WHERE expires_at > $1")
        .bind(now)
        .fetch_one(pool)
        .await?;
    let (recent,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM registration_drafts WHERE address = $1 AND created_at > $2")
            .bind(address)
            .bind(now - 60 * 60)
            .fetch_one(pool)
            .await?;
    if live >= MAX_LIVE_DRAFTS || recent >= MAX_DRAFTS_PER_ADDRESS_PER_HOUR {
        tracing::warn!(live, recent, "registration draft refused: cap reached");
        return Ok(Err(StartRefusal::TooMany));
    }
    sqlx::query(
        "INSERT INTO registration_drafts (token_hash, data, address, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(token_hash)
    .bind(data)
    .bind(address)
    .bind(now)
    .bind(now + DRAFT_SECONDS)
    .execute(pool)
    .await?;
    Ok(Ok(()))
}

/// Updates an existing live draft (never creates one).
pub async fn save(pool: &AnyPool, token_hash: &str, draft: &RegistrationDraft) -> Result<(), AppError> {
    let data = serialise(draft)?;
    sqlx::query("UPDATE registration_drafts SET data = $1 WHERE token_hash = $2 AND expires_at > $3")
        .bind(data)
        .bind(token_hash)
        .bind(now())
        .execute(pool)
        .await?;
    Ok(())
}

pub async fn delete(pool: &AnyPool, token_hash: &str) -> Result<(), AppError> {
    sqlx::query("DELETE FROM registration_drafts WHERE token_hash = $1").bind(token_hash).execute(pool).await?;
    Ok(())
}

/// Deletes accounts never verified for [`UNVERIFIED_ACCOUNT_SECONDS`] (only `codice_fiscale`'s,
/// when given). Their tokens, consents and sessions go with them (ON DELETE CASCADE); one that
/// somehow has payments or receipts is kept. Returns how many went.
pub async fn delete_unverified_accounts(
    pool: &AnyPool,
    now: i64,
    codice_fiscale: Option<&str>,
) -> Result<u64, AppError> {
    let done = sqlx::query(
        "DELETE FROM accounts WHERE email_verified_at IS NULL AND created_at <= $1 \
         AND ($2 = '' OR codice_fiscale = $2) \
         AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.account_id = accounts.id) \
         AND NOT EXISTS (SELECT 1 FROM receipts r WHERE r.account_id = accounts.id)",
    )
    .bind(now - UNVERIFIED_ACCOUNT_SECONDS)
    .bind(codice_fiscale.unwrap_or_default())
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}

/// The periodic clean-up: expired drafts, never-verified accounts, old recovery counts. Returns (drafts, accounts).
pub async fn purge_expired(pool: &AnyPool, now: i64) -> Result<(u64, u64), AppError> {
    let drafts = sqlx::query("DELETE FROM registration_drafts WHERE expires_at <= $1").bind(now).execute(pool).await?;
    let accounts = delete_unverified_accounts(pool, now, None).await?;
    // Credential-recovery counts (kept in the log-in throttle's table) older than any window.
    sqlx::query("DELETE FROM login_failures WHERE login_key LIKE 'recover:%' AND at < $1")
        .bind(now - 60 * 60)
        .execute(pool)
        .await?;
    if accounts > 0 {
        tracing::info!(accounts, "never-verified accounts deleted");
    }
    Ok((drafts.rows_affected(), accounts))
}

/// "Correggi l'email" on the last step: the new address replaces the old one while the account
/// is not yet verified. `false` when it is verified (or gone): nothing changes then.
pub async fn change_unverified_email(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    account_id: i64,
    email: &str,
) -> Result<bool, AppError> {
    let done = sqlx::query("UPDATE accounts SET email = $1 WHERE id = $2 AND email_verified_at IS NULL")
        .bind(email)
        .bind(account_id)
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// The old address's confirmation stops working: its unused links are deleted, and a mail
/// still waiting to go there is dropped before it makes one.
pub async fn forget_verify_links(tx: &mut sqlx::Transaction<'_, sqlx::Any>, account_id: i64) -> Result<(), AppError> {
    sqlx::query("DELETE FROM email_tokens WHERE account_id = $1 AND purpose = 'verify' AND used_at IS NULL")
        .bind(account_id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("DELETE FROM outbox WHERE account_id = $1 AND secret_kind = 'verify_link' AND sent_at IS NULL")
        .bind(account_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Whether the account may still ask for its confirmation email (saved, not yet verified).
pub async fn is_unverified(pool: &AnyPool, account_id: i64) -> Result<bool, AppError> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT id FROM accounts WHERE id = $1 AND email_verified_at IS NULL")
        .bind(account_id)
        .fetch_optional(pool)
        .await?;
    Ok(row.is_some())
}
