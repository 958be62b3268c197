//! The office's payment events, under `/api/office/events/`: the list, the form (new and edit),
//! approval by the headteacher, publishing, revoking an event or one notice, and the page of one
//! event with its report. Every one checks the caller's role at the school first
//! (`auth::staff::require_staff`). Forms POST and are redirected with a flash, so they work
//! without JavaScript.
// A form's fields are a server function's arguments.
#![allow(clippy::too_many_arguments)]

use crate::error::AppError;
use crate::model::{EventFormFlash, EventPage, EventSummary, OfficeSchool};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The events page: the school, its events (newest first).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventsView {
    pub school: OfficeSchool,
    pub events: Vec<EventSummary>,
}

/// The event form: the school's classes, and what to fill it with (the event edited, or what
/// was typed and its problems after a refusal).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventFormView {
    pub school: OfficeSchool,
    pub classes: Vec<String>,
    pub flash: EventFormFlash,
    /// A notice of the event edited is paid: it can no longer change.
    pub locked: bool,
}

#[server(endpoint = "office/events/list")]
pub async fn office_events(school: String) -> Result<EventsView, AppError> {
    server::list(school).await
}

/// `evento`: the event to edit (none: a new one).
#[server(endpoint = "office/events/form")]
pub async fn office_event_form(school: String, evento: Option<String>) -> Result<EventFormView, AppError> {
    server::form(school, evento).await
}

/// The form. `event_id` empty: a new draft. Instalment rows: `instalment_amount_N` and
/// `instalment_date_N`, N from 0.
#[server(endpoint = "office/events/save")]
pub async fn save_event(
    school: String,
    event_id: Option<String>,
    reason: String,
    description: Option<String>,
    category: String,
    amount: String,
    amount_editable: Option<String>,
    min: Option<String>,
    max: Option<String>,
    due_date: Option<String>,
    payable_after_due: Option<String>,
    iban: String,
    tax_deductible: Option<String>,
    target: Option<String>,
    classes: Option<Vec<String>>,
    pupils: Option<String>,
    instalment_amount_0: Option<String>,
    instalment_date_0: Option<String>,
    instalment_amount_1: Option<String>,
    instalment_date_1: Option<String>,
    instalment_amount_2: Option<String>,
    instalment_date_2: Option<String>,
    instalment_amount_3: Option<String>,
    instalment_date_3: Option<String>,
    instalment_amount_4: Option<String>,
    instalment_date_4: Option<String>,
    instalment_amount_5: Option<String>,
    instalment_date_5: Option<String>,
) -> Result<(), AppError> {
    let ticked = |value: Option<String>| value.is_some_and(|v| !v.is_empty());
    let row = |amount: Option<String>, date: Option<String>| (amount.unwrap_or_default(), date.unwrap_or_default());
    let form = domain::payment_event::EventForm {
        reason,
        description: description.unwrap_or_default(),
        category,
        amount,
        amount_editable: ticked(amount_editable),
        min: min.unwrap_or_default(),
        max: max.unwrap_or_default(),
        due_date: due_date.unwrap_or_default(),
        payable_after_due: ticked(payable_after_due),
        iban,
        tax_deductible: ticked(tax_deductible),
        target: target.unwrap_or_default(),
        classes: classes.unwrap_or_default(),
        pupils: pupils.unwrap_or_default(),
        instalments: vec![
            row(instalment_amount_0, instalment_date_0),
            row(instalment_amount_1, instalment_date_1),
            row(instalment_amount_2, instalment_date_2),
            row(instalment_amount_3, instalment_date_3),
            row(instalment_amount_4, instalment_date_4),
            row(instalment_amount_5, instalment_date_5),
        ],
    };
    server::save(school, event_id, form).await
}

/// One event, its state and its report; `cerca` filters the report's rows.
#[server(endpoint = "office/events/view")]
pub async fn office_event(school: String, id: String, cerca: Option<String>) -> Result<EventPage, AppError> {
    server::view(school, id, cerca.unwrap_or_default()).await
}

/// "Approva": the headteacher only (403 for anyone else).
#[server(endpoint = "office/events/approve")]
pub async fn approve_event(school: String, id: String) -> Result<(), AppError> {
    server::approve(school, id).await
}

/// "Pubblica": an approved event's notices are made in the background; the page shows progress.
#[server(endpoint = "office/events/publish")]
pub async fn publish_event(school: String, id: String) -> Result<(), AppError> {
    server::publish(school, id).await
}

/// "Revoca": the event, or with `notice_id` one of its notices. `confirm` must be "si" (the
/// page asks first).
#[server(endpoint = "office/events/revoke")]
pub async fn revoke_event(
    school: String,
    id: String,
    notice_id: Option<String>,
    confirm: Option<String>,
) -> Result<(), AppError> {
    server::revoke(school, id, notice_id, confirm).await
}

/// The value of `confirm` that confirms a revocation.
pub const CONFIRM: &str = "si";

#[cfg(feature = "ssr")]
pub mod csv;
#[cfg(feature = "ssr")]
pub mod server;
