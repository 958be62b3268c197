//! `/segreteria/{codice}/riconciliazione`: what reached the school in a period, by day and PSP,
//! with the CSV of every receipt; below, the refunds the school owes, which the headteacher or
//! the DSGA mark as made. The period is a GET form (its own address), so it works without
//! JavaScript and can be bookmarked.

use crate::components::guard::failure_view;
use crate::components::notices::euro;
use crate::components::office::{OfficeFrame, OfficeSection, OfficeTable};
use crate::functions::office_reports::{office_reconciliation, SettleRefund};
use crate::i18n::{phrases, Lang, ReportsMsg};
use crate::model::ReconciliationView;
use crate::request::use_lang;
use crate::routes;
use domain::reconciliation::{DayTotal, PeriodProblem};
use domain::refund::{Refund, RefundReason};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn OfficeReconciliationPage() -> impl IntoView {
    let lang = use_lang();
    let code = use_params_map().with_untracked(|params| params.get("codice").unwrap_or_default());
    let (from, to, settled) =
        use_query_map().with_untracked(|query| (query.get("dal"), query.get("al"), query.get("rimborsato")));
    view! {
        <Title text=lang.t(ReportsMsg::ReconciliationTitle) />
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                match office_reconciliation(code, from, to, settled).await {
                    Ok(page) => view! { <Loaded lang page /> }.into_any(),
                    Err(error) => view! { <div class="container">{failure_view(error)}</div> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Loaded(lang: Lang, page: ReconciliationView) -> impl IntoView {
    let code = page.school.code.to_string();
    let figure = |value: String, label: ReportsMsg| {
        view! { <li><span class="office-stats__figure">{value}</span>{lang.t(label)}</li> }
    };
    let totals = page.totals;
    let body = page.period.map(|period| {
        let csv = routes::office_reconciliation_csv(&code, &period);
        view! {
            <h2 id="incassi">{phrases::period_shown(lang, period.from.to_italian(), period.to.to_italian())}</h2>
            <ul class="office-stats">
                {figure(totals.receipts.to_string(), ReportsMsg::FigureReceipts)}
                {figure(euro(totals.amount), ReportsMsg::FigureAmount)}
                {figure(euro(totals.fees), ReportsMsg::FigureFees)}
            </ul>
            <p><a href=csv download="">{lang.t(ReportsMsg::ReconciliationCsv)}</a></p>
            <Days lang days=page.days.clone() />
        }
    });
    view! {
        <OfficeFrame lang school=page.school.clone() section=OfficeSection::Reconciliation>
            <h1>{lang.t(ReportsMsg::ReconciliationTitle)}</h1>
            <p>{lang.t(ReportsMsg::ReconciliationIntro)}</p>
            <PeriodForm lang code=code.clone() from=page.from.clone() to=page.to.clone() problem=page.problem />
            {body}
            <Refunds lang code page />
        </OfficeFrame>
    }
}

#[component]
fn PeriodForm(lang: Lang, code: String, from: String, to: String, problem: Option<PeriodProblem>) -> impl IntoView {
    let at_from = matches!(problem, Some(PeriodProblem::FromInvalid));
    let at_to = problem.is_some() && !at_from;
    let message = problem.map(|problem| {
        lang.t(match problem {
            PeriodProblem::FromInvalid => ReportsMsg::PeriodFromInvalid,
            PeriodProblem::ToInvalid => ReportsMsg::PeriodToInvalid,
            PeriodProblem::ToBeforeFrom => ReportsMsg::PeriodToBeforeFrom,
            PeriodProblem::TooLong => ReportsMsg::PeriodTooLong,
        })
    });
    let field = move |name: &'static str, label: ReportsMsg, value: String, wrong: bool| {
        view! {
            <div class="field">
                <label for=name>{lang.t(label)}</label>
                <input id=name name=name type="text" inputmode="numeric" autocomplete="off" maxlength="10"
                    placeholder="gg/mm/aaaa" value=value aria-invalid=wrong.then_some("true")
                    aria-describedby=wrong.then_some("periodo-errore") />
            </div>
        }
    };
    view! {
        <form method="get" action=routes::office_reconciliation(&code) class="office-search">
            <fieldset class="office-period">
                <legend>{lang.t(ReportsMsg::PeriodLegend)}</legend>
                {field("dal", ReportsMsg::PeriodFrom, from, at_from)}
                {field("al", ReportsMsg::PeriodTo, to, at_to)}
                <button type="submit" class="button button--secondary">{lang.t(ReportsMsg::PeriodShow)}</button>
            </fieldset>
            {message.map(|text| view! { <p class="field__error" id="periodo-errore" role="alert">{text}</p> })}
        </form>
    }
}

#[component]
fn Days(lang: Lang, days: Vec<DayTotal>) -> impl IntoView {
    if days.is_empty() {
        return view! { <p>{lang.t(ReportsMsg::NoReceipts)}</p> }.into_any();
    }
    view! {
        <OfficeTable labelled_by="incassi" columns=vec![
            (lang.t(ReportsMsg::ColDay), false),
            (lang.t(ReportsMsg::ColPsp), false),
            (lang.t(ReportsMsg::ColReceipts), true),
            (lang.t(ReportsMsg::ColAmount), true),
            (lang.t(ReportsMsg::ColFees), true),
        ]>
                    {days
                        .into_iter()
                        .map(|day| view! {
                            <tr>
                                <td>{day.day.to_italian()}</td>
                                <td>{day.psp}</td>
                                <td class="amount">{day.receipts}</td>
                                <td class="amount">{euro(day.amount)}</td>
                                <td class="amount">{euro(day.fees)}</td>
                            </tr>
                        })
                        .collect_view()}
                </OfficeTable>
    }
    .into_any()
}

#[component]
fn Refunds(lang: Lang, code: String, page: ReconciliationView) -> impl IntoView {
    let ReconciliationView { refunds, may_settle_refunds, settled, from, to, .. } = page;
    let list = if refunds.is_empty() {
        view! { <p>{lang.t(ReportsMsg::RefundsNone)}</p> }.into_any()
    } else {
        let rows = refunds
            .into_iter()
            .map(|refund| view! { <RefundRow lang code=code.clone() refund may_settle=may_settle_refunds from=from.clone() to=to.clone() /> })
            .collect_view();
        view! {
            <OfficeTable labelled_by="rimborsi" columns=vec![
                (lang.t(ReportsMsg::RefundColNotice), false),
                (lang.t(ReportsMsg::RefundColPupil), false),
                (lang.t(ReportsMsg::RefundColAmount), true),
                (lang.t(ReportsMsg::RefundColReason), false),
                (lang.t(ReportsMsg::RefundColState), false),
            ]>{rows}</OfficeTable>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="rimborsi">
            <h2 id="rimborsi" tabindex="-1">{lang.t(ReportsMsg::RefundsTitle)}</h2>
            {settled.map(|number| view! { <p class="alert alert--success" role="status">{phrases::refund_settled(lang, number)}</p> })}
            <p>{lang.t(ReportsMsg::RefundsIntro)}</p>
            {(!may_settle_refunds).then(|| view! { <p class="field__hint">{lang.t(ReportsMsg::RefundsWho)}</p> })}
            {list}
        </section>
    }
}

#[component]
fn RefundRow(lang: Lang, code: String, refund: Refund, may_settle: bool, from: String, to: String) -> impl IntoView {
    let number = refund.notice_number.to_string();
    let reason = lang.t(match refund.reason {
        RefundReason::PaidTwice => ReportsMsg::RefundReasonPaidTwice,
        RefundReason::NotPayable => ReportsMsg::RefundReasonNotPayable,
    });
    let state = match refund.refunded_at {
        Some(at) => phrases::refund_made(lang, crate::time::day(at).to_italian()).into_any(),
        None => {
            let recorded = phrases::refund_to_make(lang, crate::time::day(refund.recorded_at).to_italian());
            let about = phrases::refund_mark_about(lang, number.as_str(), refund.debtor_name.as_str());
            view! {
                <p>{recorded}</p>
                {may_settle.then(|| view! {
                    <form method="post" action=SettleRefund::url()>
                        <input type="hidden" name="school" value=code />
                        <input type="hidden" name="refund_id" value=refund.id.to_string() />
                        <input type="hidden" name="dal" value=from />
                        <input type="hidden" name="al" value=to />
                        <button type="submit" class="button button--secondary" aria-label=about>{lang.t(ReportsMsg::RefundMark)}</button>
                    </form>
                })}
            }
            .into_any()
        }
    };
    view! {
        <tr>
            <td class="mono">{number}<br />{refund.description}</td>
            <td>{refund.debtor_name}</td>
            <td class="amount">{euro(refund.amount)}</td>
            <td>{reason}</td>
            <td>{state}</td>
        </tr>
    }
}
