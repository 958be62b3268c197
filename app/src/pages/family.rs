use crate::components::form::{AccountPage, Notice};
use crate::components::guard::failure_view;
use crate::components::notices::{euro, FilterActions, FilterSelect, NoticeCard, PaymentNotes};
use crate::functions::account::LogOut;
use crate::functions::account::{family_home, take_flash};
use crate::functions::notices::list_family_notices;
use crate::i18n::{phrases, AccountMsg, Lang, PaymentMsg};
use crate::model::FlashTarget;
use crate::model::{FamilyNotices, FamilyOverview, NoticeFilter, StateFilter};
use crate::request::use_lang;
use crate::routes::{CART, CHANGE_PASSWORD};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/famiglia`: every notice of every child, across schools, then the profile.
#[component]
pub fn FamilyPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let param = move |name: &str| query.with_untracked(|q| q.get(name));
    let (state, child, school) = (param("stato"), param("figlio"), param("scuola"));
    view! {
        <Title text=lang.t(AccountMsg::FamilyTitle) />
        <div class="container">
            <Suspense fallback=|| ()>
                {Suspend::new(async move {
                    let home = match family_home().await {
                        Ok(home) => home,
                        Err(error) => return failure_view(error),
                    };
                    let notices = match list_family_notices(state, child, school).await {
                        Ok(notices) => notices,
                        Err(error) => return failure_view(error),
                    };
                    let flash = take_flash(FlashTarget::Notices).await.ok().flatten().unwrap_or_default();
                    let welcome = take_flash(FlashTarget::Family).await.ok().flatten().and_then(|f| f.notice);
                    view! {
                        <Notice message=welcome />
                        <h1>{lang.t(AccountMsg::FamilyWelcome)}", "{home.given_name.clone()}</h1>
                        <PaymentNotes notes=flash.notes />
                        <Summary lang notices=notices.clone() />
                        <NoticeList lang notices />
                        <Profile lang home />
                    }
                    .into_any()
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn Summary(lang: Lang, notices: FamilyNotices) -> impl IntoView {
    let due = if notices.payable_count == 0 {
        lang.t(PaymentMsg::NothingToPay).to_string()
    } else {
        crate::i18n::phrases::notices_to_pay(lang, notices.payable_count, euro(notices.payable_total))
    };
    view! {
        <section class="panel summary" aria-labelledby="riepilogo">
            <h2 id="riepilogo">{lang.t(PaymentMsg::SummaryTitle)}</h2>
            <p class="summary__due">{due}</p>
            <p class="form-actions">
                <a class="button button--primary" href=CART>
                    {crate::i18n::phrases::cart_link(lang, notices.cart_count)}
                </a>
                <a class="button button--secondary" href=crate::routes::RECEIPTS>{lang.t(PaymentMsg::ReceiptsLink)}</a>
            </p>
        </section>
    }
}

#[component]
fn NoticeList(lang: Lang, notices: FamilyNotices) -> impl IntoView {
    let empty = if notices.child_choices.is_empty() {
        Some(PaymentMsg::NoNoticesAtAll)
    } else if notices.children.is_empty() {
        Some(PaymentMsg::NoNoticesForFilter)
    } else {
        None
    };
    view! {
        <section aria-labelledby="avvisi" class="notices">
            <h2 id="avvisi">{lang.t(PaymentMsg::NoticesTitle)}</h2>
            {(!notices.child_choices.is_empty()).then(|| view! { <Filters lang notices=notices.clone() /> })}
            {empty.map(|message| view! { <p class="callout">{lang.t(message)}</p> })}
            {notices
                .children
                .into_iter()
                .map(|child| {
                    let heading = format!("figlio-{}", child.codice_fiscale.as_str().to_lowercase());
                    let labelled_by = heading.clone();
                    view! {
                        <section class="child" aria-labelledby=labelled_by>
                            <h3 class="child__name" id=heading>{phrases::full_name(lang, &child.given_name, &child.surname)}</h3>
                            <ul class="notice-list">
                                {child.notices.into_iter().map(|notice| view! { <NoticeCard notice /> }).collect_view()}
                            </ul>
                        </section>
                    }
                })
                .collect_view()}
        </section>
    }
}

/// A GET form: every combination of filters has its own URL.
#[component]
fn Filters(lang: Lang, notices: FamilyNotices) -> impl IntoView {
    let filter: NoticeFilter = notices.filter.clone();
    let states = [
        (None, PaymentMsg::FilterAll),
        (Some(StateFilter::ToPay), PaymentMsg::FilterToPay),
        (Some(StateFilter::Paid), PaymentMsg::FilterPaid),
        (Some(StateFilter::Closed), PaymentMsg::FilterClosed),
    ];
    view! {
        <form method="get" action=crate::routes::FAMILY class="filters">
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
            <FilterActions reset=crate::routes::FAMILY filtered=!filter.is_empty() />
        </form>
    }
}

#[component]
fn Profile(lang: Lang, home: FamilyOverview) -> impl IntoView {
    view! {
        <section class="panel" aria-labelledby="profilo">
            <h2 id="profilo">{lang.t(AccountMsg::FamilyProfile)}</h2>
            <dl class="details">
                <div><dt>{lang.t(AccountMsg::FullNameLabel)}</dt><dd>{phrases::full_name(lang, &home.given_name, &home.surname)}</dd></div>
                <div><dt>{lang.t(AccountMsg::UsernameOnly)}</dt><dd class="mono">{home.username.clone()}</dd></div>
                <div><dt>{lang.t(AccountMsg::CodiceFiscaleLabel)}</dt><dd class="mono">{home.codice_fiscale.to_string()}</dd></div>
                <div><dt>{lang.t(AccountMsg::EmailLabel)}</dt><dd>{home.email.clone()}</dd></div>
                {home.conditions_accepted_on.map(|on| view! {
                    <div><dt>{lang.t(AccountMsg::ConditionsTitle)}</dt><dd>{lang.t(AccountMsg::ConditionsAccepted)}" "{on.to_italian()}</dd></div>
                })}
            </dl>
            <div class="form-actions">
                <a class="button button--secondary" href=CHANGE_PASSWORD>{lang.t(AccountMsg::ChangePasswordLink)}</a>
                <form method="post" action=LogOut::url()>
                    <button type="submit" class="button button--secondary">{lang.t(AccountMsg::LogOut)}</button>
                </form>
            </div>
        </section>
    }
}

/// `/esci`: a button (logging out changes state, so it is a POST, never a link).
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
