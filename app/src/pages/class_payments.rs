//! `/rappresentante`: the classes a parent pays for as class representative. Per delegation: how
//! much of the class is paid, and one form whose boxes tick the pupils to pay now (the first
//! five payable ones already ticked: pagoPA takes five notices per payment, so a class is paid
//! in a few payments of one tap each).

use crate::components::guard::failure_view;
use crate::components::notices::{euro, PaymentNotes};
use crate::functions::account::take_flash;
use crate::functions::representatives::{class_payments, PayForClass};
use crate::i18n::{phrases, ClassMsg, Lang};
use crate::model::{ClassDelegation, FlashTarget, NoticeSummary, PayAction};
use crate::request::use_lang;
use crate::routes::FAMILY;
use domain::cart::CART_LIMIT;
use domain::{Cents, NoticeState};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[component]
pub fn ClassPaymentsPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=lang.t(ClassMsg::ClassPayTitle) />
        <div class="container">
            <Suspense fallback=|| ()>
                {Suspend::new(async move {
                    let view = match class_payments().await {
                        Ok(view) => view,
                        Err(error) => return failure_view(error),
                    };
                    let flash = take_flash(FlashTarget::ClassPayment).await.ok().flatten().unwrap_or_default();
                    // Too many ticked: the same boxes come back ticked, nothing lost.
                    let asked: Vec<i64> =
                        flash.value(PayAction::PICK_FIELD).split(',').filter_map(|id| id.parse().ok()).collect();
                    view! {
                        <p class="back-link"><a href=FAMILY>{lang.t(ClassMsg::ClassPayBack)}</a></p>
                        <h1>{lang.t(ClassMsg::ClassPayTitle)}</h1>
                        <PaymentNotes notes=flash.notes />
                        {if view.delegations.is_empty() {
                            view! { <p>{lang.t(ClassMsg::ClassPayNone)}</p> }.into_any()
                        } else {
                            view! {
                                <p>{lang.t(ClassMsg::ClassPayIntro)}</p>
                                {view
                                    .delegations
                                    .into_iter()
                                    .map(|delegation| view! { <Delegation lang delegation asked=asked.clone() /> })
                                    .collect_view()}
                            }
                            .into_any()
                        }}
                    }
                    .into_any()
                })}
            </Suspense>
        </div>
    }
}

/// The boxes ticked as the page opens: what a refused form asked, else what this class has in
/// the cart (a payment left half way), else the first five payable.
fn ticked(payable: &[&NoticeSummary], asked: &[i64]) -> Vec<i64> {
    let asked: Vec<i64> = payable.iter().map(|n| n.id).filter(|id| asked.contains(id)).collect();
    if !asked.is_empty() {
        return asked;
    }
    let in_cart: Vec<i64> = payable.iter().filter(|n| n.in_cart).map(|n| n.id).collect();
    if !in_cart.is_empty() {
        return in_cart;
    }
    payable.iter().take(CART_LIMIT).map(|n| n.id).collect()
}

fn state_text(lang: Lang, notice: &NoticeSummary) -> &'static str {
    lang.t(if notice.state == NoticeState::Paid {
        ClassMsg::ClassPayPaid
    } else if notice.in_progress {
        ClassMsg::ClassPayBusy
    } else {
        ClassMsg::ClassPayClosed
    })
}

#[component]
fn Delegation(lang: Lang, delegation: ClassDelegation, asked: Vec<i64>) -> impl IntoView {
    let payable: Vec<&NoticeSummary> = delegation.payable().collect();
    let ticked = ticked(&payable, &asked);
    let paid = delegation.notices.iter().filter(|n| n.state == NoticeState::Paid).count();
    let due = Cents::checked_sum(payable.iter().map(|n| n.amount)).unwrap_or_default();
    let payments = payable.len().div_ceil(CART_LIMIT);
    let heading_id = format!("classe-{}", delegation.id);
    let labelled_by = heading_id.clone();
    let heading = phrases::class_pay_heading(lang, delegation.reason.as_str(), delegation.class_name.as_str());
    let rows = payable
        .iter()
        .map(|notice| {
            let id = format!("alunno-{}", notice.id);
            let label = format!(
                "{} {} · {} · {}",
                notice.pupil.surname,
                notice.pupil.given_name,
                euro(notice.amount),
                phrases::class_pay_due(lang, notice.due_date.to_italian())
            );
            view! {
                <div class="check">
                    <input type="checkbox" id=id.clone() name=PayAction::PICK_FIELD
                        value=notice.id.to_string() checked=ticked.contains(&notice.id) />
                    <label for=id>{label}</label>
                </div>
            }
        })
        .collect_view();
    let others = delegation
        .notices
        .iter()
        .filter(|n| n.refusal().is_some())
        .map(|n| view! { <li>{format!("{} {} · {}", n.pupil.surname, n.pupil.given_name, state_text(lang, n))}</li> })
        .collect_view();
    let has_others = delegation.notices.iter().any(|n| n.refusal().is_some());
    view! {
        <section class="panel" aria-labelledby=labelled_by>
            <h2 id=heading_id>{heading}</h2>
            <p>{delegation.school_name.clone()}</p>
            <p class="family__due">{phrases::class_pay_summary(lang, paid, delegation.notices.len(), euro(due))}</p>
            <p>
                {phrases::class_pay_left(lang, payable.len())}
                {(payments > 0).then(|| format!(" {}", phrases::class_pay_payments(lang, payments)))}
            </p>
            {delegation.tax_deductible.then(|| view! { <p class="alert alert--warning">{lang.t(ClassMsg::ClassPayDeductible)}</p> })}
            {(!payable.is_empty()).then(|| view! {
                <form method="post" action=PayForClass::url()>
                    <fieldset class="field">
                        <legend>{lang.t(ClassMsg::ClassPayChoose)}</legend>
                        {rows}
                    </fieldset>
                    <button type="submit" class="button button--primary">{lang.t(ClassMsg::ClassPayButton)}</button>
                </form>
            })}
            {has_others.then(|| view! { <ul class="class-pay__settled">{others}</ul> })}
        </section>
    }
}
