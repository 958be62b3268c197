//! Secrets every server process on one database shares (`server_secrets`).

use crate::error::AppError;
use sqlx::AnyPool;

/// The secret called `name`; the first process to ask stores `fresh` as its value.
pub async fn shared(pool: &AnyPool, name: &str, fresh: &str) -> Result<String, AppError> {
    sqlx::query("INSERT INTO server_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING")
        .bind(name)
        .bind(fresh)
        .execute(pool)
        .await?;
    let (value,): (String,) =
        sqlx::query_as("SELECT value FROM server_secrets WHERE name = $1").bind(name).fetch_one(pool).await?;
    Ok(value)
}
