//! A payment's checkout (method, PSP, summary) and its outcome page.

use crate::error::AppError;
use crate::model::PaymentView;
use leptos::prelude::*;

/// The checkout, or the outcome once the family has gone to the PSP. `method` and `order` come
/// from the page's URL (each choice is a link, so it works without JavaScript).
#[server(endpoint = "payments/view")]
pub async fn read_payment(
    public_id: String,
    method: Option<String>,
    order: Option<String>,
    psp: Option<String>,
) -> Result<PaymentView, AppError> {
    server::payment_view(public_id, method, order, psp).await
}

/// Gives up a checkout not yet sent to a PSP: its notices are free again.
#[server(endpoint = "payments/cancel")]
pub async fn cancel_payment(public_id: String) -> Result<(), AppError> {
    server::cancel_payment(public_id).await
}

/// Records the chosen method and PSP (the fee is computed here again, from the database's
/// amount) and sends the browser to the PSP's page.
#[server(endpoint = "payments/pay")]
pub async fn pay(public_id: String, method: String, psp_id: String) -> Result<(), AppError> {
    server::pay(public_id, method, psp_id).await
}

/// The payment's state, for the page that waits for the outcome.
#[server(endpoint = "payments/state")]
pub async fn payment_state(public_id: String) -> Result<domain::PaymentState, AppError> {
    server::payment_state(public_id).await
}

#[cfg(feature = "ssr")]
mod server;
