//! Server functions, grouped by area. Each has a stable endpoint under `/api/` so that a phone
//! running an older cached client still reaches it after a deploy.

pub mod account;
pub mod activation;
pub mod admin;
pub mod captcha;
pub mod directory;
pub mod notices;
pub mod office;
pub mod office_events;
pub mod pay_notice;
pub mod payments;
pub mod pupils;
pub mod receipts;
pub mod registration;
pub mod sandbox;
pub mod voluntary;

/// The session of a family ready to pay; for a form, a missing or unready session sends the
/// browser where it must go first (log-in, password change, conditions) and yields `None`.
#[cfg(feature = "ssr")]
pub(crate) async fn ready_for_form() -> Result<Option<crate::auth::SessionAccount>, crate::error::AppError> {
    use crate::error::AppError;
    match crate::auth::session::require_ready().await {
        Ok(account) => Ok(Some(account)),
        Err(error) => match account::redirect_for(&error) {
            Some(path) => {
                leptos_axum::redirect(path);
                Ok(None)
            }
            None => Err::<_, AppError>(error),
        },
    }
}
