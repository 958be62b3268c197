//! What a family page shows when its data could not be loaded: a session that is missing or
//! not ready goes to log-in, password change or conditions; anything else is said in words,
//! with its HTTP status.

use crate::error::AppError;
use crate::functions::account::redirect_for;
use crate::i18n::Msg;
use crate::request::{set_status, use_lang};
use leptos::prelude::*;
use leptos_router::components::Redirect;

pub fn failure_view(error: AppError) -> AnyView {
    if let Some(path) = redirect_for(&error) {
        return view! { <Redirect path=path /> }.into_any();
    }
    let lang = use_lang();
    set_status(error.status());
    let title = if error == AppError::NotFound { Msg::NotFoundTitle } else { Msg::ServerErrorTitle };
    view! {
        <h1>{lang.t(title)}</h1>
        <p>{lang.t(error.message())}</p>
        <p><a href=crate::routes::FAMILY>{lang.t(crate::i18n::PaymentMsg::BackToNotices)}</a></p>
    }
    .into_any()
}
