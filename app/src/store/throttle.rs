//! Failed log-ins (`login_failures`), counted per key: a username or an address.

use crate::error::AppError;
use sqlx::AnyPool;

/// Failures of `key` after `since` (Unix seconds).
pub async fn failures_since(pool: &AnyPool, key: &str, since: i64) -> Result<i64, AppError> {
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM login_failures WHERE login_key = $1 AND at > $2")
        .bind(key)
        .bind(since)
        .fetch_one(pool)
        .await?;
    Ok(count)
}

/// The oldest recorded event of `key` after `since`: when it leaves the window, one more counts.
pub async fn oldest_since(pool: &AnyPool, key: &str, since: i64) -> Result<Option<i64>, AppError> {
    let (at,): (Option<i64>,) = sqlx::query_as("SELECT MIN(at) FROM login_failures WHERE login_key = $1 AND at > $2")
        .bind(key)
        .bind(since)
        .fetch_one(pool)
        .await?;
    Ok(at)
}

pub async fn record(pool: &AnyPool, key: &str, at: i64) -> Result<(), AppError> {
    sqlx::query("INSERT INTO login_failures (login_key, at) VALUES ($1, $2)").bind(key).bind(at).execute(pool).await?;
    Ok(())
}

/// Forgets failures older than `before`: they no longer count.
pub async fn prune(pool: &AnyPool, before: i64) -> Result<(), AppError> {
    sqlx::query("DELETE FROM login_failures WHERE at < $1").bind(before).execute(pool).await?;
    Ok(())
}

pub async fn forget(pool: &AnyPool, key: &str) -> Result<(), AppError> {
    sqlx::query("DELETE FROM login_failures WHERE login_key = $1").bind(key).execute(pool).await?;
    Ok(())
}
