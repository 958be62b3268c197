//! `/segreteria/{codice}/eventi/{id}`: one payment event, its state and its actions (Approva for
//! the headteacher, Pubblica, Modifica, Revoca with a confirmation), the publishing progress
//! (the page refreshes itself every 2 seconds while notices are being made: no request hangs),
//! and the report.

use super::office_event_report::Report;
use super::office_event_representatives::Representatives;
use crate::components::events::{category, state};
use crate::components::guard::failure_view;
use crate::components::notices::euro;
use crate::components::office::{OfficeFrame, OfficeSection};
use crate::functions::office_events::{office_event, ApproveEvent, PublishEvent, RevokeEvent, CONFIRM};
use crate::functions::representatives::{OUTCOME_DELEGATED, OUTCOME_ENDED};
use crate::i18n::{phrases, ClassMsg, EventsMsg, Lang};
use crate::model::{EventDetail, EventPage};
use crate::request::use_lang;
use crate::routes;
use domain::{EventState, StaffRole};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn OfficeEventPage() -> impl IntoView {
    let lang = use_lang();
    let (code, id) = use_params_map()
        .with_untracked(|params| (params.get("codice").unwrap_or_default(), params.get("id").unwrap_or_default()));
    let (outcome, search) = use_query_map().with_untracked(|query| (query.get("esito"), query.get("cerca")));
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                match office_event(code, id, search).await {
                    Ok(page) => view! { <Loaded lang page outcome /> }.into_any(),
                    Err(error) => view! { <div class="container">{failure_view(error)}</div> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn outcome_text(lang: Lang, outcome: &str) -> Option<(&'static str, &'static str)> {
    let (key, class) = match outcome {
        "approvato" => (EventsMsg::EventOutcomeApproved, "alert alert--info"),
        "pubblicazione" => (EventsMsg::EventOutcomePublishing, "alert alert--info"),
        "revocato" => (EventsMsg::EventOutcomeRevoked, "alert alert--info"),
        "invariato" => (EventsMsg::EventOutcomeUnchanged, "alert alert--warning"),
        "conferma" => (EventsMsg::EventOutcomeConfirm, "alert alert--warning"),
        "pagato" => (EventsMsg::EventLocked, "alert alert--warning"),
        OUTCOME_DELEGATED => return Some((lang.t(ClassMsg::RepOutcomeDone), "alert alert--info")),
        OUTCOME_ENDED => return Some((lang.t(ClassMsg::RepOutcomeEnded), "alert alert--info")),
        _ => return None,
    };
    Some((lang.t(key), class))
}

#[component]
fn Loaded(lang: Lang, page: EventPage, outcome: Option<String>) -> impl IntoView {
    let EventPage { school, event, rows, totals, search, representatives } = page;
    let code = school.code.to_string();
    let role = school.role;
    let publishing = event.is_publishing();
    let outcome = outcome.as_deref().and_then(|o| outcome_text(lang, o));
    view! {
        <Title text=event.reason.clone() />
        {publishing.then(|| view! { <Meta http_equiv="refresh" content="2" /> })}
        <OfficeFrame lang school section=OfficeSection::Events>
            <p class="back-link"><a href=routes::office_events(&code)>{lang.t(EventsMsg::EventBack)}</a></p>
            <h1>{event.reason.clone()}</h1>
            {outcome.map(|(text, class)| view! { <p class=class role="status">{text}</p> })}
            {publishing.then(|| view! {
                <p class="alert alert--info" role="status">
                    {phrases::event_progress(lang, event.publish_done, event.publish_target)}
                </p>
                <progress max=event.publish_target value=event.publish_done aria-label=lang.t(EventsMsg::EventProgressLabel)></progress>
            })}
            <Data lang event=event.clone() />
            <Actions lang code=code.clone() event=event.clone() role />
            {(event.state == EventState::Published).then(|| view! {
                <Representatives lang code=code.clone() event_id=event.id representatives />
            })}
            {(event.state == EventState::Published || event.state == EventState::Revoked).then(|| view! {
                <Report lang code=code.clone() event_id=event.id rows totals search />
            })}
        </OfficeFrame>
    }
}

#[component]
fn Data(lang: Lang, event: EventDetail) -> impl IntoView {
    let amount = match event.limits {
        Some((min, max)) => phrases::event_amount_range(lang, euro(event.amount), euro(min), euro(max)),
        None => euro(event.amount),
    };
    let target = match event.target_kind.as_str() {
        "school" => lang.t(EventsMsg::EventTargetSchool).to_string(),
        "classes" => format!("{}: {}", lang.t(EventsMsg::EventTargetClasses), event.classes.join(", ")),
        _ => format!("{}: {}", lang.t(EventsMsg::EventTargetPupils), event.pupils.len()),
    };
    let yes_no = |flag: bool| lang.t(if flag { EventsMsg::EventYes } else { EventsMsg::EventNo });
    let instalments = (!event.instalments.is_empty()).then(|| {
        let list = event
            .instalments
            .iter()
            .map(|i| view! { <li>{format!("{} · {}", euro(i.amount), i.due_date.to_italian())}</li> })
            .collect_view();
        view! { <div><dt>{lang.t(EventsMsg::EventInstalmentsLegend)}</dt><dd><ol>{list}</ol></dd></div> }
    });
    view! {
        <section class="panel" aria-labelledby="dati-evento">
            <h2 id="dati-evento">{lang.t(EventsMsg::EventDataTitle)}</h2>
            <dl class="details">
                <div><dt>{lang.t(EventsMsg::EventStateLabel)}</dt><dd>{state(lang, event.state)}</dd></div>
                <div><dt>{lang.t(EventsMsg::EventCategoryLabel)}</dt>
                    <dd>{phrases::event_category_option(lang, category(lang, event.category), event.category.taxonomy())}</dd></div>
                {(!event.description.is_empty()).then(|| view! {
                    <div><dt>{lang.t(EventsMsg::EventDescriptionLabel)}</dt><dd>{event.description.clone()}</dd></div>
                })}
                <div><dt>{lang.t(EventsMsg::EventColAmount)}</dt><dd>{amount}</dd></div>
                <div><dt>{lang.t(EventsMsg::EventColDue)}</dt><dd>{event.due_date.to_italian()}</dd></div>
                <div><dt>{lang.t(EventsMsg::EventLastDayLabel)}</dt><dd>{event.expires_on.to_italian()}</dd></div>
                {instalments}
                <div><dt>{lang.t(EventsMsg::EventTargetLegend)}</dt><dd>{target}</dd></div>
                <div><dt>{lang.t(EventsMsg::EventIbanLabel)}</dt><dd class="mono">{event.iban.clone()}</dd></div>
                <div><dt>{lang.t(EventsMsg::EventDeductibleLabel)}</dt><dd>{yes_no(event.tax_deductible)}</dd></div>
            </dl>
        </section>
    }
}

#[component]
fn Actions(lang: Lang, code: String, event: EventDetail, role: StaffRole) -> impl IntoView {
    let id = event.id.to_string();
    let edit = format!("{}?evento={}", routes::office_new_event(&code), event.id);
    let hidden = move || {
        view! {
            <input type="hidden" name="school" value=code.clone() />
            <input type="hidden" name="id" value=id.clone() />
        }
    };
    let editable = event.state != EventState::Revoked && !event.has_payments;
    view! {
        <section class="panel" aria-labelledby="azioni-evento">
            <h2 id="azioni-evento">{lang.t(EventsMsg::EventActionsTitle)}</h2>
            {(event.state == EventState::Draft).then(|| if role.may_approve() {
                view! {
                    <form method="post" action=ApproveEvent::url()>
                        {hidden()}
                        <button type="submit" class="button button--primary">{lang.t(EventsMsg::EventApprove)}</button>
                    </form>
                }.into_any()
            } else {
                view! { <p>{lang.t(EventsMsg::EventWaitingHeadteacher)}</p> }.into_any()
            })}
            {(event.state == EventState::Approved).then(|| view! {
                <form method="post" action=PublishEvent::url()>
                    {hidden()}
                    <p class="field__hint" id="pubblica-nota">{lang.t(EventsMsg::EventPublishHint)}</p>
                    <button type="submit" class="button button--primary" aria-describedby="pubblica-nota">{lang.t(EventsMsg::EventPublish)}</button>
                </form>
            })}
            {editable.then(|| view! { <p><a class="button button--secondary" href=edit>{lang.t(EventsMsg::EventEdit)}</a></p> })}
            {(event.state != EventState::Revoked).then(|| view! {
                <form method="post" action=RevokeEvent::url()>
                    {hidden()}
                    <div class="check">
                        <input type="checkbox" id="conferma-revoca" name="confirm" value=CONFIRM />
                        <label for="conferma-revoca">{lang.t(EventsMsg::EventRevokeConfirm)}</label>
                    </div>
                    <button type="submit" class="button button--secondary">{lang.t(EventsMsg::EventRevoke)}</button>
                </form>
            })}
        </section>
    }
}
