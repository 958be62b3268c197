//! The server side of voluntary payments.

use super::{ACTION_DOCUMENT, ACTION_PAY, NOTICES_PER_WINDOW};
use crate::auth::cookies::client_address;
use crate::auth::{flash, now, session, throttle};
use crate::error::AppError;
use crate::i18n::VoluntaryMsg;
use crate::model::{Flash, FlashTarget, IssuedView, School, VoluntaryFlash, VoluntaryItem, VoluntarySchoolView};
use crate::payments::{by_notice, debt_positions};
use crate::routes;
use crate::store::office::NewEvent;
use crate::store::voluntary::{self, Payer};
use crate::store::{db, notice_documents, schools};
use domain::voluntary::{VoluntaryForm, INPUT_MAX_CHARS};
use domain::SchoolCode;
use sqlx::AnyPool;

async fn school(pool: &AnyPool, code: &str) -> Result<School, AppError> {
    let code = SchoolCode::parse(code).map_err(|_| AppError::NotFound)?;
    schools::by_code(pool, &code).await?.ok_or(AppError::NotFound)
}

pub async fn page(code: String, voce: Option<String>) -> Result<VoluntarySchoolView, AppError> {
    let pool = db()?;
    let school = school(&pool, &code).await?;
    let today = crate::time::today(now());
    let items = voluntary::items(&pool, school.code.as_str(), today).await?;
    let chosen = match voce.as_deref().map(str::parse::<i64>) {
        None => None,
        Some(Ok(id)) => Some(voluntary::item(&pool, school.code.as_str(), id, today).await?.ok_or(AppError::NotFound)?),
        Some(Err(_)) => return Err(AppError::NotFound),
    };
    let signed_in = session::current().await?.is_some();
    let flash = flash::take(FlashTarget::Voluntary)
        .and_then(|flash| flash.voluntary)
        .filter(|flash| chosen.as_ref().is_some_and(|item| item.id == flash.item_id))
        .unwrap_or_default();
    Ok(VoluntarySchoolView { school, items, chosen, signed_in, flash })
}

/// What was typed, cut to what a field could hold (the flash cookie stays small).
fn kept(form: VoluntaryForm) -> VoluntaryForm {
    let cut = |text: String| text.chars().take(INPUT_MAX_CHARS).collect::<String>();
    VoluntaryForm {
        codice_fiscale: cut(form.codice_fiscale),
        surname: cut(form.surname),
        given_name: cut(form.given_name),
        amount: form.amount.map(cut),
        email: form.email.map(cut),
    }
}

fn back_with(code: &str, flash: VoluntaryFlash, anchor: &str) {
    let target = routes::voluntary_item(code, flash.item_id);
    flash::set(&Flash { form: FlashTarget::Voluntary, voluntary: Some(flash), ..Default::default() });
    leptos_axum::redirect(&format!("{target}{anchor}"));
}

pub async fn submit(code: String, item: String, form: VoluntaryForm, action: Option<String>) -> Result<(), AppError> {
    let pool = db()?;
    let school = school(&pool, &code).await?;
    let code = school.code.as_str();
    let today = crate::time::today(now());
    let item_id = item.trim().parse::<i64>().map_err(|_| AppError::NotFound)?;
    let item = voluntary::item(&pool, code, item_id, today).await?.ok_or(AppError::NotFound)?;
    let pay_now = match action.as_deref() {
        Some(ACTION_PAY) => true,
        Some(ACTION_DOCUMENT) => false,
        _ => return Err(AppError::Request("unknown action".into())),
    };
    let form = kept(form);
    let mut answer = VoluntaryFlash { item_id, typed: form.clone(), ..Default::default() };
    if !item.period.is_open() {
        answer.refusal = Some(VoluntaryMsg::VoluntaryNotOpen);
        back_with(code, answer, "");
        return Ok(());
    }
    let account = session::current().await?;
    let request = match form.check(item.amount, account.is_some()) {
        Ok(request) => request,
        Err(problems) => {
            answer.problems = problems;
            back_with(code, answer, "#problemi");
            return Ok(());
        }
    };
    if throttle::allow(&pool, &format!("voluntary:{}", client_address()), NOTICES_PER_WINDOW).await?.is_err() {
        answer.refusal = Some(VoluntaryMsg::VoluntaryTooMany);
        back_with(code, answer, "");
        return Ok(());
    }
    let payer = match (&account, &request.email) {
        (Some(account), _) => Payer::Account(account.account_id),
        (None, Some(email)) => Payer::Guest(email.clone()),
        (None, None) => return Err(AppError::Request("an email is needed without an account".into())),
    };
    let issued = issue(&pool, &school, &item, &request, &payer).await?;
    if pay_now {
        match by_notice::pay_notice_now(issued.id, request.email.clone()).await? {
            // On its way to the checkout.
            None => return Ok(()),
            Some(message) => answer.note = Some(message),
        }
    }
    let key = notice_documents::grant_key(&pool, issued.id, now()).await?;
    answer.issued = Some(IssuedView {
        notice_id: issued.id,
        number: issued.number,
        reason: item.reason.clone(),
        amount: issued.amount,
        due: issued.due_date,
        document: routes::notice_document(issued.id, Some(&key)),
    });
    // Nothing typed is needed any more.
    answer.typed = VoluntaryForm::default();
    back_with(code, answer, "#avviso");
    Ok(())
}

async fn issue(
    pool: &AnyPool,
    school: &School,
    item: &VoluntaryItem,
    request: &domain::voluntary::VoluntaryRequest,
    payer: &Payer,
) -> Result<debt_positions::IssuedNotice, AppError> {
    let iban = voluntary::item_iban(pool, item.id).await?;
    let event = NewEvent {
        school_code: school.code.as_str(),
        reason: &item.reason,
        category: &item.category,
        amount: request.amount,
        due_date: item.payable_until,
        expires_on: item.payable_until,
        beneficiary_iban: &iban,
        tax_deductible: item.tax_deductible,
        amount_editable: item.amount.is_editable(),
    };
    let notice = debt_positions::NoticeRequest {
        school_code: school.code.as_str(),
        pupil_cf: &request.pupil,
        pupil_surname: &request.surname,
        pupil_given_name: &request.given_name,
        event,
        amount: request.amount,
        voluntary: Some((item.id, payer)),
    };
    debt_positions::issue_notice(pool, &notice).await
}
