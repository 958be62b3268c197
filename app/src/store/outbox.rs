//! The mail outbox: a message is written in the same transaction as the change it reports, so
//! a registration is never lost because the mail server was down. The server's sender delivers
//! and retries; in demo mode without SMTP the messages stay here for the development mailbox.

use crate::auth::mail_secrets::SecretKind;
use crate::auth::now;
use crate::error::AppError;
use crate::mail::Email;
use crate::model::OutboxMessage;
use sqlx::{Any, AnyPool, Executor};

pub async fn enqueue<'c, E: Executor<'c, Database = Any>>(executor: E, email: &Email) -> Result<(), AppError> {
    insert(executor, email, None).await
}

/// Queues a message whose bodies hold [`crate::auth::mail_secrets::PLACEHOLDER`] where the
/// secret goes: the sender makes the secret for `account_id` when it sends.
pub async fn enqueue_with_secret<'c, E: Executor<'c, Database = Any>>(
    executor: E,
    email: &Email,
    account_id: i64,
    kind: SecretKind,
) -> Result<(), AppError> {
    insert(executor, email, Some((account_id, kind))).await
}

/// Queues a message whose bodies hold the placeholder where an activation code for the payer
/// `payer_cf` of the pupil goes: the sender makes the code when it sends.
pub async fn enqueue_activation<'c, E: Executor<'c, Database = Any>>(
    executor: E,
    email: &Email,
    pupil_id: i64,
    payer_cf: &str,
) -> Result<(), AppError> {
    insert_with(executor, email, None, Some((pupil_id, payer_cf))).await
}

async fn insert<'c, E: Executor<'c, Database = Any>>(
    executor: E,
    email: &Email,
    secret: Option<(i64, SecretKind)>,
) -> Result<(), AppError> {
    insert_with(executor, email, secret, None).await
}

async fn insert_with<'c, E: Executor<'c, Database = Any>>(
    executor: E,
    email: &Email,
    secret: Option<(i64, SecretKind)>,
    activation: Option<(i64, &str)>,
) -> Result<(), AppError> {
    let now = now();
    let kind = if activation.is_some() { Some(SecretKind::ActivationCode) } else { secret.map(|(_, kind)| kind) };
    sqlx::query(
        "INSERT INTO outbox (kind, recipient, subject, body_text, body_html, created_at, next_attempt_at, account_id, secret_kind, \
         activation_pupil_id, activation_payer_cf) VALUES ($1, $2, $3, $4, $5, $6, $6, $7, $8, $9, $10)",
    )
    .bind(email.kind)
    .bind(&email.to)
    .bind(&email.subject)
    .bind(&email.text)
    .bind(&email.html)
    .bind(now)
    .bind(secret.map(|(account, _)| account))
    .bind(kind.map(SecretKind::as_str))
    .bind(activation.map(|(pupil, _)| pupil))
    .bind(activation.map(|(_, payer)| payer))
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

/// A message the sender has to deliver.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Pending {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub attempts: i64,
    /// With `secret_kind`: whose secret the sender makes (see `auth::mail_secrets`).
    pub account_id: Option<i64>,
    pub secret_kind: Option<String>,
    /// With the `activation_code` kind: the payer the code is made for.
    pub activation_pupil_id: Option<i64>,
    pub activation_payer_cf: Option<String>,
}

/// Unsent messages due at `now` that no process has claimed, oldest first.
pub async fn due(pool: &AnyPool, now: i64, limit: i64) -> Result<Vec<Pending>, AppError> {
    Ok(sqlx::query_as(
        "SELECT id, recipient, subject, body_text, body_html, attempts, account_id, secret_kind, activation_pupil_id, \
         activation_payer_cf FROM outbox \
         WHERE sent_at IS NULL AND next_attempt_at <= $1 AND (claimed_until IS NULL OR claimed_until < $1) ORDER BY id LIMIT $2",
    )
    .bind(now)
    .bind(limit)
    .fetch_all(pool)
    .await?)
}

/// Claims a message until `until`; false when another process holds it.
pub async fn claim(pool: &AnyPool, id: i64, until: i64, now: i64) -> Result<bool, AppError> {
    super::rows::claim(pool, super::rows::Queue::Outbox, id, until, now).await
}

/// Marks a message sent. `kept` (text, html): the bodies as sent, kept in demo mode for the
/// development mailbox; otherwise they are blanked (a family's mail does not stay at rest).
pub async fn mark_sent(pool: &AnyPool, id: i64, at: i64, kept: Option<(&str, &str)>) -> Result<(), AppError> {
    let (text, html) = kept.unwrap_or_default();
    sqlx::query(
        "UPDATE outbox SET sent_at = $1, claimed_until = NULL, last_error = NULL, body_text = $2, body_html = $3 WHERE id = $4",
    )
    .bind(at)
    .bind(text)
    .bind(html)
    .bind(id)
    .execute(pool)
    .await?;
    Ok(())
}

/// A failed attempt: counted, released, and tried again at `next_attempt_at`.
pub async fn mark_failed(
    pool: &AnyPool,
    id: i64,
    attempts: i64,
    next_attempt_at: i64,
    error: &str,
) -> Result<(), AppError> {
    sqlx::query(
        "UPDATE outbox SET attempts = $1, next_attempt_at = $2, claimed_until = NULL, last_error = $3 WHERE id = $4",
    )
    .bind(attempts)
    .bind(next_attempt_at)
    .bind(error)
    .bind(id)
    .execute(pool)
    .await?;
    Ok(())
}

/// Deletes messages sent before `before` (their bodies are already blank outside demo mode;
/// the rows only told that a mail went out).
pub async fn purge_sent(pool: &AnyPool, before: i64) -> Result<u64, AppError> {
    let done =
        sqlx::query("DELETE FROM outbox WHERE sent_at IS NOT NULL AND sent_at < $1").bind(before).execute(pool).await?;
    Ok(done.rows_affected())
}
