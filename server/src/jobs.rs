//! Background work every server process runs: the sandbox PSP delivering its notifications,
//! the expiry of notices past their last payable day, and the reconciliation of payments
//! without an outcome. Several processes may run them on
//! one database: notifications are claimed and payments move by conditional updates.

use app::auth::Settings;
use sqlx::AnyPool;
use std::time::Duration;
use tokio::task::JoinHandle;

const NOTIFY_EVERY: Duration = Duration::from_secs(2);
const RECONCILE_EVERY: Duration = Duration::from_secs(60);
/// Notices expire at midnight in Rome; a minute late at most.
const EXPIRE_EVERY: Duration = Duration::from_secs(60);

pub fn spawn(pool: AnyPool, settings: Settings) -> Vec<JoinHandle<()>> {
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
    let expirer = {
        let pool = pool.clone();
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(EXPIRE_EVERY).await;
                if let Err(error) = app::payments::expiry::run_once(&pool, app::auth::now()).await {
                    tracing::warn!(?error, "notice expiry");
                }
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
    vec![notifier, expirer, reconciler]
}
