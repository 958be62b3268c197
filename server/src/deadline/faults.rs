//! The deadline with kill -9 (`--kill-every-ms`): while the parents pay, one server process at a
//! random moment is killed with SIGKILL and started again on its port, over and over. A kill
//! lands anywhere: between a PSP's decision and its notification, in the middle of settling,
//! while the outbox sends (each kill records which of these were under way). Carts cut short
//! are expected; the money is not allowed to notice: at the end what is pending is settled the
//! way time would settle it (the PSP's notifications retried, reconciliation), the outbox is
//! sent, and the checks must hold.

use crate::smtp_sink::Receiver;
use crate::spawned::Spawned;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;

#[derive(Clone, Debug, Default)]
pub struct Kills {
    pub kills: usize,
    /// With a family between "paga" at the PSP and seeing the outcome: the decision made, its
    /// notification and settling under way.
    pub during_decision: usize,
    /// With messages claimed by a sender and not yet marked sent.
    pub during_sending: usize,
}

/// What the mail receiver got: "Pagamento eseguito" messages, and how many distinct ones (a
/// copy sent again after a kill carries the same Message-ID).
#[derive(Clone, Debug, Default)]
pub struct Mails {
    pub received: usize,
    pub distinct: usize,
}

/// Kills and restarts processes until `stop`; the tally.
pub async fn killer(
    servers: Arc<Mutex<Vec<Spawned>>>,
    every: Duration,
    stop: Arc<AtomicBool>,
    deciding: Arc<AtomicUsize>,
    pool: sqlx::AnyPool,
) -> Kills {
    let mut kills = Kills::default();
    let mut seed = app::auth::now() as u64 ^ 0x9e37_79b9_7f4a_7c15;
    let mut random = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    while !stop.load(Ordering::Relaxed) {
        let wait = every.as_millis() as u64 / 2 + random() % every.as_millis().max(1) as u64;
        tokio::time::sleep(Duration::from_millis(wait)).await;
        if stop.load(Ordering::Relaxed) {
            break;
        }
        let mut servers = servers.lock().await;
        let victim = (random() % servers.len() as u64) as usize;
        let deciding_now = deciding.load(Ordering::Relaxed) > 0;
        let sending_now = app::store::operations::outbox_claimed(&pool, app::auth::now()).await.unwrap_or(0) > 0;
        servers[victim].kill();
        kills.kills += 1;
        kills.during_decision += usize::from(deciding_now);
        kills.during_sending += usize::from(sending_now);
        if let Err(error) = servers[victim].restart().await {
            eprintln!("[deadline] a killed process did not come back: {error}");
        }
    }
    kills
}

/// Settles what the kills left pending, as the running processes and time would: the PSP's
/// queued notifications delivered, reconciliation run as if three hours had passed (a payment
/// the PSP decided is settled by asking it, one never decided is released), then the outbox
/// sent. Waits for the senders (a claim of a killed process runs out after two minutes).
pub async fn settle_everything(pool: &sqlx::AnyPool, base: &str) -> Result<(), crate::ServerError> {
    let shared = |name: &'static str| async move {
        let fresh = app::auth::tokens::new_token();
        app::store::secrets::shared(pool, name, &fresh).await
    };
    let settings = app::auth::Settings {
        demo: false,
        public_url: base.to_string(),
        captcha_secret: shared("captcha").await?,
        sandbox_secret: shared("sandbox_psp").await?,
        provider: app::payments::Provider::Sandbox,
        dev_mailbox: false,
    };
    let client = reqwest::Client::new();
    app::payments::sandbox::deliver_due(pool, &settings.sandbox_secret, &client).await?;
    let later = app::auth::now() + 3 * 60 * 60;
    app::payments::reconcile::run_once(pool, &settings, later).await?;
    for _ in 0..400 {
        if app::store::operations::audit(pool).await?.emails_unsent == 0 {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    eprintln!("[deadline] the outbox was not empty after 200 s");
    Ok(())
}

/// The "Pagamento eseguito" messages the receiver got.
pub fn payment_mails(receiver: &Receiver) -> Mails {
    let paid: Vec<String> = receiver.messages().into_iter().filter(|m| m.contains("Subject: Pagamento")).collect();
    let mut ids: Vec<&str> =
        paid.iter().filter_map(|m| m.lines().find_map(|line| line.strip_prefix("Message-ID: "))).collect();
    ids.sort_unstable();
    ids.dedup();
    Mails { received: paid.len(), distinct: ids.len() }
}
