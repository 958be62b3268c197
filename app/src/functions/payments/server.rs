//! The server side of the checkout.

use crate::auth::session;
use crate::error::AppError;
use crate::functions::notices::server::{note, redirect_with};
use crate::i18n::PaymentMsg;
use crate::model::FlashTarget;
use crate::model::PaymentView;
use crate::payments::sandbox;
use crate::routes;
use crate::routes::CART;
use crate::store::{db, notices, payments};
use domain::psp::{self, OfferOrder, PaymentMethod, SANDBOX_PSPS};
use domain::PaymentState;

pub async fn payment_view(
    public_id: String,
    method: Option<String>,
    order: Option<String>,
    psp: Option<String>,
) -> Result<PaymentView, AppError> {
    let account = session::require_ready().await?;
    let pool = db()?;
    let payment =
        payments::find_for_account(&pool, public_id.trim(), account.account_id).await?.ok_or(AppError::NotFound)?;
    let (state, amount) = (payment.state, payment.amount);
    let items = notices::of_payment(&pool, payment.id, account.account_id, crate::auth::now()).await?;
    let via_pagopa = payment.provider == domain::ProviderKind::PagoPa;
    let methods = if via_pagopa { Vec::new() } else { psp::available_methods(SANDBOX_PSPS, amount) };
    let order = OfferOrder::parse(order.as_deref().unwrap_or_default());
    // With one method only, it is chosen for the family.
    let method = method
        .as_deref()
        .and_then(PaymentMethod::parse)
        .filter(|m| methods.contains(m))
        .or_else(|| (methods.len() == 1).then(|| methods[0]));
    let offers = match (state, method) {
        (PaymentState::Created, Some(method)) => psp::offers(SANDBOX_PSPS, method, amount, order),
        _ => Vec::new(),
    };
    let chosen = psp.and_then(|id| offers.iter().find(|offer| offer.psp_id == id.trim()).cloned());
    Ok(PaymentView {
        via_pagopa,
        chosen,
        public_id: payment.public_id.clone(),
        state,
        items,
        amount,
        methods,
        method: method.or_else(|| payment.method.as_deref().and_then(PaymentMethod::parse)),
        order,
        offers,
        psp_name: payment.psp_name.clone(),
        fee: payment.fee,
        created_on: crate::time::day(payment.created_at),
    })
}

pub async fn cancel_payment(public_id: String) -> Result<(), AppError> {
    let account = session::require().await?;
    let pool = db()?;
    let payment =
        payments::find_for_account(&pool, public_id.trim(), account.account_id).await?.ok_or(AppError::NotFound)?;
    let message = if payments::cancel_unsent(&pool, &payment).await? {
        PaymentMsg::PaymentCancelled
    } else {
        PaymentMsg::PaymentNotCancellable
    };
    redirect_with(CART, FlashTarget::Cart, vec![note(message, None)]);
    Ok(())
}

pub async fn pay(public_id: String, method: String, psp_id: String) -> Result<(), AppError> {
    let Some(account) = crate::functions::ready_for_form().await? else { return Ok(()) };
    let pool = db()?;
    let payment =
        payments::find_for_account(&pool, public_id.trim(), account.account_id).await?.ok_or(AppError::NotFound)?;
    let back = routes::payment(&payment.public_id);
    if payment.state != PaymentState::Created {
        // Sent already (a second click, the back button): show where it stands.
        leptos_axum::redirect(&back);
        return Ok(());
    }
    let settings = crate::auth::settings()?;
    let return_url = format!("{}{back}", settings.public_url);
    let items = notices::of_payment(&pool, payment.id, account.account_id, crate::auth::now()).await?;
    // Expired (or otherwise closed) since the checkout opened: it cannot be paid; the checkout
    // is closed, freeing the others, and the family reads why in the cart.
    let closed: Vec<_> = items.iter().filter(|n| !n.state.is_payable()).collect();
    if !closed.is_empty() {
        payments::cancel_unsent(&pool, &payment).await?;
        let notes = closed
            .iter()
            .filter_map(|n| domain::cart::refusal(n.state, false).map(|r| note(PaymentMsg::for_refusal(r), Some(n))))
            .collect();
        redirect_with(CART, FlashTarget::Cart, notes);
        return Ok(());
    }
    if payment.provider == domain::ProviderKind::PagoPa {
        return pay_with_pagopa(&pool, &settings, &payment, &account.email, &items, &return_url).await;
    }
    let amount = payment.amount;
    let chosen =
        PaymentMethod::parse(&method).zip(sandbox::psp(psp_id.trim())).filter(|(m, psp)| psp.accepts(*m, amount));
    let Some((method, psp)) = chosen else {
        leptos_axum::redirect(&back);
        return Ok(());
    };
    let fee = psp.fee.fee_for(amount);
    let description = items.iter().map(|n| n.reason.as_str()).collect::<Vec<_>>().join("; ");
    let notify_url = format!("{}{}", settings.public_url, crate::payments::sandbox::NOTIFY_PATH);
    let reference = sandbox::create(
        &pool,
        &sandbox::NewTransaction {
            merchant_reference: &payment.public_id,
            psp_id: psp.id,
            method: method.as_str(),
            amount,
            fee,
            description: &description,
            return_url: &return_url,
            notify_url: &notify_url,
        },
    )
    .await?;
    let choice = payments::PspChoice { method: method.as_str(), psp_id: psp.id, psp_name: psp.name, fee };
    if payments::send_to_psp(&pool, &payment, Some(&choice), &reference).await? {
        tracing::info!(payment = payment.id, psp = psp.id, "sent to the PSP");
        leptos_axum::redirect(&crate::routes::sandbox_payment(&reference));
    } else {
        leptos_axum::redirect(&back);
    }
    Ok(())
}

/// Posts the cart to pagoPA and sends the family to its checkout page. When pagoPA does not
/// take the cart, the payment stays as it was and the family reads why on the same page.
async fn pay_with_pagopa(
    pool: &sqlx::AnyPool,
    settings: &crate::auth::Settings,
    payment: &payments::PaymentRecord,
    email: &str,
    items: &[crate::model::NoticeSummary],
    return_url: &str,
) -> Result<(), AppError> {
    use crate::payments::pagopa::{self, CartRequest, CheckoutError};
    let back = routes::payment(&payment.public_id);
    let answer = match &settings.provider {
        crate::payments::Provider::PagoPa(checkout) => {
            let cart =
                CartRequest::for_notices(items, return_url, Some(email).filter(|e| !e.is_empty()), &payment.public_id);
            pagopa::open_checkout(checkout, &cart).await
        }
        // Made while pagoPA was configured, paid after a switch back to the sandbox.
        crate::payments::Provider::Sandbox => Err(CheckoutError::Unavailable("pagoPA is not configured".into())),
    };
    match answer {
        Ok(location) => {
            if payments::send_to_psp(pool, payment, None, &location).await? {
                tracing::info!(payment = payment.id, "sent to pagoPA's checkout");
                leptos_axum::redirect(&location);
            } else {
                leptos_axum::redirect(&back);
            }
        }
        Err(error) => {
            if error == CheckoutError::Unauthorized {
                tracing::error!(payment = payment.id, %error, "pagoPA refused our key: check PAGOPA_SUBSCRIPTION_KEY");
            } else {
                tracing::warn!(payment = payment.id, %error, "pagoPA did not open a checkout");
            }
            let message = match error {
                CheckoutError::Refused { .. } => PaymentMsg::PagoPaRefused,
                CheckoutError::Unauthorized | CheckoutError::Unavailable(_) => PaymentMsg::PagoPaUnavailable,
            };
            redirect_with(&back, FlashTarget::Payment, vec![note(message, None)]);
        }
    }
    Ok(())
}

pub async fn payment_state(public_id: String) -> Result<PaymentState, AppError> {
    let account = session::require().await?;
    let payment =
        payments::find_for_account(&db()?, public_id.trim(), account.account_id).await?.ok_or(AppError::NotFound)?;
    Ok(payment.state)
}
