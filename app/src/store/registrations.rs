//! Registration drafts: what a browser has typed in the wizard so far, kept between steps so
//! that going back, a problem or a reload loses nothing. Keyed by the hash of a cookie token.

use crate::auth::now;
use crate::error::AppError;
use crate::model::RegistrationDraft;
use sqlx::AnyPool;

/// A draft is forgotten two hours after it was started.
pub const DRAFT_SECONDS: i64 = 2 * 60 * 60;

pub async fn load(pool: &AnyPool, token_hash: &str) -> Result<Option<RegistrationDraft>, AppError> {
    let row: Option<(String,)> =
        sqlx::query_as("SELECT data FROM registration_drafts WHERE token_hash = $1 AND expires_at > $2")
            .bind(token_hash)
            .bind(now())
            .fetch_optional(pool)
            .await?;
    Ok(row.and_then(|(data,)| serde_json::from_str(&data).ok()))
}

pub async fn save(pool: &AnyPool, token_hash: &str, draft: &RegistrationDraft) -> Result<(), AppError> {
    let data = serde_json::to_string(draft).map_err(|_| AppError::Database)?;
    let now = now();
    sqlx::query(
        "INSERT INTO registration_drafts (token_hash, data, created_at, expires_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (token_hash) DO UPDATE SET data = excluded.data",
    )
    .bind(token_hash)
    .bind(data)
    .bind(now)
    .bind(now + DRAFT_SECONDS)
    .execute(pool)
    .await?;
    sqlx::query("DELETE FROM registration_drafts WHERE expires_at <= $1").bind(now).execute(pool).await?;
    Ok(())
}

pub async fn delete(pool: &AnyPool, token_hash: &str) -> Result<(), AppError> {
    sqlx::query("DELETE FROM registration_drafts WHERE token_hash = $1").bind(token_hash).execute(pool).await?;
    Ok(())
}
