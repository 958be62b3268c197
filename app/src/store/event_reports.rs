//! What the office reads of its payment events: the list, one event with its targets and
//! instalments, and its report per pupil with the totals.

use super::events::HAS_PAYMENTS;
use super::rows::{broken, cents};
use crate::error::AppError;
use crate::model::{EventDetail, EventSummary, ReportRow, ReportTotals};
use domain::birthplace::Date;
use domain::{EventCategory, EventState, NoticeState};
use sqlx::AnyPool;

#[derive(sqlx::FromRow)]
struct SummaryRow {
    id: i64,
    reason: String,
    state: String,
    amount_cents: i64,
    due_date: String,
    notices: i64,
    paid: i64,
}

/// The school's office events (not the voluntary items' own), newest first.
pub async fn list(pool: &AnyPool, school: &str) -> Result<Vec<EventSummary>, AppError> {
    let rows: Vec<SummaryRow> = sqlx::query_as(
        "SELECT e.id, e.reason, e.state, e.amount_cents, e.due_date, \
         (SELECT COUNT(*) FROM notices n WHERE n.event_id = e.id) AS notices, \
         (SELECT COUNT(*) FROM notices n WHERE n.event_id = e.id AND n.state = 'paid') AS paid \
         FROM payment_events e WHERE e.school_code = $1 \
         AND NOT EXISTS (SELECT 1 FROM voluntary_notices v JOIN notices n ON n.id = v.notice_id WHERE n.event_id = e.id) \
         ORDER BY e.id DESC LIMIT 500",
    )
    .bind(school)
    .fetch_all(pool)
    .await?;
    rows.into_iter()
        .map(|row| {
            Ok(EventSummary {
                id: row.id,
                reason: row.reason,
                state: EventState::parse(&row.state).ok_or_else(|| broken("payment_events.state"))?,
                amount: cents("payment_events.amount_cents", row.amount_cents)?,
                due_date: Date::parse(&row.due_date).map_err(|_| broken("payment_events.due_date"))?,
                notices: row.notices,
                paid: row.paid,
            })
        })
        .collect()
}

#[derive(sqlx::FromRow)]
struct DetailRow {
    id: i64,
    reason: String,
    description: String,
    category: String,
    amount_cents: i64,
    min_cents: Option<i64>,
    max_cents: Option<i64>,
    due_date: String,
    expires_on: String,
    beneficiary_iban: String,
    tax_deductible: i64,
    state: String,
    target_kind: String,
    publish_target: i64,
    publish_done: i64,
    has_payments: i64,
}

/// One event of the school, with its targets and instalments.
pub async fn detail(pool: &AnyPool, school: &str, id: i64) -> Result<Option<EventDetail>, AppError> {
    let row: Option<DetailRow> = sqlx::query_as(&format!(
        "SELECT id, reason, description, category, amount_cents, min_cents, max_cents, due_date, expires_on, \
         beneficiary_iban, tax_deductible, state, target_kind, publish_target, publish_done, \
         CASE WHEN {HAS_PAYMENTS} THEN 1 ELSE 0 END AS has_payments \
         FROM payment_events WHERE id = $1 AND school_code = $2"
    ))
    .bind(id)
    .bind(school)
    .fetch_optional(pool)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let targets: Vec<(Option<String>, Option<String>)> = sqlx::query_as(
        "SELECT t.class_name, p.codice_fiscale FROM event_targets t LEFT JOIN pupils p ON p.id = t.pupil_id \
         WHERE t.event_id = $1 ORDER BY t.class_name, p.codice_fiscale",
    )
    .bind(id)
    .fetch_all(pool)
    .await?;
    let mut pupils: Vec<String> = targets.iter().filter_map(|(_, cf)| cf.clone()).collect();
    if row.target_kind == "pupils" && pupils.is_empty() {
        // Events made before the office (the demo's) name their pupils by their notices only.
        let rows: Vec<(String,)> = sqlx::query_as(
            "SELECT DISTINCT p.codice_fiscale FROM notices n JOIN pupils p ON p.id = n.pupil_id WHERE n.event_id = $1 \
             ORDER BY p.codice_fiscale",
        )
        .bind(id)
        .fetch_all(pool)
        .await?;
        pupils = rows.into_iter().map(|(cf,)| cf).collect();
    }
    let instalments = super::event_publishing::instalments(pool, id).await?;
    let date = |column: &'static str, text: &str| Date::parse(text).map_err(|_| broken(column));
    let limits = match (row.min_cents, row.max_cents) {
        (Some(min), Some(max)) => {
            Some((cents("payment_events.min_cents", min)?, cents("payment_events.max_cents", max)?))
        }
        _ => None,
    };
    Ok(Some(EventDetail {
        id: row.id,
        reason: row.reason,
        description: row.description,
        category: EventCategory::parse(&row.category).ok_or_else(|| broken("payment_events.category"))?,
        amount: cents("payment_events.amount_cents", row.amount_cents)?,
        limits,
        due_date: date("payment_events.due_date", &row.due_date)?,
        expires_on: date("payment_events.expires_on", &row.expires_on)?,
        iban: row.beneficiary_iban,
        tax_deductible: row.tax_deductible != 0,
        state: EventState::parse(&row.state).ok_or_else(|| broken("payment_events.state"))?,
        target_kind: row.target_kind,
        classes: targets.iter().filter_map(|(class, _)| class.clone()).collect(),
        pupils,
        instalments,
        publish_target: row.publish_target,
        publish_done: row.publish_done,
        has_payments: row.has_payments != 0,
    }))
}

#[derive(sqlx::FromRow)]
struct ReportDbRow {
    id: i64,
    codice_fiscale: String,
    surname: String,
    given_name: String,
    class_name: String,
    instalment: i64,
    notice_number: String,
    amount_cents: i64,
    due_date: String,
    state: String,
}

/// The event's notices per pupil (those matching `search` in name, codice fiscale, class or
/// number), and the totals over all of them.
pub async fn report(
    pool: &AnyPool,
    school: &str,
    id: i64,
    search: &str,
) -> Result<(Vec<ReportRow>, ReportTotals), AppError> {
    let pattern = format!("%{}%", search.trim().to_uppercase().replace(['%', '_'], ""));
    let rows: Vec<ReportDbRow> = sqlx::query_as(
        "SELECT n.id, p.codice_fiscale, p.surname, p.given_name, p.class_name, n.instalment, n.notice_number, \
         n.amount_cents, n.due_date, n.state FROM notices n JOIN pupils p ON p.id = n.pupil_id \
         WHERE n.event_id = $1 AND n.school_code = $2 AND (UPPER(p.surname) LIKE $3 OR UPPER(p.given_name) LIKE $3 \
         OR p.codice_fiscale LIKE $3 OR UPPER(p.class_name) LIKE $3 OR n.notice_number LIKE $3) \
         ORDER BY p.class_name, p.surname, p.given_name, p.id, n.instalment",
    )
    .bind(id)
    .bind(school)
    .bind(&pattern)
    .fetch_all(pool)
    .await?;
    let rows = rows
        .into_iter()
        .map(|row| {
            Ok(ReportRow {
                notice_id: row.id,
                pupil_cf: row.codice_fiscale,
                surname: row.surname,
                given_name: row.given_name,
                class_name: row.class_name,
                instalment: row.instalment,
                number: row.notice_number,
                amount: cents("notices.amount_cents", row.amount_cents)?,
                due_date: Date::parse(&row.due_date).map_err(|_| broken("notices.due_date"))?,
                state: NoticeState::parse(&row.state).map_err(|_| broken("notices.state"))?,
            })
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    let (due, paid, paid_count, unpaid_count, revoked_count): (i64, i64, i64, i64, i64) = sqlx::query_as(
        "SELECT CAST(COALESCE(SUM(CASE WHEN state <> 'revoked' THEN amount_cents ELSE 0 END), 0) AS BIGINT), \
         CAST(COALESCE(SUM(CASE WHEN state = 'paid' THEN amount_cents ELSE 0 END), 0) AS BIGINT), \
         CAST(COALESCE(SUM(CASE WHEN state = 'paid' THEN 1 ELSE 0 END), 0) AS BIGINT), \
         CAST(COALESCE(SUM(CASE WHEN state IN ('valid', 'expired') THEN 1 ELSE 0 END), 0) AS BIGINT), \
         CAST(COALESCE(SUM(CASE WHEN state = 'revoked' THEN 1 ELSE 0 END), 0) AS BIGINT) \
         FROM notices WHERE event_id = $1 AND school_code = $2",
    )
    .bind(id)
    .bind(school)
    .fetch_one(pool)
    .await?;
    let money = |column: &'static str, value: i64| {
        domain::Cents::new(u64::try_from(value).map_err(|_| broken(column))?).ok_or_else(|| broken(column))
    };
    let totals = ReportTotals {
        due: money("notices.amount_cents", due)?,
        paid: money("notices.amount_cents", paid)?,
        paid_count,
        unpaid_count,
        revoked_count,
    };
    Ok((rows, totals))
}
