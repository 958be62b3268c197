//! The application's one error type: what server functions return, mapped to an HTTP status
//! and to a human message in one place.

use crate::i18n::Msg;
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    /// No valid session: pages send the visitor to the log-in page.
    #[error("not logged in")]
    Unauthenticated,
    /// Logged in with the temporary password: only the password change is open.
    #[error("the temporary password must be changed first")]
    MustChangePassword,
    /// The current service conditions are not accepted yet: payments stay closed.
    #[error("the service conditions must be accepted first")]
    MustAcceptConditions,
    /// Logged in, but this is not theirs (another family's data, an office page).
    #[error("forbidden")]
    Forbidden,
    #[error("the database is unavailable")]
    Database,
    /// Too many passwords are being checked right now: try again in a few seconds.
    #[error("too busy: try again shortly")]
    Busy,
    /// Transport or (de)serialisation trouble between browser and server.
    #[error("request failed: {0}")]
    Request(String),
}

impl AppError {
    pub fn status(&self) -> u16 {
        match self {
            AppError::NotFound => 404,
            AppError::Unauthenticated => 401,
            AppError::MustChangePassword | AppError::MustAcceptConditions | AppError::Forbidden => 403,
            AppError::Database | AppError::Busy => 503,
            AppError::Request(_) => 400,
        }
    }

    pub fn message(&self) -> Msg {
        match self {
            AppError::NotFound => Msg::NotFoundText,
            AppError::Unauthenticated => Msg::LoginRequiredText,
            AppError::MustChangePassword | AppError::MustAcceptConditions | AppError::Forbidden => Msg::ForbiddenText,
            AppError::Database | AppError::Request(_) => Msg::ServerErrorText,
            AppError::Busy => Msg::TryAgainShortly,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        AppError::Request(value.to_string())
    }
}

#[cfg(feature = "ssr")]
impl From<sqlx::Error> for AppError {
    fn from(error: sqlx::Error) -> Self {
        // The detail goes to the log; the family gets the human message of `Database`.
        tracing::error!(%error, "database error");
        AppError::Database
    }
}
