//! Log-in, log-out, passwords, credential recovery, email verification and the service
//! conditions. Forms POST here and are redirected (Post/Redirect/Get); problems travel back in
//! the flash cookie, so every form works without JavaScript.

use crate::error::AppError;
use crate::model::FlashTarget;
use crate::model::{FamilyOverview, Flash, OutboxMessage};
use crate::routes::{CHANGE_PASSWORD, CONDITIONS, LOGIN};
use leptos::prelude::*;

/// Where a family page sends a visitor whose session is missing or not ready yet.
pub fn redirect_for(error: &AppError) -> Option<&'static str> {
    match error {
        AppError::Unauthenticated => Some(LOGIN),
        AppError::MustChangePassword => Some(CHANGE_PASSWORD),
        AppError::MustAcceptConditions => Some(CONDITIONS),
        _ => None,
    }
}

/// The flash left for `form` by the previous response, if any (and clears it).
#[server(endpoint = "account/flash")]
pub async fn take_flash(form: FlashTarget) -> Result<Option<Flash>, AppError> {
    Ok(crate::auth::flash::take(form))
}

/// Who is logged in (for the header and the guarded pages).
#[server(endpoint = "account/me")]
pub async fn current_account() -> Result<Option<crate::model::AccountSummary>, AppError> {
    let Some(account) = crate::auth::session::current().await? else { return Ok(None) };
    let home = crate::auth::landing::home(&crate::store::db()?, account.account_id).await?;
    Ok(Some(crate::model::AccountSummary {
        given_name: account.given_name,
        must_change_password: account.must_change_password,
        home: home.to_string(),
    }))
}

#[server(endpoint = "account/login")]
pub async fn log_in(username: String, password: String) -> Result<(), AppError> {
    server::log_in(username, password).await
}

#[server(endpoint = "account/logout")]
pub async fn log_out() -> Result<(), AppError> {
    crate::auth::session::end().await?;
    let mut flash = Flash::for_form(FlashTarget::Login);
    flash.notice = Some(crate::i18n::AccountMsg::LoggedOut);
    crate::auth::flash::set(&flash);
    leptos_axum::redirect(LOGIN);
    Ok(())
}

/// The first log-in's forced change, and a voluntary one (then the current password is asked).
#[server(endpoint = "account/password")]
pub async fn change_password(
    current_password: Option<String>,
    new_password: String,
    new_password_again: String,
) -> Result<(), AppError> {
    server::change_password(current_password, new_password, new_password_again).await
}

#[server(endpoint = "account/recover")]
pub async fn recover_credentials(
    codice_fiscale: String,
    email: String,
    altcha: Option<String>,
) -> Result<(), AppError> {
    server::recover(codice_fiscale, email, altcha.unwrap_or_default()).await
}

/// Whether a reset link can still be used (the page shows the form or says why not).
#[server(endpoint = "account/reset-valid")]
pub async fn reset_link_is_valid(token: String) -> Result<bool, AppError> {
    server::reset_link_is_valid(&token).await
}

#[server(endpoint = "account/reset")]
pub async fn reset_password(token: String, new_password: String, new_password_again: String) -> Result<(), AppError> {
    server::reset_password(token, new_password, new_password_again).await
}

/// Opening the emailed link verifies the address and sends the credentials.
#[server(endpoint = "account/verify")]
pub async fn verify_email(token: String) -> Result<crate::model::VerifyOutcome, AppError> {
    server::verify_email(&token).await
}

#[server(endpoint = "account/conditions")]
pub async fn accept_conditions(
    accept_conditions: Option<String>,
    accept_privacy: Option<String>,
) -> Result<(), AppError> {
    server::accept_conditions(accept_conditions.is_some(), accept_privacy.is_some()).await
}

/// The family home; errors tell the page where to send the visitor instead.
#[server(endpoint = "account/home")]
pub async fn family_home() -> Result<FamilyOverview, AppError> {
    server::family_home().await
}

/// The development mailbox: only in demo mode (404 otherwise).
#[server(endpoint = "dev/mailbox")]
pub async fn dev_mailbox() -> Result<Vec<OutboxMessage>, AppError> {
    let settings = crate::auth::settings()?;
    if !settings.demo {
        return Err(AppError::NotFound);
    }
    let pool = crate::store::db()?;
    if settings.dev_mailbox {
        crate::auth::mail_secrets::deliver_to_dev_mailbox(&pool).await?;
    }
    crate::store::outbox::latest(&pool, 50).await
}

#[cfg(feature = "ssr")]
mod server;
