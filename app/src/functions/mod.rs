//! Server functions, grouped by area. Each has a stable endpoint under `/api/` so that a phone
//! running an older cached client still reaches it after a deploy.

pub mod account;
pub mod activation;
pub mod admin;
pub mod captcha;
pub mod directory;
pub mod notices;
pub mod office;
#[cfg(feature = "ssr")]
pub mod office_csv;
pub mod office_events;
pub mod office_reports;
pub mod office_voluntary;
pub mod pay_notice;
pub mod payments;
pub mod pupils;
pub mod receipts;
pub mod registration;
pub mod representatives;
pub mod sandbox;
pub mod voluntary;

/// For a form: a missing or unready session sends the browser where it must go first (log-in,
/// password change, conditions) and yields `None`; any other error stays an error.
#[cfg(feature = "ssr")]
pub(crate) fn for_form<T>(checked: Result<T, crate::error::AppError>) -> Result<Option<T>, crate::error::AppError> {
    match checked {
        Ok(value) => Ok(Some(value)),
        Err(error) => match account::redirect_for(&error) {
            Some(path) => {
                leptos_axum::redirect(path);
                Ok(None)
            }
            None => Err(error),
        },
    }
}

/// The session of a family ready to pay, for a form (see [`for_form`]).
#[cfg(feature = "ssr")]
pub(crate) async fn ready_for_form() -> Result<Option<crate::auth::SessionAccount>, crate::error::AppError> {
    for_form(crate::auth::session::require_ready().await)
}

/// The office member for a form (see [`for_form`]); another school's office is `NotFound`.
#[cfg(feature = "ssr")]
pub(crate) async fn staff_for_form(
    school: &str,
) -> Result<Option<crate::auth::staff::StaffMember>, crate::error::AppError> {
    for_form(crate::auth::staff::require_staff(school).await)
}
