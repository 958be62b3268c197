//! The family's notices, their cart and the start of a payment. Pages read with GET; forms POST
//! and are redirected (Post/Redirect/Get) with a flash, so all of it works without JavaScript.

use crate::error::AppError;
use crate::model::{CartState, CartView, FamilyNotices};
use leptos::prelude::*;

/// Every notice of the family's children, filtered as the page's URL asks.
#[server(endpoint = "notices/family")]
pub async fn list_family_notices(
    state: Option<String>,
    child: Option<String>,
    school: Option<String>,
) -> Result<FamilyNotices, AppError> {
    server::family_notices(state, child, school).await
}

/// One notice of one of the family's children (404 for anyone else's).
#[server(endpoint = "notices/one")]
pub async fn notice_detail(id: i64) -> Result<crate::model::NoticeDetail, AppError> {
    server::notice_detail(id).await
}

/// `back` says where to return: "famiglia", "avviso" or "carrello".
#[server(endpoint = "cart/add")]
pub async fn add_to_cart(notice_id: i64, back: Option<String>) -> Result<(), AppError> {
    server::add_to_cart(notice_id, back).await
}

#[server(endpoint = "cart/remove")]
pub async fn remove_from_cart(notice_id: i64) -> Result<(), AppError> {
    server::remove_from_cart(notice_id).await
}

/// The cart; notices that cannot be paid any more leave it, and the page says why.
#[server(endpoint = "cart/view")]
pub async fn read_cart() -> Result<CartView, AppError> {
    server::cart_view().await
}

/// Creates the payment for the whole cart and opens its checkout.
#[server(endpoint = "cart/checkout")]
pub async fn start_payment() -> Result<(), AppError> {
    server::start_payment().await
}

/// The family page's one payment form: a `notice_ids[]` field per ticked notice (see
/// [`crate::model::PayAction::PICK_FIELD`]) and the button pressed, `azione` (see
/// [`crate::model::PayAction`]): pay them (the cart becomes exactly these, then the payment
/// starts), or tick the most urgent ones and come back.
#[server(endpoint = "cart/pay")]
pub async fn pay_selected(notice_ids: Option<Vec<String>>, azione: Option<String>) -> Result<(), AppError> {
    selection::pay_selected(notice_ids.unwrap_or_default(), azione).await
}

/// The cart island's call: ticks (`selected`) or unticks one notice. The answer is the cart as
/// the server sees it, with the bar's words already in the page's language.
#[server(endpoint = "cart/select")]
pub async fn select_notice(notice_id: i64, selected: bool) -> Result<CartState, AppError> {
    selection::select_notice(notice_id, selected).await
}

/// The cart island's "Paga quelli in scadenza": the cart becomes the most urgent notices, at
/// most `most` (and never beyond pagoPA's 5).
#[server(endpoint = "cart/urgent")]
pub async fn select_urgent(most: usize) -> Result<CartState, AppError> {
    selection::select_urgent(most).await
}

#[cfg(feature = "ssr")]
pub(crate) mod selection;
#[cfg(feature = "ssr")]
pub(crate) mod server;
