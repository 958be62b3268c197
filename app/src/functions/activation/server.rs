//! The server side of the activation functions.

use super::TRIES_PER_WINDOW;
use crate::auth::staff::{office_school, require_staff, StaffMember};
use crate::auth::{flash, now, settings, throttle};
use crate::error::AppError;
use crate::functions::ready_for_form;
use crate::i18n::{Lang, OfficeMsg};
use crate::model::{ActivationFlash, ActivationLetter, ActivationPage, Flash, FlashTarget};
use crate::routes;
use crate::store::activation::{self, Redeemed};
use crate::store::{console, db, outbox};
use domain::codice_fiscale::CodiceFiscale;
use domain::ActivationCode;

/// Where the family's form sends the browser back: its own section of the family page.
pub const FAMILY_FORM: &str = "#non-vedi-un-figlio";

fn back_to_family(activation: ActivationFlash) {
    flash::set(&Flash { form: FlashTarget::Activation, activation: Some(activation), ..Default::default() });
    leptos_axum::redirect(&format!("{}{FAMILY_FORM}", routes::FAMILY));
}

pub async fn redeem(typed: String) -> Result<(), AppError> {
    let Some(account) = ready_for_form().await? else { return Ok(()) };
    let pool = db()?;
    let typed: String = typed.trim().chars().take(32).collect();
    let problem =
        |message: OfficeMsg| ActivationFlash { problem: Some(message), typed: typed.clone(), ..Default::default() };
    // Every try counts, before anything is looked up: the limit is what makes guessing hopeless.
    if throttle::allow(&pool, &format!("activate:{}", account.account_id), TRIES_PER_WINDOW).await?.is_err() {
        back_to_family(problem(OfficeMsg::ActivationTooMany));
        return Ok(());
    }
    let Some(code) = ActivationCode::parse(&typed) else {
        let message = if typed.is_empty() { OfficeMsg::ActivationMissing } else { OfficeMsg::ActivationInvalid };
        back_to_family(problem(message));
        return Ok(());
    };
    match activation::redeem(&pool, account.account_id, &account.codice_fiscale, &code, now()).await? {
        Redeemed::Invalid => back_to_family(problem(OfficeMsg::ActivationInvalid)),
        Redeemed::Pupil { given_name, surname } => {
            tracing::info!(account_id = account.account_id, "activation code redeemed");
            back_to_family(ActivationFlash { child: Some(format!("{given_name} {surname}")), ..Default::default() });
        }
    }
    Ok(())
}

pub async fn page(school: String, pupil_id: i64) -> Result<ActivationPage, AppError> {
    let member = require_staff(&school).await?;
    let pool = db()?;
    let pupil = console::pupil(&pool, member.school.as_str(), pupil_id).await?.ok_or(AppError::NotFound)?;
    let payers = console::payers(&pool, pupil.id, now()).await?;
    let shown = flash::take(FlashTarget::OfficeActivation).and_then(|f| f.activation).unwrap_or_default();
    // A letter is shown once, on the page of the pupil it was made for.
    let letter = shown.letter.filter(|(id, _)| *id == pupil.id).map(|(_, letter)| letter);
    Ok(ActivationPage {
        school: office_school(&member).await?,
        pupil_id: pupil.id,
        pupil_name: format!("{} {}", pupil.given_name, pupil.surname),
        pupil_codice_fiscale: pupil.codice_fiscale,
        class_name: pupil.class_name,
        payers,
        letter,
        notice: shown.notice,
        family_url: format!("{}{}", settings()?.public_url, routes::FAMILY),
    })
}

/// The pupil (of the member's school) and the payer (linked to it), or `NotFound`.
async fn payer_of(member: &StaffMember, pupil_id: i64, payer: &str) -> Result<CodiceFiscale, AppError> {
    let pool = db()?;
    console::pupil(&pool, member.school.as_str(), pupil_id).await?.ok_or(AppError::NotFound)?;
    let payer = CodiceFiscale::parse(payer).map_err(|_| AppError::NotFound)?;
    let mut conn = pool.acquire().await?;
    if !activation::is_linked(&mut conn, pupil_id, payer.as_str()).await? {
        return Err(AppError::NotFound);
    }
    Ok(payer)
}

fn back_to_page(member: &StaffMember, pupil_id: i64, activation: ActivationFlash) {
    flash::set(&Flash { form: FlashTarget::OfficeActivation, activation: Some(activation), ..Default::default() });
    leptos_axum::redirect(&routes::office_activation(member.school.as_str(), pupil_id));
}

pub async fn issue(school: String, pupil_id: i64, payer: String) -> Result<(), AppError> {
    let Some(member) = crate::functions::staff_for_form(&school).await? else { return Ok(()) };
    let payer = payer_of(&member, pupil_id, &payer).await?;
    let pool = db()?;
    let now = now();
    let mut conn = pool.acquire().await?;
    let code = activation::issue(&mut conn, pupil_id, &payer, now).await?;
    tracing::info!(account_id = member.account.account_id, pupil_id, "activation code made for a letter");
    // The code rides once in the flash cookie to this member's browser, which prints it; the
    // database keeps only its hash.
    let letter = ActivationLetter {
        payer_codice_fiscale: payer,
        code: code.to_string(),
        valid_until: crate::time::today(now + activation::VALID_DAYS * 24 * 60 * 60 - 1),
    };
    back_to_page(&member, pupil_id, ActivationFlash { letter: Some((pupil_id, letter)), ..Default::default() });
    Ok(())
}

pub async fn send(school: String, pupil_id: i64, payer: String) -> Result<(), AppError> {
    let Some(member) = crate::functions::staff_for_form(&school).await? else { return Ok(()) };
    let payer = payer_of(&member, pupil_id, &payer).await?;
    let pool = db()?;
    let view = console::payers(&pool, pupil_id, now())
        .await?
        .into_iter()
        .find(|p| p.codice_fiscale == payer)
        .ok_or(AppError::NotFound)?;
    let Some(email) = view.email.clone() else {
        back_to_page(
            &member,
            pupil_id,
            ActivationFlash { notice: Some(OfficeMsg::ActivationNoEmail), ..Default::default() },
        );
        return Ok(());
    };
    let pupil = console::pupil(&pool, member.school.as_str(), pupil_id).await?.ok_or(AppError::NotFound)?;
    let school = office_school(&member).await?;
    // The office does not know the family's language: Italian, the school's own.
    let mail = crate::mail::activation_code(
        Lang::It,
        &email,
        view.name.as_deref(),
        &school.name,
        &format!("{} {}", pupil.given_name, pupil.surname),
        &format!("{}{}", settings()?.public_url, routes::FAMILY),
    );
    outbox::enqueue_activation(&pool, &mail, pupil_id, payer.as_str()).await?;
    tracing::info!(account_id = member.account.account_id, pupil_id, "activation code queued by email");
    back_to_page(
        &member,
        pupil_id,
        ActivationFlash { notice: Some(OfficeMsg::ActivationEmailQueued), ..Default::default() },
    );
    Ok(())
}
