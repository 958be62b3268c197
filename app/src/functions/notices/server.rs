//! The server side of the notice and cart functions.

use crate::auth::session;
use crate::auth::{flash, now};
use crate::error::AppError;
use crate::functions::ready_for_form;
use crate::i18n::{phrases, PaymentMsg};
use crate::model::FlashTarget;
use crate::model::{
    CartView, ChildNotices, Choice, FamilyNotices, Flash, NoticeFilter, NoticeSummary, PaymentNote, StateFilter,
};
use crate::routes;
use crate::routes::CART;
use crate::store::db;
use crate::store::notices::{self, AddOutcome};
use crate::store::payments::{self, StartOutcome};
use domain::{Cents, NoticeState};

pub fn note(message: PaymentMsg, about: Option<&NoticeSummary>) -> PaymentNote {
    let lang = crate::request::use_lang();
    let about = about.map(|n| {
        let pupil = phrases::full_name(lang, &n.pupil.given_name, &n.pupil.surname);
        phrases::what_for_whom(lang, &n.reason, pupil)
    });
    PaymentNote { message, about }
}

/// Sends the browser to `path`, carrying `notes` for the form `form` to show there.
pub(crate) fn redirect_with(path: &str, form: FlashTarget, notes: Vec<PaymentNote>) {
    let mut flash = Flash::for_form(form);
    flash.notes = notes;
    flash::set(&flash);
    leptos_axum::redirect(path);
}

fn by_child_and_urgency(a: &NoticeSummary, b: &NoticeSummary) -> std::cmp::Ordering {
    let rank = |n: &NoticeSummary| match n.state {
        NoticeState::Valid => 0,
        NoticeState::Paid => 1,
        NoticeState::Expired | NoticeState::Revoked => 2,
    };
    (a.pupil.given_name.as_str(), a.pupil.codice_fiscale.as_str(), rank(a))
        .cmp(&(b.pupil.given_name.as_str(), b.pupil.codice_fiscale.as_str(), rank(b)))
        // Payable: the most urgent first; the others: the most recent first.
        .then_with(|| if rank(a) == 0 { a.due_date.cmp(&b.due_date) } else { b.due_date.cmp(&a.due_date) })
        .then_with(|| a.id.cmp(&b.id))
}

pub async fn family_notices(
    state: Option<String>,
    child: Option<String>,
    school: Option<String>,
) -> Result<FamilyNotices, AppError> {
    let account = session::require_ready().await?;
    let mut all = notices::for_payer(&db()?, account.account_id, now()).await?;
    all.sort_by(by_child_and_urgency);
    let clean =
        |value: Option<String>| value.map(|v| v.trim().chars().take(20).collect::<String>()).unwrap_or_default();
    let filter = NoticeFilter {
        state: StateFilter::parse(&clean(state)),
        child: clean(child).to_uppercase(),
        school: clean(school).to_uppercase(),
    };

    let mut child_choices: Vec<Choice> = Vec::new();
    let mut school_choices: Vec<Choice> = Vec::new();
    for notice in &all {
        let pupil = &notice.pupil;
        if !child_choices.iter().any(|c| c.value == pupil.codice_fiscale.as_str()) {
            child_choices.push(Choice {
                value: pupil.codice_fiscale.to_string(),
                label: format!("{} {}", pupil.given_name, pupil.surname),
            });
        }
        if !school_choices.iter().any(|c| c.value == pupil.school_code.as_str()) {
            school_choices.push(Choice { value: pupil.school_code.to_string(), label: pupil.school_name.clone() });
        }
    }
    let payable: Vec<&NoticeSummary> = all.iter().filter(|n| n.state == NoticeState::Valid).collect();
    let payable_total = Cents::checked_sum(payable.iter().map(|n| n.amount)).ok_or(AppError::Database)?;
    let payable_count = payable.len();
    let cart_count = all.iter().filter(|n| n.in_cart).count();
    let in_cart: Vec<&NoticeSummary> = all.iter().filter(|n| n.in_cart && n.refusal().is_none()).collect();
    let cart_ids = in_cart.iter().map(|n| n.id).collect();
    let cart = super::selection::cart_state(&in_cart, String::new())?;

    let mut children: Vec<ChildNotices> = Vec::new();
    for notice in all.into_iter().filter(|n| filter.admits(n)) {
        match children.last_mut() {
            Some(child) if child.codice_fiscale == notice.pupil.codice_fiscale => child.notices.push(notice),
            _ => children.push(ChildNotices {
                codice_fiscale: notice.pupil.codice_fiscale.clone(),
                given_name: notice.pupil.given_name.clone(),
                surname: notice.pupil.surname.clone(),
                notices: vec![notice],
            }),
        }
    }
    Ok(FamilyNotices {
        filter,
        children,
        child_choices,
        school_choices,
        payable_count,
        payable_total,
        cart_count,
        cart_ids,
        cart,
        represents_class: account.represents_class,
        given_name: account.given_name,
    })
}

pub async fn notice_detail(id: i64) -> Result<crate::model::NoticeDetail, AppError> {
    let account = session::require_ready().await?;
    let pool = db()?;
    let notice = notices::one_for_payer(&pool, account.account_id, id, now()).await?.ok_or(AppError::NotFound)?;
    // Both read only once the family is known to see the notice.
    let paid_outside = crate::store::receipts::outside_for_notice(&pool, notice.id).await?;
    let refunds = crate::store::refunds::for_notice(&pool, notice.id).await?;
    Ok(crate::model::NoticeDetail { notice, paid_outside, refunds })
}

fn back_path(back: Option<&str>, notice_id: i64) -> String {
    match back {
        Some("avviso") => routes::notice(notice_id),
        Some("carrello") => CART.to_string(),
        _ => format!("{}#avviso-{notice_id}", crate::routes::FAMILY),
    }
}

pub async fn add_to_cart(notice_id: i64, back: Option<String>) -> Result<(), AppError> {
    let Some(account) = ready_for_form().await? else { return Ok(()) };
    let pool = db()?;
    let outcome = notices::add_to_cart(&pool, account.account_id, notice_id, now()).await?;
    let notice = notices::one_for_payer(&pool, account.account_id, notice_id, now()).await?;
    let message = match outcome {
        AddOutcome::Added => PaymentMsg::AddedToCart,
        AddOutcome::AlreadyThere => PaymentMsg::AlreadyInCart,
        AddOutcome::Refused(refusal) => PaymentMsg::for_refusal(refusal),
        AddOutcome::NotFound => PaymentMsg::NoticeNotFound,
    };
    let form = if back.as_deref() == Some("carrello") { FlashTarget::Cart } else { FlashTarget::Notices };
    redirect_with(&back_path(back.as_deref(), notice_id), form, vec![note(message, notice.as_ref())]);
    Ok(())
}

pub async fn remove_from_cart(notice_id: i64) -> Result<(), AppError> {
    let Some(account) = ready_for_form().await? else { return Ok(()) };
    let pool = db()?;
    let notice = notices::one_for_payer(&pool, account.account_id, notice_id, now()).await?;
    notices::remove_from_cart(&pool, account.account_id, notice_id).await?;
    redirect_with(CART, FlashTarget::Cart, vec![note(PaymentMsg::RemovedFromCart, notice.as_ref())]);
    Ok(())
}

pub async fn cart_view() -> Result<CartView, AppError> {
    let account = session::require_ready().await?;
    let pool = db()?;
    let listed = notices::cart(&pool, account.account_id, now()).await?;
    // Paid meanwhile (perhaps by the other parent), expired or revoked: out, with the reason.
    // A notice held by a payment stays: it may be this family's own payment in progress.
    let (items, dropped): (Vec<NoticeSummary>, Vec<NoticeSummary>) =
        listed.into_iter().partition(|n| n.state == NoticeState::Valid);
    let dropped_ids: Vec<i64> = dropped.iter().map(|n| n.id).collect();
    notices::remove_many(&pool, account.account_id, &dropped_ids).await?;
    let ids: Vec<i64> = items.iter().map(|n| n.id).collect();
    let live_payment = payments::live_payment_holding(&pool, account.account_id, &ids).await?;
    let total = Cents::checked_sum(items.iter().map(|n| n.amount)).ok_or(AppError::Database)?;
    let dropped = dropped
        .iter()
        .filter_map(|n| n.refusal().map(|r| (format!("{} ({} {})", n.reason, n.pupil.given_name, n.pupil.surname), r)))
        .collect();
    Ok(CartView { items, total, dropped, live_payment })
}

pub async fn start_payment() -> Result<(), AppError> {
    let Some(account) = ready_for_form().await? else { return Ok(()) };
    begin_payment(&account, CART, FlashTarget::Cart).await
}

/// Starts the payment of the account's whole cart and opens its checkout; what stops it goes
/// back to `back` (the cart, or the family page), as notes for `form`.
pub(crate) async fn begin_payment(
    account: &crate::auth::SessionAccount,
    back: &str,
    form: FlashTarget,
) -> Result<(), AppError> {
    let pool = db()?;
    let items = notices::cart(&pool, account.account_id, now()).await?;
    if items.is_empty() {
        redirect_with(back, form, vec![note(PaymentMsg::CartEmpty, None)]);
        return Ok(());
    }
    let ids: Vec<i64> = items.iter().map(|n| n.id).collect();
    // The family's own unfinished checkout for these notices: continue it rather than refuse.
    if let Some(public_id) = payments::live_payment_holding(&pool, account.account_id, &ids).await? {
        redirect_with(
            &crate::routes::payment(&public_id),
            FlashTarget::Payment,
            vec![note(PaymentMsg::ContinuePayment, None)],
        );
        return Ok(());
    }
    let provider = crate::auth::settings()?.provider.kind();
    match payments::start(&pool, account.account_id, provider, &ids, now()).await? {
        StartOutcome::Started { public_id } => leptos_axum::redirect(&crate::routes::payment(&public_id)),
        StartOutcome::Refused(refused) => {
            let notes = refused
                .iter()
                .map(|(id, refusal)| note(PaymentMsg::for_refusal(*refusal), items.iter().find(|n| n.id == *id)))
                .collect();
            redirect_with(back, form, notes);
        }
    }
    Ok(())
}
