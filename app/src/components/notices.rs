//! Pieces the notice, cart and payment pages share: the amount, the state badge, a notice's
//! card, the add-to-cart button and the notes a redirect carries.

use crate::components::icon::Icon;
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

/// The words, colour and icon of a notice's state, as the family reads it: what it means for
/// them ("annullato, non devi pagare"), not the school's bookkeeping.
pub fn state_label(notice: &NoticeSummary) -> (PaymentMsg, &'static str, &'static str) {
    match notice.state {
        NoticeState::Valid if notice.in_progress => (PaymentMsg::StateInProgress, "badge badge--progress", "it-clock"),
        NoticeState::Valid if notice.overdue => (PaymentMsg::StateOverdue, "badge badge--warning", "it-error"),
        NoticeState::Valid => (PaymentMsg::StateToPay, "badge badge--due", "it-calendar"),
        NoticeState::Paid if notice.paid_outside => {
            (PaymentMsg::PaidOutsideBadge, "badge badge--paid", "it-check-circle")
        }
        NoticeState::Paid => (PaymentMsg::StatePaid, "badge badge--paid", "it-check-circle"),
        NoticeState::Expired => (PaymentMsg::StateExpired, "badge badge--closed", "it-close-circle"),
        NoticeState::Revoked => (PaymentMsg::StateRevoked, "badge badge--closed", "it-close-circle"),
    }
}

#[component]
pub fn StateBadge(notice: NoticeSummary) -> impl IntoView {
    let lang = use_lang();
    let (label, class, icon) = state_label(&notice);
    view! { <span class=class><Icon name=icon />{lang.t(label)}</span> }
}

/// The date line that follows the state: "Da pagare entro il …" only while it is payable,
/// "Pagato il …" (the receipt's day), "Scaduto il …", "Annullato".
pub fn due_line(lang: Lang, notice: &NoticeSummary) -> String {
    match notice.state {
        NoticeState::Valid if notice.overdue => {
            phrases::overdue_since(lang, notice.due_date.to_italian(), notice.expires_on.to_italian())
        }
        NoticeState::Valid => phrases::due_on_date(lang, notice.due_date.to_italian()),
        NoticeState::Paid => match notice.paid_on {
            Some(day) => phrases::paid_on_date(lang, day.to_italian()),
            // No payment date known: the school recorded it (the badge already says "Pagato").
            None => lang.t(PaymentMsg::PaidRecordedLine).to_string(),
        },
        NoticeState::Expired => phrases::expired_on_date(lang, notice.expires_on.to_italian()),
        NoticeState::Revoked => lang.t(PaymentMsg::RevokedLine).to_string(),
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

/// One notice in the family's list: a compact card whose one action is its title, a link to the
/// notice's page; a payable notice also has its selection box (`pick`, the box is the family
/// page's business: it belongs to the page's one payment form).
#[component]
pub fn NoticeCard(notice: NoticeSummary, #[prop(optional)] pick: Option<AnyView>) -> impl IntoView {
    let lang = use_lang();
    let heading_id = format!("avviso-{}-titolo", notice.id);
    let labelled_by = heading_id.clone();
    let class = if pick.is_some() { "notice-card notice-card--pick" } else { "notice-card" };
    view! {
        <li class=class id=format!("avviso-{}", notice.id) aria-labelledby=labelled_by>
            {pick}
            <h4 class="notice-card__title" id=heading_id>
                <a href=routes::notice(notice.id)>{notice.reason.clone()}</a>
            </h4>
            <p class="notice-card__school">{notice.pupil.school_name.clone()}</p>
            <p class="notice-card__state"><StateBadge notice=notice.clone() /></p>
            <p class="notice-card__due">{due_line(lang, &notice)}</p>
            <p class="notice-card__amount">{euro(notice.amount)}</p>
            {notice.state.is_payable().then(|| view! {
                <p class="notice-card__document"><NoticeDocumentLink notice=notice.clone() /></p>
            })}
        </li>
    }
}

/// "Scarica l'avviso di pagamento": the notice's printable PDF, to pay it at a bank, a post
/// office or a tobacconist (only for a notice still payable: the route refuses the others).
#[component]
pub fn NoticeDocumentLink(notice: NoticeSummary) -> impl IntoView {
    let lang = use_lang();
    let text = lang.t(PaymentMsg::DownloadNoticeDocument);
    view! {
        <a href=routes::notice_document(notice.id, None) download="" aria-label=name_about(lang, text, &notice.reason)>
            {text}
        </a>
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
