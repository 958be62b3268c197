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
use crate::store::{accounts, activation, outbox};
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
    /// The school's activation code for one payer of one pupil (`store::activation`).
    ActivationCode,
}

impl SecretKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SecretKind::VerifyLink => "verify_link",
            SecretKind::ResetLink => "reset_link",
            SecretKind::TemporaryPassword => "temporary_password",
            SecretKind::ActivationCode => "activation_code",
        }
    }

    pub fn parse(value: &str) -> Option<SecretKind> {
        [SecretKind::VerifyLink, SecretKind::ResetLink, SecretKind::TemporaryPassword, SecretKind::ActivationCode]
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
    if message.secret_kind.as_deref() == Some(SecretKind::ActivationCode.as_str()) {
        return activation_code(pool, message).await.map(|code| code.map(|code| fill(&code)));
    }
    let (Some(kind), Some(account_id)) = (message.secret_kind.as_deref(), message.account_id) else {
        return Ok(Some(fill("")));
    };
    let kind = SecretKind::parse(kind).ok_or(AppError::Database)?;
    if !accounts::exists(pool, account_id).await? {
        return Ok(None);
    }
    // A confirmation for an address the family has since corrected must not make a link.
    if kind == SecretKind::VerifyLink
        && !accounts::email_of(pool, account_id)
            .await?
            .is_some_and(|email| email.eq_ignore_ascii_case(&message.recipient))
    {
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
        // Queued with its own payer, never with an account (handled above).
        SecretKind::ActivationCode => return Ok(None),
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

/// A fresh activation code for the message's payer (the earlier unused ones stop working), or
/// `None` when the payer is no longer linked to the pupil.
async fn activation_code(pool: &AnyPool, message: &outbox::Pending) -> Result<Option<String>, AppError> {
    let (Some(pupil_id), Some(payer)) = (message.activation_pupil_id, message.activation_payer_cf.as_deref()) else {
        return Err(AppError::Database);
    };
    let payer = domain::codice_fiscale::CodiceFiscale::parse(payer).map_err(|_| AppError::Database)?;
    let mut conn = pool.acquire().await?;
    if !activation::is_linked(&mut conn, pupil_id, payer.as_str()).await? {
        return Ok(None);
    }
    Ok(Some(activation::issue(&mut conn, pupil_id, &payer, super::now()).await?.to_string()))
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
