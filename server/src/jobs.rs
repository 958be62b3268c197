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
    let pool_for_purge = pool.clone();
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
    vec![notifier, reconciler, registration_purge(pool_for_purge)]
}

const REGISTRATION_PURGE_EVERY: Duration = Duration::from_secs(10 * 60);

/// Expired registration drafts and never-verified accounts past their week (freeing their
/// codice fiscale), every ten minutes; deletes are idempotent, so every process may run it.
fn registration_purge(pool: AnyPool) -> JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            if let Err(error) = app::store::registrations::purge_expired(&pool, app::auth::now()).await {
                tracing::warn!(?error, "registration purge");
            }
            tokio::time::sleep(REGISTRATION_PURGE_EVERY).await;
        }
    })
}
