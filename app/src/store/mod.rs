//! Database access (server only). One SQL text serves SQLite and Postgres through sqlx's `Any`
//! driver: `$n` placeholders, no engine-specific functions, text and integers only.

pub mod accounts;
pub mod activation;
pub mod captcha;
pub mod console;
pub mod event_publishing;
pub mod event_reports;
pub mod events;
pub mod guest_payments;
pub mod notice_documents;
pub mod notices;
pub mod office;
pub mod operations;
pub mod outbox;
pub mod pagopa;
pub mod payments;
pub mod pupil_import;
pub mod pupils;
pub mod receipts;
pub mod reconciliation;
pub mod refunds;
pub mod registrations;
pub mod representatives;
mod rows;
pub mod sandbox;
pub mod schools;
pub mod secrets;
pub mod sessions;
pub mod staff;
pub mod throttle;
pub mod voluntary;
pub mod voluntary_items;

use sqlx::AnyPool;

/// The database handle given to server functions through Leptos context.
#[derive(Clone, Debug)]
pub struct Db(pub AnyPool);

/// The pool from context; every server function reaches the database through this one place.
pub fn db() -> Result<AnyPool, crate::error::AppError> {
    leptos::prelude::use_context::<Db>().map(|db| db.0).ok_or_else(|| {
        tracing::error!("no database in context");
        crate::error::AppError::Database
    })
}

/// Postgres text cannot hold NUL (the query fails; SQLite would just find nothing): a key with
/// one matches no row on either engine, so lookups answer "none" without asking.
pub(crate) fn can_match(key: &str) -> bool {
    !key.contains('\0')
}

/// The newest migration applied to this database (readiness compares it with the binary's).
pub async fn latest_migration(pool: &AnyPool) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar::<_, Option<i64>>("SELECT MAX(version) FROM _sqlx_migrations WHERE success")
        .fetch_one(pool)
        .await
}
