//! The merchant side of an outcome: a signed notification from the PSP, or the answer the
//! reconciliation job gets when it asks. Either moves the payment by its state machine, in one
//! transaction with what follows from it: receipts, the "Pagamento eseguito" email, the cart.

use super::sandbox::{self, Notification};
use super::signature;
use crate::auth::{now, Settings};
use crate::error::AppError;
use crate::i18n::{phrases, MailMsg};
use crate::store::payments::{self, MoveError, Moved, PaymentRecord};
use crate::store::{accounts, notices, receipts, refunds};
use domain::payment_state::{Outcome, PaymentEvent};
use domain::refund::RefundReason;
use domain::{Cents, PaymentState};
use sqlx::{Any, AnyPool, Transaction};

/// The HTTP answer to a notification: 2xx tells the PSP to stop retrying.
#[derive(Debug, PartialEq, Eq)]
pub struct Answer {
    pub status: u16,
    pub text: &'static str,
}

pub(crate) const fn answer(status: u16, text: &'static str) -> Answer {
    Answer { status, text }
}

/// Checks and applies a sandbox notification. Bad signatures, unknown payments and amounts
/// that differ change nothing; a repeat is acknowledged and changes nothing either.
pub async fn receive_notification(
    pool: &AnyPool,
    settings: &Settings,
    signature_header: Option<&str>,
    body: &[u8],
) -> Answer {
    if let Err(error) = signature::verify(&settings.sandbox_secret, signature_header, body, now()) {
        tracing::warn!(%error, "notification refused: bad signature");
        return answer(401, "bad signature");
    }
    let Ok(notification) = serde_json::from_slice::<Notification>(body) else { return answer(400, "malformed body") };
    if notification.fee_cents < 0 {
        return answer(400, "malformed body");
    }
    let Some(outcome) = sandbox::parse_outcome(&notification.outcome) else { return answer(400, "unknown outcome") };
    match apply_notification(pool, settings, &notification, outcome).await {
        Ok(answer) => answer,
        Err(error) => {
            tracing::error!(?error, "notification could not be applied; the PSP will retry");
            answer(503, "try again")
        }
    }
}

async fn apply_notification(
    pool: &AnyPool,
    settings: &Settings,
    notification: &Notification,
    outcome: Outcome,
) -> Result<Answer, AppError> {
    let Some(payment) = payments::find(pool, &notification.merchant_reference).await? else {
        tracing::warn!(reference = %notification.merchant_reference, "notification for an unknown payment");
        return Ok(answer(404, "unknown payment"));
    };
    // Before the redirect was recorded the payment has no reference yet; the PSP's word wins.
    let reference_ok = payment.provider_reference.as_deref().is_none_or(|r| r == notification.transaction_id);
    let money_ok = i64::from(payment.amount) == notification.amount_cents
        && payment.fee.is_none_or(|fee| i64::from(fee) == notification.fee_cents);
    if !reference_ok || !money_ok {
        tracing::error!(
            payment = payment.id,
            "notification disagrees with the payment (reference or amounts): not applied"
        );
        return Ok(answer(422, "does not match the payment"));
    }
    let event = match outcome {
        Outcome::Confirmed => PaymentEvent::PspConfirmed,
        Outcome::Refused => PaymentEvent::PspRefused,
        Outcome::Abandoned => PaymentEvent::UserAbandoned,
    };
    let reported = Reported {
        psp_name: None,
        psp_id: notification.psp_id.clone(),
        method: notification.method.clone(),
        fee: Cents::try_from(notification.fee_cents).map_err(|_| AppError::Request("negative fee".into()))?,
        reference: notification.transaction_id.clone(),
    };
    answer_for(&payment, settle(pool, settings, &payment, event, Some(&reported)).await)
}

/// The provider's answer once a reported outcome is settled (or could not be).
pub(crate) fn answer_for(payment: &PaymentRecord, settled: Result<Moved, MoveError>) -> Result<Answer, AppError> {
    Ok(match settled {
        Ok(Moved::Changed(_)) => answer(200, "applied"),
        Ok(Moved::Unchanged(_)) => answer(200, "already applied"),
        Err(MoveError::Invalid(invalid)) => {
            tracing::error!(payment = payment.id, %invalid, "an outcome contradicts a final one: a person must look");
            answer(409, "contradicts the recorded outcome")
        }
        Err(MoveError::Raced) => answer(503, "try again"),
        Err(MoveError::App(error)) => return Err(error),
    })
}

/// What the PSP reports about the payment it handled.
pub struct Reported {
    /// Its name when the report gives it (pagoPA's receipts); else looked up by id.
    pub psp_name: Option<String>,
    pub psp_id: String,
    pub method: String,
    pub fee: Cents,
    pub reference: String,
}

/// Moves `payment` by `event`; on confirmation also writes the receipts, queues the email and
/// empties the paid notices from carts, all in the same transaction. When the outcome arrives
/// before the family's choice of PSP was recorded, the PSP's report fills it in.
pub async fn settle(
    pool: &AnyPool,
    settings: &Settings,
    payment: &PaymentRecord,
    event: PaymentEvent,
    reported: Option<&Reported>,
) -> Result<Moved, MoveError> {
    let mut tx = pool.begin().await.map_err(AppError::from)?;
    let mut payment = payment.clone();
    if let (None, Some(report)) = (&payment.psp_id, reported) {
        let psp_name = match &report.psp_name {
            Some(name) => name.clone(),
            None => sandbox::psp(&report.psp_id).map_or(report.psp_id.as_str(), |p| p.name).to_string(),
        };
        let fee = report.fee;
        let choice = payments::PspChoice { method: &report.method, psp_id: &report.psp_id, psp_name: &psp_name, fee };
        payments::fill_psp(&mut tx, payment.id, &choice, &report.reference).await?;
        (payment.psp_id, payment.psp_name, payment.method) =
            (Some(report.psp_id.clone()), Some(psp_name), Some(report.method.clone()));
        (payment.fee, payment.provider_reference) = (Some(fee), Some(report.reference.clone()));
    }
    let moved = payments::apply(&mut tx, &payment, event).await?;
    if moved == Moved::Changed(PaymentState::Confirmed) {
        confirmed(&mut tx, &settings.public_url, &payment).await?;
    }
    tx.commit().await.map_err(AppError::from)?;
    Ok(moved)
}

async fn confirmed(tx: &mut Transaction<'_, Any>, public_url: &str, payment: &PaymentRecord) -> Result<(), AppError> {
    let paid_at = now();
    // An account's payment has its payer; a guest's only the email the guest gave.
    let payer = match payment.account_id {
        Some(account_id) => Some(accounts::payer(tx, account_id).await?),
        None => None,
    };
    let sources = receipts::sources(tx, payment.id).await?;
    let fee = payment.fee.unwrap_or(Cents::ZERO);
    let (psp_id, psp_name, method) = (
        payment.psp_id.clone().unwrap_or_default(),
        payment.psp_name.clone().unwrap_or_default(),
        payment.method.clone().unwrap_or_default(),
    );
    let payer_name = payer.as_ref().map(|p| format!("{} {}", p.given_name, p.surname));
    let lang = payer.as_ref().and_then(|p| crate::i18n::Lang::from_code(&p.lang)).unwrap_or_default();
    let mut lines = Vec::new();
    for source in &sources {
        let what = phrases::what_for_whom(lang, &source.description, &source.debtor_name);
        // Paid meanwhile by other money (or no longer payable): the school owes this money back.
        if let Some(reason) = refund_reason(receipts::standing(tx, source.notice_id).await?) {
            let refund = refunds::NewRefund {
                notice_id: source.notice_id,
                payment_id: Some(payment.id),
                pagopa_receipt_id: source.provider_receipt_id.as_deref(),
                amount: source.amount,
                reason,
            };
            refunds::record(tx, &refund, paid_at).await?;
            let owed = phrases::refund_owed(lang, reason, source.amount);
            lines.push((format!("{what}. {owed}"), source.amount.to_euro()));
            continue;
        }
        let receipt_id =
            source.provider_receipt_id.clone().unwrap_or_else(|| crate::auth::tokens::new_token()[..32].to_string());
        let receipt = receipts::NewReceipt {
            receipt_id: &receipt_id,
            source,
            paid_through: Some(receipts::PaidThrough {
                payment_id: payment.id,
                account_id: payment.account_id,
                payer_codice_fiscale: payer.as_ref().map(|p| p.codice_fiscale.as_str()),
                payer_name: payer_name.as_deref(),
            }),
            psp_id: &psp_id,
            psp_name: &psp_name,
            method: &method,
            fee,
            paid_at,
        };
        receipts::insert(tx, &receipt).await?;
        notices::remove_from_all_carts(tx, source.notice_id).await?;
        lines.push((what, source.amount.to_euro()));
    }
    let total = payment.amount.checked_add(fee).ok_or(AppError::Database)?;
    lines.push((phrases::paid_fee(lang, psp_name.as_str()), fee.to_euro()));
    lines.push((lang.t(MailMsg::PaidTotal).to_string(), total.to_euro()));
    let test_payment = payment.provider == domain::ProviderKind::Sandbox;
    // A guest finds the receipts on the payment's own page (its cookie opens it).
    let (to, greeted, receipts_url) = match (&payer, &payment.guest_email) {
        (Some(payer), _) => {
            (payer.email.as_str(), payer.given_name.as_str(), format!("{public_url}{}", crate::routes::RECEIPTS))
        }
        (None, Some(email)) => {
            (email.as_str(), email.as_str(), format!("{public_url}{}", crate::routes::payment(&payment.public_id)))
        }
        (None, None) => return Err(AppError::Database),
    };
    let email = crate::mail::payment_completed(lang, to, greeted, &lines, &receipts_url, test_payment);
    crate::store::outbox::enqueue(&mut **tx, &email).await?;
    Ok(())
}

/// Why money that arrived for a notice must go back, given where the notice stands (its state,
/// and the receipt of the money that paid it): `None` when this money pays it.
pub(crate) fn refund_reason((state, paid_by): (domain::NoticeState, Option<String>)) -> Option<RefundReason> {
    match (state, paid_by) {
        (domain::NoticeState::Paid, None) => None,
        (domain::NoticeState::Paid, Some(_)) => Some(RefundReason::PaidTwice),
        // Withdrawn: the school could not take it. (A valid or expired notice is never left
        // here: the confirmation marks its notices paid first.)
        _ => Some(RefundReason::NotPayable),
    }
}
