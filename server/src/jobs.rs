//! Background work every server process runs: the sandbox PSP delivering its notifications,
//! and the reconciliation of payments without an outcome. Several processes may run them on
//! one database: notifications are claimed and payments move by conditional updates.

use app::auth::Settings;
use sqlx::AnyPool;
use std::time::Duration;
use tokio::task::JoinHandle;

const NOTIFY_EVERY: Duration = Duration::from_secs(2);
const RECONCILE_EVERY: Duration = Duration::from_secs(60);

pub fn spawn(pool: AnyPool, settings: Settings) -> Vec<JoinHandle<()>> {
    let pool_for_sessions = pool.clone();
    let notifier = {
        let (pool, secret) = (pool.clone(), settings.sandbox_secret.clone());
        tokio::spawn(async move {
            let client = reqwest::Client::new();
            loop {
                if let Err(error) = app::payments::sandbox::deliver_due(&pool, &secret, &client).await {
                    tracing::warn!(?error, "sandbox notifier");
                }
                tokio::time::sleep(NOTIFY_EVERY).await;
            }
        })
    };
    let reconciler = tokio::spawn(async move {
        loop {
            tokio::time::sleep(RECONCILE_EVERY).await;
            if let Err(error) = app::payments::reconcile::run_once(&pool, &settings, app::auth::now()).await {
                tracing::warn!(?error, "reconciliation");
            }
        }
    });
    vec![notifier, reconciler, purge_sessions(pool_for_sessions)]
}

const PURGE_SESSIONS_EVERY: Duration = Duration::from_secs(10 * 60);

/// Deletes expired sessions now and then (a session is also deleted when it is next read, but
/// most are never read again).
fn purge_sessions(pool: AnyPool) -> JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            match app::auth::session::purge_expired(&pool).await {
                Ok(0) => {}
                Ok(purged) => tracing::info!(purged, "expired sessions deleted"),
                Err(error) => tracing::warn!(?error, "session purge"),
            }
            tokio::time::sleep(PURGE_SESSIONS_EVERY).await;
        }
    })
}
