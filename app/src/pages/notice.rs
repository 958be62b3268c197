use crate::components::guard::failure_view;
use crate::components::notices::{due_line, euro, CartButton, PaymentNotes, StateBadge};
use crate::functions::account::take_flash;
use crate::functions::notices::notice_detail;
use crate::i18n::{phrases, PaymentMsg};
use crate::model::{FlashTarget, NoticeDetail, ReceiptSummary};
use crate::request::use_lang;
use crate::routes;
use crate::routes::FAMILY;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// `/avvisi/{id}`: one notice with everything printed on a paper notice.
#[component]
pub fn NoticePage() -> impl IntoView {
    let lang = use_lang();
    let id = use_params_map().with_untracked(|p| p.get("id").and_then(|id| id.parse::<i64>().ok()));
    view! {
        <div class="container narrow">
            <Suspense fallback=|| ()>
                {Suspend::new(async move {
                    let notice = match id {
                        Some(id) => notice_detail(id).await,
                        None => Err(crate::error::AppError::NotFound),
                    };
                    let NoticeDetail { notice, paid_outside, refunds } = match notice {
                        Ok(detail) => detail,
                        Err(error) => return failure_view(error),
                    };
                    let flash = take_flash(FlashTarget::Notices).await.ok().flatten().unwrap_or_default();
                    let yes_no = |flag: bool| lang.t(if flag { PaymentMsg::Yes } else { PaymentMsg::No });
                    view! {
                        <Title text=notice.reason.clone() />
                        <p class="back-link"><a href=FAMILY>{lang.t(PaymentMsg::BackToNotices)}</a></p>
                        <PaymentNotes notes=flash.notes />
                        <h1>{notice.reason.clone()}</h1>
                        <p class="notice-state">
                            <StateBadge notice=notice.clone() />
                        </p>
                        {refunds.into_iter().map(|refund| view! {
                            <p class="callout callout--refund">{phrases::refund_owed(lang, refund.reason, refund.amount)}</p>
                        }).collect_view()}
                        {paid_outside.map(|receipt| view! { <PaidOutside lang receipt /> })}
                        <dl class="details">
                            <div><dt>{lang.t(PaymentMsg::AmountLabel)}</dt><dd class="amount">{euro(notice.amount)}</dd></div>
                            <div><dt>{lang.t(PaymentMsg::DueDateLabel)}</dt><dd>{due_line(lang, &notice)}</dd></div>
                            <div><dt>{lang.t(PaymentMsg::PupilLabel)}</dt><dd>{phrases::pupil_and_class(lang, phrases::full_name(lang, &notice.pupil.given_name, &notice.pupil.surname), &notice.pupil.class_name)}</dd></div>
                            <div><dt>{lang.t(PaymentMsg::SchoolLabel)}</dt><dd>{notice.pupil.school_name.clone()}</dd></div>
                            <div><dt>{lang.t(PaymentMsg::NoticeNumberLabel)}</dt><dd class="mono">{notice.notice_number.grouped()}</dd></div>
                            <div><dt>{lang.t(PaymentMsg::CreditorLabel)}</dt><dd class="mono">{notice.creditor_fiscal_code.to_string()}</dd></div>
                            <div><dt>{lang.t(PaymentMsg::SchoolYearLabel)}</dt><dd>{notice.school_year.to_string()}</dd></div>
                            <div><dt>{lang.t(PaymentMsg::TaxDeductibleLabel)}</dt><dd>{yes_no(notice.tax_deductible)}</dd></div>
                        </dl>
                        {notice.refusal().map(|refusal| view! {
                            <p class="callout">{lang.t(crate::i18n::PaymentMsg::for_refusal(refusal))}</p>
                        })}
                        <div class="form-actions">
                            <CartButton notice=notice.clone() back="avviso" />
                            {notice.state.is_payable().then(|| view! {
                                <a class="button button--secondary" href=routes::notice_document(notice.id, None) download="">
                                    {lang.t(PaymentMsg::DownloadNoticeDocument)}
                                </a>
                            })}
                        </div>
                        {notice.state.is_payable().then(|| view! {
                            <p>{lang.t(PaymentMsg::NoticeDocumentHint)}</p>
                        })}
                    }
                    .into_any()
                })}
            </Suspense>
        </div>
    }
}

/// The receipt of a payment made outside PagoScuola: who took the money, when, how much.
#[component]
fn PaidOutside(lang: crate::i18n::Lang, receipt: ReceiptSummary) -> impl IntoView {
    view! {
        <section class="callout" aria-labelledby="pagato-fuori">
            <h2 id="pagato-fuori">{lang.t(PaymentMsg::PaidOutsideBadge)}</h2>
            <p>{lang.t(PaymentMsg::PaidOutsideIntro)}</p>
            <dl class="details details--compact">
                <div><dt>{lang.t(PaymentMsg::PaidOn)}</dt><dd>{format!("{} {}", receipt.paid_on, receipt.paid_at)}</dd></div>
                <div><dt>{lang.t(PaymentMsg::PspLabel)}</dt><dd>{receipt.psp_name.clone()}</dd></div>
                <div><dt>{lang.t(PaymentMsg::AmountLabel)}</dt><dd>{euro(receipt.amount)}</dd></div>
                <div><dt>{lang.t(PaymentMsg::ReceiptIdLabel)}</dt><dd class="mono">{receipt.receipt_id.clone()}</dd></div>
            </dl>
            {crate::pages::receipts::downloadable(&receipt.receipt_id).then(|| view! {
                <a class="button button--secondary" href=routes::receipt_pdf(&receipt.receipt_id) download="">
                    {lang.t(PaymentMsg::DownloadReceipt)}
                </a>
            })}
        </section>
    }
}
