//! The outcome of a payment made on pagoPA's checkout. pagoPA gives it to the creditor, not to
//! us: it sends each notice's receipt (`paSendRT`) to the school's station, the intermediary
//! that answers pagoPA's calls for the school. The station forwards each receipt here as JSON
//! (the receipt's own field names, amounts in cents), signed with the shared
//! `PAGOPA_RECEIPT_SECRET` like the sandbox's notifications. A payment is confirmed when each
//! of its notices has an OK receipt, and refused at the first KO; a repeat changes nothing.
//! An OK receipt is proof that money moved, so it is never refused: after the payment was
//! released it confirms it late; for a notice no PagoScuola payment took (paid at a bank or a
//! tobacconist) it pays the notice; money for a notice already paid becomes a refund.

use super::settle::{answer, answer_for, settle, Answer, Reported};
use super::{paid_elsewhere, signature, Provider};
use crate::auth::{now, Settings};
use crate::error::AppError;
use crate::store::pagopa as store;
use crate::store::payments;
use domain::payment_state::PaymentEvent;
use domain::psp::PaymentMethod;
use serde::{Deserialize, Serialize};
use sqlx::AnyPool;

/// Where the station forwards receipts.
pub const RECEIPTS_PATH: &str = "/api/payments/receipts/pagopa";
/// The signature header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`.
pub const SIGNATURE_HEADER: &str = "pagoscuola-receipt-signature";

/// A pagoPA receipt (`ctReceipt`), the fields PagoScuola uses.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ForwardedReceipt {
    pub receipt_id: String,
    pub notice_number: String,
    /// The creditor's (school's) fiscal code.
    pub fiscal_code: String,
    /// `OK` or `KO`.
    pub outcome: String,
    /// The notice's amount, in cents.
    pub payment_amount: i64,
    #[serde(rename = "idPSP")]
    pub id_psp: String,
    pub psp_company_name: String,
    /// pagoPA's payment type code (`CP`, `BBT`, `PPAL`, ...).
    pub payment_method: String,
    /// The PSP's fee for the whole checkout, in cents (the same on each receipt of a cart).
    pub fee: i64,
    /// The `idCart` we sent: our payment's id.
    #[serde(default)]
    pub id_cart: Option<String>,
}

/// Checks and applies one forwarded receipt.
pub async fn receive(pool: &AnyPool, settings: &Settings, signature_header: Option<&str>, body: &[u8]) -> Answer {
    let Provider::PagoPa(checkout) = &settings.provider else { return answer(404, "pagoPA is not configured") };
    if let Err(error) = signature::verify(checkout.receipt_secret.expose(), signature_header, body, now()) {
        tracing::warn!(%error, "pagoPA receipt refused: bad signature");
        return answer(401, "bad signature");
    }
    let Ok(receipt) = serde_json::from_slice::<ForwardedReceipt>(body) else { return answer(400, "malformed body") };
    let well_formed = matches!(receipt.outcome.as_str(), "OK" | "KO")
        && (1..=64).contains(&receipt.receipt_id.len())
        && receipt.fee >= 0
        && !receipt.id_psp.trim().is_empty();
    if !well_formed {
        return answer(400, "malformed receipt");
    }
    match apply(pool, settings, &receipt, &String::from_utf8_lossy(body)).await {
        Ok(answer) => answer,
        Err(error) => {
            tracing::error!(?error, "pagoPA receipt could not be applied; the station will retry");
            answer(503, "try again")
        }
    }
}

async fn apply(
    pool: &AnyPool,
    settings: &Settings,
    receipt: &ForwardedReceipt,
    body: &str,
) -> Result<Answer, AppError> {
    let Some(notice) = store::notice(pool, &receipt.notice_number, &receipt.fiscal_code).await? else {
        tracing::warn!(notice = %receipt.notice_number, "pagoPA receipt for a notice PagoScuola does not have");
        return Ok(answer(404, "unknown notice"));
    };
    let item = store::payment_item(pool, notice.notice_id, receipt.id_cart.as_deref()).await?;
    let expected = item.as_ref().map_or(notice.amount, |item| item.amount);
    if i64::from(expected) != receipt.payment_amount {
        tracing::error!(notice = %receipt.notice_number, receipt = %receipt.receipt_id, expected = i64::from(expected),
            received = receipt.payment_amount, "pagoPA receipt amount differs from the notice: not applied, a person must look");
        return Ok(answer(422, "does not match the payment"));
    }
    let mut payment = match &item {
        Some(item) => Some(payments::find(pool, &item.public_id).await?.ok_or(AppError::Database)?),
        None => None,
    };
    if let Some(paying) = &payment {
        if let Some((other, _)) = store::recorded(pool, paying.id, notice.notice_id).await? {
            if other != receipt.receipt_id {
                if receipt.outcome != "OK" {
                    tracing::error!(payment = paying.id, receipt = %receipt.receipt_id, "a KO receipt after another for the same notice: a person must look");
                    return Ok(answer(409, "contradicts a recorded receipt"));
                }
                // A second OK for a notice of the same cart: money moved again. Kept apart
                // from the payment, it pays the notice again and becomes a refund.
                tracing::error!(payment = paying.id, receipt = %receipt.receipt_id, "a second OK receipt for the same notice");
                payment = None;
            }
        }
    }
    let method = PaymentMethod::from_pagopa_code(&receipt.payment_method);
    let psp_name = crate::payments::pagopa::clip(&receipt.psp_company_name);
    let new = store::NewReceipt {
        receipt_id: &receipt.receipt_id,
        payment_id: payment.as_ref().map(|p| p.id),
        notice_id: notice.notice_id,
        outcome: &receipt.outcome,
        amount_cents: receipt.payment_amount,
        psp_id: receipt.id_psp.trim(),
        psp_name: &psp_name,
        method: method.as_str(),
        fee_cents: receipt.fee,
        body,
        received_at: now(),
    };
    store::record(pool, &new).await?;
    let stored = store::stored(pool, &receipt.receipt_id).await?;
    if stored != Some((new.payment_id, notice.notice_id, receipt.outcome.clone())) {
        tracing::error!(receipt = %receipt.receipt_id, "a receipt id already recorded for another notice or outcome: a person must look");
        return Ok(answer(409, "contradicts a recorded receipt"));
    }
    // Checked not negative on arrival.
    let fee = domain::Cents::try_from(receipt.fee).map_err(|_| AppError::Request("negative fee".into()))?;
    let Some(payment) = payment else {
        if receipt.outcome != "OK" {
            // A KO without a payment of ours changes nothing: no money moved.
            return Ok(answer(200, "recorded"));
        }
        let paid = paid_elsewhere::Paid {
            receipt_id: &receipt.receipt_id,
            psp_id: receipt.id_psp.trim(),
            psp_name: &psp_name,
            method: method.as_str(),
            fee,
        };
        return paid_elsewhere::apply(pool, notice.notice_id, notice.amount, &paid).await;
    };
    let event = if receipt.outcome == "OK" {
        if !store::every_notice_has_an_ok_receipt(pool, payment.id).await? {
            return Ok(answer(202, "recorded; waiting for the other receipts of the cart"));
        }
        // Proof that money moved: confirms even a payment we had released (late).
        PaymentEvent::ReceiptProvesPaid
    } else {
        PaymentEvent::PspRefused
    };
    let reported = Reported {
        psp_name: Some(psp_name),
        psp_id: receipt.id_psp.trim().to_string(),
        method: method.as_str().to_string(),
        fee,
        reference: payment.provider_reference.clone().unwrap_or_else(|| receipt.receipt_id.clone()),
    };
    answer_for(&payment, settle(pool, settings, &payment, event, Some(&reported)).await)
}

/// Whether a pagoPA payment got no OK receipt at all (then an expired checkout paid nothing).
pub async fn expired_without_receipts(pool: &AnyPool, payment_id: i64) -> Result<bool, AppError> {
    Ok(!store::has_an_ok_receipt(pool, payment_id).await?)
}
