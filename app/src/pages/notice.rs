use crate::components::guard::failure_view;
use crate::components::notices::{due_line, euro, CartButton, PaymentNotes, StateBadge};
use crate::functions::account::take_flash;
use crate::functions::notices::notice_detail;
use crate::i18n::{phrases, PaymentMsg};
use crate::model::FlashTarget;
use crate::request::use_lang;
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
                    let notice = match notice {
                        Ok(notice) => notice,
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
                        </div>
                    }
                    .into_any()
                })}
            </Suspense>
        </div>
    }
}
