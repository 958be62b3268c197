//! Captcha challenges already used (`used_captchas`), kept until they expire.

use crate::error::AppError;
use sqlx::AnyPool;

/// Records the challenge as used; false when it was used before. Expired records go first.
pub async fn use_once(pool: &AnyPool, signature: &str, expires_at: i64, now: i64) -> Result<bool, AppError> {
    sqlx::query("DELETE FROM used_captchas WHERE expires_at < $1").bind(now).execute(pool).await?;
    // The primary key makes a second use of the same challenge insert nothing.
    let done = sqlx::query(
        "INSERT INTO used_captchas (signature, expires_at) VALUES ($1, $2) ON CONFLICT (signature) DO NOTHING",
    )
    .bind(signature)
    .bind(expires_at)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}
