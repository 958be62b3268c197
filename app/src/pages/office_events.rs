//! `/segreteria/{codice}/eventi`: the school's payment events by state (drafts, waiting for the
//! headteacher's approval, published, revoked), with amounts and counts, and the way to a new one.

use crate::components::events::state;
use crate::components::guard::failure_view;
use crate::components::notices::euro;
use crate::components::office::{OfficeFrame, OfficeSection};
use crate::functions::office_events::{office_events, EventsView};
use crate::i18n::{EventsMsg, Lang};
use crate::model::EventSummary;
use crate::request::use_lang;
use crate::routes;
use domain::EventState;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn OfficeEventsPage() -> impl IntoView {
    let lang = use_lang();
    let code = use_params_map().with_untracked(|params| params.get("codice").unwrap_or_default());
    view! {
        <Title text=lang.t(EventsMsg::EventsTitle) />
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                match office_events(code).await {
                    Ok(page) => view! { <Loaded lang page /> }.into_any(),
                    Err(error) => view! { <div class="container">{failure_view(error)}</div> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Loaded(lang: Lang, page: EventsView) -> impl IntoView {
    let EventsView { school, events } = page;
    let code = school.code.to_string();
    let groups = [
        (EventState::Draft, EventsMsg::EventsDrafts),
        (EventState::Approved, EventsMsg::EventsWaiting),
        (EventState::Published, EventsMsg::EventsPublished),
        (EventState::Revoked, EventsMsg::EventsRevoked),
    ];
    let sections = groups
        .into_iter()
        .map(|(wanted, title)| {
            let mine: Vec<EventSummary> = events.iter().filter(|e| e.state == wanted).cloned().collect();
            view! { <Group lang code=code.clone() title events=mine /> }
        })
        .collect_view();
    view! {
        <OfficeFrame lang school section=OfficeSection::Events>
            <h1>{lang.t(EventsMsg::EventsTitle)}</h1>
            <p><a class="button button--primary" href=routes::office_new_event(&code)>{lang.t(EventsMsg::EventsNew)}</a></p>
            {sections}
        </OfficeFrame>
    }
}

#[component]
fn Group(lang: Lang, code: String, title: EventsMsg, events: Vec<EventSummary>) -> impl IntoView {
    let id = format!("eventi-{}", title as u16);
    let region = id.clone();
    let heading = id.clone();
    let body = if events.is_empty() {
        view! { <p>{lang.t(EventsMsg::EventsNone)}</p> }.into_any()
    } else {
        view! {
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby=region>
                <table class="office-table">
                    <thead>
                        <tr>
                            <th scope="col">{lang.t(EventsMsg::EventColReason)}</th>
                            <th scope="col">{lang.t(EventsMsg::EventStateLabel)}</th>
                            <th scope="col" class="amount">{lang.t(EventsMsg::EventColAmount)}</th>
                            <th scope="col">{lang.t(EventsMsg::EventColDue)}</th>
                            <th scope="col" class="amount">{lang.t(EventsMsg::EventColNotices)}</th>
                            <th scope="col" class="amount">{lang.t(EventsMsg::EventColPaid)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {events
                            .into_iter()
                            .map(|event| view! {
                                <tr>
                                    <td><a href=routes::office_event(&code, event.id)>{event.reason.clone()}</a></td>
                                    <td>{state(lang, event.state)}</td>
                                    <td class="amount">{euro(event.amount)}</td>
                                    <td>{event.due_date.to_italian()}</td>
                                    <td class="amount">{event.notices}</td>
                                    <td class="amount">{event.paid}</td>
                                </tr>
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby=id.clone()>
            <h2 id=heading>{lang.t(title)}</h2>
            {body}
        </section>
    }
}
