//! The mail outbox: a message is written in the same transaction as the change it reports, so
//! a registration is never lost because the mail server was down. The server's sender delivers
//! and retries; in demo mode without SMTP the messages stay here for the development mailbox.

use crate::auth::now;
use crate::error::AppError;
use crate::mail::Email;
use crate::model::OutboxMessage;
use sqlx::{Any, AnyPool, Executor};

pub async fn enqueue<'c, E: Executor<'c, Database = Any>>(executor: E, email: &Email) -> Result<(), AppError> {
    let now = now();
    sqlx::query(
        "INSERT INTO outbox (kind, recipient, subject, body_text, body_html, created_at, next_attempt_at) VALUES ($1, $2, $3, $4, $5, $6, $6)",
    )
    .bind(email.kind)
    .bind(&email.to)
    .bind(&email.subject)
    .bind(&email.text)
    .bind(&email.html)
    .bind(now)
    .execute(executor)
    .await?;
    Ok(())
}

pub async fn latest(pool: &AnyPool, limit: i64) -> Result<Vec<OutboxMessage>, AppError> {
    Ok(sqlx::query_as(
        "SELECT id, kind, recipient, subject, body_text, created_at, sent_at FROM outbox ORDER BY id DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(pool)
    .await?)
}
