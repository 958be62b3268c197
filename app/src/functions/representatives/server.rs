//! The server side of class representatives.

use super::{OUTCOME_DELEGATED, OUTCOME_ENDED, SECTION_ID};
use crate::auth::{flash, now, session};
use crate::error::AppError;
use crate::functions::notices::selection::pay_picked;
use crate::functions::{ready_for_form, staff_for_form};
use crate::model::{Flash, FlashTarget, RepresentativeFlash, RepresentativeProblem, RepresentativeView};
use crate::routes;
use crate::store::db;
use crate::store::representatives::{self, Delegated};
use domain::codice_fiscale::CodiceFiscale;

pub async fn view() -> Result<RepresentativeView, AppError> {
    let account = session::require_ready().await?;
    let delegations = representatives::for_account(&db()?, account.account_id, now()).await?;
    Ok(RepresentativeView { delegations })
}

pub async fn pay(picked: Vec<String>) -> Result<(), AppError> {
    let Some(account) = ready_for_form().await? else { return Ok(()) };
    // Only notices of the classes it represents: the cart's rule checks it again on each one.
    pay_picked(&db()?, &account, &picked, routes::CLASS_PAYMENTS, FlashTarget::ClassPayment).await
}

fn event_id(id: &str) -> Result<i64, AppError> {
    id.trim().parse::<i64>().ok().filter(|id| *id > 0).ok_or(AppError::NotFound)
}

fn back_to_section(code: &str, event_id: i64, outcome: Option<&str>) {
    let page = routes::office_event(code, event_id);
    let target = match outcome {
        Some(outcome) => format!("{page}?esito={outcome}#{SECTION_ID}"),
        None => format!("{page}#{SECTION_ID}"),
    };
    leptos_axum::redirect(&target);
}

pub async fn delegate(school: String, id: String, class_name: String, typed_cf: String) -> Result<(), AppError> {
    let Some(member) = staff_for_form(&school).await? else { return Ok(()) };
    let code = member.school.as_str();
    let id = event_id(&id)?;
    let pool = db()?;
    crate::store::events::detail(&pool, code, id).await?.ok_or(AppError::NotFound)?;
    let class_name: String = class_name.trim().chars().take(30).collect();
    let typed_cf: String = typed_cf.trim().chars().take(32).collect();
    let outcome = match CodiceFiscale::parse(&typed_cf) {
        Err(_) => Err(RepresentativeProblem::CodiceFiscale),
        Ok(cf) => match representatives::delegate(&pool, code, id, &class_name, &cf, member.account.account_id, now())
            .await?
        {
            Delegated::Done => Ok(()),
            Delegated::UnknownClass => Err(RepresentativeProblem::UnknownClass),
            Delegated::NotAParentOfTheClass => Err(RepresentativeProblem::NotAParentOfTheClass),
        },
    };
    match outcome {
        Ok(()) => {
            tracing::info!(event = id, school = %code, "class representative delegated");
            back_to_section(code, id, Some(OUTCOME_DELEGATED));
        }
        Err(problem) => {
            // What was typed comes back at its field: nothing lost.
            let kept =
                RepresentativeFlash { event_id: id, class_name, codice_fiscale: typed_cf, problem: Some(problem) };
            flash::set(&Flash { form: FlashTarget::Representative, representative: Some(kept), ..Default::default() });
            back_to_section(code, id, None);
        }
    }
    Ok(())
}

pub async fn end(school: String, id: String, representative: String) -> Result<(), AppError> {
    let Some(member) = staff_for_form(&school).await? else { return Ok(()) };
    let code = member.school.as_str();
    let id = event_id(&id)?;
    let representative = representative.trim().parse::<i64>().map_err(|_| AppError::NotFound)?;
    let done = representatives::revoke(&db()?, code, id, representative).await?;
    back_to_section(code, id, Some(if done { OUTCOME_ENDED } else { "invariato" }));
    Ok(())
}

/// The event page's representatives part: the classes, the delegations, the form's last refusal.
pub async fn of_event(code: &str, event_id: i64) -> Result<crate::model::EventRepresentatives, AppError> {
    let pool = db()?;
    let flash = flash::take(FlashTarget::Representative)
        .and_then(|flash| flash.representative)
        .filter(|kept| kept.event_id == event_id);
    Ok(crate::model::EventRepresentatives {
        classes: representatives::event_classes(&pool, code, event_id).await?,
        delegated: representatives::of_event(&pool, code, event_id).await?,
        flash,
    })
}
