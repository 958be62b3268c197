use crate::components::guard::failure_view;
use crate::components::notices::{euro, PaymentNotes};
use crate::functions::account::take_flash;
use crate::functions::payments::read_payment;
use crate::functions::payments::{CancelPayment, Pay};
use crate::i18n::{phrases, Lang, PaymentMsg};
use crate::islands::payment_watcher::PaymentWatcher;
use crate::model::FlashTarget;
use crate::model::PaymentView;
use crate::request::use_lang;
use crate::routes;
use crate::routes::{CART, FAMILY, RECEIPTS};
use domain::psp::{OfferOrder, PaymentMethod};
use domain::PaymentState;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// `/pagamento/{id}`: choose the method, then the PSP by its fee, then pay; afterwards, the
/// outcome. Every choice is a link or a GET form, so it all works without JavaScript.
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
        <div class="container narrow">
            <Suspense fallback=|| ()>
                {Suspend::new(async move {
                    let payment = match read_payment(id, method, order, psp).await {
                        Ok(payment) => payment,
                        Err(error) => return failure_view(error),
                    };
                    let flash = take_flash(FlashTarget::Payment).await.ok().flatten().unwrap_or_default();
                    view! {
                        <h1>{lang.t(PaymentMsg::PaymentTitle)}</h1>
                        {(!payment.via_pagopa).then(|| view! { <p class="alert alert--warning">{lang.t(PaymentMsg::TestPaymentNotice)}</p> })}
                        <PaymentNotes notes=flash.notes />
                        <Items lang payment=payment.clone() />
                        {(came_back_unpaid && payment.via_pagopa && payment.state != PaymentState::Confirmed)
                            .then(|| view! { <p class="alert alert--info" role="status">{lang.t(PaymentMsg::PagoPaCameBackUnpaid)}</p> })}
                        {if payment.state == PaymentState::Created && payment.via_pagopa {
                            view! { <PagoPaCheckout lang payment /> }.into_any()
                        } else if payment.state == PaymentState::Created {
                            view! { <Checkout lang payment /> }.into_any()
                        } else {
                            view! { <Outcome lang payment /> }.into_any()
                        }}
                    }
                    .into_any()
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn Items(lang: Lang, payment: PaymentView) -> impl IntoView {
    view! {
        <section class="panel" aria-labelledby="cosa-paghi">
            <h2 id="cosa-paghi">{lang.t(PaymentMsg::WhatYouPay)}</h2>
            <ul class="pay-items">
                {payment
                    .items
                    .into_iter()
                    .map(|item| view! {
                        <li>
                            <span>{phrases::what_for_whom(lang, &item.reason, phrases::full_name(lang, &item.pupil.given_name, &item.pupil.surname))}</span>
                            <strong>{euro(item.amount)}</strong>
                        </li>
                    })
                    .collect_view()}
            </ul>
            <p class="cart-total"><span>{lang.t(PaymentMsg::AmountLabel)}</span>" "<strong>{euro(payment.amount)}</strong></p>
        </section>
    }
}

fn method_label(method: PaymentMethod) -> PaymentMsg {
    match method {
        PaymentMethod::Card => PaymentMsg::MethodCard,
        PaymentMethod::BankAccount => PaymentMsg::MethodBankAccount,
        PaymentMethod::App => PaymentMsg::MethodApp,
    }
}

fn checkout_link(payment: &PaymentView, method: PaymentMethod, order: OfferOrder) -> String {
    format!("{}?metodo={}&ordine={}#psp", routes::payment(&payment.public_id), method.as_str(), order.as_str())
}

#[component]
fn Checkout(lang: Lang, payment: PaymentView) -> impl IntoView {
    view! {
        <section class="panel" aria-labelledby="metodo">
            <h2 id="metodo">{lang.t(PaymentMsg::ChooseMethod)}</h2>
            <ul class="method-list">
                {payment
                    .methods
                    .iter()
                    .map(|&method| {
                        let current = (payment.method == Some(method)).then_some("true");
                        view! {
                            <li>
                                <a class="method" href=checkout_link(&payment, method, payment.order) aria-current=current>
                                    {lang.t(method_label(method))}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
        {payment.method.map(|method| view! { <PspChoice lang payment=payment.clone() method /> })}
        {payment.chosen.clone().map(|_| view! { <PaySummary lang payment=payment.clone() /> })}
        <CancelForm lang public_id=payment.public_id.clone() />
    }
}

/// With pagoPA, method and PSP are chosen on pagoPA's page: here only the way there.
#[component]
fn PagoPaCheckout(lang: Lang, payment: PaymentView) -> impl IntoView {
    view! {
        <section class="panel" aria-labelledby="pagopa">
            <h2 id="pagopa">{lang.t(PaymentMsg::PagoPaTitle)}</h2>
            <p>{lang.t(PaymentMsg::PagoPaExplained)}</p>
            <form method="post" action=Pay::url()>
                <input type="hidden" name="public_id" value=payment.public_id.clone() />
                <input type="hidden" name="method" value="" />
                <input type="hidden" name="psp_id" value="" />
                <button type="submit" class="button button--primary button--wide">{lang.t(PaymentMsg::PagoPaContinue)}</button>
            </form>
        </section>
        <CancelForm lang public_id=payment.public_id />
    }
}

#[component]
fn CancelForm(lang: Lang, public_id: String) -> impl IntoView {
    view! {
        <form method="post" action=CancelPayment::url() class="form-actions">
            <input type="hidden" name="public_id" value=public_id />
            <button type="submit" class="button button--secondary">{lang.t(PaymentMsg::CancelPayment)}</button>
        </form>
    }
}

/// The PSPs that take the method, each with its fee for this payment; the cheapest suggested.
#[component]
fn PspChoice(lang: Lang, payment: PaymentView, method: PaymentMethod) -> impl IntoView {
    let selected = payment
        .chosen
        .as_ref()
        .map(|c| c.psp_id.clone())
        .or_else(|| payment.offers.iter().find(|o| o.suggested).map(|o| o.psp_id.clone()));
    let sort_link = |order: OfferOrder, label: PaymentMsg| {
        let current = (payment.order == order).then_some("true");
        view! { <a href=checkout_link(&payment, method, order) aria-current=current>{lang.t(label)}</a> }
    };
    let only_one = payment.offers.len() == 1;
    view! {
        <section class="panel" aria-labelledby="psp">
            <h2 id="psp">{lang.t(PaymentMsg::ChoosePsp)}</h2>
            <p class="field__hint">{lang.t(PaymentMsg::PspExplained)}</p>
            {only_one.then(|| view! { <p class="callout">{lang.t(PaymentMsg::OnlyOnePsp)}</p> })}
            <p class="sort-links">
                {lang.t(PaymentMsg::SortBy)}" "{sort_link(OfferOrder::Fee, PaymentMsg::SortByFee)}" · "{sort_link(OfferOrder::Name, PaymentMsg::SortByName)}
            </p>
            <form method="get" action=routes::payment(&payment.public_id)>
                <input type="hidden" name="metodo" value=method.as_str() />
                <input type="hidden" name="ordine" value=payment.order.as_str() />
                <fieldset class="psp-list">
                    <legend class="visually-hidden">{lang.t(PaymentMsg::ChoosePsp)}</legend>
                    {payment
                        .offers
                        .iter()
                        .map(|offer| {
                            let id = format!("psp-{}", offer.psp_id.to_lowercase());
                            let checked = selected.as_deref() == Some(offer.psp_id.as_str());
                            view! {
                                <div class="psp-option">
                                    <input type="radio" name="psp" id=id.clone() value=offer.psp_id.clone() checked=checked />
                                    <label for=id>
                                        <span class="psp-option__name">{offer.name.clone()}</span>
                                        <span class="psp-option__fee">{phrases::fee_amount(lang, euro(offer.fee))}</span>
                                        {offer.suggested.then(|| view! { <span class="badge badge--paid">{lang.t(PaymentMsg::Cheapest)}</span> })}
                                    </label>
                                </div>
                            }
                        })
                        .collect_view()}
                </fieldset>
                <button type="submit" class="button button--secondary">{lang.t(PaymentMsg::ShowTotal)}</button>
            </form>
        </section>
    }
}

/// Amount + fee = total, and the button that leaves for the PSP.
#[component]
fn PaySummary(lang: Lang, payment: PaymentView) -> impl IntoView {
    let Some(chosen) = payment.chosen.clone() else { return ().into_any() };
    let total = payment.amount.checked_add(chosen.fee).unwrap_or(payment.amount);
    let method = payment.method.map(|m| m.as_str()).unwrap_or_default();
    view! {
        <section class="panel pay-summary" aria-labelledby="riepilogo-pagamento" id="riepilogo">
            <h2 id="riepilogo-pagamento">{lang.t(PaymentMsg::PaySummaryTitle)}</h2>
            <dl class="details">
                <div><dt>{lang.t(PaymentMsg::AmountLabel)}</dt><dd>{euro(payment.amount)}</dd></div>
                <div><dt>{phrases::fee_of_psp(lang, chosen.name)}</dt><dd>{euro(chosen.fee)}</dd></div>
                <div class="details__total"><dt>{lang.t(PaymentMsg::TotalLabel)}</dt><dd>{euro(total)}</dd></div>
            </dl>
            <form method="post" action=Pay::url()>
                <input type="hidden" name="public_id" value=payment.public_id.clone() />
                <input type="hidden" name="method" value=method />
                <input type="hidden" name="psp_id" value=chosen.psp_id.clone() />
                <button type="submit" class="button button--primary button--wide">{phrases::pay_amount(lang, euro(total))}</button>
            </form>
        </section>
    }
    .into_any()
}

#[component]
fn Outcome(lang: Lang, payment: PaymentView) -> impl IntoView {
    let (title, text, class) = match payment.state {
        PaymentState::Confirmed => (PaymentMsg::OutcomePaidTitle, PaymentMsg::OutcomePaidText, "alert alert--success"),
        PaymentState::Refused => {
            (PaymentMsg::OutcomeRefusedTitle, PaymentMsg::OutcomeRefusedText, "alert alert--danger")
        }
        PaymentState::Abandoned => {
            (PaymentMsg::OutcomeAbandonedTitle, PaymentMsg::OutcomeAbandonedText, "alert alert--info")
        }
        PaymentState::Created | PaymentState::SentToPsp | PaymentState::Unknown => {
            (PaymentMsg::OutcomePendingTitle, PaymentMsg::OutcomePendingText, "alert alert--info")
        }
    };
    let pending = matches!(payment.state, PaymentState::SentToPsp | PaymentState::Unknown);
    let total_label =
        if payment.state == PaymentState::Confirmed { PaymentMsg::TotalCharged } else { PaymentMsg::TotalOfPayment };
    view! {
        <section class="panel" aria-labelledby="esito">
            <h2 id="esito">{lang.t(title)}</h2>
            <p class=class role="status">{lang.t(text)}</p>
            {pending.then(|| view! { <PaymentWatcher public_id=payment.public_id.clone() /> })}
            {payment.psp_name.clone().zip(payment.fee).map(|(name, fee)| view! {
                <dl class="details">
                    <div><dt>{lang.t(PaymentMsg::PspLabel)}</dt><dd>{name}</dd></div>
                    <div><dt>{lang.t(PaymentMsg::FeeLabel)}</dt><dd>{euro(fee)}</dd></div>
                    <div class="details__total"><dt>{lang.t(total_label)}</dt><dd>{euro(payment.amount.checked_add(fee).unwrap_or(payment.amount))}</dd></div>
                </dl>
            })}
            <div class="form-actions">
                {pending.then(|| view! { <a class="button button--primary" href=routes::payment(&payment.public_id)>{lang.t(PaymentMsg::Refresh)}</a> })}
                {(payment.state == PaymentState::Confirmed).then(|| view! { <a class="button button--primary" href=RECEIPTS>{lang.t(PaymentMsg::SeeReceipts)}</a> })}
                <a class="button button--secondary" href=FAMILY>{lang.t(PaymentMsg::BackToNotices)}</a>
                {matches!(payment.state, PaymentState::Refused | PaymentState::Abandoned)
                    .then(|| view! { <a class="button button--secondary" href=CART>{lang.t(PaymentMsg::BackToCart)}</a> })}
            </div>
        </section>
    }
}
