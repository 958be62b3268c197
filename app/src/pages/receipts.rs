use crate::components::guard::failure_view;
use crate::components::notices::{euro, name_about, FilterActions, FilterSelect};
use crate::functions::receipts::list_receipts;
use crate::i18n::{phrases, Lang, PaymentMsg};
use crate::model::{ChildTotal, PaymentReceipts, ReceiptHistory, ReceiptSummary, ReceiptYear, RefundNote};
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
                        {(!history.refunds.is_empty()).then(|| view! { <Refunds lang refunds=history.refunds.clone() /> })}
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
            <ul class="child-totals">
                {year.children.into_iter().map(|child| view! { <ChildLine lang child /> }).collect_view()}
            </ul>
            {year.payments.into_iter().map(|payment| view! { <Payment lang payment /> }).collect_view()}
        </section>
    }
}

/// What a child's notices came to in the year, and the deductible part (for the tax return).
#[component]
fn ChildLine(lang: Lang, child: ChildTotal) -> impl IntoView {
    view! {
        <li>
            <strong class="child__name">{child.name.clone()}</strong>": "
            {lang.t(PaymentMsg::ChildYearTotal)}" "<strong>{euro(child.total)}</strong>
            {(!child.deductible.is_zero()).then(|| view! {
                " · "{lang.t(PaymentMsg::DeductibleTotal)}" "<strong>{euro(child.deductible)}</strong>
            })}
        </li>
    }
}

/// One payment: when, through which PSP, its one fee and total, then a receipt per notice.
#[component]
fn Payment(lang: Lang, payment: PaymentReceipts) -> impl IntoView {
    let Some(first) = payment.receipts.first().cloned() else { return ().into_any() };
    let total = payment.amount.checked_add(payment.fee).unwrap_or(payment.amount);
    view! {
        <section class="receipt-payment">
            <h3 class="receipt-payment__title">{phrases::payment_of_date(lang, first.paid_on.clone(), first.paid_at.clone())}</h3>
            {first.test_payment.then(|| view! { <p class="alert alert--warning">{lang.t(PaymentMsg::TestPaymentNotice)}</p> })}
            <dl class="details details--compact receipt-payment__sums">
                <div><dt>{lang.t(PaymentMsg::PspLabel)}</dt><dd>{first.psp_name.clone()}</dd></div>
                <div><dt>{lang.t(PaymentMsg::FeeSharedNote)}</dt><dd>{euro(payment.fee)}</dd></div>
                <div><dt>{lang.t(PaymentMsg::TotalOfPayment)}</dt><dd><strong>{euro(total)}</strong></dd></div>
            </dl>
            <ul class="notice-list">
                {payment.receipts.into_iter().map(|receipt| view! { <Receipt lang receipt /> }).collect_view()}
            </ul>
        </section>
    }
    .into_any()
}

/// Money the schools owe the family back, above the receipts, whatever the filters.
#[component]
fn Refunds(lang: Lang, refunds: Vec<RefundNote>) -> impl IntoView {
    view! {
        <section class="callout callout--refund" aria-labelledby="rimborsi">
            <h2 id="rimborsi">{lang.t(PaymentMsg::RefundsHeading)}</h2>
            <ul>
                {refunds.into_iter().map(|refund| view! {
                    <li>
                        <a href=routes::notice(refund.notice_id)>{phrases::what_for_whom(lang, &refund.description, &refund.debtor_name)}</a>
                        " · "{refund.school_name.clone()}": "
                        <strong>{phrases::refund_owed(lang, refund.reason, refund.amount)}</strong>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

/// Only receipt ids the PDF routes take (see `routes::receipt_file_id`) get a download link.
pub(crate) fn downloadable(receipt_id: &str) -> bool {
    routes::receipt_file_id(receipt_id)
}

#[component]
fn Receipt(lang: Lang, receipt: ReceiptSummary) -> impl IntoView {
    let badge = if receipt.paid_outside { PaymentMsg::PaidOutsideBadge } else { PaymentMsg::StatePaid };
    let files = downloadable(&receipt.receipt_id);
    view! {
        <li class="notice-card">
            <div class="notice-card__head">
                <h4 class="receipt__title">{receipt.description.clone()}</h4>
                <span class="badge badge--paid">{lang.t(badge)}</span>
                {receipt.test_payment.then(|| view! { <span class="badge badge--test">{lang.t(PaymentMsg::TestPaymentBadge)}</span> })}
            </div>
            <p class="notice-card__school">{receipt.debtor_name.clone()}" · "{receipt.company_name.clone()}</p>
            <p class="notice-card__amount">{euro(receipt.amount)}</p>
            {files.then(|| view! {
                <div class="notice-card__actions">
                    <a class="button button--secondary" href=routes::receipt_pdf(&receipt.receipt_id) download=""
                        aria-label=name_about(lang, lang.t(PaymentMsg::DownloadReceipt), &receipt.description)>
                        {lang.t(PaymentMsg::DownloadReceipt)}
                    </a>
                    // The statement for the tax return only where the expense is deductible.
                    {receipt.tax_deductible.then(|| view! {
                        <a class="button button--secondary" href=routes::attestation_pdf(&receipt.receipt_id) download=""
                            aria-label=name_about(lang, lang.t(PaymentMsg::DownloadAttestationShort), &receipt.description)>
                            {lang.t(PaymentMsg::DownloadAttestationShort)}
                        </a>
                    })}
                </div>
            })}
            <details class="tech-details">
                <summary>{lang.t(PaymentMsg::TechnicalDetails)}</summary>
                <dl class="details details--compact">
                    <div><dt>{lang.t(PaymentMsg::NoticeNumberLabel)}</dt><dd class="mono">{receipt.notice_number.grouped()}</dd></div>
                    <div><dt>{lang.t(PaymentMsg::IuvLabel)}</dt><dd class="mono">{receipt.iuv.clone()}</dd></div>
                    <div><dt>{lang.t(PaymentMsg::ReceiptIdLabel)}</dt><dd class="mono">{receipt.receipt_id.clone()}</dd></div>
                </dl>
            </details>
        </li>
    }
}
