//! The server side of the office's payment events.

use super::{EventFormView, EventsView, CONFIRM};
use crate::auth::staff::{office_school, require_staff};
use crate::auth::{flash, now};
use crate::error::AppError;
use crate::model::{EventFormFlash, EventPage, Flash, FlashTarget};
use crate::routes;
use crate::store::db;
use crate::store::events::{self, Saved};
use domain::payment_event::{EventField, EventForm, EventProblem};

fn event_id(id: &str) -> Result<i64, AppError> {
    id.trim().parse::<i64>().ok().filter(|id| *id > 0).ok_or(AppError::NotFound)
}

pub async fn list(school: String) -> Result<EventsView, AppError> {
    let member = require_staff(&school).await?;
    let events = events::list(&db()?, member.school.as_str()).await?;
    Ok(EventsView { school: office_school(&member).await?, events })
}

pub async fn form(school: String, evento: Option<String>) -> Result<EventFormView, AppError> {
    let member = require_staff(&school).await?;
    let pool = db()?;
    let code = member.school.as_str();
    let classes = events::classes(&pool, code).await?;
    let editing = match evento.as_deref().filter(|id| !id.is_empty()) {
        Some(id) => Some(events::detail(&pool, code, event_id(id)?).await?.ok_or(AppError::NotFound)?),
        None => None,
    };
    let kept = flash::take(FlashTarget::Event)
        .and_then(|flash| flash.event)
        .filter(|flash| flash.event_id == editing.as_ref().map(|event| event.id));
    let flash = match (kept, &editing) {
        (Some(kept), _) => kept,
        (None, Some(event)) => EventFormFlash { event_id: Some(event.id), typed: event.to_form(), problems: vec![] },
        (None, None) => EventFormFlash {
            typed: EventForm { target: domain::payment_event::Target::CLASSES.into(), ..EventForm::default() },
            ..EventFormFlash::default()
        },
    };
    let locked = editing.as_ref().is_some_and(|event| event.has_payments);
    Ok(EventFormView { school: office_school(&member).await?, classes, flash, locked })
}

/// What was typed, cut so that the flash cookie stays small.
fn kept(form: EventForm) -> EventForm {
    let cut = |text: String, max: usize| text.chars().take(max).collect::<String>();
    EventForm {
        reason: cut(form.reason, 160),
        description: cut(form.description, 1000),
        pupils: cut(form.pupils, 400),
        classes: form.classes.into_iter().take(40).map(|c| cut(c, 30)).collect(),
        ..form
    }
}

fn back_to_form(code: &str, event_id: Option<i64>, typed: EventForm, problems: Vec<(EventField, EventProblem)>) {
    let flash = EventFormFlash { event_id, typed: kept(typed), problems };
    flash::set(&Flash { form: FlashTarget::Event, event: Some(flash), ..Default::default() });
    let target = match event_id {
        Some(id) => format!("{}?evento={id}", routes::office_new_event(code)),
        None => routes::office_new_event(code),
    };
    leptos_axum::redirect(&format!("{target}#problemi"));
}

pub async fn save(school: String, id: Option<String>, form: EventForm) -> Result<(), AppError> {
    let Some(member) = crate::functions::staff_for_form(&school).await? else { return Ok(()) };
    let code = member.school.as_str().to_string();
    let event_id = match id.as_deref().map(str::trim).filter(|id| !id.is_empty()) {
        Some(id) => Some(event_id(id)?),
        None => None,
    };
    let today = crate::time::today(now());
    let draft = match form.check(today) {
        Ok(draft) => draft,
        Err(problems) => {
            back_to_form(&code, event_id, form, problems);
            return Ok(());
        }
    };
    match events::save(&db()?, &code, member.account.account_id, event_id, &draft, now()).await? {
        Saved::Saved(id) => {
            tracing::info!(event = id, school = %code, "payment event saved");
            leptos_axum::redirect(&routes::office_event(&code, id));
        }
        Saved::Problems(problems) => back_to_form(&code, event_id, form, problems),
        Saved::AfterPayment => {
            let id = event_id.ok_or(AppError::NotFound)?;
            leptos_axum::redirect(&format!("{}?esito=pagato", routes::office_event(&code, id)));
        }
        Saved::NotEditable => return Err(AppError::NotFound),
    }
    Ok(())
}

pub async fn view(school: String, id: String, search: String) -> Result<EventPage, AppError> {
    let member = require_staff(&school).await?;
    let pool = db()?;
    let code = member.school.as_str();
    let event = events::detail(&pool, code, event_id(&id)?).await?.ok_or(AppError::NotFound)?;
    let search: String = search.chars().take(60).collect();
    let (rows, totals) = events::report(&pool, code, event.id, &search).await?;
    let representatives = crate::functions::representatives::server::of_event(code, event.id).await?;
    Ok(EventPage { school: office_school(&member).await?, event, rows, totals, search, representatives })
}

/// After an action: back to the event's page, saying what happened (`esito`).
fn back_to_event(code: &str, id: i64, outcome: &str) {
    leptos_axum::redirect(&format!("{}?esito={outcome}", routes::office_event(code, id)));
}

pub async fn approve(school: String, id: String) -> Result<(), AppError> {
    let Some(member) = crate::functions::staff_for_form(&school).await? else { return Ok(()) };
    let id = event_id(&id)?;
    let code = member.school.as_str();
    events::detail(&db()?, code, id).await?.ok_or(AppError::NotFound)?;
    member.require_approver()?;
    let done = events::approve(&db()?, code, id, member.account.account_id, now()).await?;
    back_to_event(code, id, if done { "approvato" } else { "invariato" });
    Ok(())
}

pub async fn publish(school: String, id: String) -> Result<(), AppError> {
    let Some(member) = crate::functions::staff_for_form(&school).await? else { return Ok(()) };
    let id = event_id(&id)?;
    let code = member.school.as_str();
    let pool = db()?;
    events::detail(&pool, code, id).await?.ok_or(AppError::NotFound)?;
    if events::start_publishing(&pool, code, id, now()).await? {
        let family_url = format!("{}{}", crate::auth::settings()?.public_url, routes::FAMILY);
        // The notices are made after the answer: the page shows the progress from the database
        // and refreshes itself until it is done (no request hangs on 1,500 pupils).
        tokio::spawn(async move {
            let started = std::time::Instant::now();
            match events::publish(&pool, id, &family_url).await {
                Ok(made) => tracing::info!(
                    event = id,
                    notices = made,
                    ms = started.elapsed().as_millis() as u64,
                    "event published"
                ),
                Err(error) => tracing::error!(event = id, %error, "publishing stopped"),
            }
        });
        back_to_event(code, id, "pubblicazione");
    } else {
        back_to_event(code, id, "invariato");
    }
    Ok(())
}

pub async fn revoke(
    school: String,
    id: String,
    notice: Option<String>,
    confirm: Option<String>,
) -> Result<(), AppError> {
    let Some(member) = crate::functions::staff_for_form(&school).await? else { return Ok(()) };
    let id = event_id(&id)?;
    let code = member.school.as_str();
    let pool = db()?;
    events::detail(&pool, code, id).await?.ok_or(AppError::NotFound)?;
    if confirm.as_deref() != Some(CONFIRM) {
        back_to_event(code, id, "conferma");
        return Ok(());
    }
    let done = match notice.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
        Some(notice) => {
            let notice = notice.parse::<i64>().map_err(|_| AppError::NotFound)?;
            events::revoke_notice(&pool, code, id, notice, now()).await?
        }
        None => events::revoke(&pool, code, id, now()).await?,
    };
    back_to_event(code, id, if done { "revocato" } else { "invariato" });
    Ok(())
}
