//! The registration wizard. Each step is a plain form that POSTs here; the server keeps the
//! draft, records problems at their fields and redirects back to `/registrazione` (so it works
//! without JavaScript and a reload never resubmits).
// Step 2 posts its fields one by one, so its server function (and the browser's stub the macro
// writes for it) takes them as arguments.
#![allow(clippy::too_many_arguments)]

use crate::error::AppError;
use crate::model::RegistrationDraft;
use leptos::prelude::*;

/// The draft of this browser (an empty step 1 when there is none, with the problems of a
/// step 1 refused before a draft was stored).
#[server(endpoint = "registration/state")]
pub async fn registration_state() -> Result<RegistrationDraft, AppError> {
    Ok(match server::current_draft().await? {
        Some((_, draft)) => draft,
        None => server::unsaved_step_one(),
    })
}

/// Step 1: codice fiscale and the captcha. The captcha is checked before anything else: without
/// it no account is looked up and no draft is stored (the problem travels in the flash cookie).
/// A solved captcha and a valid, free codice fiscale start the draft, which the later steps need;
/// every step-1 post needs a fresh captcha, so a draft cannot test codici fiscali one by one.
#[server(endpoint = "registration/code")]
pub async fn registration_code(codice_fiscale: String, altcha: Option<String>) -> Result<(), AppError> {
    use crate::auth::{captcha, now};
    use crate::store::{accounts, db, registrations};
    use domain::registration::{check_codice_fiscale, FieldIssue, RegField, RegProblem, RegistrationForm};

    let pool = db()?;
    let found = server::current_draft().await?;
    let mut typed = RegistrationForm { codice_fiscale, ..Default::default() };
    let mut issues = typed.drop_oversized();
    let typed = typed.tidy();
    if !captcha::verify_and_use(&pool, altcha.as_deref().unwrap_or_default()).await? {
        issues.push(FieldIssue::new(RegField::Captcha, RegProblem::Captcha));
        return server::refuse_step_one(found, typed.codice_fiscale, issues).await;
    }
    if issues.is_empty() {
        match check_codice_fiscale(&typed.codice_fiscale) {
            Err(issue) => issues.push(issue),
            Ok(code) => {
                // A never-verified account past its week no longer holds the codice fiscale.
                registrations::delete_unverified_accounts(&pool, now(), Some(code.as_str())).await?;
                if accounts::exists_with_codice_fiscale(&pool, code.as_str()).await? {
                    issues.push(FieldIssue::new(RegField::CodiceFiscale, RegProblem::CfTaken));
                }
            }
        }
    }
    let Some((token_hash, mut draft)) = found else {
        // A draft is started only for a codice fiscale that can go on to step 2.
        if !issues.is_empty() {
            return server::refuse_step_one(None, typed.codice_fiscale, issues).await;
        }
        let mut draft = server::new_draft();
        draft.form.codice_fiscale = typed.codice_fiscale;
        server::prefill(&mut draft.form);
        draft.step = 2;
        return server::start_and_show(&draft).await;
    };
    // A new code refills what it says; the same code keeps what the parent corrected.
    let new_code = draft.form.codice_fiscale != typed.codice_fiscale;
    draft.form.codice_fiscale = typed.codice_fiscale;
    if new_code && issues.is_empty() {
        server::prefill(&mut draft.form);
    }
    draft.step = if issues.is_empty() { 2 } else { 1 };
    draft.issues = issues;
    draft.existing_account = draft.issues.iter().any(|i| i.problem == RegProblem::CfTaken);
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
    let Some((token_hash, mut draft)) = server::draft_or_step_one().await? else { return Ok(()) };
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
    // Oversized values are dropped before anything is stored, each with its message.
    let oversized = form.drop_oversized();
    draft.form = std::mem::take(&mut draft.form).tidy();
    let mut issues = server::check_details(&mut draft.form);
    issues.retain(|issue| !oversized.iter().any(|o| o.field == issue.field));
    issues.extend(oversized);
    draft.step = if issues.is_empty() { 3 } else { 2 };
    draft.issues = issues;
    server::save_and_show(&token_hash, &draft).await
}

/// Step 3: "Conferma i tuoi dati" saves the account, "Torna indietro" goes back with the data.
#[server(endpoint = "registration/confirm")]
pub async fn registration_confirm(action: String) -> Result<(), AppError> {
    let Some((token_hash, mut draft)) = server::draft_or_step_one().await? else { return Ok(()) };
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

/// Step 4: "Invia di nuovo l'email" (`resend`), "Correggi l'email" (`edit`, then `save` with the
/// new address twice, or `cancel`). Each send is rate limited per account.
#[server(endpoint = "registration/email")]
pub async fn registration_email(
    action: String,
    email: Option<String>,
    email_again: Option<String>,
) -> Result<(), AppError> {
    let Some((token_hash, draft)) = server::draft_or_step_one().await? else { return Ok(()) };
    resend::act(&token_hash, draft, &action, email.unwrap_or_default(), email_again.unwrap_or_default()).await
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
mod prefill;
#[cfg(feature = "ssr")]
mod resend;
#[cfg(feature = "ssr")]
mod server;
