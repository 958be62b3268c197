//! The office's payment events: drafts (new and edited), approval, revoking. Publishing is in
//! `event_publishing`, the list, one event and its report in `event_reports`. Every function
//! takes the school's code: an event of another school is not found.

use super::rows::broken;
use crate::error::AppError;
use domain::payment_event::{Amount, EventDraft, EventField, EventProblem, Instalment, Problems, Target};
use domain::EventState;
use sqlx::{Any, AnyPool, Transaction};

pub use super::event_publishing::{publish, start_publishing, PUBLISH_BATCH};
pub use super::event_reports::{detail, list, report};

/// The school's classes (its pupils' `class_name`), in order.
pub async fn classes(pool: &AnyPool, school: &str) -> Result<Vec<String>, AppError> {
    let rows: Vec<(String,)> =
        sqlx::query_as("SELECT DISTINCT class_name FROM pupils WHERE school_code = $1 ORDER BY class_name")
            .bind(school)
            .fetch_all(pool)
            .await?;
    Ok(rows.into_iter().map(|(class,)| class).collect())
}

/// What saving a draft did.
#[derive(Debug, PartialEq, Eq)]
pub enum Saved {
    Saved(i64),
    /// Classes or pupils the school does not have, at their field.
    Problems(Problems),
    /// A notice of the event has been paid (or is being paid): it can no longer change.
    AfterPayment,
    /// Revoked, or gone.
    NotEditable,
}

pub(super) const HAS_PAYMENTS: &str = "EXISTS (SELECT 1 FROM notices n WHERE n.event_id = payment_events.id AND (n.state = 'paid' \
     OR EXISTS (SELECT 1 FROM notice_holds h WHERE h.notice_id = n.id) OR EXISTS (SELECT 1 FROM receipts r WHERE r.notice_id = n.id)))";

/// Creates a draft (`event_id` None) or edits one. Editing an approved event sends it back to
/// draft (the headteacher approves what is published); a published one keeps its targets and
/// changes its valid notices' amounts and dates with it, until the first payment.
pub async fn save(
    pool: &AnyPool,
    school: &str,
    account_id: i64,
    event_id: Option<i64>,
    draft: &EventDraft,
    now: i64,
) -> Result<Saved, AppError> {
    let mut tx = pool.begin().await?;
    let (pupil_ids, problems) = resolve_target(&mut tx, school, &draft.target).await?;
    if !problems.is_empty() {
        return Ok(Saved::Problems(problems));
    }
    let (min, max) = match draft.amount {
        Amount::Changeable { min, max, .. } => (Some(i64::from(min)), Some(i64::from(max))),
        Amount::Fixed(_) => (None, None),
    };
    let expires_on = draft.last_payable_day(draft.due_date);
    let id = match event_id {
        None => {
            let (id,): (i64,) = sqlx::query_as(
                "INSERT INTO payment_events (school_code, reason, category, amount_cents, school_year, due_date, expires_on, \
                 beneficiary_iban, tax_deductible, amount_editable, created_at, state, description, min_cents, max_cents, \
                 target_kind, created_by, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'draft', $12, $13, $14, $15, $16, $11) RETURNING id",
            )
            .bind(school)
            .bind(&draft.reason)
            .bind(draft.category.code())
            .bind(i64::from(draft.amount.proposed()))
            .bind(i64::from(draft.due_date.school_year().start()))
            .bind(draft.due_date.to_string())
            .bind(expires_on.to_string())
            .bind(&draft.iban)
            .bind(i64::from(draft.tax_deductible))
            .bind(i64::from(min.is_some()))
            .bind(now)
            .bind(&draft.description)
            .bind(min)
            .bind(max)
            .bind(draft.target.kind())
            .bind(account_id)
            .fetch_one(&mut *tx)
            .await?;
            id
        }
        Some(id) => {
            let state: Option<(String, i64)> = sqlx::query_as(&format!(
                "SELECT state, CASE WHEN {HAS_PAYMENTS} THEN 1 ELSE 0 END FROM payment_events WHERE id = $1 AND school_code = $2"
            ))
            .bind(id)
            .bind(school)
            .fetch_optional(&mut *tx)
            .await?;
            let Some((state, paid)) = state else { return Ok(Saved::NotEditable) };
            let state = EventState::parse(&state).ok_or_else(|| broken("payment_events.state"))?;
            if paid != 0 {
                return Ok(Saved::AfterPayment);
            }
            let published = match state {
                EventState::Revoked => return Ok(Saved::NotEditable),
                EventState::Published => true,
                EventState::Draft | EventState::Approved => false,
            };
            if published && !same_instalment_count(&mut tx, id, draft).await? {
                return Ok(Saved::Problems(vec![(EventField::Instalment(0), EventProblem::InstalmentOrder)]));
            }
            sqlx::query(
                "UPDATE payment_events SET reason = $3, category = $4, amount_cents = $5, school_year = $6, due_date = $7, \
                 expires_on = $8, beneficiary_iban = $9, tax_deductible = $10, amount_editable = $11, description = $12, \
                 min_cents = $13, max_cents = $14, updated_at = $15, \
                 target_kind = CASE WHEN state = 'published' THEN target_kind ELSE $16 END, \
                 state = CASE WHEN state = 'approved' THEN 'draft' ELSE state END, \
                 approved_by = CASE WHEN state = 'approved' THEN NULL ELSE approved_by END, \
                 approved_at = CASE WHEN state = 'approved' THEN NULL ELSE approved_at END \
                 WHERE id = $1 AND school_code = $2",
            )
            .bind(id)
            .bind(school)
            .bind(&draft.reason)
            .bind(draft.category.code())
            .bind(i64::from(draft.amount.proposed()))
            .bind(i64::from(draft.due_date.school_year().start()))
            .bind(draft.due_date.to_string())
            .bind(expires_on.to_string())
            .bind(&draft.iban)
            .bind(i64::from(draft.tax_deductible))
            .bind(i64::from(min.is_some()))
            .bind(&draft.description)
            .bind(min)
            .bind(max)
            .bind(now)
            .bind(draft.target.kind())
            .execute(&mut *tx)
            .await?;
            if published {
                update_valid_notices(&mut tx, id, draft, now).await?;
                tx.commit().await?;
                return Ok(Saved::Saved(id));
            }
            sqlx::query("DELETE FROM event_targets WHERE event_id = $1").bind(id).execute(&mut *tx).await?;
            sqlx::query("DELETE FROM event_instalments WHERE event_id = $1").bind(id).execute(&mut *tx).await?;
            id
        }
    };
    match &draft.target {
        Target::School => {}
        Target::Classes(classes) => {
            for class in classes {
                sqlx::query("INSERT INTO event_targets (event_id, class_name) VALUES ($1, $2)")
                    .bind(id)
                    .bind(class)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        Target::Pupils(_) => {
            for pupil in &pupil_ids {
                sqlx::query("INSERT INTO event_targets (event_id, pupil_id) VALUES ($1, $2)")
                    .bind(id)
                    .bind(pupil)
                    .execute(&mut *tx)
                    .await?;
            }
        }
    }
    for (seq, instalment) in (1_i64..).zip(&draft.instalments) {
        sqlx::query("INSERT INTO event_instalments (event_id, seq, amount_cents, due_date) VALUES ($1, $2, $3, $4)")
            .bind(id)
            .bind(seq)
            .bind(i64::from(instalment.amount))
            .bind(instalment.due_date.to_string())
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(Saved::Saved(id))
}

async fn same_instalment_count(tx: &mut Transaction<'_, Any>, id: i64, draft: &EventDraft) -> Result<bool, AppError> {
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM event_instalments WHERE event_id = $1")
        .bind(id)
        .fetch_one(&mut **tx)
        .await?;
    Ok(usize::try_from(count).ok() == Some(draft.instalments.len()))
}

/// A published event edited before any payment: its valid notices follow the new amounts and dates.
async fn update_valid_notices(
    tx: &mut Transaction<'_, Any>,
    id: i64,
    draft: &EventDraft,
    now: i64,
) -> Result<(), AppError> {
    let parts: Vec<(i64, Instalment)> = if draft.instalments.is_empty() {
        vec![(0, Instalment { amount: draft.amount.proposed(), due_date: draft.due_date })]
    } else {
        (1_i64..).zip(draft.instalments.iter().copied()).collect()
    };
    for (seq, part) in parts {
        if seq > 0 {
            sqlx::query(
                "UPDATE event_instalments SET amount_cents = $3, due_date = $4 WHERE event_id = $1 AND seq = $2",
            )
            .bind(id)
            .bind(seq)
            .bind(i64::from(part.amount))
            .bind(part.due_date.to_string())
            .execute(&mut **tx)
            .await?;
        }
        sqlx::query(
            "UPDATE notices SET amount_cents = $3, due_date = $4, expires_on = $5, updated_at = $6 \
             WHERE event_id = $1 AND instalment = $2 AND state = 'valid'",
        )
        .bind(id)
        .bind(seq)
        .bind(i64::from(part.amount))
        .bind(part.due_date.to_string())
        .bind(draft.last_payable_day(part.due_date).to_string())
        .bind(now)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// The ids of the chosen pupils, or a problem for each class or pupil the school lacks.
async fn resolve_target(
    tx: &mut Transaction<'_, Any>,
    school: &str,
    target: &Target,
) -> Result<(Vec<i64>, Problems), AppError> {
    let mut problems = Problems::new();
    let mut ids = Vec::new();
    match target {
        Target::School => {}
        Target::Classes(classes) => {
            for class in classes {
                let found: Option<(i64,)> =
                    sqlx::query_as("SELECT id FROM pupils WHERE school_code = $1 AND class_name = $2 LIMIT 1")
                        .bind(school)
                        .bind(class)
                        .fetch_optional(&mut **tx)
                        .await?;
                if found.is_none() {
                    problems.push((EventField::Classes, EventProblem::UnknownClass(class.clone())));
                }
            }
        }
        Target::Pupils(pupils) => {
            for cf in pupils {
                let found: Option<(i64,)> =
                    sqlx::query_as("SELECT id FROM pupils WHERE school_code = $1 AND codice_fiscale = $2")
                        .bind(school)
                        .bind(cf.as_str())
                        .fetch_optional(&mut **tx)
                        .await?;
                match found {
                    Some((id,)) => ids.push(id),
                    None => problems.push((EventField::Pupils, EventProblem::UnknownPupil(cf.as_str().to_string()))),
                }
            }
        }
    }
    Ok((ids, problems))
}

/// Draft → approved, by the headteacher (the caller checks the role). False when it was not a
/// draft of this school.
pub async fn approve(pool: &AnyPool, school: &str, id: i64, account_id: i64, now: i64) -> Result<bool, AppError> {
    let done = sqlx::query(
        "UPDATE payment_events SET state = 'approved', approved_by = $3, approved_at = $4 \
         WHERE id = $1 AND school_code = $2 AND state = 'draft'",
    )
    .bind(id)
    .bind(school)
    .bind(account_id)
    .bind(now)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Revokes the event: its valid notices become revoked (families see them so, nobody can pay
/// them, their numbers stay theirs). False when already revoked or not the school's.
pub async fn revoke(pool: &AnyPool, school: &str, id: i64, now: i64) -> Result<bool, AppError> {
    let mut tx = pool.begin().await?;
    let done = sqlx::query(
        "UPDATE payment_events SET state = 'revoked', revoked_at = $3 WHERE id = $1 AND school_code = $2 AND state <> 'revoked'",
    )
    .bind(id)
    .bind(school)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    sqlx::query("UPDATE notices SET state = 'revoked', updated_at = $2 WHERE event_id = $1 AND state = 'valid'")
        .bind(id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(true)
}

/// Revokes one valid notice of the school's event. False when it was not valid (paid, already
/// revoked) or not this event's.
pub async fn revoke_notice(
    pool: &AnyPool,
    school: &str,
    event_id: i64,
    notice_id: i64,
    now: i64,
) -> Result<bool, AppError> {
    let done = sqlx::query(
        "UPDATE notices SET state = 'revoked', updated_at = $4 WHERE id = $1 AND event_id = $2 AND school_code = $3 AND state = 'valid'",
    )
    .bind(notice_id)
    .bind(event_id)
    .bind(school)
    .bind(now)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}
