//! Secrets that travel by email (the link that verifies an address, the link that resets a
//! password, the temporary password) are made when the message is sent, not when it is queued.
//! The outbox holds the message with a placeholder; the sender asks [`render`] for the secret
//! just before handing the message over, and stores only its hash. So no copy of the database
//! can read one: not while queued, not after sending, not when delivery keeps failing. (The
//! alternative, encrypting the queued bodies with a key kept outside the database, would add a
//! key every installation must manage, and the secret would still exist for as long as the mail
//! waits.) A retry makes a fresh secret; the latest message is the one that works.

use super::tokens::{hash_token, new_token, temporary_password};
use crate::error::AppError;
use crate::store::{accounts, outbox};
use sqlx::AnyPool;

/// Stands for the secret in a queued message's bodies.
pub const PLACEHOLDER: &str = "{{secret}}";

/// A confirmation link works this long (and once).
pub const VERIFY_SECONDS: i64 = 24 * 60 * 60;
/// A credential-recovery link works this long (and once).
pub const RESET_SECONDS: i64 = 60 * 60;
/// The emailed temporary password works this long (and once).
pub const TEMPORARY_PASSWORD_SECONDS: i64 = 72 * 60 * 60;

/// Which secret a queued message needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SecretKind {
    VerifyLink,
    ResetLink,
    TemporaryPassword,
}

impl SecretKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SecretKind::VerifyLink => "verify_link",
            SecretKind::ResetLink => "reset_link",
            SecretKind::TemporaryPassword => "temporary_password",
        }
    }

    pub fn parse(value: &str) -> Option<SecretKind> {
        [SecretKind::VerifyLink, SecretKind::ResetLink, SecretKind::TemporaryPassword]
            .into_iter()
            .find(|kind| kind.as_str() == value)
    }
}

/// A message ready to hand to the mail server.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rendered {
    pub text: String,
    pub html: String,
}

/// Makes the message's secret (storing only its hash) and puts it in the bodies. `None`: the
/// message is obsolete and must not be sent (its account is gone, or chose its own password
/// after a temporary one was queued).
pub async fn render(pool: &AnyPool, message: &outbox::Pending) -> Result<Option<Rendered>, AppError> {
    let fill = |secret: &str| Rendered {
        text: message.body_text.replace(PLACEHOLDER, secret),
        html: message.body_html.replace(PLACEHOLDER, secret),
    };
    let (Some(kind), Some(account_id)) = (message.secret_kind.as_deref(), message.account_id) else {
        return Ok(Some(fill("")));
    };
    let kind = SecretKind::parse(kind).ok_or(AppError::Database)?;
    if !accounts::exists(pool, account_id).await? {
        return Ok(None);
    }
    let secret = match kind {
        SecretKind::VerifyLink | SecretKind::ResetLink => {
            let (purpose, valid) =
                if kind == SecretKind::VerifyLink { ("verify", VERIFY_SECONDS) } else { ("reset", RESET_SECONDS) };
            let token = new_token();
            accounts::insert_email_token(pool, account_id, purpose, &hash_token(&token), valid).await?;
            token
        }
        SecretKind::TemporaryPassword => {
            let temporary = temporary_password();
            let hash = super::password::hash(temporary.clone()).await?;
            let expires = super::now() + TEMPORARY_PASSWORD_SECONDS;
            if !accounts::set_temporary_password(pool, account_id, &hash, expires).await? {
                return Ok(None);
            }
            temporary
        }
    };
    Ok(Some(fill(&secret)))
}

/// Demo mode without a mail server: "delivers" the due messages to the development mailbox
/// (`/dev/posta`), where their bodies stay readable. Demo data only: never a real family's.
pub async fn deliver_to_dev_mailbox(pool: &AnyPool) -> Result<usize, AppError> {
    let started = super::now();
    let mut delivered = 0;
    for message in outbox::due(pool, started, 100).await? {
        if !outbox::claim(pool, message.id, started + 60, started).await? {
            continue;
        }
        let rendered = render(pool, &message).await?;
        let kept = rendered.as_ref().map(|r| (r.text.as_str(), r.html.as_str()));
        outbox::mark_sent(pool, message.id, super::now(), kept).await?;
        delivered += 1;
    }
    Ok(delivered)
}
