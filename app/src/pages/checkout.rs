//! The checkout of `/pagamento/{id}` on one screen: what is paid, the method, the PSP and, beside
//! them on a desk (below them, in a bar that stays in view, on a phone), the total and "Paga".
//!
//! One form holds the PSP radios and the "Paga" button, so the PSP checked is the one paid
//! with, with or without JavaScript. Each PSP has its own total and button, rendered here; CSS
//! (`:has(... :checked)`) shows the one of the checked PSP and hides the others with
//! `display: none`, so screen readers too read only the right one. The server computes the fee
//! again from the database on "Paga" whatever the page showed.

use crate::components::icon::Icon;
use crate::components::notices::euro;
use crate::functions::payments::{CancelPayment, Pay};
use crate::i18n::{phrases, Lang, PaymentMsg};
use crate::model::PaymentView;
use crate::pages::payment::Items;
use crate::routes;
use domain::psp::{OfferOrder, PaymentMethod};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

fn method_label(method: PaymentMethod) -> PaymentMsg {
    match method {
        PaymentMethod::Card => PaymentMsg::MethodCard,
        PaymentMethod::BankAccount => PaymentMsg::MethodBankAccount,
        PaymentMethod::App => PaymentMsg::MethodApp,
    }
}

fn method_icon(method: PaymentMethod) -> &'static str {
    match method {
        PaymentMethod::Card => "it-card",
        PaymentMethod::BankAccount => "ps-bank",
        PaymentMethod::App => "ps-app",
    }
}

/// Changing the method is a page load (a link); the page opens again at the method.
fn checkout_link(payment: &PaymentView, method: PaymentMethod, order: OfferOrder, anchor: &str) -> String {
    format!("{}?metodo={}&ordine={}#{anchor}", routes::payment(&payment.public_id), method.as_str(), order.as_str())
}

#[component]
pub fn Checkout(lang: Lang, payment: PaymentView) -> impl IntoView {
    let method = payment.method.map(|m| m.as_str()).unwrap_or_default();
    view! {
        <form method="post" action=Pay::url() class="checkout">
            <input type="hidden" name="public_id" value=payment.public_id.clone() />
            <input type="hidden" name="method" value=method />
            <div class="checkout__choices">
                <MethodChoice lang payment=payment.clone() />
                {payment.method.map(|method| view! { <PspChoice lang payment=payment.clone() method /> })}
                <Items lang payment=payment.clone() />
            </div>
            <PaySummary lang payment=payment.clone() />
        </form>
        <CancelForm lang public_id=payment.public_id.clone() />
    }
}

/// The methods, each with its icon and the lowest fee a PSP asks for it here.
#[component]
fn MethodChoice(lang: Lang, payment: PaymentView) -> impl IntoView {
    view! {
        <section class="panel" aria-labelledby="metodo" id="metodi">
            <h2 id="metodo">{lang.t(PaymentMsg::ChooseMethod)}</h2>
            <ul class="method-list">
                {payment
                    .methods
                    .iter()
                    .map(|&method| {
                        let current = (payment.method == Some(method)).then_some("true");
                        let lowest = payment.lowest_fees.iter().find(|(m, _)| *m == method).map(|(_, fee)| *fee);
                        view! {
                            <li>
                                <a class="method" href=checkout_link(&payment, method, payment.order, "metodi") aria-current=current>
                                    <Icon name=method_icon(method) class="method__icon" />
                                    <span class="method__text">
                                        <span class="method__name">{lang.t(method_label(method))}</span>
                                        {lowest.map(|fee| view! { <span class="method__fee">{phrases::method_lowest_fee(lang, euro(fee))}</span> })}
                                    </span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// The PSPs that take the method, each with its fee for this payment; the cheapest checked.
#[component]
fn PspChoice(lang: Lang, payment: PaymentView, method: PaymentMethod) -> impl IntoView {
    let selected = payment.chosen.as_ref().map(|c| c.psp_id.clone());
    let sort_link = |order: OfferOrder, label: PaymentMsg| {
        let current = (payment.order == order).then_some("true");
        view! { <a href=checkout_link(&payment, method, order, "psp") aria-current=current>{lang.t(label)}</a> }
    };
    let only_one = payment.offers.len() == 1;
    view! {
        <section class="panel" aria-labelledby="psp-titolo" id="psp">
            <h2 id="psp-titolo">{lang.t(PaymentMsg::ChoosePsp)}</h2>
            <p class="field__hint">{lang.t(PaymentMsg::PspExplained)}</p>
            {only_one.then(|| view! { <p class="callout">{lang.t(PaymentMsg::OnlyOnePsp)}</p> })}
            {(!only_one).then(|| view! {
                <p class="sort-links">
                    {lang.t(PaymentMsg::SortBy)}" "{sort_link(OfferOrder::Fee, PaymentMsg::SortByFee)}" · "{sort_link(OfferOrder::Name, PaymentMsg::SortByName)}
                </p>
            })}
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
                                <input type="radio" name="psp_id" id=id.clone() value=offer.psp_id.clone() checked=checked required=true />
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
        </section>
    }
}

/// Amount + fee = total and the button that leaves for the PSP, once per PSP in the order of
/// the radios (CSS pairs them by position); only the checked PSP's is displayed.
#[component]
fn PaySummary(lang: Lang, payment: PaymentView) -> impl IntoView {
    let chosen = payment.chosen.as_ref().map(|c| c.psp_id.clone());
    view! {
        <section class="checkout__summary" aria-labelledby="riepilogo-pagamento">
            <h2 id="riepilogo-pagamento">{lang.t(PaymentMsg::PaySummaryTitle)}</h2>
            {payment
                .offers
                .iter()
                .map(|offer| {
                    let total = payment.amount.checked_add(offer.fee).unwrap_or(payment.amount);
                    let class = if chosen.as_deref() == Some(offer.psp_id.as_str()) {
                        "pay-option pay-option--initial"
                    } else {
                        "pay-option"
                    };
                    view! {
                        <div class=class>
                            <dl class="details pay-option__sums">
                                <div><dt>{lang.t(PaymentMsg::AmountLabel)}</dt><dd>{euro(payment.amount)}</dd></div>
                                <div><dt>{phrases::fee_of_psp(lang, offer.name.clone())}</dt><dd>{euro(offer.fee)}</dd></div>
                                <div class="details__total"><dt>{lang.t(PaymentMsg::TotalLabel)}</dt><dd>{euro(total)}</dd></div>
                            </dl>
                            <button type="submit" class="button button--primary button--wide">{phrases::pay_amount(lang, euro(total))}</button>
                            <p class="pay-option__leave">{phrases::leaving_for_psp(lang, offer.name.clone())}</p>
                        </div>
                    }
                })
                .collect_view()}
        </section>
    }
}

/// With pagoPA, method and PSP are chosen on pagoPA's page: the same layout, with the way there
/// where "Paga" stands otherwise.
#[component]
pub fn PagoPaCheckout(lang: Lang, payment: PaymentView) -> impl IntoView {
    view! {
        <form method="post" action=Pay::url() class="checkout">
            <input type="hidden" name="public_id" value=payment.public_id.clone() />
            <input type="hidden" name="method" value="" />
            <input type="hidden" name="psp_id" value="" />
            <div class="checkout__choices">
                <Items lang payment=payment.clone() />
                <section class="panel" aria-labelledby="pagopa">
                    <h2 id="pagopa">{lang.t(PaymentMsg::PagoPaTitle)}</h2>
                    <p>{lang.t(PaymentMsg::PagoPaExplained)}</p>
                </section>
            </div>
            <section class="checkout__summary" aria-labelledby="riepilogo-pagamento">
                <h2 id="riepilogo-pagamento">{lang.t(PaymentMsg::PaySummaryTitle)}</h2>
                <div class="pay-option pay-option--only">
                    <dl class="details pay-option__sums">
                        <div><dt>{lang.t(PaymentMsg::AmountLabel)}</dt><dd>{euro(payment.amount)}</dd></div>
                        <div><dt>{lang.t(PaymentMsg::FeeLabel)}</dt><dd>{lang.t(PaymentMsg::PagoPaFeeThere)}</dd></div>
                    </dl>
                    <button type="submit" class="button button--primary button--wide">{lang.t(PaymentMsg::PagoPaContinue)}</button>
                    <p class="pay-option__leave">{phrases::leaving_for_psp(lang, "pagoPA")}</p>
                </div>
            </section>
        </form>
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
