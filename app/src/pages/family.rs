use crate::components::activation::MissingChild;
use crate::components::form::{AccountPage, Notice};
use crate::components::guard::failure_view;
use crate::components::notices::{euro, FilterSelect, NoticeCard, PaymentNotes};
use crate::functions::account::take_flash;
use crate::functions::account::LogOut;
use crate::functions::notices::{list_family_notices, PaySelected};
use crate::i18n::{phrases, AccountMsg, Lang, PaymentMsg};
use crate::islands::auto_submit::SubmitOnChange;
use crate::islands::pay_bar::{pick_id, PayBar, URGENT_ID};
use crate::model::{ChildNotices, FamilyNotices, NoticeFilter, NoticeSummary, PaymentNote, StateFilter};
use crate::model::{FlashTarget, PayAction, PAY_FORM_ID};
use crate::request::use_lang;
use crate::routes::RECEIPTS;
use domain::{Cents, NoticeState};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/famiglia`: first what there is to pay, child by child, in one form that pays the ticked
/// notices; then, folded, what is paid or no longer payable (the profile is on `/profilo`).
#[component]
pub fn FamilyPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let param = move |name: &str| query.with_untracked(|q| q.get(name));
    let (state, child, school) = (param("stato"), param("figlio"), param("scuola"));
    view! {
        <Title text=lang.t(AccountMsg::FamilyTitle) />
        <div class="container family">
            <Suspense fallback=|| ()>
                {Suspend::new(async move {
                    let notices = match list_family_notices(state, child, school).await {
                        Ok(notices) => notices,
                        Err(error) => return failure_view(error),
                    };
                    let flash = take_flash(FlashTarget::Notices).await.ok().flatten().unwrap_or_default();
                    // A form refused for too many ticks comes back with them: nothing lost.
                    let asked: Vec<i64> =
                        flash.value(PayAction::PICK_FIELD).split(',').filter_map(|id| id.parse().ok()).collect();
                    let welcome = take_flash(FlashTarget::Family).await.ok().flatten().and_then(|f| f.notice);
                    let activation =
                        take_flash(FlashTarget::Activation).await.ok().flatten().and_then(|f| f.activation).unwrap_or_default();
                    // No child visible yet: what to do comes first; otherwise it waits below, short.
                    let no_children = notices.child_choices.is_empty();
                    let missing = view! { <MissingChild lang flash=activation no_children /> };
                    let (missing_first, missing_last) =
                        if no_children { (Some(missing), None) } else { (None, Some(missing)) };
                    let represents_class = notices.represents_class;
                    let due = if notices.payable_count == 0 {
                        lang.t(PaymentMsg::NothingToPay).to_string()
                    } else {
                        phrases::notices_to_pay(lang, notices.payable_count, euro(notices.payable_total))
                    };
                    view! {
                        <Notice message=welcome />
                        <h1>{phrases::family_greeting(lang, notices.given_name.clone())}</h1>
                        <p class="family__due">{due}</p>
                        {missing_first}
                        {(!notices.child_choices.is_empty()).then(|| view! { <Filters lang notices=notices.clone() /> })}
                        <PayForm lang notices=notices.clone() notes=flash.notes asked />
                        <Closed lang notices />
                        {missing_last}
                        {represents_class.then(|| view! {
                            <p class="family__receipts">
                                <a href=crate::routes::CLASS_PAYMENTS>{lang.t(crate::i18n::ClassMsg::ClassPayLink)}</a>
                            </p>
                        })}
                        <p class="family__receipts"><a href=RECEIPTS>{lang.t(PaymentMsg::ReceiptsLink)}</a></p>
                        <section class="callout" aria-labelledby="versamenti-volontari">
                            <h2 id="versamenti-volontari">{lang.t(crate::i18n::VoluntaryMsg::VoluntaryFamilyTitle)}</h2>
                            <p>{lang.t(crate::i18n::VoluntaryMsg::VoluntaryFamilyText)}</p>
                            <p><a href=crate::routes::VOLUNTARY>{lang.t(crate::i18n::VoluntaryMsg::VoluntaryStart)}</a></p>
                        </section>
                    }
                    .into_any()
                })}
            </Suspense>
        </div>
    }
}

/// Each child's payable notices (and those a payment in progress holds), earliest due first.
fn due_of(children: &[ChildNotices]) -> Vec<ChildNotices> {
    keep(children, |n| n.state == NoticeState::Valid)
}

fn keep(children: &[ChildNotices], wanted: impl Fn(&NoticeSummary) -> bool) -> Vec<ChildNotices> {
    children
        .iter()
        .map(|child| ChildNotices {
            notices: child.notices.iter().filter(|n| wanted(n)).cloned().collect(),
            ..child.clone()
        })
        .filter(|child| !child.notices.is_empty())
        .collect()
}

/// The one payment form: a checkbox per payable notice (ticked when in the server's cart), and
/// the bar with "Paga …" that stays in view. Laid out as aligned rows on a desk rather than a
/// `<table>`: the same markup then serves the phone's cards (a table would scroll sideways at
/// 320 px or lose its semantics to `display: block`), and each row stays one labelled checkbox
/// and one link, which is all a row has to say.
#[component]
fn PayForm(lang: Lang, notices: FamilyNotices, notes: Vec<PaymentNote>, asked: Vec<i64>) -> impl IntoView {
    let due = due_of(&notices.children);
    let ticked = if asked.is_empty() { notices.cart_ids.clone() } else { asked };
    let shown: Vec<i64> =
        due.iter().flat_map(|c| c.notices.iter()).filter(|n| n.refusal().is_none()).map(|n| n.id).collect();
    // In the cart but hidden by a filter: still part of what "Paga" pays.
    let hidden: Vec<i64> = notices.cart_ids.iter().copied().filter(|id| !shown.contains(id)).collect();
    let empty = if notices.child_choices.is_empty() {
        Some(PaymentMsg::NoNoticesAtAll)
    } else if due.is_empty() && !notices.filter.is_empty() {
        Some(PaymentMsg::NoNoticesForFilter)
    } else if due.is_empty() {
        Some(PaymentMsg::NothingToPay)
    } else {
        None
    };
    let payable = !shown.is_empty() || !hidden.is_empty();
    view! {
        <form method="post" action=PaySelected::url() id=PAY_FORM_ID class="pay-form">
            <section class="pay-form__list" aria-labelledby="avvisi">
                <h2 id="avvisi">{lang.t(PaymentMsg::DueTitle)}</h2>
                <PaymentNotes notes />
                {empty.map(|message| view! { <p class="callout">{lang.t(message)}</p> })}
                {(!due.is_empty()).then(|| view! { <ColumnHeads lang /> })}
                {due.into_iter().map(|child| view! { <ChildDue lang child ticked=ticked.clone() /> }).collect_view()}
                {hidden.into_iter().map(|id| view! { <input type="hidden" name=PayAction::PICK_FIELD value=id.to_string() /> }).collect_view()}
            </section>
            {payable.then(|| view! { <Bar lang notices shown /> })}
        </form>
    }
}

/// The desk's column heads (hidden on a phone, and from screen readers: each row says it all).
#[component]
fn ColumnHeads(lang: Lang) -> impl IntoView {
    view! {
        <div class="notice-heads" aria-hidden="true">
            <span></span>
            <span>{lang.t(PaymentMsg::ColumnNotice)}</span>
            <span>{lang.t(PaymentMsg::ColumnState)}</span>
            <span>{lang.t(PaymentMsg::DueDateLabel)}</span>
            <span class="notice-heads__amount">{lang.t(PaymentMsg::AmountLabel)}</span>
        </div>
    }
}

#[component]
fn ChildDue(lang: Lang, child: ChildNotices, ticked: Vec<i64>) -> impl IntoView {
    let heading = format!("figlio-{}", child.codice_fiscale.as_str().to_lowercase());
    let labelled_by = heading.clone();
    let total = Cents::checked_sum(child.notices.iter().map(|n| n.amount)).unwrap_or(Cents::ZERO);
    let subtotal = phrases::child_subtotal(lang, child.notices.len(), euro(total));
    let name = phrases::full_name(lang, &child.given_name, &child.surname);
    view! {
        <section class="child" aria-labelledby=labelled_by>
            <div class="child__head">
                <h3 class="child__name" id=heading>{name}</h3>
                <p class="child__subtotal">{subtotal}</p>
            </div>
            <ul class="notice-rows">
                {child
                    .notices
                    .into_iter()
                    .map(|notice| {
                        let pick = notice.refusal().is_none().then(|| {
                            let checked = ticked.contains(&notice.id);
                            view! { <Pick lang notice=notice.clone() checked /> }.into_any()
                        });
                        view! { <NoticeCard notice pick=pick.unwrap_or_else(|| view! { <span class="notice-card__pick"></span> }.into_any()) /> }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// A notice's selection box, its label (read by screen readers) naming the notice and child.
#[component]
fn Pick(lang: Lang, notice: NoticeSummary, checked: bool) -> impl IntoView {
    let (id, label_for) = (pick_id(notice.id), pick_id(notice.id));
    let pupil = phrases::full_name(lang, &notice.pupil.given_name, &notice.pupil.surname);
    let about = format!("{}, {}", phrases::what_for_whom(lang, &notice.reason, pupil), euro(notice.amount));
    view! {
        <label class="notice-card__pick" for=label_for>
            <input type="checkbox" id=id name=PayAction::PICK_FIELD value=notice.id.to_string() checked=checked />
            <span class="visually-hidden">{crate::components::notices::name_about(lang, lang.t(PaymentMsg::PickLabel), &about)}</span>
        </label>
    }
}

/// The bar: the count and total (live with JavaScript), "Paga …", and "Paga quelli in scadenza".
#[component]
fn Bar(lang: Lang, notices: FamilyNotices, shown: Vec<i64>) -> impl IntoView {
    view! {
        <div class="pay-bar">
            <PayBar
                first=notices.cart.clone()
                payable=shown
                unknown=lang.t(PaymentMsg::PaySelected).to_string()
                failed=lang.t(PaymentMsg::SelectionFailed).to_string()
            />
            <button
                type="submit"
                id=URGENT_ID
                name=PayAction::FIELD
                value=PayAction::Urgent.value()
                class="button button--link pay-bar__urgent"
                aria-describedby="paga-in-scadenza-perche"
            >
                {lang.t(PaymentMsg::UrgentButton)}
            </button>
            <p class="pay-bar__hint" id="paga-in-scadenza-perche">{lang.t(PaymentMsg::UrgentHint)}</p>
        </div>
    }
}

/// Paid, expired and revoked notices, folded: they need no action. Open when a filter asks for them.
#[component]
fn Closed(lang: Lang, notices: FamilyNotices) -> impl IntoView {
    let closed = keep(&notices.children, |n| n.state != NoticeState::Valid);
    let count: usize = closed.iter().map(|c| c.notices.len()).sum();
    let open = matches!(notices.filter.state, Some(StateFilter::Paid | StateFilter::Closed));
    (count > 0).then(|| {
        view! {
            <section class="closed-notices" aria-labelledby="chiusi">
                <h2 id="chiusi" class="visually-hidden">{lang.t(PaymentMsg::ClosedTitle)}</h2>
                <details open=open>
                    <summary>{phrases::closed_count(lang, count)}</summary>
                    {closed
                        .into_iter()
                        .map(|child| {
                            let name = phrases::full_name(lang, &child.given_name, &child.surname);
                            view! {
                                <section class="child">
                                    <h3 class="child__name">{name}</h3>
                                    <ul class="notice-rows">
                                        {child.notices.into_iter().map(|notice| view! { <NoticeCard notice /> }).collect_view()}
                                    </ul>
                                </section>
                            }
                        })
                        .collect_view()}
                </details>
            </section>
        }
    })
}

/// A GET form, folded: every combination of filters has its own URL. With JavaScript a change
/// applies at once (the hint says so beforehand); the button stays for everyone else.
#[component]
fn Filters(lang: Lang, notices: FamilyNotices) -> impl IntoView {
    let filter: NoticeFilter = notices.filter.clone();
    let states = [
        (None, PaymentMsg::FilterAll),
        (Some(StateFilter::ToPay), PaymentMsg::FilterToPay),
        (Some(StateFilter::Paid), PaymentMsg::FilterPaid),
        (Some(StateFilter::Closed), PaymentMsg::FilterClosed),
    ];
    let filtered = !filter.is_empty();
    view! {
        <details class="filters-fold" open=filtered>
            <summary>{lang.t(PaymentMsg::FiltersTitle)}</summary>
            <form method="get" action=crate::routes::FAMILY class="filters" id="filtri">
                <p class="field__hint filters__hint">{lang.t(PaymentMsg::FiltersHint)}</p>
                <div class="field">
                    <label for="stato">{lang.t(PaymentMsg::FilterStateLabel)}</label>
                    <select id="stato" name="stato">
                        {states
                            .into_iter()
                            .map(|(state, label)| {
                                let value = state.map(StateFilter::value).unwrap_or_default();
                                view! { <option value=value selected=filter.state == state>{lang.t(label)}</option> }
                            })
                            .collect_view()}
                    </select>
                </div>
                {(notices.child_choices.len() > 1).then(|| view! {
                    <FilterSelect name="figlio" label=PaymentMsg::FilterChildLabel all=PaymentMsg::FilterAllChildren
                        choices=notices.child_choices.clone() selected=filter.child.clone() />
                })}
                {(notices.school_choices.len() > 1).then(|| view! {
                    <FilterSelect name="scuola" label=PaymentMsg::FilterSchoolLabel all=PaymentMsg::FilterAllSchools
                        choices=notices.school_choices.clone() selected=filter.school.clone() />
                })}
                <div class="filters__actions">
                    <button type="submit" class="button button--secondary button--small">{lang.t(PaymentMsg::FilterApply)}</button>
                    {filtered.then(|| view! { <a href=crate::routes::FAMILY>{lang.t(PaymentMsg::FilterReset)}</a> })}
                </div>
                <SubmitOnChange form_id="filtri".to_string() />
            </form>
        </details>
    }
}

#[component]
pub fn LogoutPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <AccountPage title=AccountMsg::LogOut>
            <form method="post" action=LogOut::url()>
                <button type="submit" class="button button--primary">{lang.t(AccountMsg::LogOut)}</button>
            </form>
        </AccountPage>
    }
}
