//! The event's report on its page: totals over every notice, a search (a GET form: its own
//! address), the CSV export, and per pupil and instalment the notice's state with "Revoca" for
//! one that can still be paid.

use crate::components::events::notice_state;
use crate::components::notices::euro;
use crate::components::office::OfficeTable;
use crate::functions::office_events::{RevokeEvent, CONFIRM};
use crate::i18n::{phrases, EventsMsg, Lang};
use crate::model::{ReportRow, ReportTotals};
use crate::routes;
use domain::NoticeState;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn Report(
    lang: Lang,
    code: String,
    event_id: i64,
    rows: Vec<ReportRow>,
    totals: ReportTotals,
    search: String,
) -> impl IntoView {
    let figure = |label: EventsMsg, value: String| {
        view! { <li><span class="office-stats__figure">{value}</span>{lang.t(label)}</li> }
    };
    view! {
        <section aria-labelledby="resoconto">
            <h2 id="resoconto">{lang.t(EventsMsg::EventReportTitle)}</h2>
            <ul class="office-stats">
                {figure(EventsMsg::EventTotalDue, euro(totals.due))}
                {figure(EventsMsg::EventTotalPaid, euro(totals.paid))}
                {figure(EventsMsg::EventTotalPaidCount, totals.paid_count.to_string())}
                {figure(EventsMsg::EventTotalUnpaidCount, totals.unpaid_count.to_string())}
                {figure(EventsMsg::EventTotalRevokedCount, totals.revoked_count.to_string())}
            </ul>
            <form method="get" action=routes::office_event(&code, event_id) class="office-search">
                <div class="field">
                    <label for="cerca">{lang.t(EventsMsg::EventSearchLabel)}</label>
                    <input id="cerca" name="cerca" type="search" value=search maxlength="60" />
                </div>
                <button type="submit" class="button button--secondary">{lang.t(EventsMsg::EventSearch)}</button>
            </form>
            <p><a href=routes::office_event_csv(&code, event_id) download="">{lang.t(EventsMsg::EventCsv)}</a></p>
            {if rows.is_empty() {
                view! { <p>{lang.t(EventsMsg::EventReportEmpty)}</p> }.into_any()
            } else {
                view! { <Rows lang code event_id rows /> }.into_any()
            }}
        </section>
    }
}

#[component]
fn Rows(lang: Lang, code: String, event_id: i64, rows: Vec<ReportRow>) -> impl IntoView {
    view! {
        <OfficeTable labelled_by="resoconto" columns=vec![
            (lang.t(EventsMsg::EventColPupil), false),
            (lang.t(EventsMsg::EventColClass), false),
            (lang.t(EventsMsg::EventColInstalment), false),
            (lang.t(EventsMsg::EventColNumber), false),
            (lang.t(EventsMsg::EventColAmount), true),
            (lang.t(EventsMsg::EventColDue), false),
            (lang.t(EventsMsg::EventStateLabel), false),
            (lang.t(EventsMsg::EventActionsTitle), false),
        ]>
                    {rows
                        .into_iter()
                        .map(|row| {
                            let pupil = format!("{} {}", row.surname, row.given_name);
                            let about = phrases::event_revoke_notice_about(lang, pupil.as_str(), row.number.as_str());
                            let revocable = row.state == NoticeState::Valid;
                            let instalment = if row.instalment == 0 {
                                lang.t(EventsMsg::EventSingle).to_string()
                            } else {
                                row.instalment.to_string()
                            };
                            let code = code.clone();
                            view! {
                                <tr>
                                    <td>{pupil}<br /><span class="mono">{row.pupil_cf.clone()}</span></td>
                                    <td>{row.class_name.clone()}</td>
                                    <td>{instalment}</td>
                                    <td class="mono">{row.number.clone()}</td>
                                    <td class="amount">{euro(row.amount)}</td>
                                    <td>{row.due_date.to_italian()}</td>
                                    <td>{notice_state(lang, row.state)}</td>
                                    <td>
                                        {revocable.then(|| view! {
                                            <form method="post" action=RevokeEvent::url()>
                                                <input type="hidden" name="school" value=code />
                                                <input type="hidden" name="id" value=event_id.to_string() />
                                                <input type="hidden" name="notice_id" value=row.notice_id.to_string() />
                                                <input type="hidden" name="confirm" value=CONFIRM />
                                                <button type="submit" class="button button--secondary" aria-label=about>
                                                    {lang.t(EventsMsg::EventRevokeNotice)}
                                                </button>
                                            </form>
                                        })}
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </OfficeTable>
    }
}
