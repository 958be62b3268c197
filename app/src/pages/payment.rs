use crate::components::guard::failure_view;
use crate::components::icon::Icon;
use crate::components::notices::{euro, PaymentNotes};
use crate::functions::account::take_flash;
use crate::functions::payments::read_payment;
use crate::i18n::{phrases, Lang, PaymentMsg};
use crate::islands::payment_watcher::PaymentWatcher;
use crate::model::FlashTarget;
use crate::model::PaymentView;
use crate::pages::checkout::{Checkout, PagoPaCheckout};
use crate::request::use_lang;
use crate::routes;
use crate::routes::{CART, FAMILY, PAY_NOTICE, RECEIPTS};
use domain::PaymentState;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// `/pagamento/{id}`: the checkout on one screen (method, PSP, total and "Paga"); afterwards,
/// the outcome first and the details below. Every choice is a link or a plain form, so it all
/// works without JavaScript.
#[component]
pub fn PaymentPage() -> impl IntoView {
    let lang = use_lang();
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let query = use_query_map();
    let param = move |name: &str| query.with_untracked(|q| q.get(name));
    let (method, order, psp) = (param("metodo"), param("ordine"), param("psp"));
    // pagoPA sends the family back here with `esito` when they cancel or something fails there.
    let came_back_unpaid = param("esito").is_some_and(|e| e == "annullato" || e == "errore");
    view! {
        <Title text=lang.t(PaymentMsg::PaymentTitle) />
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let payment = match read_payment(id, method, order, psp).await {
                    Ok(payment) => payment,
                    Err(error) => return view! { <div class="container narrow">{failure_view(error)}</div> }.into_any(),
                };
                let flash = take_flash(FlashTarget::Payment).await.ok().flatten().unwrap_or_default();
                let test = (!payment.via_pagopa)
                    .then(|| view! { <p class="alert alert--warning">{lang.t(PaymentMsg::TestPaymentNotice)}</p> });
                let came_back = (came_back_unpaid && payment.via_pagopa && payment.state != PaymentState::Confirmed)
                    .then(|| view! { <p class="alert alert--info" role="status">{lang.t(PaymentMsg::PagoPaCameBackUnpaid)}</p> });
                if payment.state != PaymentState::Created {
                    return view! {
                        <div class="container narrow">
                            <PaymentNotes notes=flash.notes.clone() />
                            {came_back}
                            <Outcome lang payment=payment.clone() />
                            {test}
                            <Details lang payment />
                        </div>
                    }
                    .into_any();
                }
                view! {
                    <div class="container">
                        <h1 class="checkout-title">{lang.t(PaymentMsg::PaymentTitle)}</h1>
                        {test}
                        <PaymentNotes notes=flash.notes />
                        {came_back}
                        {if payment.via_pagopa {
                            view! { <PagoPaCheckout lang payment /> }.into_any()
                        } else {
                            view! { <Checkout lang payment /> }.into_any()
                        }}
                    </div>
                }
                .into_any()
            })}
        </Suspense>
    }
}

/// The notices being paid and their amount (the fee comes with the PSP).
#[component]
pub(crate) fn Items(lang: Lang, payment: PaymentView) -> impl IntoView {
    view! {
        <section class="panel" aria-labelledby="cosa-paghi">
            <h2 id="cosa-paghi">{lang.t(PaymentMsg::WhatYouPay)}</h2>
            <ul class="pay-items">
                {payment
                    .items
                    .into_iter()
                    .map(|item| view! {
                        <li>
                            // A guest typed a number: the page names no pupil.
                            <span>{if payment.guest {
                                item.reason.clone()
                            } else {
                                phrases::what_for_whom(lang, &item.reason, phrases::full_name(lang, &item.pupil.given_name, &item.pupil.surname))
                            }}</span>
                            <strong>{euro(item.amount)}</strong>
                        </li>
                    })
                    .collect_view()}
            </ul>
            <p class="cart-total"><span>{lang.t(PaymentMsg::AmountLabel)}</span>" "<strong>{euro(payment.amount)}</strong></p>
        </section>
    }
}

/// The outcome first: what happened in one line with its icon, where the email went, and the
/// one thing to do next.
#[component]
fn Outcome(lang: Lang, payment: PaymentView) -> impl IntoView {
    let total = payment.fee.and_then(|fee| payment.amount.checked_add(fee)).unwrap_or(payment.amount);
    let (icon, class, title, text) = match payment.state {
        PaymentState::Confirmed => (
            "it-check-circle",
            "outcome outcome--paid",
            phrases::you_paid(lang, euro(total)),
            if payment.guest {
                phrases::guest_receipt_mail_sent(lang, payment.email.clone())
            } else {
                phrases::receipt_mail_sent(lang, payment.email.clone())
            },
        ),
        PaymentState::Refused => (
            "it-error",
            "outcome outcome--refused",
            lang.t(PaymentMsg::OutcomeRefusedTitle).to_string(),
            lang.t(PaymentMsg::OutcomeRefusedText).to_string(),
        ),
        PaymentState::Abandoned => (
            "it-info-circle",
            "outcome outcome--closed",
            lang.t(PaymentMsg::OutcomeAbandonedTitle).to_string(),
            lang.t(PaymentMsg::OutcomeAbandonedText).to_string(),
        ),
        PaymentState::Created | PaymentState::SentToPsp | PaymentState::Unknown => (
            "it-info-circle",
            "outcome outcome--pending",
            lang.t(PaymentMsg::OutcomePendingTitle).to_string(),
            lang.t(PaymentMsg::OutcomePendingText).to_string(),
        ),
    };
    let pending = matches!(payment.state, PaymentState::SentToPsp | PaymentState::Unknown);
    let retry = matches!(payment.state, PaymentState::Refused | PaymentState::Abandoned);
    // A guest has no cart, notices or receipts pages: the way on is to pay another notice.
    let next = if payment.guest {
        view! {
            {payment
                .guest_receipts
                .iter()
                .filter(|(_, id)| crate::pages::receipts::downloadable(id))
                .map(|(what, id)| view! {
                    <a class="button button--primary" href=routes::receipt_pdf(id) download="">
                        {lang.t(PaymentMsg::DownloadReceipt)}
                        <span class="visually-hidden">{phrases::about_notice(lang, what.clone())}</span>
                    </a>
                })
                .collect_view()}
            <a class="button button--secondary" href=PAY_NOTICE>{lang.t(PaymentMsg::PayNoticeAnother)}</a>
        }
        .into_any()
    } else {
        view! {
            {(payment.state == PaymentState::Confirmed).then(|| view! { <a class="button button--primary" href=RECEIPTS>{lang.t(PaymentMsg::SeeReceipts)}</a> })}
            {retry.then(|| view! { <a class="button button--primary" href=CART>{lang.t(PaymentMsg::TryAgainFromCart)}</a> })}
            <a class="button button--secondary" href=FAMILY>{lang.t(PaymentMsg::BackToNotices)}</a>
        }
        .into_any()
    };
    view! {
        <section class=class aria-labelledby="esito">
            <div class="outcome__head">
                <Icon name=icon class="outcome__icon" />
                <h1 id="esito">{title}</h1>
            </div>
            <p role="status">{text}</p>
            {pending.then(|| view! { <PaymentWatcher public_id=payment.public_id.clone() /> })}
            <div class="form-actions">
                {pending.then(|| view! { <a class="button button--primary" href=routes::payment(&payment.public_id)>{lang.t(PaymentMsg::Refresh)}</a> })}
                {next}
            </div>
        </section>
    }
}

/// Below the outcome: what was paid, through which PSP, with its fee.
#[component]
fn Details(lang: Lang, payment: PaymentView) -> impl IntoView {
    let total_label =
        if payment.state == PaymentState::Confirmed { PaymentMsg::TotalCharged } else { PaymentMsg::TotalOfPayment };
    let charges = payment.psp_name.clone().zip(payment.fee).map(|(name, fee)| {
        view! {
            <section class="panel" aria-labelledby="dettagli-pagamento">
                <h2 id="dettagli-pagamento">{lang.t(PaymentMsg::PaymentDetails)}</h2>
                <dl class="details">
                    <div><dt>{lang.t(PaymentMsg::PspLabel)}</dt><dd>{name}</dd></div>
                    <div><dt>{lang.t(PaymentMsg::FeeLabel)}</dt><dd>{euro(fee)}</dd></div>
                    <div class="details__total"><dt>{lang.t(total_label)}</dt><dd>{euro(payment.amount.checked_add(fee).unwrap_or(payment.amount))}</dd></div>
                </dl>
            </section>
        }
    });
    view! {
        <Items lang payment=payment.clone() />
        {charges}
    }
}
