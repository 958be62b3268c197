//! Refunds the schools owe: money that reached a school for a notice already paid (or no longer
//! payable). Recorded in the transaction that receives the money; listed for the office; shown
//! to the family of the pupil.

use super::rows;
use crate::error::AppError;
use crate::model::RefundNote;
use domain::refund::{Refund, RefundReason, RefundState};
use domain::{Cents, SchoolCode};
use sqlx::{Any, AnyPool, Transaction};

/// Money to give back, as it arrives.
pub struct NewRefund<'a> {
    pub notice_id: i64,
    /// The PagoScuola payment that paid again, if the money came through one.
    pub payment_id: Option<i64>,
    /// pagoPA's receipt of that money, if one was forwarded.
    pub pagopa_receipt_id: Option<&'a str>,
    pub amount: Cents,
    pub reason: RefundReason,
}

/// Records a refund inside `tx`; false when it is recorded already (one per payment and
/// notice, one per receipt), so repeats add nothing.
pub async fn record(tx: &mut Transaction<'_, Any>, refund: &NewRefund<'_>, now: i64) -> Result<bool, AppError> {
    let done = sqlx::query(
        "INSERT INTO refunds (notice_id, school_code, payment_id, pagopa_receipt_id, amount_cents, reason, state, created_at) \
         SELECT n.id, n.school_code, $2, $3, $4, $5, 'to_refund', $6 FROM notices n WHERE n.id = $1 ON CONFLICT DO NOTHING",
    )
    .bind(refund.notice_id)
    .bind(refund.payment_id)
    .bind(refund.pagopa_receipt_id)
    .bind(i64::from(refund.amount))
    .bind(refund.reason.as_str())
    .bind(now)
    .execute(&mut **tx)
    .await?;
    if done.rows_affected() == 1 {
        tracing::warn!(
            notice = refund.notice_id,
            payment = refund.payment_id,
            reason = refund.reason.as_str(),
            "money arrived for a notice that could not take it: a refund is owed"
        );
    }
    Ok(done.rows_affected() == 1)
}

#[derive(sqlx::FromRow)]
struct RefundRow {
    id: i64,
    school_code: String,
    notice_number: String,
    description: String,
    debtor_name: String,
    amount_cents: i64,
    reason: String,
    state: String,
    payment: Option<String>,
    pagopa_receipt_id: Option<String>,
    created_at: i64,
    refunded_at: Option<i64>,
}

/// The refunds still to make, per school (one school when given), oldest first.
pub async fn to_make(pool: &AnyPool, school: Option<&SchoolCode>) -> Result<Vec<Refund>, AppError> {
    list(pool, school, false).await
}

/// One school's refunds for its office: those to make, then the last 200 made.
pub async fn of_school(pool: &AnyPool, school: &SchoolCode) -> Result<Vec<Refund>, AppError> {
    let mut refunds = list(pool, Some(school), false).await?;
    let mut made: Vec<Refund> =
        list(pool, Some(school), true).await?.into_iter().filter(|r| r.refunded_at.is_some()).collect();
    made.sort_by_key(|refund| std::cmp::Reverse(refund.refunded_at));
    refunds.extend(made.into_iter().take(200));
    Ok(refunds)
}

async fn list(pool: &AnyPool, school: Option<&SchoolCode>, with_refunded: bool) -> Result<Vec<Refund>, AppError> {
    let rows: Vec<RefundRow> = sqlx::query_as(
        "SELECT f.id, f.school_code, n.notice_number, e.reason AS description, p.given_name || ' ' || p.surname AS debtor_name, \
         f.amount_cents, f.reason, f.state, py.public_id AS payment, f.pagopa_receipt_id, f.created_at, f.refunded_at \
         FROM refunds f JOIN notices n ON n.id = f.notice_id JOIN payment_events e ON e.id = n.event_id \
         JOIN pupils p ON p.id = n.pupil_id LEFT JOIN payments py ON py.id = f.payment_id \
         WHERE (f.state = 'to_refund' OR $2 = 1) AND ($1 = '' OR f.school_code = $1) ORDER BY f.school_code, f.created_at, f.id",
    )
    .bind(school.map_or("", SchoolCode::as_str))
    .bind(i64::from(with_refunded))
    .fetch_all(pool)
    .await?;
    rows.into_iter()
        .map(|row| {
            Ok(Refund {
                id: row.id,
                school: SchoolCode::parse(&row.school_code).map_err(|_| rows::broken("refunds.school_code"))?,
                notice_number: rows::notice_number("notices.notice_number", row.notice_number)?,
                description: row.description,
                debtor_name: row.debtor_name,
                amount: rows::cents("refunds.amount_cents", row.amount_cents)?,
                reason: RefundReason::parse(&row.reason).ok_or_else(|| rows::broken("refunds.reason"))?,
                state: RefundState::parse(&row.state).ok_or_else(|| rows::broken("refunds.state"))?,
                payment: row.payment,
                receipt_id: row.pagopa_receipt_id,
                recorded_at: row.created_at,
                refunded_at: row.refunded_at,
            })
        })
        .collect()
}

/// The office gave the money back: refund `id` of `school` is marked refunded (the family stops
/// seeing "la scuola deve rimborsarti"). False when it is not the school's or was marked already.
pub async fn mark_refunded(pool: &AnyPool, school: &SchoolCode, id: i64, now: i64) -> Result<bool, AppError> {
    let done = sqlx::query(
        "UPDATE refunds SET state = 'refunded', refunded_at = $3 WHERE id = $1 AND school_code = $2 AND state = 'to_refund'",
    )
    .bind(id)
    .bind(school.as_str())
    .bind(now)
    .execute(pool)
    .await?;
    if done.rows_affected() == 1 {
        tracing::info!(refund = id, school = school.as_str(), "refund marked as made by the office");
    }
    Ok(done.rows_affected() == 1)
}

#[derive(sqlx::FromRow)]
struct NoteRow {
    notice_id: i64,
    description: String,
    debtor_name: String,
    school_name: String,
    amount_cents: i64,
    reason: String,
}

const NOTE_SQL: &str = "SELECT f.notice_id, e.reason AS description, p.given_name || ' ' || p.surname AS debtor_name, \
     s.name AS school_name, f.amount_cents, f.reason FROM refunds f JOIN notices n ON n.id = f.notice_id \
     JOIN payment_events e ON e.id = n.event_id JOIN pupils p ON p.id = n.pupil_id JOIN schools s ON s.code = f.school_code \
     WHERE f.state = 'to_refund'";

fn notes(rows: Vec<NoteRow>) -> Result<Vec<RefundNote>, AppError> {
    rows.into_iter()
        .map(|row| {
            Ok(RefundNote {
                notice_id: row.notice_id,
                description: row.description,
                debtor_name: row.debtor_name,
                school_name: row.school_name,
                amount: rows::cents("refunds.amount_cents", row.amount_cents)?,
                reason: RefundReason::parse(&row.reason).ok_or_else(|| rows::broken("refunds.reason"))?,
            })
        })
        .collect()
}

/// What the schools owe the family of the account (every payer the school vouches for sees it).
pub async fn for_account(pool: &AnyPool, account_id: i64) -> Result<Vec<RefundNote>, AppError> {
    let sql = format!("{NOTE_SQL} AND {} ORDER BY f.created_at, f.id", super::notices::VISIBLE_TO_ACCOUNT);
    notes(sqlx::query_as(&sql).bind(account_id).fetch_all(pool).await?)
}

/// What the school owes back for one notice (the caller checked the family may see it).
pub async fn for_notice(pool: &AnyPool, notice_id: i64) -> Result<Vec<RefundNote>, AppError> {
    let sql = format!("{NOTE_SQL} AND f.notice_id = $1 ORDER BY f.created_at, f.id");
    notes(sqlx::query_as(&sql).bind(notice_id).fetch_all(pool).await?)
}
