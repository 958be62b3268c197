//! Delivers the outbox over SMTP with retries. Each message is claimed before sending, so
//! several server processes can run the sender on one database without sending twice.

use app::auth::mail_secrets::{self, Rendered};
use app::auth::now;
use app::error::AppError;
use app::store::outbox::{self, Pending};
use lettre::message::{header::ContentType, Mailbox, MultiPart, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sqlx::AnyPool;
use std::time::Duration;

/// A claim lasts this long: a process that dies mid-send releases its messages after it.
const CLAIM_SECONDS: i64 = 120;
/// Messages taken per round.
const BATCH: i64 = 20;
/// How often the sender looks at the outbox.
pub const POLL_EVERY: Duration = Duration::from_secs(2);

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("SMTP_URL: {0}")]
    Url(#[from] lettre::transport::smtp::Error),
    #[error("PAGOSCUOLA_MAIL_FROM is not an address: {0}")]
    From(#[from] lettre::address::AddressError),
}

pub struct Sender {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    pool: AnyPool,
    /// Outside demo mode a sent message's bodies are blanked: a family's mail does not stay
    /// in the database (the secrets were never there: see app::auth::mail_secrets).
    keep_bodies: bool,
}

impl Sender {
    pub fn new(smtp_url: &str, from: &str, pool: AnyPool, keep_bodies: bool) -> Result<Sender, MailError> {
        let transport =
            AsyncSmtpTransport::<Tokio1Executor>::from_url(smtp_url)?.timeout(Some(Duration::from_secs(20))).build();
        Ok(Sender { transport, from: from.parse()?, pool, keep_bodies })
    }

    /// Runs until the process stops.
    pub async fn run(&self) {
        loop {
            match self.send_due().await {
                Ok(0) => tokio::time::sleep(POLL_EVERY).await,
                Ok(_) => {}
                Err(error) => {
                    tracing::warn!(%error, "outbox: database unavailable");
                    tokio::time::sleep(POLL_EVERY * 5).await;
                }
            }
        }
    }

    /// Sends what is due now; returns how many it tried.
    pub async fn send_due(&self) -> Result<usize, AppError> {
        let started = now();
        let due = outbox::due(&self.pool, started, BATCH).await?;
        let mut tried = 0;
        for message in due {
            if !outbox::claim(&self.pool, message.id, started + CLAIM_SECONDS, started).await? {
                continue; // another process has it
            }
            tried += 1;
            // The secret a message carries is made now, just before it leaves (auth::mail_secrets).
            let Some(rendered) = mail_secrets::render(&self.pool, &message).await? else {
                outbox::mark_sent(&self.pool, message.id, now(), None).await?;
                tracing::info!(id = message.id, "mail no longer needed: not sent");
                continue;
            };
            match self.deliver(&message, &rendered).await {
                Ok(()) => {
                    let kept = self.keep_bodies.then_some((rendered.text.as_str(), rendered.html.as_str()));
                    outbox::mark_sent(&self.pool, message.id, now(), kept).await?;
                    tracing::info!(id = message.id, "mail sent");
                    metrics::counter!("mails_total", "outcome" => "sent").increment(1);
                }
                Err(error) => {
                    let attempts = message.attempts + 1;
                    let wait = retry_delay(attempts);
                    tracing::warn!(id = message.id, attempts, retry_in_s = wait, %error, "mail not sent; will retry");
                    metrics::counter!("mails_total", "outcome" => "failed").increment(1);
                    let error: String = error.chars().take(500).collect();
                    outbox::mark_failed(&self.pool, message.id, attempts, now() + wait, &error).await?;
                }
            }
        }
        Ok(tried)
    }

    async fn deliver(&self, message: &Pending, rendered: &Rendered) -> Result<(), String> {
        let to: Mailbox = message.recipient.parse().map_err(|e| format!("recipient: {e}"))?;
        // The same id on every attempt: if a process dies after the server took the message but
        // before it was marked sent, the copy sent again is the same message to mail programs.
        let id = format!("<outbox-{}@{}>", message.id, self.from.email.domain());
        let email = Message::builder()
            .message_id(Some(id))
            .from(self.from.clone())
            .to(to)
            .subject(&message.subject)
            .multipart(
                MultiPart::alternative()
                    .singlepart(SinglePart::builder().header(ContentType::TEXT_PLAIN).body(rendered.text.clone()))
                    .singlepart(SinglePart::builder().header(ContentType::TEXT_HTML).body(rendered.html.clone())),
            )
            .map_err(|e| format!("message: {e}"))?;
        self.transport.send(email).await.map(|_| ()).map_err(|e| e.to_string())
    }
}

/// Seconds before the next attempt: 30 s, 2 min, 4.5 min, ... at most one hour.
pub fn retry_delay(attempts: i64) -> i64 {
    (30 * attempts * attempts).min(3600)
}

#[cfg(test)]
mod tests {
    #[test]
    fn retries_back_off_and_cap() {
        assert_eq!(super::retry_delay(1), 30);
        assert_eq!(super::retry_delay(2), 120);
        assert_eq!(super::retry_delay(100), 3600);
    }
}
