//! Paying one notice by its number (or its QR code's text), with an account or without one.
//! Anyone may look a notice up, so the answer shows only what the printed notice shows, and
//! repeated searches from one address are limited.

use super::guest;
use crate::auth::{now, session, throttle};
use crate::error::AppError;
use crate::i18n::PaymentMsg;
use crate::model::{FoundNotice, NoticeLookup};
use crate::routes;
use crate::store::payments::{self, Owner, StartOutcome};
use crate::store::{db, notices};
use domain::notice_number::NoticeNumber;
use domain::pagopa_qr::PaymentQr;
use domain::OrganisationFiscalCode;

/// Searches (well-formed ones: the others never reach the database) one address may make in
/// [`throttle::WINDOW_SECONDS`].
pub const LOOKUP_LIMIT: i64 = 20;

/// Form fields: the notice number, the creditor's fiscal code, the QR code's text.
pub const NUMBER_FIELD: &str = "numero";
pub const CREDITOR_FIELD: &str = "ente";
pub const QR_FIELD: &str = "qr";
pub const EMAIL_FIELD: &str = "email";

/// A field's text, trimmed; `None` when nothing was typed.
fn filled(value: Option<&str>) -> Option<&str> {
    value.map(str::trim).filter(|v| !v.is_empty())
}

/// What was typed, read into a number and a creditor (or the problems at the fields).
/// A notice asked for: its number (and whether its check digits differ), and its creditor.
type Asked = (NoticeNumber, bool, OrganisationFiscalCode);
/// Problems at the form's fields: (input name, message).
type FieldIssues = Vec<(String, PaymentMsg)>;

fn read_form(number: Option<&str>, creditor: Option<&str>, qr: Option<&str>) -> Option<Result<Asked, FieldIssues>> {
    if let Some(text) = filled(qr) {
        // What a scanner or a paste gives: the payload, perhaps with spaces around it.
        return Some(match PaymentQr::parse(text) {
            Ok(qr) => {
                let differ = !qr.notice.check_digits_ok();
                Ok((qr.notice, differ, qr.creditor))
            }
            Err(_) => Err(vec![(QR_FIELD.to_string(), PaymentMsg::PayNoticeQrInvalid)]),
        });
    }
    let (number, creditor) = (filled(number), filled(creditor));
    if number.is_none() && creditor.is_none() {
        return None;
    }
    let mut issues = Vec::new();
    let number = match number.map(NoticeNumber::parse) {
        Some(Ok(parsed)) => Some(parsed),
        Some(Err(_)) => {
            issues.push((NUMBER_FIELD.to_string(), PaymentMsg::PayNoticeNumberInvalid));
            None
        }
        None => {
            issues.push((NUMBER_FIELD.to_string(), PaymentMsg::PayNoticeNumberMissing));
            None
        }
    };
    let creditor = match creditor.map(|c| OrganisationFiscalCode::parse(&c.split_whitespace().collect::<String>())) {
        Some(Ok(code)) => Some(code),
        Some(Err(_)) => {
            issues.push((CREDITOR_FIELD.to_string(), PaymentMsg::PayNoticeCreditorInvalid));
            None
        }
        None => {
            issues.push((CREDITOR_FIELD.to_string(), PaymentMsg::PayNoticeCreditorMissing));
            None
        }
    };
    Some(match (number, creditor) {
        (Some(parsed), Some(creditor)) => Ok((parsed.number, parsed.check_digit_warning.is_some(), creditor)),
        _ => Err(issues),
    })
}

/// Looks a notice up for the page, counting the search against the visitor's address. Also
/// gives the notice's id, for paying it (never sent to the page).
pub async fn look_up(
    number: Option<&str>,
    creditor: Option<&str>,
    qr: Option<&str>,
) -> Result<(NoticeLookup, Option<i64>), AppError> {
    let (number, differ, creditor) = match read_form(number, creditor, qr) {
        None => return Ok((NoticeLookup::Nothing, None)),
        Some(Err(issues)) => return Ok((NoticeLookup::Invalid(issues), None)),
        Some(Ok(read)) => read,
    };
    let pool = db()?;
    let key = format!("notice-lookup:{}", crate::auth::cookies::client_address());
    if let Err(next) = throttle::allow(&pool, &key, LOOKUP_LIMIT).await? {
        tracing::warn!(key, "searches by notice number limited");
        return Ok((NoticeLookup::Limited(crate::time::date_and_clock(next).1), None));
    }
    let Some(notice) = notices::by_number(&pool, &number, &creditor, now()).await? else {
        return Ok((NoticeLookup::Unknown, None));
    };
    let signed_in = session::current().await?.is_some();
    let (badge, _, _) = crate::components::notices::state_label(&notice);
    let lang = crate::request::use_lang();
    let found = FoundNotice {
        badge,
        due_line: crate::components::notices::due_line(lang, &notice),
        notice_number: notice.notice_number.as_str().to_string(),
        notice_number_grouped: notice.notice_number.grouped(),
        creditor_fiscal_code: notice.creditor_fiscal_code.as_str().to_string(),
        school_name: notice.pupil.school_name.clone(),
        reason: notice.reason.clone(),
        amount: notice.amount,
        due_date: notice.due_date,
        state: notice.state,
        refusal: notice.refusal().map(PaymentMsg::for_refusal),
        check_digits_differ: differ,
        signed_in,
    };
    Ok((NoticeLookup::Found(found), Some(notice.id)))
}

/// To be called inside a server function: for the signed-in account (or, without one, the
/// guest with `guest_email`) starts a payment of this one notice and sends the browser to its
/// checkout, answering `Ok(None)`; when the notice cannot be paid, answers the message to show
/// (and sends the browser nowhere). A signed-in account pays even a notice of a pupil it does
/// not pay for (a grandparent): the payment, and its receipt, are the account's.
pub async fn pay_notice_now(
    notice_id: i64,
    guest_email: Option<String>,
) -> Result<Option<crate::i18n::PaymentMsg>, AppError> {
    let pool = db()?;
    let provider = crate::auth::settings()?.provider.kind();
    let started = match session::current().await? {
        Some(account) => {
            // Already on its way in a payment of this account: back to it, not a refusal.
            if let Some(public_id) = payments::live_payment_holding(&pool, account.account_id, &[notice_id]).await? {
                leptos_axum::redirect(&routes::payment(&public_id));
                return Ok(None);
            }
            let owner = Owner::Account { account_id: account.account_id };
            payments::start_for(&pool, owner, provider, &[notice_id], now()).await?
        }
        None => {
            let email = guest_email.as_deref().map(str::trim).unwrap_or_default();
            if domain::registration::check_email(email).is_err() {
                return Ok(Some(PaymentMsg::PayNoticeEmailNeeded));
            }
            let token_hash = guest::token_hash_or_new();
            if let Some(public_id) =
                crate::store::guest_payments::live_guest_payment_holding(&pool, &token_hash, notice_id).await?
            {
                leptos_axum::redirect(&routes::payment(&public_id));
                return Ok(None);
            }
            let owner = Owner::Guest { email, token_hash: &token_hash };
            payments::start_for(&pool, owner, provider, &[notice_id], now()).await?
        }
    };
    match started {
        StartOutcome::Started { public_id } => {
            leptos_axum::redirect(&routes::payment(&public_id));
            Ok(None)
        }
        StartOutcome::Refused(refused) => {
            let reason = refused.first().map_or(domain::cart::Refusal::Revoked, |(_, reason)| *reason);
            Ok(Some(PaymentMsg::for_refusal(reason)))
        }
    }
}
