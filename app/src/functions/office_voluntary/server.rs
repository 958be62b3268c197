//! The server side of the office's voluntary items.

use super::{OUTCOME_CLOSED, OUTCOME_SAVED, OUTCOME_UNCHANGED};
use crate::auth::staff::{office_school, require_staff};
use crate::auth::{flash, now};
use crate::error::AppError;
use crate::functions::staff_for_form;
use crate::model::{Flash, FlashTarget, ItemFormFlash, OfficeVoluntaryView, VoluntaryItem};
use crate::routes;
use crate::store::db;
use crate::store::voluntary_items::{self, SavedItem};
use domain::voluntary::AmountRule;
use domain::voluntary_item::ItemForm;

fn item_id(id: &str) -> Result<i64, AppError> {
    id.trim().parse::<i64>().ok().filter(|id| *id > 0).ok_or(AppError::NotFound)
}

/// The form as an item fills it (amounts and dates as the office types them).
fn typed(item: &VoluntaryItem, iban: &str) -> ItemForm {
    let (amount, editable, min, max) = match item.amount {
        AmountRule::Fixed(amount) => (amount, false, String::new(), String::new()),
        AmountRule::Editable { suggested, min, max } => (suggested, true, min.to_italian(), max.to_italian()),
    };
    ItemForm {
        reason: item.reason.clone(),
        category: item.category.clone(),
        amount: amount.to_italian(),
        amount_editable: editable,
        min,
        max,
        payable_from: item.payable_from.to_italian(),
        payable_until: item.payable_until.to_italian(),
        iban: iban.to_string(),
        tax_deductible: item.tax_deductible,
    }
}

pub async fn page(school: String, voce: Option<String>) -> Result<OfficeVoluntaryView, AppError> {
    let member = require_staff(&school).await?;
    let code = member.school.as_str();
    let today = crate::time::today(now());
    let items = voluntary_items::for_office(&db()?, code, today).await?;
    let editing = match voce.as_deref().map(str::trim).filter(|id| !id.is_empty()) {
        Some(id) => {
            let id = item_id(id)?;
            Some(items.iter().find(|listed| listed.item.id == id).ok_or(AppError::NotFound)?)
        }
        None => None,
    };
    let kept = flash::take(FlashTarget::VoluntaryItem)
        .and_then(|flash| flash.voluntary_item)
        .filter(|kept| kept.item_id == editing.map(|listed| listed.item.id));
    let form = match (kept, editing) {
        (Some(kept), _) => kept,
        (None, Some(listed)) => ItemFormFlash {
            item_id: Some(listed.item.id),
            typed: typed(&listed.item, &listed.iban),
            ..ItemFormFlash::default()
        },
        (None, None) => ItemFormFlash {
            typed: ItemForm { payable_from: today.to_italian(), ..ItemForm::default() },
            ..ItemFormFlash::default()
        },
    };
    Ok(OfficeVoluntaryView { school: office_school(&member).await?, items, form })
}

/// Back to the form with what was typed (cut so the flash cookie stays small) and its problems.
fn back_to_form(code: &str, kept: ItemFormFlash) {
    let cut = |text: &str, max: usize| text.chars().take(max).collect::<String>();
    let typed = ItemForm {
        reason: cut(&kept.typed.reason, 160),
        category: cut(&kept.typed.category, 20),
        iban: cut(&kept.typed.iban, 40),
        ..kept.typed.clone()
    };
    let item = kept.item_id;
    flash::set(&Flash {
        form: FlashTarget::VoluntaryItem,
        voluntary_item: Some(ItemFormFlash { typed, ..kept }),
        ..Default::default()
    });
    leptos_axum::redirect(&format!("{}#voce", routes::office_voluntary(code, item)));
}

pub async fn save(school: String, id: Option<String>, form: ItemForm) -> Result<(), AppError> {
    let Some(member) = staff_for_form(&school).await? else { return Ok(()) };
    let code = member.school.as_str();
    let id = match id.as_deref().map(str::trim).filter(|id| !id.is_empty()) {
        Some(id) => Some(item_id(id)?),
        None => None,
    };
    let draft = match form.check(crate::time::today(now())) {
        Ok(draft) => draft,
        Err(problems) => {
            back_to_form(code, ItemFormFlash { item_id: id, typed: form, problems, reason_taken: false });
            return Ok(());
        }
    };
    match voluntary_items::save(&db()?, code, id, &draft, now()).await? {
        SavedItem::Saved(saved) => {
            tracing::info!(item = saved, school = %code, "voluntary item saved");
            leptos_axum::redirect(&format!("{}?esito={OUTCOME_SAVED}", routes::office_voluntary(code, None)));
        }
        SavedItem::ReasonTaken => {
            back_to_form(code, ItemFormFlash { item_id: id, typed: form, problems: vec![], reason_taken: true })
        }
    }
    Ok(())
}

pub async fn close(school: String, id: String) -> Result<(), AppError> {
    let Some(member) = staff_for_form(&school).await? else { return Ok(()) };
    let code = member.school.as_str();
    let done = voluntary_items::close(&db()?, code, item_id(&id)?, crate::time::today(now())).await?;
    let outcome = if done { OUTCOME_CLOSED } else { OUTCOME_UNCHANGED };
    leptos_axum::redirect(&format!("{}?esito={outcome}", routes::office_voluntary(code, None)));
    Ok(())
}
