//! Class representatives: the office delegates, on an event's page, a parent of a class to pay
//! that class's notices of the event; the representative's page (`/rappresentante`) lists them
//! and pays the ticked ones, at most five at a time (pagoPA's cart). Office calls check the
//! caller's role at the school, family calls the session, first.

use crate::error::AppError;
use crate::model::RepresentativeView;
use leptos::prelude::*;

/// The representative's delegations, each with its class's notices.
#[server(endpoint = "class/view")]
pub async fn class_payments() -> Result<RepresentativeView, AppError> {
    server::view().await
}

/// Pays the ticked notices (`notice_ids[]`, at most five) of the classes the account represents.
#[server(endpoint = "class/pay")]
pub async fn pay_for_class(notice_ids: Option<Vec<String>>) -> Result<(), AppError> {
    server::pay(notice_ids.unwrap_or_default()).await
}

/// The office makes a parent of `class_name` (by codice fiscale) its representative for event `id`.
#[server(endpoint = "office/events/representative")]
pub async fn delegate_representative(
    school: String,
    id: String,
    class_name: String,
    codice_fiscale: String,
) -> Result<(), AppError> {
    server::delegate(school, id, class_name, codice_fiscale).await
}

/// The office ends the delegation `representative` of event `id`.
#[server(endpoint = "office/events/representative/end")]
pub async fn end_representative(school: String, id: String, representative: String) -> Result<(), AppError> {
    server::end(school, id, representative).await
}

/// The anchor of the event page's representatives part (forms come back to it).
pub const SECTION_ID: &str = "rappresentanti";
/// The event page's `esito` after a delegation, and after one ended.
pub const OUTCOME_DELEGATED: &str = "rappresentante";
pub const OUTCOME_ENDED: &str = "rappresentante-revocato";

#[cfg(feature = "ssr")]
pub(crate) mod server;
