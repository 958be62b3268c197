//! Pieces the notice, cart and payment pages share: the amount, the state badge, a notice's
//! card, the add-to-cart button and the notes a redirect carries.

use crate::functions::notices::AddToCart;
use crate::i18n::{phrases, Lang, PaymentMsg};
use crate::model::{NoticeSummary, PaymentNote};
use crate::request::use_lang;
use crate::routes;
use domain::{Cents, NoticeState};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// An amount as Italians write it: 1.234,56 €.
pub fn euro(amount: Cents) -> String {
    amount.to_euro()
}

/// One filter of a GET filter form: a labelled select, "all" first (an empty value), then each
/// choice, `selected` marked.
#[component]
pub fn FilterSelect(
    name: &'static str,
    label: PaymentMsg,
    all: PaymentMsg,
    choices: Vec<crate::model::Choice>,
    selected: String,
) -> impl IntoView {
    let lang = use_lang();
    let options = std::iter::once(crate::model::Choice { value: String::new(), label: lang.t(all).to_string() })
        .chain(choices)
        .map(|choice| {
            let is_selected = choice.value == selected;
            view! { <option value=choice.value selected=is_selected>{choice.label}</option> }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for=name>{lang.t(label)}</label>
            <select id=name name=name>{options}</select>
        </div>
    }
}

/// The end of a filter form: apply, and (when filtered) the way back to everything.
#[component]
pub fn FilterActions(reset: &'static str, filtered: bool) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="filters__actions">
            <button type="submit" class="button button--secondary">{lang.t(PaymentMsg::FilterApply)}</button>
            {filtered.then(|| view! { <a href=reset>{lang.t(PaymentMsg::FilterReset)}</a> })}
        </div>
    }
}

/// The words and colour of a notice's state, as the family reads it.
pub fn state_label(notice: &NoticeSummary) -> (PaymentMsg, &'static str) {
    match notice.state {
        NoticeState::Valid if notice.in_progress => (PaymentMsg::StateInProgress, "badge badge--progress"),
        NoticeState::Valid if notice.overdue => (PaymentMsg::StateOverdue, "badge badge--warning"),
        NoticeState::Valid => (PaymentMsg::StateToPay, "badge badge--due"),
        NoticeState::Paid => (PaymentMsg::StatePaid, "badge badge--paid"),
        NoticeState::Expired => (PaymentMsg::StateExpired, "badge badge--closed"),
        NoticeState::Revoked => (PaymentMsg::StateRevoked, "badge badge--closed"),
    }
}

#[component]
pub fn StateBadge(notice: NoticeSummary) -> impl IntoView {
    let lang = use_lang();
    let (label, class) = state_label(&notice);
    view! { <span class=class>{lang.t(label)}</span> }
}

/// "Scade il 31/12/2026", or when it expired or was paid.
pub fn due_line(lang: Lang, notice: &NoticeSummary) -> String {
    match notice.state {
        NoticeState::Expired => phrases::expired_on_date(lang, notice.expires_on.to_italian()),
        _ => phrases::due_on_date(lang, notice.due_date.to_italian()),
    }
}

/// The add-to-cart form of a payable notice, or why it cannot be added.
#[component]
pub fn CartButton(notice: NoticeSummary, back: &'static str) -> impl IntoView {
    let lang = use_lang();
    if notice.in_cart {
        return view! { <a class="button button--secondary" href=crate::routes::CART>{lang.t(PaymentMsg::InCartGoToCart)}</a> }.into_any();
    }
    if notice.refusal().is_some() {
        return ().into_any();
    }
    view! {
        <form method="post" action=AddToCart::url() class="inline-form">
            <input type="hidden" name="notice_id" value=notice.id.to_string() />
            <input type="hidden" name="back" value=back />
            <button type="submit" class="button button--primary" aria-label=name_about(lang, lang.t(PaymentMsg::AddToCart), &notice.reason)>
                {lang.t(PaymentMsg::AddToCart)}
            </button>
        </form>
    }
    .into_any()
}

/// One notice in the family's list.
#[component]
pub fn NoticeCard(notice: NoticeSummary) -> impl IntoView {
    let lang = use_lang();
    let heading_id = format!("avviso-{}-titolo", notice.id);
    let labelled_by = heading_id.clone();
    view! {
        <li class="notice-card" id=format!("avviso-{}", notice.id) aria-labelledby=labelled_by>
            <div class="notice-card__head">
                <h3 id=heading_id>{notice.reason.clone()}</h3>
                <StateBadge notice=notice.clone() />
            </div>
            <p class="notice-card__school">{notice.pupil.school_name.clone()}</p>
            <p class="notice-card__amount">{euro(notice.amount)}</p>
            <p class="notice-card__due">{due_line(lang, &notice)}</p>
            <div class="notice-card__actions">
                <a class="button button--secondary" href=routes::notice(notice.id) aria-label=name_about(lang, lang.t(PaymentMsg::NoticeDetails), &notice.reason)>
                    {lang.t(PaymentMsg::NoticeDetails)}
                </a>
                <CartButton notice=notice.clone() back="famiglia" />
            </div>
        </li>
    }
}

/// The notes a form left over its redirect: what was added, removed, or refused and why.
#[component]
pub fn PaymentNotes(notes: Vec<PaymentNote>) -> impl IntoView {
    let lang = use_lang();
    notes
        .into_iter()
        .map(|note| {
            let class = if note.message.is_problem() { "alert alert--danger" } else { "alert alert--info" };
            let text = match &note.about {
                Some(about) => phrases::note_about(lang, lang.t(note.message), about),
                None => lang.t(note.message).to_string(),
            };
            view! { <p class=class role="status">{text}</p> }
        })
        .collect_view()
}

/// The accessible name of a button or link that acts on one notice: its visible words, then the
/// notice ("Aggiungi al carrello: Gita a Verona"). Built from the visible words themselves, so in
/// every language the name contains what is seen (WCAG 2.5.3).
pub fn name_about(lang: Lang, action: &str, about: &str) -> String {
    format!("{action}{}", phrases::about_notice(lang, about))
}
