//! The office's voluntary items, under `/api/office/voluntary/`: the page (the school's items
//! and the form), saving an item (new or changed) and closing one today. Every call checks the
//! caller's role at the school first; forms POST and are redirected, so all of it works without
//! JavaScript.
// A form's fields are a server function's arguments.
#![allow(clippy::too_many_arguments)]

use crate::error::AppError;
use crate::model::OfficeVoluntaryView;
use leptos::prelude::*;

/// `voce`: the item to change in the form (none: a new one).
#[server(endpoint = "office/voluntary/page")]
pub async fn office_voluntary(school: String, voce: Option<String>) -> Result<OfficeVoluntaryView, AppError> {
    server::page(school, voce).await
}

/// The form. `item_id` empty: a new item. Check boxes arrive as "si" when ticked.
#[server(endpoint = "office/voluntary/save")]
pub async fn save_voluntary_item(
    school: String,
    item_id: Option<String>,
    reason: String,
    category: String,
    amount: String,
    amount_editable: Option<String>,
    min: Option<String>,
    max: Option<String>,
    payable_from: String,
    payable_until: String,
    iban: String,
    tax_deductible: Option<String>,
) -> Result<(), AppError> {
    let ticked = |value: Option<String>| value.is_some_and(|v| !v.is_empty());
    let form = domain::voluntary_item::ItemForm {
        reason,
        category,
        amount,
        amount_editable: ticked(amount_editable),
        min: min.unwrap_or_default(),
        max: max.unwrap_or_default(),
        payable_from,
        payable_until,
        iban,
        tax_deductible: ticked(tax_deductible),
    };
    server::save(school, item_id, form).await
}

/// "Chiudi oggi": from today nobody can pay the item (notices already made stay payable).
#[server(endpoint = "office/voluntary/close")]
pub async fn close_voluntary_item(school: String, item_id: String) -> Result<(), AppError> {
    server::close(school, item_id).await
}

/// The page's `esito` after saving, closing, or nothing to do.
pub const OUTCOME_SAVED: &str = "salvata";
pub const OUTCOME_CLOSED: &str = "chiusa";
pub const OUTCOME_UNCHANGED: &str = "invariato";

#[cfg(feature = "ssr")]
pub(crate) mod server;
