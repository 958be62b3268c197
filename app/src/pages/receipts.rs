use crate::components::guard::failure_view;
use crate::components::notices::{euro, name_about, FilterActions, FilterSelect};
use crate::functions::receipts::list_receipts;
use crate::i18n::{phrases, Lang, PaymentMsg};
use crate::model::{ChildReceipts, ReceiptHistory, ReceiptSummary, ReceiptYear};
use crate::request::use_lang;
use crate::routes;
use crate::routes::{FAMILY, RECEIPTS};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/ricevute`: every paid notice, by school year and by child; filters by year and child.
#[component]
pub fn ReceiptsPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let (year, child) = query.with_untracked(|q| (q.get("anno"), q.get("figlio")));
    view! {
        <Title text=lang.t(PaymentMsg::ReceiptsTitle) />
        <div class="container narrow">
            <Suspense fallback=|| ()>
                {Suspend::new(async move {
                    let history = match list_receipts(year, child).await {
                        Ok(history) => history,
                        Err(error) => return failure_view(error),
                    };
                    let filtered_to_nothing = history.has_any && history.years.is_empty();
                    view! {
                        <p class="back-link"><a href=FAMILY>{lang.t(PaymentMsg::BackToNotices)}</a></p>
                        <h1>{lang.t(PaymentMsg::ReceiptsTitle)}</h1>
                        <p>{lang.t(PaymentMsg::ReceiptsIntro)}</p>
                        {(!history.has_any).then(|| view! { <p class="callout">{lang.t(PaymentMsg::NoReceipts)}</p> })}
                        {history.has_any.then(|| view! { <Filters history=history.clone() /> })}
                        {filtered_to_nothing.then(|| view! { <p class="callout">{lang.t(PaymentMsg::NoReceiptsForFilter)}</p> })}
                        {history.years.into_iter().map(|year| view! { <Year lang year /> }).collect_view()}
                    }
                    .into_any()
                })}
            </Suspense>
        </div>
    }
}

/// A GET form, as on the family home: every combination has its own URL.
#[component]
fn Filters(history: ReceiptHistory) -> impl IntoView {
    let filtered = !history.year.is_empty() || !history.child.is_empty();
    view! {
        <form method="get" action=RECEIPTS class="filters">
            <FilterSelect name="anno" label=PaymentMsg::SchoolYearHeading all=PaymentMsg::FilterAllYears
                choices=history.year_choices.clone() selected=history.year.clone() />
            {(history.child_choices.len() > 1).then(|| view! {
                <FilterSelect name="figlio" label=PaymentMsg::FilterChildLabel all=PaymentMsg::FilterAllChildren
                    choices=history.child_choices.clone() selected=history.child.clone() />
            })}
            <FilterActions reset=RECEIPTS filtered />
        </form>
    }
}

#[component]
fn Year(lang: Lang, year: ReceiptYear) -> impl IntoView {
    let heading = format!("anno-{}", year.school_year.start());
    let labelled_by = heading.clone();
    view! {
        <section class="receipt-year" aria-labelledby=labelled_by>
            <h2 id=heading>{phrases::school_year_heading_named(lang, year.school_year.to_string())}</h2>
            <p>{lang.t(PaymentMsg::YearTotal)}": "<strong>{euro(year.total)}</strong></p>
            {year.children.into_iter().map(|child| view! { <Child lang child /> }).collect_view()}
        </section>
    }
}

#[component]
fn Child(lang: Lang, child: ChildReceipts) -> impl IntoView {
    view! {
        <h3 class="child__name">{child.name.clone()}</h3>
        <p class="child__totals">
            {lang.t(PaymentMsg::ChildYearTotal)}": "<strong>{euro(child.total)}</strong>
            {(!child.deductible.is_zero()).then(|| view! {
                " · "{lang.t(PaymentMsg::DeductibleTotal)}": "<strong>{euro(child.deductible)}</strong>
            })}
        </p>
        <ul class="notice-list">
            {child.receipts.into_iter().map(|receipt| view! { <Receipt lang receipt /> }).collect_view()}
        </ul>
    }
}

#[component]
fn Receipt(lang: Lang, receipt: ReceiptSummary) -> impl IntoView {
    view! {
        <li class="notice-card">
            <div class="notice-card__head">
                <h4 class="receipt__title">{receipt.description.clone()}</h4>
                <span class="badge badge--paid">{lang.t(PaymentMsg::StatePaid)}</span>
                {receipt.test_payment.then(|| view! { <span class="badge badge--test">{lang.t(PaymentMsg::TestPaymentBadge)}</span> })}
            </div>
            {receipt.test_payment.then(|| view! { <p class="alert alert--warning">{lang.t(PaymentMsg::TestPaymentNotice)}</p> })}
            <p class="notice-card__school">{receipt.company_name.clone()}</p>
            <p class="notice-card__amount">{euro(receipt.amount)}</p>
            <dl class="details details--compact">
                <div><dt>{lang.t(PaymentMsg::PaidOn)}</dt><dd>{format!("{} {}", receipt.paid_on, receipt.paid_at)}</dd></div>
                <div><dt>{lang.t(PaymentMsg::PspLabel)}</dt><dd>{receipt.psp_name.clone()}</dd></div>
                <div><dt>{lang.t(PaymentMsg::FeeSharedNote)}</dt><dd>{euro(receipt.fee)}</dd></div>
                <div><dt>{lang.t(PaymentMsg::NoticeNumberLabel)}</dt><dd class="mono">{receipt.notice_number.grouped()}</dd></div>
                <div><dt>{lang.t(PaymentMsg::ReceiptIdLabel)}</dt><dd class="mono">{receipt.receipt_id.clone()}</dd></div>
            </dl>
            <div class="notice-card__actions">
                <a class="button button--secondary" href=routes::receipt_pdf(&receipt.receipt_id) download=""
                    aria-label=name_about(lang, lang.t(PaymentMsg::DownloadReceipt), &receipt.description)>
                    {lang.t(PaymentMsg::DownloadReceipt)}
                </a>
                <a class="button button--secondary" href=routes::attestation_pdf(&receipt.receipt_id) download=""
                    aria-label=name_about(lang, lang.t(PaymentMsg::DownloadAttestation), &receipt.description)>
                    {lang.t(PaymentMsg::DownloadAttestation)}
                </a>
            </div>
        </li>
    }
}
