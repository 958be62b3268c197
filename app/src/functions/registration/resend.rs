//! The last step's "Invia di nuovo l'email" and "Correggi l'email": both send a new
//! confirmation mail, counted by the throttle (a few per account in 15 minutes). The link is
//! made when the mail is sent (`auth::mail_secrets`), so nothing secret is stored here.

use super::server::save_and_show;
use crate::auth::mail_secrets::{self, SecretKind};
use crate::auth::{settings, throttle};
use crate::error::AppError;
use crate::model::RegistrationDraft;
use crate::store::{db, outbox, registrations};
use domain::registration::{check_email, FieldIssue, RegField, RegProblem};

pub async fn act(
    token_hash: &str,
    mut draft: RegistrationDraft,
    action: &str,
    email: String,
    email_again: String,
) -> Result<(), AppError> {
    let pool = db()?;
    let Some(account_id) = draft.account_id.filter(|_| draft.step == 4) else {
        return save_and_show(token_hash, &draft).await;
    };
    draft.resent = false;
    draft.retry_after = None;
    draft.issues.clear();
    match action {
        "edit" => draft.correcting_email = true,
        "cancel" => draft.correcting_email = false,
        "resend" | "save" => {
            if !registrations::is_unverified(&pool, account_id).await? {
                // Confirmed meanwhile (or purged): the link already did its work.
                draft.correcting_email = false;
                return save_and_show(token_hash, &draft).await;
            }
            let new_email = (action == "save").then(|| (email.trim().to_string(), email_again.trim().to_string()));
            if let Some((email, again)) = &new_email {
                draft.correcting_email = true;
                draft.form.email = email.chars().take(254).collect();
                draft.form.email_again = again.chars().take(254).collect();
                if let Err(problem) = check_email(email) {
                    draft.issues.push(FieldIssue::new(RegField::Email, problem));
                } else if !email.eq_ignore_ascii_case(again) {
                    draft.issues.push(FieldIssue::new(RegField::EmailAgain, RegProblem::EmailMismatch));
                }
                if !draft.issues.is_empty() {
                    return save_and_show(token_hash, &draft).await;
                }
            }
            if let Err(retry_after) =
                throttle::allow(&pool, &throttle::resend_key(account_id), throttle::RESEND_LIMIT).await?
            {
                draft.retry_after = Some(retry_after);
                return save_and_show(token_hash, &draft).await;
            }
            send(account_id, &draft, new_email.is_some()).await?;
            draft.correcting_email = false;
            draft.resent = true;
        }
        _ => {}
    }
    save_and_show(token_hash, &draft).await
}

/// Queues a new confirmation mail; for a corrected address the old links stop working first.
async fn send(account_id: i64, draft: &RegistrationDraft, corrected: bool) -> Result<(), AppError> {
    let pool = db()?;
    let lang = crate::request::use_lang();
    let mut tx = pool.begin().await?;
    if corrected {
        if !registrations::change_unverified_email(&mut tx, account_id, &draft.form.email).await? {
            return Ok(());
        }
        registrations::forget_verify_links(&mut tx, account_id).await?;
    }
    let link = format!("{}{}", settings()?.public_url, crate::routes::verify_email(mail_secrets::PLACEHOLDER));
    let email = crate::mail::confirm_registration(lang, &draft.form.email, &draft.form.given_name, &link);
    outbox::enqueue_with_secret(&mut *tx, &email, account_id, SecretKind::VerifyLink).await?;
    tx.commit().await?;
    tracing::info!(account_id, corrected, "registration email sent again");
    Ok(())
}
