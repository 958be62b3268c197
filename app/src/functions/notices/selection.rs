//! The family page's selection of notices to pay: its one payment form (a plain POST, for
//! every browser) and the calls of the cart island (ticking in place, with JavaScript). Both
//! keep the cart on the server, which stays the truth.

use super::server::{begin_payment, note, redirect_with};
use crate::auth::{flash, now, session, SessionAccount};
use crate::error::AppError;
use crate::functions::ready_for_form;
use crate::i18n::{phrases, PaymentMsg};
use crate::model::{CartState, Flash, FlashTarget, NoticeSummary, PayAction};
use crate::request::use_lang;
use crate::routes::FAMILY;
use crate::store::db;
use crate::store::notices::{self, AddOutcome};
use domain::cart::CART_LIMIT;
use domain::Cents;
use sqlx::AnyPool;

/// The bar's words for the notices `in_cart`; `status` is what the live region says.
pub(super) fn cart_state(in_cart: &[&NoticeSummary], status: String) -> Result<CartState, AppError> {
    let lang = use_lang();
    let total = Cents::checked_sum(in_cart.iter().map(|n| n.amount)).ok_or(AppError::Database)?;
    let count = in_cart.len();
    let button = if count == 0 {
        lang.t(PaymentMsg::SelectToPay).to_string()
    } else {
        phrases::pay_count(lang, count, total.to_euro())
    };
    Ok(CartState { ids: in_cart.iter().map(|n| n.id).collect(), count, button, status })
}

/// "Selezionati 2 avvisi, 20,50 €": what the live region says after a change.
fn selected_words(in_cart: &[&NoticeSummary]) -> Result<String, AppError> {
    let total = Cents::checked_sum(in_cart.iter().map(|n| n.amount)).ok_or(AppError::Database)?;
    Ok(phrases::selected_count(use_lang(), in_cart.len(), total.to_euro()))
}

/// The payable notices in the account's cart, as the server has them now.
async fn payable_cart(pool: &AnyPool, account: &SessionAccount) -> Result<Vec<NoticeSummary>, AppError> {
    let items = notices::cart(pool, account.account_id, now()).await?;
    Ok(items.into_iter().filter(|n| n.refusal().is_none()).collect())
}

/// Why a notice did not go into the cart, if it did not.
fn problem_of(outcome: AddOutcome) -> Option<PaymentMsg> {
    match outcome {
        AddOutcome::Added | AddOutcome::AlreadyThere => None,
        AddOutcome::Refused(refusal) => Some(PaymentMsg::for_refusal(refusal)),
        AddOutcome::NotFound => Some(PaymentMsg::NoticeNotFound),
    }
}

/// The most urgent payable notices, earliest due date first: at most `most`, and never more
/// than pagoPA's limit for one payment.
async fn urgent_ids(pool: &AnyPool, account: &SessionAccount, most: usize) -> Result<Vec<i64>, AppError> {
    let mut payable: Vec<NoticeSummary> = notices::for_payer(pool, account.account_id, now())
        .await?
        .into_iter()
        .filter(|n| n.refusal().is_none())
        .collect();
    payable.sort_by(|a, b| a.due_date.cmp(&b.due_date).then(a.id.cmp(&b.id)));
    Ok(payable.iter().take(most.clamp(1, CART_LIMIT)).map(|n| n.id).collect())
}

pub async fn select_notice(notice_id: i64, selected: bool) -> Result<CartState, AppError> {
    let account = session::require_ready().await?;
    let pool = db()?;
    let lang = use_lang();
    let problem = if selected {
        problem_of(notices::add_to_cart(&pool, account.account_id, notice_id, now()).await?)
    } else {
        notices::remove_from_cart(&pool, account.account_id, notice_id).await?;
        None
    };
    let items = payable_cart(&pool, &account).await?;
    let items: Vec<&NoticeSummary> = items.iter().collect();
    let status = match problem {
        Some(message) => lang.t(message).to_string(),
        None => selected_words(&items)?,
    };
    cart_state(&items, status)
}

pub async fn select_urgent(most: usize) -> Result<CartState, AppError> {
    let account = session::require_ready().await?;
    let pool = db()?;
    let ids = urgent_ids(&pool, &account, most).await?;
    notices::replace_cart(&pool, account.account_id, &ids, now()).await?;
    let items = payable_cart(&pool, &account).await?;
    let items: Vec<&NoticeSummary> = items.iter().collect();
    let status = format!("{} {}", selected_words(&items)?, use_lang().t(PaymentMsg::UrgentSelected));
    cart_state(&items, status)
}

/// Where the family page's form sends the family back: its payment form.
fn back_to_form() -> String {
    format!("{FAMILY}#{}", crate::model::PAY_FORM_ID)
}

pub async fn pay_selected(picked: Vec<String>, action: Option<String>) -> Result<(), AppError> {
    let Some(account) = ready_for_form().await? else { return Ok(()) };
    let pool = db()?;
    let back = back_to_form();
    if PayAction::parse(action.as_deref().unwrap_or_default()) == PayAction::Urgent {
        let ids = urgent_ids(&pool, &account, CART_LIMIT).await?;
        notices::replace_cart(&pool, account.account_id, &ids, now()).await?;
        redirect_with(&back, FlashTarget::Notices, vec![note(PaymentMsg::UrgentSelected, None)]);
        return Ok(());
    }
    pay_picked(&pool, &account, &picked, &back, FlashTarget::Notices).await
}

/// Pays the ticked notices (`notice_ids[]`): the cart becomes exactly these, then the payment
/// starts. Refusals go back to `back` as notes for `target`, with what was ticked kept. The
/// family page's form and the class representative's use it.
pub(crate) async fn pay_picked(
    pool: &AnyPool,
    account: &SessionAccount,
    picked: &[String],
    back: &str,
    target: FlashTarget,
) -> Result<(), AppError> {
    // Anything but a notice number is no notice: a bad value is ignored, never an error page.
    let mut ids: Vec<i64> = picked.iter().filter_map(|value| value.trim().parse().ok()).collect();
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        redirect_with(back, target, vec![note(PaymentMsg::SelectSomeFirst, None)]);
        return Ok(());
    }
    if ids.len() > CART_LIMIT {
        // Nothing lost: the cart stays as it was and the page ticks again what was asked.
        let mut kept = Flash::for_form(target);
        kept.notes = vec![note(PaymentMsg::TooManySelected, None)];
        let asked = ids.iter().take(100).map(i64::to_string).collect::<Vec<_>>().join(",");
        kept.values = vec![(PayAction::PICK_FIELD.to_string(), asked)];
        flash::set(&kept);
        leptos_axum::redirect(back);
        return Ok(());
    }
    let outcomes = notices::replace_cart(pool, account.account_id, &ids, now()).await?;
    let mut refused = Vec::new();
    for (id, outcome) in outcomes {
        let Some(message) = problem_of(outcome) else { continue };
        let notice = notices::one_for_payer(pool, account.account_id, id, now()).await?;
        refused.push(note(message, notice.as_ref()));
    }
    if !refused.is_empty() {
        redirect_with(back, target, refused);
        return Ok(());
    }
    begin_payment(account, back, target).await
}
