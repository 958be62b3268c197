//! The registration wizard. Each step is a plain form that POSTs here; the server keeps the
//! draft, records problems at their fields and redirects back to `/registrazione` (so it works
//! without JavaScript and a reload never resubmits).
// Step 2 posts its fields one by one, so its server function (and the browser's stub the macro
// writes for it) takes them as arguments.
#![allow(clippy::too_many_arguments)]

use crate::error::AppError;
use crate::model::RegistrationDraft;
use leptos::prelude::*;

/// The wizard's page path.
/// The draft of this browser (an empty step 1 when there is none).
#[server(endpoint = "registration/state")]
pub async fn registration_state() -> Result<RegistrationDraft, AppError> {
    Ok(server::current_draft().await?.map(|(_, draft)| draft).unwrap_or_else(server::new_draft))
}

/// Step 1: codice fiscale and the captcha.
#[server(endpoint = "registration/code")]
pub async fn registration_code(codice_fiscale: String, altcha: Option<String>) -> Result<(), AppError> {
    use crate::auth::captcha;
    use crate::store::{accounts, db};
    use domain::registration::{check_codice_fiscale, FieldIssue, RegField, RegProblem};

    let pool = db()?;
    let (token_hash, mut draft) = server::draft_for_update().await?;
    draft.form.codice_fiscale = codice_fiscale;
    draft.form = std::mem::take(&mut draft.form).tidy();
    draft.issues.clear();
    draft.existing_account = false;
    match check_codice_fiscale(&draft.form.codice_fiscale) {
        Err(issue) => draft.issues.push(issue),
        Ok(code) if accounts::exists_with_codice_fiscale(&pool, code.as_str()).await? => {
            draft.issues.push(FieldIssue::new(RegField::CodiceFiscale, RegProblem::CfTaken));
            draft.existing_account = true;
        }
        Ok(_) => {}
    }
    if !captcha::verify_and_use(&pool, altcha.as_deref().unwrap_or_default()).await? {
        draft.issues.push(FieldIssue::new(RegField::Captcha, RegProblem::Captcha));
    }
    if draft.issues.is_empty() {
        draft.step = 2;
    }
    server::save_and_show(&token_hash, &draft).await
}

/// Step 2: the personal data, the email twice and the two acceptances.
#[server(endpoint = "registration/details")]
pub async fn registration_details(
    surname: String,
    given_name: String,
    birth_date: String,
    sex: Option<String>,
    birthplace_query: String,
    email: String,
    email_again: String,
    accept_terms: Option<String>,
    accept_privacy: Option<String>,
) -> Result<(), AppError> {
    let (token_hash, mut draft) = server::draft_for_update().await?;
    if draft.step < 2 {
        return server::save_and_show(&token_hash, &draft).await;
    }
    let form = &mut draft.form;
    form.surname = surname;
    form.given_name = given_name;
    form.birth_date = birth_date;
    form.sex = sex.unwrap_or_default();
    form.birthplace_label = birthplace_query;
    form.email = email;
    form.email_again = email_again;
    form.accept_terms = accept_terms.is_some();
    form.accept_privacy = accept_privacy.is_some();
    draft.form = std::mem::take(&mut draft.form).tidy();
    draft.issues = server::check_details(&mut draft.form);
    draft.step = if draft.issues.is_empty() { 3 } else { 2 };
    server::save_and_show(&token_hash, &draft).await
}

/// Step 3: "Conferma i tuoi dati" saves the account, "Torna indietro" goes back with the data.
#[server(endpoint = "registration/confirm")]
pub async fn registration_confirm(action: String) -> Result<(), AppError> {
    let (token_hash, mut draft) = server::draft_for_update().await?;
    if draft.step != 3 {
        return server::save_and_show(&token_hash, &draft).await;
    }
    if action != "confirm" {
        draft.step = 2;
        draft.issues.clear();
        return server::save_and_show(&token_hash, &draft).await;
    }
    // The server checks everything again: the draft may be old, the registry is what counts.
    draft.issues = server::check_details(&mut draft.form);
    if !draft.issues.is_empty() {
        draft.step = 2;
        return server::save_and_show(&token_hash, &draft).await;
    }
    server::create_account(&mut draft).await?;
    server::save_and_show(&token_hash, &draft).await
}

/// Forgets the draft and starts again from step 1.
#[server(endpoint = "registration/restart")]
pub async fn registration_restart() -> Result<(), AppError> {
    if let Some((token_hash, _)) = server::current_draft().await? {
        crate::store::registrations::delete(&crate::store::db()?, &token_hash).await?;
    }
    leptos_axum::redirect(crate::routes::REGISTRATION);
    Ok(())
}

/// Places for the birthplace field's suggestions ("Roma (RM)", "Francia (estero)").
#[server(endpoint = "registration/places", input = leptos::server_fn::codec::GetUrl)]
pub async fn search_birthplaces(query: String) -> Result<Vec<String>, AppError> {
    use domain::birthplace;
    let lang = crate::request::use_lang();
    let query: String = query.chars().take(60).collect();
    let mut labels: Vec<String> =
        birthplace::search(&query, 20).into_iter().map(|p| server::place_label(lang, p)).collect();
    labels.dedup();
    labels.truncate(10);
    Ok(labels)
}

#[cfg(feature = "ssr")]
mod server;
