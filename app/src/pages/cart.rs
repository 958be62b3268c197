use crate::components::guard::failure_view;
use crate::components::notices::{euro, name_about, PaymentNotes};
use crate::functions::account::take_flash;
use crate::functions::notices::read_cart;
use crate::functions::notices::{RemoveFromCart, StartPayment};
use crate::i18n::{phrases, Lang, PaymentMsg};
use crate::model::FlashTarget;
use crate::model::{CartView, NoticeSummary};
use crate::request::use_lang;
use crate::routes;
use crate::routes::FAMILY;
use domain::cart::CART_LIMIT;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

/// `/carrello`: up to 5 notices paid together with one PSP fee. It lives on the server, so it
/// survives a reload or a change of device.
#[component]
pub fn CartPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=lang.t(PaymentMsg::CartTitle) />
        <div class="container narrow">
            <Suspense fallback=|| ()>
                {Suspend::new(async move {
                    let cart = match read_cart().await {
                        Ok(cart) => cart,
                        Err(error) => return failure_view(error),
                    };
                    let flash = take_flash(FlashTarget::Cart).await.ok().flatten().unwrap_or_default();
                    view! {
                        <p class="back-link"><a href=FAMILY>{lang.t(PaymentMsg::BackToNotices)}</a></p>
                        <h1>{lang.t(PaymentMsg::CartTitle)}</h1>
                        <PaymentNotes notes=flash.notes />
                        <Dropped lang cart=cart.clone() />
                        <CartContents lang cart />
                    }
                    .into_any()
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn Dropped(lang: Lang, cart: CartView) -> impl IntoView {
    cart.dropped
        .into_iter()
        .map(|(about, refusal)| {
            let text = phrases::left_the_cart_because(lang, about, lang.t(PaymentMsg::for_refusal(refusal)));
            view! { <p class="alert alert--info" role="status">{text}</p> }
        })
        .collect_view()
}

#[component]
fn CartContents(lang: Lang, cart: CartView) -> impl IntoView {
    if cart.items.is_empty() {
        return view! {
            <p class="callout">{lang.t(PaymentMsg::CartEmpty)}</p>
            <p><a class="button button--primary" href=FAMILY>{lang.t(PaymentMsg::ChooseNotices)}</a></p>
        }
        .into_any();
    }
    let count = crate::i18n::phrases::cart_count(lang, cart.items.len(), CART_LIMIT);
    view! {
        <p>{count}</p>
        <ul class="cart-list">
            {cart.items.iter().cloned().map(|item| view! { <CartItem lang item /> }).collect_view()}
        </ul>
        <p class="cart-total">
            <span>{lang.t(PaymentMsg::CartTotal)}</span>" "<strong>{euro(cart.total)}</strong>
        </p>
        <p class="field__hint">{lang.t(PaymentMsg::FeeComesNext)}</p>
        {match cart.live_payment {
            Some(public_id) => view! {
                <p class="callout">{lang.t(PaymentMsg::CartHasLivePayment)}</p>
                <p><a class="button button--primary" href=routes::payment(&public_id)>{lang.t(PaymentMsg::ContinuePaymentLink)}</a></p>
            }
            .into_any(),
            None => view! {
                <form method="post" action=StartPayment::url() class="form-actions">
                    <button type="submit" class="button button--primary">{lang.t(PaymentMsg::ProceedToPayment)}</button>
                </form>
            }
            .into_any(),
        }}
    }
    .into_any()
}

#[component]
fn CartItem(lang: Lang, item: NoticeSummary) -> impl IntoView {
    view! {
        <li class="cart-item">
            <div class="cart-item__text">
                <a href=routes::notice(item.id) class="cart-item__reason">{item.reason.clone()}</a>
                <span>{format!("{} · {}", phrases::full_name(lang, &item.pupil.given_name, &item.pupil.surname), item.pupil.school_name)}</span>
                <span class="mono">{item.notice_number.grouped()}</span>
            </div>
            <strong class="cart-item__amount">{euro(item.amount)}</strong>
            <form method="post" action=RemoveFromCart::url()>
                <input type="hidden" name="notice_id" value=item.id.to_string() />
                <button type="submit" class="button button--secondary" aria-label=name_about(lang, lang.t(PaymentMsg::RemoveFromCart), &item.reason)>
                    {lang.t(PaymentMsg::RemoveFromCart)}
                </button>
            </form>
        </li>
    }
}
