//! Publishing a payment event: approved → published, then its notices in batches (one
//! transaction each, the progress counters in the database so that any server process and the
//! page see it), and in the last batch one email per payer.

use super::office::{issue_notices, BatchNotice};
use super::rows::{broken, cents};
use crate::error::AppError;
use domain::birthplace::Date;
use domain::payment_event::Instalment;
use sqlx::{Any, AnyPool, Transaction};

/// Pupils a publishing transaction covers: small enough to keep each transaction short, large
/// enough that 1,500 pupils take a handful.
pub const PUBLISH_BATCH: i64 = 250;

/// The pupils an event reaches (`$1` the event) that have no notice of it yet.
const TARGET_PUPILS: &str = "FROM pupils p JOIN payment_events e ON e.id = $1 AND e.school_code = p.school_code \
     WHERE (e.target_kind = 'school' \
     OR (e.target_kind = 'classes' AND p.class_name IN (SELECT t.class_name FROM event_targets t WHERE t.event_id = e.id)) \
     OR (e.target_kind = 'pupils' AND p.id IN (SELECT t.pupil_id FROM event_targets t WHERE t.event_id = e.id))) \
     AND NOT EXISTS (SELECT 1 FROM notices n WHERE n.event_id = e.id AND n.pupil_id = p.id)";

/// Approved → published, with the number of notices to make. False when it was not approved
/// (published twice, or by two clicks at once: only one wins and runs the batches).
pub async fn start_publishing(pool: &AnyPool, school: &str, id: i64, now: i64) -> Result<bool, AppError> {
    let mut tx = pool.begin().await?;
    let started = sqlx::query(
        "UPDATE payment_events SET state = 'published', published_at = $3, publish_done = 0 \
         WHERE id = $1 AND school_code = $2 AND state = 'approved'",
    )
    .bind(id)
    .bind(school)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    if started.rows_affected() != 1 {
        return Ok(false);
    }
    let (pupils,): (i64,) =
        sqlx::query_as(&format!("SELECT COUNT(*) {TARGET_PUPILS}")).bind(id).fetch_one(&mut *tx).await?;
    let (instalments,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM event_instalments WHERE event_id = $1")
        .bind(id)
        .fetch_one(&mut *tx)
        .await?;
    sqlx::query("UPDATE payment_events SET publish_target = $2 WHERE id = $1")
        .bind(id)
        .bind(pupils * instalments.max(1))
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(true)
}

/// The event as publishing needs it.
struct Publishing {
    school: String,
    amount: domain::Cents,
    due_date: Date,
    expires_on: Date,
    instalments: Vec<Instalment>,
}

async fn publishing(pool: &AnyPool, id: i64) -> Result<Publishing, AppError> {
    let (school, amount, due, expires): (String, i64, String, String) =
        sqlx::query_as("SELECT school_code, amount_cents, due_date, expires_on FROM payment_events WHERE id = $1")
            .bind(id)
            .fetch_one(pool)
            .await?;
    let due_date = Date::parse(&due).map_err(|_| broken("payment_events.due_date"))?;
    let expires_on = Date::parse(&expires).map_err(|_| broken("payment_events.expires_on"))?;
    let instalments = instalments(pool, id).await?;
    Ok(Publishing { school, amount: cents("payment_events.amount_cents", amount)?, due_date, expires_on, instalments })
}

/// Makes every notice of a published event, [`PUBLISH_BATCH`] pupils per transaction, then
/// queues one email per payer in the last one (`family_url`: the family page, for its link). Safe to run again after a crash: each batch
/// takes the pupils still without a notice.
pub async fn publish(pool: &AnyPool, id: i64, family_url: &str) -> Result<u64, AppError> {
    let event = publishing(pool, id).await?;
    // Instalments keep the event's rule: payable after their due date only if the event is.
    let late = event.expires_on > event.due_date;
    let parts: Vec<(u8, Instalment, Date)> = if event.instalments.is_empty() {
        vec![(0, Instalment { amount: event.amount, due_date: event.due_date }, event.expires_on)]
    } else {
        (1_u8..)
            .zip(event.instalments.iter().copied())
            .map(|(seq, part)| (seq, part, if late { event.expires_on } else { part.due_date }))
            .collect()
    };
    let mut made = 0;
    loop {
        let mut tx = pool.begin().await?;
        let pupils: Vec<(i64,)> = sqlx::query_as(&format!("SELECT p.id {TARGET_PUPILS} ORDER BY p.id LIMIT $2"))
            .bind(id)
            .bind(PUBLISH_BATCH)
            .fetch_all(&mut *tx)
            .await?;
        let batch: Vec<BatchNotice> = pupils
            .iter()
            .flat_map(|(pupil_id,)| {
                parts.iter().map(|(seq, part, expires_on)| BatchNotice {
                    pupil_id: *pupil_id,
                    instalment: *seq,
                    amount: part.amount,
                    due_date: part.due_date,
                    expires_on: *expires_on,
                })
            })
            .collect();
        let done = issue_notices(&mut tx, id, &event.school, &batch).await?;
        made += done;
        // The last batch is the one that leaves no pupil without a notice: it queues the mails
        // in the same transaction, so that the bar ends full only once they are queued.
        let (left,): (i64,) =
            sqlx::query_as(&format!("SELECT COUNT(*) {TARGET_PUPILS}")).bind(id).fetch_one(&mut *tx).await?;
        let last = left == 0;
        if last {
            // The target may have changed since the count (a pupil added): the bar ends full.
            sqlx::query(
                "UPDATE payment_events SET publish_done = (SELECT COUNT(*) FROM notices WHERE event_id = $1), \
                 publish_target = (SELECT COUNT(*) FROM notices WHERE event_id = $1) WHERE id = $1",
            )
            .bind(id)
            .execute(&mut *tx)
            .await?;
            queue_mails(&mut tx, id, family_url).await?;
        } else {
            sqlx::query("UPDATE payment_events SET publish_done = publish_done + $2 WHERE id = $1")
                .bind(id)
                .bind(i64::try_from(done).unwrap_or(0))
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        if last {
            return Ok(made);
        }
    }
}

/// One email per payer of the event's pupils: to the email the school recorded, or else to the
/// account that redeemed an activation code.
async fn queue_mails(tx: &mut Transaction<'_, Any>, id: i64, family_url: &str) -> Result<(), AppError> {
    let (reason, amount, due, school): (String, i64, String, String) = sqlx::query_as(
        "SELECT e.reason, e.amount_cents, e.due_date, s.name FROM payment_events e JOIN schools s ON s.code = e.school_code \
         WHERE e.id = $1",
    )
    .bind(id)
    .fetch_one(&mut **tx)
    .await?;
    let recipients: Vec<(String,)> = sqlx::query_as(
        "SELECT DISTINCT COALESCE(l.payer_email, a.email) FROM payer_links l \
         LEFT JOIN accounts a ON a.id = l.activated_account_id \
         WHERE l.pupil_id IN (SELECT n.pupil_id FROM notices n WHERE n.event_id = $1) \
         AND COALESCE(l.payer_email, a.email) IS NOT NULL",
    )
    .bind(id)
    .fetch_all(&mut **tx)
    .await?;
    let amount = cents("payment_events.amount_cents", amount)?;
    let due = Date::parse(&due).map_err(|_| broken("payment_events.due_date"))?;
    for (to,) in recipients {
        let email = crate::mail::event_published(crate::i18n::Lang::It, &to, &school, &reason, amount, due, family_url);
        super::outbox::enqueue(&mut **tx, &email).await?;
    }
    Ok(())
}

/// The event's instalments, in order (none: one notice per pupil).
pub(super) async fn instalments(pool: &AnyPool, id: i64) -> Result<Vec<Instalment>, AppError> {
    let rows: Vec<(i64, String)> =
        sqlx::query_as("SELECT amount_cents, due_date FROM event_instalments WHERE event_id = $1 ORDER BY seq")
            .bind(id)
            .fetch_all(pool)
            .await?;
    rows.into_iter()
        .map(|(amount, due)| {
            Ok(Instalment {
                amount: cents("event_instalments.amount_cents", amount)?,
                due_date: Date::parse(&due).map_err(|_| broken("event_instalments.due_date"))?,
            })
        })
        .collect()
}
