//! The office's classes, pupils and payers (`/segreteria/{codice}/alunni`): the pages' data and
//! their forms. Every function checks the caller's role at the school first; a form POSTs and is
//! redirected back (Post/Redirect/Get) with a flash, so it works without JavaScript. The CSV
//! import's upload is a plain route (`server::web::pupils`, multipart, posted to the import page's
//! own address) built on [`import`].
// A form's fields are a server function's arguments.
#![allow(clippy::too_many_arguments)]

use crate::error::AppError;
use crate::model::{ImportView, PupilView, PupilsView};
use leptos::prelude::*;

/// The classes, one page of pupils (`classe`, `cerca`, `senza_genitore` = "1", `pagina`).
#[server(endpoint = "office/pupils/list")]
pub async fn pupils_page(
    code: String,
    classe: Option<String>,
    cerca: Option<String>,
    senza_genitore: Option<String>,
    pagina: Option<String>,
) -> Result<PupilsView, AppError> {
    server::list(code, classe, cerca, senza_genitore, pagina).await
}

#[server(endpoint = "office/pupils/add-class")]
pub async fn add_class(school: String, name: String) -> Result<(), AppError> {
    server::add_class(school, name).await
}

/// A pupil typed by hand with its first payer.
#[server(endpoint = "office/pupils/add")]
pub async fn add_pupil(
    school: String,
    codice_fiscale: String,
    surname: String,
    given_name: String,
    class: String,
    payer_codice_fiscale: String,
    payer_surname: String,
    payer_given_name: String,
    payer_email: Option<String>,
) -> Result<(), AppError> {
    let pupil = [codice_fiscale, surname, given_name];
    let payer = [payer_codice_fiscale, payer_surname, payer_given_name, payer_email.unwrap_or_default()];
    server::add_pupil(school, pupil, class, payer).await
}

/// One pupil with its payers.
#[server(endpoint = "office/pupils/one")]
pub async fn pupil_page(code: String, id: String) -> Result<PupilView, AppError> {
    server::pupil(code, id).await
}

#[server(endpoint = "office/pupils/edit")]
pub async fn edit_pupil(
    school: String,
    pupil: String,
    surname: String,
    given_name: String,
    class: String,
) -> Result<(), AppError> {
    server::edit_pupil(school, pupil, surname, given_name, class).await
}

#[server(endpoint = "office/pupils/add-payer")]
pub async fn add_payer(
    school: String,
    pupil: String,
    payer_codice_fiscale: String,
    payer_surname: String,
    payer_given_name: String,
    payer_email: Option<String>,
) -> Result<(), AppError> {
    let payer = [payer_codice_fiscale, payer_surname, payer_given_name, payer_email.unwrap_or_default()];
    server::add_payer(school, pupil, payer).await
}

/// Changes (or clears) the email recorded for one payer.
#[server(endpoint = "office/pupils/payer-email")]
pub async fn edit_payer_email(school: String, pupil: String, payer: String, email: String) -> Result<(), AppError> {
    server::edit_payer_email(school, pupil, payer, email).await
}

#[server(endpoint = "office/pupils/remove-payer")]
pub async fn remove_payer(school: String, pupil: String, payer: String) -> Result<(), AppError> {
    server::remove_payer(school, pupil, payer).await
}

/// The import page; `esito` is an import's id, after an upload.
#[server(endpoint = "office/pupils/import-page")]
pub async fn import_page(code: String, esito: Option<String>) -> Result<ImportView, AppError> {
    server::import_page(code, esito).await
}

#[cfg(feature = "ssr")]
pub mod import;
#[cfg(feature = "ssr")]
mod server;
