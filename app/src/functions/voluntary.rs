//! Voluntary payments: a school's items and the form that issues a notice for one, then either
//! starts its payment or hands over its payment notice. Anyone may use them, signed in or not.
//! The form POSTs and is redirected (Post/Redirect/Get) with a flash, so it works without
//! JavaScript.
// A form's fields are a server function's arguments.
#![allow(clippy::too_many_arguments)]

use crate::error::AppError;
use crate::model::VoluntarySchoolView;
use leptos::prelude::*;

/// The school (by codice meccanografico), its items, and the chosen one (`voce`, an item id).
#[server(endpoint = "voluntary/page")]
pub async fn voluntary_page(code: String, voce: Option<String>) -> Result<VoluntarySchoolView, AppError> {
    server::page(code, voce).await
}

/// The form of one item. `action`: "paga" (Procedi con il pagamento immediato) or "documento"
/// (Scarica documento di pagamento).
#[server(endpoint = "voluntary/submit")]
pub async fn submit_voluntary(
    school: String,
    item: String,
    codice_fiscale: String,
    surname: String,
    given_name: String,
    amount: Option<String>,
    email: Option<String>,
    action: Option<String>,
) -> Result<(), AppError> {
    let form = domain::voluntary::VoluntaryForm { codice_fiscale, surname, given_name, amount, email };
    server::submit(school, item, form, action).await
}

/// The value of `action` that asks for the payment notice rather than paying now.
pub const ACTION_DOCUMENT: &str = "documento";
/// The value of `action` that starts the payment at once.
pub const ACTION_PAY: &str = "paga";

/// Notices one client address may create in the throttle's window (15 minutes): plenty for a
/// family, few for someone filling a school's registers with made-up pupils.
pub const NOTICES_PER_WINDOW: i64 = 10;

#[cfg(feature = "ssr")]
mod server;
