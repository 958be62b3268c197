//! Payments: one attempt to pay 1-5 notices through one PSP. Amounts are read from the
//! database inside the transaction that creates the payment; a notice enters a payment only by
//! taking its row in `notice_holds`, so the database itself refuses a second live payment.

use super::notices::PAYABLE_BY_ACCOUNT;
use crate::auth::{now, tokens};
use crate::error::AppError;
use domain::birthplace::Date;
use domain::cart::Refusal;
use domain::payment_state::{InvalidTransition, PaymentEvent};
use domain::{Cents, NoticeState, PaymentState, ProviderKind};
use sqlx::{Any, AnyPool, Transaction};

/// A payment as its owner's pages need it.
#[derive(Clone, Debug)]
pub struct PaymentRecord {
    pub id: i64,
    pub public_id: String,
    /// `None` for a guest's payment (paid by number without an account).
    pub account_id: Option<i64>,
    /// A guest's payment: where its receipt goes.
    pub guest_email: Option<String>,
    pub provider: ProviderKind,
    pub state: PaymentState,
    pub amount: Cents,
    /// As the provider names it: the sandbox's method names, or ours for pagoPA's codes.
    pub method: Option<String>,
    pub psp_id: Option<String>,
    pub psp_name: Option<String>,
    pub fee: Option<Cents>,
    pub provider_reference: Option<String>,
    pub created_at: i64,
}

#[derive(sqlx::FromRow)]
pub(super) struct PaymentRow {
    id: i64,
    public_id: String,
    account_id: Option<i64>,
    guest_email: Option<String>,
    provider: String,
    state: String,
    amount_cents: i64,
    method: Option<String>,
    psp_id: Option<String>,
    psp_name: Option<String>,
    fee_cents: Option<i64>,
    provider_reference: Option<String>,
    created_at: i64,
}

impl TryFrom<PaymentRow> for PaymentRecord {
    type Error = AppError;
    fn try_from(row: PaymentRow) -> Result<Self, AppError> {
        let broken = |what: &str| {
            tracing::error!(payment = row.id, what, "a stored payment holds a value the domain refuses");
            AppError::Database
        };
        let state = PaymentState::parse(&row.state).map_err(|_| broken("state"))?;
        let amount = Cents::try_from(row.amount_cents).map_err(|_| broken("amount"))?;
        let fee = row.fee_cents.map(Cents::try_from).transpose().map_err(|_| broken("fee"))?;
        let provider = ProviderKind::parse(&row.provider).ok_or_else(|| broken("provider"))?;
        Ok(PaymentRecord {
            id: row.id,
            public_id: row.public_id,
            account_id: row.account_id,
            guest_email: row.guest_email,
            provider,
            state,
            amount,
            method: row.method,
            psp_id: row.psp_id,
            psp_name: row.psp_name,
            fee,
            provider_reference: row.provider_reference,
            created_at: row.created_at,
        })
    }
}

pub(super) const PAYMENT_COLUMNS: &str =
    "SELECT id, public_id, account_id, guest_email, provider, state, amount_cents, method, psp_id, psp_name, \
     fee_cents, provider_reference, created_at FROM payments";

#[derive(Debug, PartialEq, Eq)]
pub enum StartOutcome {
    Started {
        public_id: String,
    },
    /// Nothing was written; each refused notice (by id) with its reason.
    Refused(Vec<(i64, Refusal)>),
}

/// Who a new payment belongs to.
#[derive(Clone, Copy, Debug)]
pub enum Owner<'a> {
    /// A family paying its own notices, or a class representative its class's: each must be
    /// one the account may pay ([`super::notices::PAYABLE_BY_ACCOUNT`]).
    Family { account_id: i64 },
    /// A signed-in account paying a notice by its number: any notice, even of a pupil it does
    /// not pay for (a grandparent). The number is what the payer was given.
    Account { account_id: i64 },
    /// Someone without an account paying by number: the receipt goes to `email`, and the hash
    /// of the token in their cookie opens the payment's pages.
    Guest { email: &'a str, token_hash: &'a str },
}

/// Creates a payment for `notice_ids` (1-5, seen by the payer, payable on the Rome day of
/// `now`) in state `created`, holding each notice. Either every notice is taken or nothing is written.
pub async fn start(
    pool: &AnyPool,
    account_id: i64,
    provider: ProviderKind,
    notice_ids: &[i64],
    now: i64,
) -> Result<StartOutcome, AppError> {
    start_for(pool, Owner::Family { account_id }, provider, notice_ids, now).await
}

/// Like [`start`], for any [`Owner`].
pub async fn start_for(
    pool: &AnyPool,
    owner: Owner<'_>,
    provider: ProviderKind,
    notice_ids: &[i64],
    now: i64,
) -> Result<StartOutcome, AppError> {
    if notice_ids.is_empty() || notice_ids.len() > domain::cart::CART_LIMIT {
        return Err(AppError::Request("a payment takes 1 to 5 notices".into()));
    }
    let public_id = tokens::new_token();
    let today = crate::time::today(now).to_string();
    let mut tx = pool.begin().await?;
    // The write comes first: on SQLite a transaction that reads before writing can deadlock.
    // The amount is a placeholder until the items are in, then summed from them.
    let (account_id, guest_email, token_hash, family) = match owner {
        Owner::Family { account_id } => (Some(account_id), None, None, Some(account_id)),
        Owner::Account { account_id } => (Some(account_id), None, None, None),
        Owner::Guest { email, token_hash } => (None, Some(email), Some(token_hash), None),
    };
    let (payment_id,): (i64,) = sqlx::query_as(
        "INSERT INTO payments (public_id, account_id, guest_email, guest_token_hash, provider, state, amount_cents, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, 'created', 1, $6, $6) RETURNING id",
    )
    .bind(&public_id)
    .bind(account_id)
    .bind(guest_email)
    .bind(token_hash)
    .bind(provider.as_str())
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    for &notice_id in notice_ids {
        let item = sqlx::query(&format!(
            "INSERT INTO payment_items (payment_id, notice_id, amount_cents) SELECT $2, n.id, n.amount_cents FROM notices n \
             WHERE n.id = $3 AND n.state = 'valid' \
             AND n.expires_on >= $4 \
             AND ($1 = 0 OR {PAYABLE_BY_ACCOUNT})"
        ))
        // 0: any notice (paid by its number); else only the notices the account may pay.
        .bind(family.unwrap_or(0))
        .bind(payment_id)
        .bind(notice_id)
        .bind(&today)
        .execute(&mut *tx)
        .await?;
        let refused = if item.rows_affected() == 0 {
            true
        } else {
            match sqlx::query("INSERT INTO notice_holds (notice_id, payment_id) VALUES ($1, $2)")
                .bind(notice_id)
                .bind(payment_id)
                .execute(&mut *tx)
                .await
            {
                Ok(_) => false,
                Err(sqlx::Error::Database(error)) if error.is_unique_violation() => true,
                Err(error) => return Err(error.into()),
            }
        };
        if refused {
            tx.rollback().await?;
            return Ok(StartOutcome::Refused(vec![(notice_id, why_not_payable(pool, notice_id, now).await?)]));
        }
    }
    sqlx::query("UPDATE payments SET amount_cents = (SELECT SUM(amount_cents) FROM payment_items WHERE payment_id = $1) WHERE id = $1")
        .bind(payment_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    tracing::info!(payment = payment_id, notices = notice_ids.len(), "payment created");
    Ok(StartOutcome::Started { public_id })
}

/// Why a notice could not be taken, read after the failed attempt.
async fn why_not_payable(pool: &AnyPool, notice_id: i64, now: i64) -> Result<Refusal, AppError> {
    let row: Option<(String, String, Option<String>)> = sqlx::query_as(
        "SELECT n.state, n.expires_on, \
         (SELECT py.state FROM notice_holds h JOIN payments py ON py.id = h.payment_id WHERE h.notice_id = n.id) \
         FROM notices n WHERE n.id = $1",
    )
    .bind(notice_id)
    .fetch_optional(pool)
    .await?;
    let Some((state, expires_on, hold)) = row else { return Ok(Refusal::Revoked) };
    let expires_on = Date::parse(&expires_on).map_err(|_| AppError::Database)?;
    let stored = NoticeState::parse(&state).map_err(|_| AppError::Database)?;
    let hold = hold.as_deref().and_then(|h| PaymentState::parse(h).ok());
    let held = hold.is_some_and(PaymentState::is_in_progress);
    // As the pages read it: a notice with a provider keeps its state until that payment ends.
    let with_provider = hold.is_some_and(PaymentState::is_with_provider);
    let state = if with_provider { stored } else { stored.as_of(expires_on, crate::time::today(now)) };
    // A notice the payer may not see, or one taken and released in between, reads as in progress.
    Ok(domain::cart::refusal(state, held).unwrap_or(Refusal::InProgress))
}

pub async fn find_for_account(
    pool: &AnyPool,
    public_id: &str,
    account_id: i64,
) -> Result<Option<PaymentRecord>, AppError> {
    if !super::can_match(public_id) {
        return Ok(None);
    }
    let sql = format!("{PAYMENT_COLUMNS} WHERE public_id = $1 AND account_id = $2");
    let row: Option<PaymentRow> = sqlx::query_as(&sql).bind(public_id).bind(account_id).fetch_optional(pool).await?;
    row.map(PaymentRecord::try_from).transpose()
}

pub async fn find(pool: &AnyPool, public_id: &str) -> Result<Option<PaymentRecord>, AppError> {
    let sql = format!("{PAYMENT_COLUMNS} WHERE public_id = $1");
    let row: Option<PaymentRow> = sqlx::query_as(&sql).bind(public_id).fetch_optional(pool).await?;
    row.map(PaymentRecord::try_from).transpose()
}

/// Payments the reconciliation looks at: checkouts not sent to a PSP and untouched since
/// `created_before`, and payments without an outcome untouched since `sent_before` (200 at most).
pub async fn awaiting_outcome(pool: &AnyPool, created_before: i64, sent_before: i64) -> Result<Vec<String>, AppError> {
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT public_id FROM payments WHERE (state = 'created' AND updated_at < $1) \
         OR (state IN ('sent_to_psp', 'unknown') AND updated_at < $2) ORDER BY id LIMIT 200",
    )
    .bind(created_before)
    .bind(sent_before)
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

/// Checkouts not yet sent to a provider that hold a notice past its last payable day (`today`,
/// in Rome): they can no longer be paid (at most 200).
pub async fn unsent_holding_expired(pool: &AnyPool, today: Date) -> Result<Vec<String>, AppError> {
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT DISTINCT py.public_id FROM payments py JOIN notice_holds h ON h.payment_id = py.id \
         JOIN notices n ON n.id = h.notice_id \
         WHERE py.state = 'created' AND n.state = 'valid' AND n.expires_on < $1 ORDER BY py.public_id LIMIT 200",
    )
    .bind(today.to_string())
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

/// The account's payment that is not settled yet and holds any of `notice_ids`.
pub async fn live_payment_holding(
    pool: &AnyPool,
    account_id: i64,
    notice_ids: &[i64],
) -> Result<Option<String>, AppError> {
    for id in notice_ids {
        let row: Option<(String, String)> = sqlx::query_as(
            "SELECT py.public_id, py.state FROM notice_holds h JOIN payments py ON py.id = h.payment_id \
             WHERE h.notice_id = $1 AND py.account_id = $2",
        )
        .bind(id)
        .bind(account_id)
        .fetch_optional(pool)
        .await?;
        if let Some((public_id, state)) = row {
            if PaymentState::parse(&state).is_ok_and(PaymentState::is_in_progress) {
                return Ok(Some(public_id));
            }
        }
    }
    Ok(None)
}

#[derive(Debug, PartialEq, Eq)]
pub enum Moved {
    /// The state changed: act on it (release holds, mark notices paid, send email...).
    Changed(PaymentState),
    /// A repeat of what is already recorded: acknowledge, do nothing.
    Unchanged(PaymentState),
}

/// Moves a payment by `event`, inside `tx`, with a conditional update so that two writers
/// cannot both move it. On a final failure the holds are released; on confirmation the notices
/// become paid (and keep their hold, so they can never be taken again).
pub async fn apply(
    tx: &mut Transaction<'_, Any>,
    payment: &PaymentRecord,
    event: PaymentEvent,
) -> Result<Moved, MoveError> {
    let from = payment.state;
    let to = from.transition(event).map_err(MoveError::Invalid)?;
    if to == from {
        return Ok(Moved::Unchanged(to));
    }
    let now = now();
    let outcome_at = to.is_final().then_some(now);
    let late = from.is_late_confirmation(to);
    let updated = sqlx::query(
        "UPDATE payments SET state = $1, updated_at = $2, outcome_at = COALESCE(outcome_at, $3), \
         confirmed_late_from = COALESCE(confirmed_late_from, $4) WHERE id = $5 AND state = $6",
    )
    .bind(to.as_str())
    .bind(now)
    .bind(outcome_at)
    .bind(late.then_some(from.as_str()))
    .bind(payment.id)
    .bind(from.as_str())
    .execute(&mut **tx)
    .await
    .map_err(AppError::from)?;
    if updated.rows_affected() != 1 {
        return Err(MoveError::Raced);
    }
    match to {
        PaymentState::Refused | PaymentState::Abandoned => {
            sqlx::query("DELETE FROM notice_holds WHERE payment_id = $1")
                .bind(payment.id)
                .execute(&mut **tx)
                .await
                .map_err(AppError::from)?;
        }
        PaymentState::Confirmed => {
            if late {
                // Released earlier: take back the holds nobody else took, so the paid notices
                // stay with the payment that paid them.
                sqlx::query(
                    "INSERT INTO notice_holds (notice_id, payment_id) SELECT pi.notice_id, pi.payment_id FROM payment_items pi \
                     WHERE pi.payment_id = $1 AND NOT EXISTS (SELECT 1 FROM notice_holds h WHERE h.notice_id = pi.notice_id)",
                )
                .bind(payment.id)
                .execute(&mut **tx)
                .await
                .map_err(AppError::from)?;
            }
            // Every notice still unpaid becomes paid by this money, even one that expired after
            // a release (the provider took the money while it was payable); one paid meanwhile
            // or withdrawn stays as it is, and the confirmation records a refund for it.
            let paid = sqlx::query(
                "UPDATE notices SET state = 'paid', updated_at = $1 WHERE state IN ('valid', 'expired') \
                 AND id IN (SELECT notice_id FROM payment_items WHERE payment_id = $2)",
            )
            .bind(now)
            .bind(payment.id)
            .execute(&mut **tx)
            .await
            .map_err(AppError::from)?;
            if late {
                tracing::warn!(payment = payment.id, from = %from, notices = paid.rows_affected(), "payment confirmed late, by a receipt after its release");
            } else {
                tracing::info!(payment = payment.id, notices = paid.rows_affected(), "payment confirmed");
            }
        }
        _ => {}
    }
    Ok(Moved::Changed(to))
}

#[derive(Debug)]
pub enum MoveError {
    Invalid(InvalidTransition<PaymentState, PaymentEvent>),
    /// Another writer moved the payment first; read it again.
    Raced,
    App(AppError),
}

impl From<AppError> for MoveError {
    fn from(error: AppError) -> Self {
        MoveError::App(error)
    }
}

/// The family cancels a checkout they have not sent to a PSP: the notices are free again.
pub async fn cancel_unsent(pool: &AnyPool, payment: &PaymentRecord) -> Result<bool, AppError> {
    if payment.state != PaymentState::Created {
        return Ok(false);
    }
    let mut tx = pool.begin().await?;
    match apply(&mut tx, payment, PaymentEvent::UserAbandoned).await {
        Ok(Moved::Changed(_)) => {
            tx.commit().await?;
            Ok(true)
        }
        Ok(Moved::Unchanged(_)) | Err(MoveError::Raced | MoveError::Invalid(_)) => Ok(false),
        Err(MoveError::App(error)) => Err(error),
    }
}

/// What the family chose here (the sandbox's PSPs), recorded with the move to `sent_to_psp`
/// before the browser leaves: a payment that then times out is known to have reached one.
/// With pagoPA's checkout the choice is made on pagoPA's page and arrives with the receipts.
pub struct PspChoice<'a> {
    pub method: &'a str,
    pub psp_id: &'a str,
    pub psp_name: &'a str,
    pub fee: Cents,
}

/// Records that the payment left for its provider (`reference`: the provider's id for it).
pub async fn send_to_psp(
    pool: &AnyPool,
    payment: &PaymentRecord,
    choice: Option<&PspChoice<'_>>,
    reference: &str,
) -> Result<bool, AppError> {
    let from = payment.state;
    if from.transition(PaymentEvent::Redirected) != Ok(PaymentState::SentToPsp) || from != PaymentState::Created {
        return Ok(false);
    }
    let done = sqlx::query(
        "UPDATE payments SET state = 'sent_to_psp', method = $1, psp_id = $2, psp_name = $3, fee_cents = $4, provider_reference = $5, \
         updated_at = $6 WHERE id = $7 AND state = 'created'",
    )
    .bind(choice.map(|c| c.method))
    .bind(choice.map(|c| c.psp_id))
    .bind(choice.map(|c| c.psp_name))
    .bind(choice.map(|c| i64::from(c.fee)))
    .bind(reference)
    .bind(now())
    .bind(payment.id)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The PSP's report fills in a choice the payment has not recorded (the outcome came first).
pub async fn fill_psp(
    tx: &mut Transaction<'_, Any>,
    payment_id: i64,
    psp: &PspChoice<'_>,
    reference: &str,
) -> Result<(), AppError> {
    sqlx::query(
        "UPDATE payments SET psp_id = $1, psp_name = $2, method = $3, fee_cents = $4, provider_reference = $5 WHERE id = $6 AND psp_id IS NULL",
    )
    .bind(psp.psp_id)
    .bind(psp.psp_name)
    .bind(psp.method)
    .bind(i64::from(psp.fee))
    .bind(reference)
    .bind(payment_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
