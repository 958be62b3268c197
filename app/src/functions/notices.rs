//! The family's notices, their cart and the start of a payment. Pages read with GET; forms POST
//! and are redirected (Post/Redirect/Get) with a flash, so all of it works without JavaScript.

use crate::error::AppError;
use crate::model::{CartView, FamilyNotices};
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

#[cfg(feature = "ssr")]
pub(crate) mod server;
