use crate::components::guard::failure_view;
use crate::components::notices::{euro, grouped_number};
use crate::functions::account::FAMILY;
use crate::functions::receipts::receipt_history;
use crate::i18n::{Lang, PaymentMsg};
use crate::model::{ReceiptSummary, ReceiptYear};
use crate::shell::use_lang;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/ricevute`: every paid notice, by school year and by child.
#[component]
pub fn ReceiptsPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=lang.t(PaymentMsg::ReceiptsTitle) />
        <div class="container narrow">
            <Suspense fallback=|| ()>
                {Suspend::new(async move {
                    let years = match receipt_history().await {
                        Ok(years) => years,
                        Err(error) => return failure_view(error),
                    };
                    view! {
                        <p class="back-link"><a href=FAMILY>{lang.t(PaymentMsg::BackToNotices)}</a></p>
                        <h1>{lang.t(PaymentMsg::ReceiptsTitle)}</h1>
                        <p>{lang.t(PaymentMsg::ReceiptsIntro)}</p>
                        {years.is_empty().then(|| view! { <p class="callout">{lang.t(PaymentMsg::NoReceipts)}</p> })}
                        {years.into_iter().map(|year| view! { <Year lang year /> }).collect_view()}
                    }
                    .into_any()
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn Year(lang: Lang, year: ReceiptYear) -> impl IntoView {
    let heading = format!("anno-{}", year.school_year);
    let labelled_by = heading.clone();
    view! {
        <section class="receipt-year" aria-labelledby=labelled_by>
            <h2 id=heading>{format!("{} {}/{:02}", lang.t(PaymentMsg::SchoolYearHeading), year.school_year, (year.school_year + 1) % 100)}</h2>
            <p>{lang.t(PaymentMsg::YearTotal)}": "<strong>{euro(year.total)}</strong></p>
            {year
                .children
                .into_iter()
                .map(|(child, receipts)| view! {
                    <h3 class="child__name">{child}</h3>
                    <ul class="notice-list">
                        {receipts.into_iter().map(|receipt| view! { <Receipt lang receipt /> }).collect_view()}
                    </ul>
                })
                .collect_view()}
        </section>
    }
}

#[component]
fn Receipt(lang: Lang, receipt: ReceiptSummary) -> impl IntoView {
    view! {
        <li class="notice-card">
            <div class="notice-card__head">
                <h4 class="receipt__title">{receipt.description.clone()}</h4>
                <span class="badge badge--paid">{lang.t(PaymentMsg::StatePaid)}</span>
            </div>
            <p class="notice-card__school">{receipt.company_name.clone()}</p>
            <p class="notice-card__amount">{euro(receipt.amount)}</p>
            <dl class="details details--compact">
                <div><dt>{lang.t(PaymentMsg::PaidOn)}</dt><dd>{format!("{} {}", receipt.paid_on, receipt.paid_at)}</dd></div>
                <div><dt>{lang.t(PaymentMsg::PspLabel)}</dt><dd>{receipt.psp_name.clone()}</dd></div>
                <div><dt>{lang.t(PaymentMsg::FeeSharedNote)}</dt><dd>{euro(receipt.fee)}</dd></div>
                <div><dt>{lang.t(PaymentMsg::NoticeNumberLabel)}</dt><dd class="mono">{grouped_number(&receipt.notice_number)}</dd></div>
                <div><dt>{lang.t(PaymentMsg::ReceiptIdLabel)}</dt><dd class="mono">{receipt.receipt_id.clone()}</dd></div>
            </dl>
            <div class="notice-card__actions">
                <a class="button button--secondary" href=format!("/ricevute/{}.pdf", receipt.receipt_id) download=""
                    aria-label=format!("{}: {}", lang.t(PaymentMsg::DownloadReceipt), receipt.description)>
                    {lang.t(PaymentMsg::DownloadReceipt)}
                </a>
                <a class="button button--secondary" href=format!("/attestazioni/{}.pdf", receipt.receipt_id) download=""
                    aria-label=format!("{}: {}", lang.t(PaymentMsg::DownloadAttestation), receipt.description)>
                    {lang.t(PaymentMsg::DownloadAttestation)}
                </a>
            </div>
        </li>
    }
}
