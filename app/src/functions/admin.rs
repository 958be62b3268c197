//! The platform's administration: schools and their first office accounts. Only an
//! administrator reaches these (`auth::staff::require_admin`); anyone else gets 404. Forms
//! POST and are redirected with a flash, so they work without JavaScript.
// A form's fields are a server function's arguments.
#![allow(clippy::too_many_arguments)]

use crate::error::AppError;
use crate::model::AdminPage;
use leptos::prelude::*;

/// The schools with an office, and the forms' last answer.
#[server(endpoint = "admin/page")]
pub async fn read_admin_page() -> Result<AdminPage, AppError> {
    server::page().await
}

/// Adds a school to the directory (or corrects it), checked field by field.
#[server(endpoint = "admin/school")]
pub async fn add_school(
    code: String,
    name: String,
    kind: String,
    address: String,
    postcode: String,
    town: String,
    province: String,
    fiscal_code: String,
    email: String,
) -> Result<(), AppError> {
    let form = server::SchoolForm { code, name, kind, address, postcode, town, province, fiscal_code, email };
    server::add_school(form).await
}

/// Gives a school an office account: an existing account with the codice fiscale gets the
/// role; otherwise one is made and its temporary password goes out by email.
#[server(endpoint = "admin/staff")]
pub async fn add_staff(
    school: String,
    role: String,
    codice_fiscale: String,
    surname: String,
    given_name: String,
    email: String,
) -> Result<(), AppError> {
    server::add_staff(school, role, codice_fiscale, surname, given_name, email).await
}

#[cfg(feature = "ssr")]
mod server;
