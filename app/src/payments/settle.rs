//! The merchant side of an outcome: a signed notification from the PSP, or the answer the
//! reconciliation job gets when it asks. Either moves the payment by its state machine, in one
//! transaction with what follows from it: receipts, the "Pagamento eseguito" email, the cart.

use super::sandbox::{self, Notification};
use super::signature;
use crate::auth::{now, Settings};
use crate::error::AppError;
use crate::i18n::{phrases, MailMsg};
use crate::store::payments::{self, MoveError, Moved, PaymentRecord};
use domain::payment_state::{Outcome, PaymentEvent};
use domain::PaymentState;
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
    let expected = (payment.provider_reference.as_deref(), payment.amount_cents, payment.fee_cents);
    // Before the redirect was recorded the payment has no reference yet; the PSP's word wins.
    let reference_ok = expected.0.is_none_or(|r| r == notification.transaction_id);
    let money_ok =
        expected.1 == notification.amount_cents && expected.2.is_none_or(|fee| fee == notification.fee_cents);
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
        fee_cents: notification.fee_cents,
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
    pub fee_cents: i64,
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
        sqlx::query(
            "UPDATE payments SET psp_id = $1, psp_name = $2, method = $3, fee_cents = $4, provider_reference = $5 WHERE id = $6 AND psp_id IS NULL",
        )
        .bind(&report.psp_id)
        .bind(&psp_name)
        .bind(&report.method)
        .bind(report.fee_cents)
        .bind(&report.reference)
        .bind(payment.id)
        .execute(&mut *tx)
        .await
        .map_err(AppError::from)?;
        (payment.psp_id, payment.psp_name, payment.method) =
            (Some(report.psp_id.clone()), Some(psp_name), Some(report.method.clone()));
        (payment.fee_cents, payment.provider_reference) = (Some(report.fee_cents), Some(report.reference.clone()));
    }
    let moved = payments::apply(&mut tx, &payment, event).await?;
    if moved == Moved::Changed(PaymentState::Confirmed) {
        confirmed(&mut tx, &settings.public_url, &payment).await?;
    }
    tx.commit().await.map_err(AppError::from)?;
    Ok(moved)
}

#[derive(sqlx::FromRow)]
struct ReceiptSource {
    notice_id: i64,
    notice_number: String,
    creditor_fiscal_code: String,
    company_name: String,
    office_name: String,
    description: String,
    amount_cents: i64,
    debtor_codice_fiscale: String,
    debtor_name: String,
    school_year: i64,
    tax_deductible: i64,
    /// pagoPA's own receipt id, when the payment went through its checkout.
    provider_receipt_id: Option<String>,
}

async fn confirmed(tx: &mut Transaction<'_, Any>, public_url: &str, payment: &PaymentRecord) -> Result<(), AppError> {
    let paid_at = now();
    let payer: (String, String, String, String, String) =
        sqlx::query_as("SELECT codice_fiscale, given_name, surname, email, lang FROM accounts WHERE id = $1")
            .bind(payment.account_id)
            .fetch_one(&mut **tx)
            .await?;
    let (payer_cf, payer_given, payer_surname, payer_email, payer_lang) = payer;
    let sources: Vec<ReceiptSource> = sqlx::query_as(
        "SELECT n.id AS notice_id, n.notice_number, s.creditor_fiscal_code, s.name AS company_name, s.town AS office_name, \
         e.reason AS description, pi.amount_cents, p.codice_fiscale AS debtor_codice_fiscale, \
         p.given_name || ' ' || p.surname AS debtor_name, e.school_year, e.tax_deductible, \
         (SELECT r.receipt_id FROM pagopa_receipts r WHERE r.payment_id = pi.payment_id AND r.notice_id = pi.notice_id AND r.outcome = 'OK') \
         AS provider_receipt_id \
         FROM payment_items pi JOIN notices n ON n.id = pi.notice_id JOIN payment_events e ON e.id = n.event_id \
         JOIN pupils p ON p.id = n.pupil_id JOIN schools s ON s.code = n.school_code WHERE pi.payment_id = $1 ORDER BY n.id",
    )
    .bind(payment.id)
    .fetch_all(&mut **tx)
    .await?;
    let fee = payment.fee_cents.unwrap_or(0);
    let (psp_id, psp_name, method) = (
        payment.psp_id.clone().unwrap_or_default(),
        payment.psp_name.clone().unwrap_or_default(),
        payment.method.clone().unwrap_or_default(),
    );
    let lang = crate::i18n::Lang::from_code(&payer_lang).unwrap_or_default();
    let mut lines = Vec::new();
    for source in &sources {
        let receipt_id =
            source.provider_receipt_id.clone().unwrap_or_else(|| crate::auth::tokens::new_token()[..32].to_string());
        sqlx::query(
            "INSERT INTO receipts (receipt_id, notice_id, payment_id, account_id, notice_number, iuv, creditor_fiscal_code, company_name, \
             office_name, description, amount_cents, debtor_codice_fiscale, debtor_name, payer_codice_fiscale, payer_name, psp_id, psp_name, \
             method, fee_cents, school_year, tax_deductible, outcome, paid_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, 'OK', $22)",
        )
        .bind(&receipt_id)
        .bind(source.notice_id)
        .bind(payment.id)
        .bind(payment.account_id)
        .bind(&source.notice_number)
        .bind(&source.notice_number[1..])
        .bind(&source.creditor_fiscal_code)
        .bind(&source.company_name)
        .bind(&source.office_name)
        .bind(&source.description)
        .bind(source.amount_cents)
        .bind(&source.debtor_codice_fiscale)
        .bind(&source.debtor_name)
        .bind(&payer_cf)
        .bind(format!("{payer_given} {payer_surname}"))
        .bind(&psp_id)
        .bind(&psp_name)
        .bind(&method)
        .bind(fee)
        .bind(source.school_year)
        .bind(source.tax_deductible)
        .bind(paid_at)
        .execute(&mut **tx)
        .await?;
        sqlx::query("DELETE FROM cart_items WHERE notice_id = $1").bind(source.notice_id).execute(&mut **tx).await?;
        let amount = domain::Cents::try_from(source.amount_cents).map_err(|_| AppError::Database)?;
        lines.push((phrases::what_for_whom(lang, &source.description, &source.debtor_name), amount.to_euro()));
    }
    let fee_cents = domain::Cents::try_from(fee).map_err(|_| AppError::Database)?;
    let total = payment.amount()?.checked_add(fee_cents).ok_or(AppError::Database)?;
    lines.push((phrases::paid_fee(lang, psp_name.as_str()), fee_cents.to_euro()));
    lines.push((lang.t(MailMsg::PaidTotal).to_string(), total.to_euro()));
    let receipts_url = format!("{public_url}/ricevute");
    let email = crate::mail::payment_completed(lang, &payer_email, &payer_given, &lines, &receipts_url);
    crate::store::outbox::enqueue(&mut **tx, &email).await?;
    Ok(())
}
