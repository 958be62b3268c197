//! Background work every server process runs: the sandbox PSP delivering its notifications,
//! the expiry of notices past their last payable day, and the reconciliation of payments
//! without an outcome. Several processes may run them on
//! one database: notifications are claimed and payments move by conditional updates.

use app::auth::Settings;
use sqlx::AnyPool;
use std::sync::Mutex;
use std::time::Duration;
use tokio::task::JoinHandle;

/// The background tasks of this process, by name: readiness fails when one has stopped (a
/// panic ends its task), and shutting down stops them all.
#[derive(Debug, Default)]
pub struct Background {
    tasks: Mutex<Vec<(&'static str, JoinHandle<()>)>>,
}

impl Background {
    pub fn add(&self, name: &'static str, task: JoinHandle<()>) {
        self.tasks.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).push((name, task));
    }

    /// The names of the tasks that are no longer running.
    pub fn stopped(&self) -> Vec<&'static str> {
        let tasks = self.tasks.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        tasks.iter().filter(|(_, task)| task.is_finished()).map(|(name, _)| *name).collect()
    }

    pub fn running(&self) -> usize {
        let tasks = self.tasks.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        tasks.iter().filter(|(_, task)| !task.is_finished()).count()
    }

    pub fn stop_all(&self) {
        for (_, task) in self.tasks.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).drain(..) {
            task.abort();
        }
    }
}

const NOTIFY_EVERY: Duration = Duration::from_secs(2);
const RECONCILE_EVERY: Duration = Duration::from_secs(60);
/// Notices expire at midnight in Rome; a minute late at most.
const EXPIRE_EVERY: Duration = Duration::from_secs(60);
const HOUSEKEEPING_EVERY: Duration = Duration::from_secs(60 * 60);
/// Sent mails are kept this long (a week of "was it sent?"), then deleted.
pub const KEEP_SENT_MAIL_SECONDS: i64 = 7 * 24 * 60 * 60;

pub fn spawn(jobs: &Background, pool: AnyPool, settings: Settings) {
    if settings.provider.kind() == domain::ProviderKind::Sandbox {
        jobs.add("sandbox notifier", sandbox_notifier(pool.clone(), settings.sandbox_secret.clone()));
    }
    jobs.add("housekeeping", housekeeping(pool.clone()));
    jobs.add("registration purge", registration_purge(pool.clone()));
    jobs.add("notice expiry", notice_expiry(pool.clone()));
    jobs.add("session purge", purge_sessions(pool.clone()));
    jobs.add(
        "reconciliation",
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(RECONCILE_EVERY).await;
                if let Err(error) = app::payments::reconcile::run_once(&pool, &settings, app::auth::now()).await {
                    tracing::warn!(?error, "reconciliation");
                }
            }
        }),
    );
}

/// The sandbox PSP delivering its notifications (only where the sandbox is the provider).
fn sandbox_notifier(pool: AnyPool, secret: String) -> JoinHandle<()> {
    tokio::spawn(async move {
        let client = reqwest::Client::new();
        loop {
            if let Err(error) = app::payments::sandbox::deliver_due(&pool, &secret, &client).await {
                tracing::warn!(?error, "sandbox notifier");
            }
            tokio::time::sleep(NOTIFY_EVERY).await;
        }
    })
}

/// Deletes what is no longer needed; each step is one conditional DELETE, safe in every process.
fn housekeeping(pool: AnyPool) -> JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            if let Err(error) = purge_sent_mail(&pool, app::auth::now()).await {
                tracing::warn!(?error, "housekeeping: sent mail");
            }
            if let Err(error) = app::store::notice_documents::purge_expired_keys(&pool, app::auth::now()).await {
                tracing::warn!(?error, "housekeeping: notice document keys");
            }
            tokio::time::sleep(HOUSEKEEPING_EVERY).await;
        }
    })
}

pub async fn purge_sent_mail(pool: &AnyPool, now: i64) -> Result<u64, app::error::AppError> {
    let purged = app::store::outbox::purge_sent(pool, now - KEEP_SENT_MAIL_SECONDS).await?;
    if purged > 0 {
        tracing::info!(purged, "sent mail purged");
    }
    Ok(purged)
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

/// Notices past their last payable day (in Rome) are stored as expired, and the checkouts still
/// holding them closed: conditional updates, so every process may run it.
fn notice_expiry(pool: AnyPool) -> JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            tokio::time::sleep(EXPIRE_EVERY).await;
            if let Err(error) = app::payments::expiry::run_once(&pool, app::auth::now()).await {
                tracing::warn!(?error, "notice expiry");
            }
        }
    })
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
