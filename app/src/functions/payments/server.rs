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

/// Whose payment the request may act on: a guest's, through the guest's cookie, or the
/// session's account's (as before guests existed: without a session, log in first).
enum Payer {
    Guest { email: String },
    Account(crate::auth::SessionAccount),
}

impl Payer {
    fn account_id(&self) -> i64 {
        match self {
            // No account has id 0: nothing is in a guest's cart.
            Payer::Guest { .. } => 0,
            Payer::Account(account) => account.account_id,
        }
    }
    fn email(&self) -> &str {
        match self {
            Payer::Guest { email } => email,
            Payer::Account(account) => &account.email,
        }
    }
    fn is_guest(&self) -> bool {
        matches!(self, Payer::Guest { .. })
    }
    /// Where a payment that cannot go on sends its payer: the cart, or the page that pays by number.
    fn start_again(&self) -> (&'static str, FlashTarget) {
        if self.is_guest() {
            (routes::PAY_NOTICE, FlashTarget::PayNotice)
        } else {
            (CART, FlashTarget::Cart)
        }
    }
}

/// The guest's payment named `public_id`, when the guest's cookie opens it.
async fn guest_payment(
    pool: &sqlx::AnyPool,
    public_id: &str,
) -> Result<Option<(payments::PaymentRecord, Payer)>, AppError> {
    let Some(token_hash) = crate::payments::guest::token_hash() else { return Ok(None) };
    let payment = crate::store::guest_payments::find_for_guest(pool, public_id, &token_hash).await?;
    Ok(payment.map(|p| {
        let email = p.guest_email.clone().unwrap_or_default();
        (p, Payer::Guest { email })
    }))
}

/// The payment and its payer for a page or a form: the guest's by cookie, else the ready
/// session's account's. `Ok(None)`: a form was redirected (log in, change the password...).
async fn payment_for(
    pool: &sqlx::AnyPool,
    public_id: &str,
    for_form: bool,
) -> Result<Option<(payments::PaymentRecord, Payer)>, AppError> {
    if let Some(found) = guest_payment(pool, public_id).await? {
        return Ok(Some(found));
    }
    let account = if for_form {
        let Some(account) = crate::functions::ready_for_form().await? else { return Ok(None) };
        account
    } else {
        session::require_ready().await?
    };
    let payment = payments::find_for_account(pool, public_id, account.account_id).await?.ok_or(AppError::NotFound)?;
    Ok(Some((payment, Payer::Account(account))))
}

pub async fn payment_view(
    public_id: String,
    method: Option<String>,
    order: Option<String>,
    psp: Option<String>,
) -> Result<PaymentView, AppError> {
    let pool = db()?;
    let (payment, payer) = payment_for(&pool, public_id.trim(), false).await?.ok_or(AppError::NotFound)?;
    let (state, amount) = (payment.state, payment.amount);
    let items = notices::of_payment(&pool, payment.id, payer.account_id(), crate::auth::now()).await?;
    let guest_receipts = if payer.is_guest() && state == PaymentState::Confirmed {
        crate::store::receipts::of_payment(&pool, payment.id).await?
    } else {
        Vec::new()
    };
    let via_pagopa = payment.provider == domain::ProviderKind::PagoPa;
    let methods = if via_pagopa { Vec::new() } else { psp::available_methods(SANDBOX_PSPS, amount) };
    let order = OfferOrder::parse(order.as_deref().unwrap_or_default());
    let asked = method.as_deref().and_then(PaymentMethod::parse).filter(|m| methods.contains(m));
    let method = match state {
        PaymentState::Created => asked.or_else(|| first_method(&methods)),
        _ => payment.method.as_deref().and_then(PaymentMethod::parse),
    };
    let offers = match (state, method) {
        (PaymentState::Created, Some(method)) => psp::offers(SANDBOX_PSPS, method, amount, order),
        _ => Vec::new(),
    };
    // The PSP asked for in the URL, else the cheapest: "Paga" can be pressed at once.
    let chosen = psp
        .and_then(|id| offers.iter().find(|offer| offer.psp_id == id.trim()).cloned())
        .or_else(|| offers.iter().find(|offer| offer.suggested).cloned());
    let lowest_fees = match state {
        PaymentState::Created => methods
            .iter()
            .filter_map(|&m| psp::offers(SANDBOX_PSPS, m, amount, OfferOrder::Fee).first().map(|o| (m, o.fee)))
            .collect(),
        _ => Vec::new(),
    };
    Ok(PaymentView {
        via_pagopa,
        chosen,
        public_id: payment.public_id.clone(),
        state,
        items,
        amount,
        methods,
        method,
        order,
        offers,
        psp_name: payment.psp_name.clone(),
        fee: payment.fee,
        created_on: crate::time::day(payment.created_at),
        lowest_fees,
        email: payer.email().to_string(),
        guest: payer.is_guest(),
        guest_receipts,
    })
}

/// The method chosen on the checkout's first load: the card, which nearly every parent holds
/// and every PSP page takes without an app or home-banking credentials, so "Paga" works for
/// whoever presses it at once; the cheaper methods sit beside it with their lowest fee. Without
/// card PSPs for this amount, the first method that has any.
fn first_method(methods: &[PaymentMethod]) -> Option<PaymentMethod> {
    methods.iter().copied().find(|m| *m == PaymentMethod::Card).or_else(|| methods.first().copied())
}

pub async fn cancel_payment(public_id: String) -> Result<(), AppError> {
    let pool = db()?;
    let (payment, payer) = match guest_payment(&pool, public_id.trim()).await? {
        Some(found) => found,
        None => {
            let account = session::require().await?;
            let payment = payments::find_for_account(&pool, public_id.trim(), account.account_id)
                .await?
                .ok_or(AppError::NotFound)?;
            (payment, Payer::Account(account))
        }
    };
    let message = if payments::cancel_unsent(&pool, &payment).await? {
        PaymentMsg::PaymentCancelled
    } else {
        PaymentMsg::PaymentNotCancellable
    };
    let (path, target) = payer.start_again();
    redirect_with(path, target, vec![note(message, None)]);
    Ok(())
}

pub async fn pay(public_id: String, method: String, psp_id: String) -> Result<(), AppError> {
    let pool = db()?;
    let Some((payment, payer)) = payment_for(&pool, public_id.trim(), true).await? else { return Ok(()) };
    let back = routes::payment(&payment.public_id);
    if payment.state != PaymentState::Created {
        // Sent already (a second click, the back button): show where it stands.
        leptos_axum::redirect(&back);
        return Ok(());
    }
    let settings = crate::auth::settings()?;
    let return_url = format!("{}{back}", settings.public_url);
    let items = notices::of_payment(&pool, payment.id, payer.account_id(), crate::auth::now()).await?;
    // Expired (or otherwise closed) since the checkout opened: it cannot be paid; the checkout
    // is closed, freeing the others, and the family reads why in the cart.
    let closed: Vec<_> = items.iter().filter(|n| !n.state.is_payable()).collect();
    if !closed.is_empty() {
        payments::cancel_unsent(&pool, &payment).await?;
        let notes = closed
            .iter()
            .filter_map(|n| domain::cart::refusal(n.state, false).map(|r| note(PaymentMsg::for_refusal(r), Some(n))))
            .collect();
        let (path, target) = payer.start_again();
        redirect_with(path, target, notes);
        return Ok(());
    }
    if payment.provider == domain::ProviderKind::PagoPa {
        return pay_with_pagopa(&pool, &settings, &payment, payer.email(), &items, &return_url).await;
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
    let pool = db()?;
    if let Some((payment, _)) = guest_payment(&pool, public_id.trim()).await? {
        return Ok(payment.state);
    }
    let account = session::require().await?;
    let payment =
        payments::find_for_account(&pool, public_id.trim(), account.account_id).await?.ok_or(AppError::NotFound)?;
    Ok(payment.state)
}
