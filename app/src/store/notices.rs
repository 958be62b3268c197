//! Notices as families see them, and their cart. A family sees a pupil's notices only when the
//! school vouches for the account (see [`VISIBLE_TO_ACCOUNT`]): knowing a parent's codice
//! fiscale is not enough to register as them and read their children's data.

use crate::error::AppError;
use crate::model::{NoticeSummary, PupilSummary};
use domain::birthplace::Date;
use domain::cart::{self, Refusal};
use domain::codice_fiscale::CodiceFiscale;
use domain::{Cents, NoticeNumber, NoticeState, OrganisationFiscalCode, PaymentState, SchoolCode, SchoolYear};
use sqlx::AnyPool;

/// Every column a [`NoticeSummary`] needs; `hold_state` is the state of the payment holding it,
/// `paid_at` the first receipt's time, and the receipt counts tell a notice paid through
/// PagoScuola from one paid elsewhere (one query for the whole list, never one per notice).
const NOTICE_COLUMNS: &str = "SELECT n.id, n.state, n.amount_cents, n.notice_number, e.reason, e.category, n.due_date, \
     n.expires_on, e.school_year, e.tax_deductible, p.codice_fiscale AS pupil_cf, p.given_name, p.surname, p.class_name, \
     s.code AS school_code, s.name AS school_name, s.creditor_fiscal_code, \
     (SELECT py.state FROM notice_holds h JOIN payments py ON py.id = h.payment_id WHERE h.notice_id = n.id) AS hold_state, \
     (SELECT COUNT(*) FROM cart_items c WHERE c.notice_id = n.id AND c.account_id = $1) AS in_cart, \
     (SELECT MIN(r.paid_at) FROM receipts r WHERE r.notice_id = n.id) AS paid_at, \
     (SELECT COUNT(*) FROM receipts r WHERE r.notice_id = n.id AND r.payment_id IS NOT NULL) AS receipts_here, \
     (SELECT COUNT(*) FROM receipts r WHERE r.notice_id = n.id AND r.payment_id IS NULL) AS receipts_outside \
     FROM notices n JOIN payment_events e ON e.id = n.event_id JOIN pupils p ON p.id = n.pupil_id \
     JOIN schools s ON s.code = n.school_code";

/// Whether the school vouches for the account `a` as the payer of the link `l` (whose codice
/// fiscale is the account's): the account redeemed an activation code the office handed to that
/// payer, or its verified email is the one the office recorded for that payer (lower-cased).
/// A macro so that the constants below are built from it at compile time.
macro_rules! vouched {
    () => {
        "(l.activated_account_id = a.id OR (a.email_verified_at IS NOT NULL AND l.payer_email = lower(a.email)))"
    };
}

/// The vouching condition on its own, for the office's views (`l` a link joined to `a`, the
/// account with the link's codice fiscale).
pub const VOUCHED: &str = vouched!();

/// Whether some account is vouched for as the payer of the link `l` (the office's "does any
/// parent see this pupil?"): the same rule, asked of every account with the link's codice fiscale.
pub const LINK_VOUCHED: &str =
    concat!("EXISTS (SELECT 1 FROM accounts a WHERE a.codice_fiscale = l.payer_codice_fiscale AND ", vouched!(), ")");

/// The one rule of what a family sees, used by every query that decides it (notices, cart,
/// payments, receipts, refunds, payment notices): the notice `n`'s pupil is linked to the
/// codice fiscale of the account `$1`, and the school vouches for that account ([`VOUCHED`]).
/// Asked as "the pupil is one of the account's", not "some link of the account has this
/// pupil": the account's few pupils then lead the query through `notices_by_pupil`, where the
/// correlated form made SQLite test every notice of every school (50,000 notices: 30-40 ms a
/// family page against under 1 ms). A macro for the same reason as [`vouched`].
macro_rules! visible {
    () => {
        concat!(
            "n.pupil_id IN (SELECT l.pupil_id FROM payer_links l JOIN accounts a ON a.codice_fiscale = l.payer_codice_fiscale \
             WHERE a.id = $1 AND ",
            vouched!(),
            ")"
        )
    };
}

pub const VISIBLE_TO_ACCOUNT: &str = visible!();

/// The notice `n` is one the account `$1` pays as a class representative: the office delegated
/// it for the notice's event and its pupil's class (`store::representatives`). A macro for the
/// same reason as [`vouched`].
macro_rules! delegated {
    () => {
        "EXISTS (SELECT 1 FROM class_representatives cr JOIN classes cc ON cc.id = cr.class_id \
         JOIN pupils cp ON cp.id = n.pupil_id WHERE cr.account_id = $1 AND cr.event_id = n.event_id \
         AND cc.school_code = cp.school_code AND cc.name = cp.class_name)"
    };
}

pub const DELEGATED_TO_ACCOUNT: &str = delegated!();

/// What the account `$1` may put in its cart and pay: its children's notices, and those of the
/// classes it represents. The family page lists only the first ([`VISIBLE_TO_ACCOUNT`]), the
/// representative's page only the second.
pub const PAYABLE_BY_ACCOUNT: &str = concat!("(", visible!(), " OR ", delegated!(), ")");

#[derive(sqlx::FromRow)]
struct NoticeRow {
    id: i64,
    state: String,
    amount_cents: i64,
    notice_number: String,
    reason: String,
    category: String,
    due_date: String,
    expires_on: String,
    school_year: i64,
    tax_deductible: i64,
    pupil_cf: String,
    given_name: String,
    surname: String,
    class_name: String,
    school_code: String,
    school_name: String,
    creditor_fiscal_code: String,
    hold_state: Option<String>,
    in_cart: i64,
    paid_at: Option<i64>,
    receipts_here: i64,
    receipts_outside: i64,
}

impl NoticeRow {
    /// A row the domain types refuse is a broken database: logged, and the page says so.
    /// `today` (in Rome) makes a notice past its last payable day read as expired, and one past
    /// its due date as overdue.
    fn into_summary(self, today: Date) -> Result<NoticeSummary, AppError> {
        let broken = |what: &str| {
            tracing::error!(notice = self.id, what, "a stored notice holds a value the domain refuses");
            AppError::Database
        };
        let amount = Cents::try_from(self.amount_cents).map_err(|_| broken("amount"))?;
        let due_date = Date::parse(&self.due_date).map_err(|_| broken("due date"))?;
        let expires_on = Date::parse(&self.expires_on).map_err(|_| broken("expiry"))?;
        let stored = NoticeState::parse(&self.state).map_err(|_| broken("state"))?;
        // A payment with the provider keeps its notice as it is: the expiry waits for its outcome.
        let hold = self.hold_state.as_deref().map(PaymentState::parse).transpose().map_err(|_| broken("hold"))?;
        let with_provider = hold.is_some_and(PaymentState::is_with_provider);
        let state = if with_provider { stored } else { stored.as_of(expires_on, today) };
        Ok(NoticeSummary {
            id: self.id,
            pupil: PupilSummary {
                codice_fiscale: CodiceFiscale::parse(&self.pupil_cf).map_err(|_| broken("pupil's codice fiscale"))?,
                given_name: self.given_name,
                surname: self.surname,
                class_name: self.class_name,
                school_code: SchoolCode::parse(&self.school_code).map_err(|_| broken("school code"))?,
                school_name: self.school_name,
            },
            reason: self.reason,
            category: self.category,
            amount,
            due_date,
            expires_on,
            school_year: SchoolYear::starting(u16::try_from(self.school_year).unwrap_or_default()),
            state,
            in_progress: hold.is_some_and(PaymentState::is_in_progress),
            in_cart: self.in_cart > 0,
            overdue: state == NoticeState::Valid && due_date < today,
            notice_number: NoticeNumber::try_from(self.notice_number).map_err(|_| broken("notice number"))?,
            creditor_fiscal_code: OrganisationFiscalCode::parse(&self.creditor_fiscal_code)
                .map_err(|_| broken("creditor fiscal code"))?,
            tax_deductible: self.tax_deductible != 0,
            paid_on: self.paid_at.map(crate::time::today),
            paid_outside: state == NoticeState::Paid && self.receipts_outside > 0 && self.receipts_here == 0,
        })
    }
}

fn summaries(rows: Vec<NoticeRow>, now: i64) -> Result<Vec<NoticeSummary>, AppError> {
    let today = crate::time::today(now);
    rows.into_iter().map(|row| row.into_summary(today)).collect()
}

/// Every notice of every child the account sees, across schools.
pub async fn for_payer(pool: &AnyPool, account_id: i64, now: i64) -> Result<Vec<NoticeSummary>, AppError> {
    let sql = format!(
        "{NOTICE_COLUMNS} WHERE {VISIBLE_TO_ACCOUNT} ORDER BY p.given_name, p.codice_fiscale, n.due_date, n.id"
    );
    summaries(sqlx::query_as(&sql).bind(account_id).fetch_all(pool).await?, now)
}

/// One notice, if the account may pay it (otherwise `None`, as if it did not exist).
pub async fn one_for_payer(
    pool: &AnyPool,
    account_id: i64,
    notice_id: i64,
    now: i64,
) -> Result<Option<NoticeSummary>, AppError> {
    let sql = format!("{NOTICE_COLUMNS} WHERE {PAYABLE_BY_ACCOUNT} AND n.id = $2");
    let row: Option<NoticeRow> = sqlx::query_as(&sql).bind(account_id).bind(notice_id).fetch_optional(pool).await?;
    row.map(|row| row.into_summary(crate::time::today(now))).transpose()
}

/// The notices of one class on one event, for the account that represents that class (none
/// for anyone else), by pupil.
pub async fn of_represented_class(
    pool: &AnyPool,
    account_id: i64,
    event_id: i64,
    class_name: &str,
    now: i64,
) -> Result<Vec<NoticeSummary>, AppError> {
    let sql = format!(
        "{NOTICE_COLUMNS} WHERE {DELEGATED_TO_ACCOUNT} AND n.event_id = $2 AND p.class_name = $3 \
         ORDER BY p.surname, p.given_name, n.instalment, n.id"
    );
    summaries(sqlx::query_as(&sql).bind(account_id).bind(event_id).bind(class_name).fetch_all(pool).await?, now)
}

/// The notices in the account's cart that it may still see, in the order they were added.
pub async fn cart(pool: &AnyPool, account_id: i64, now: i64) -> Result<Vec<NoticeSummary>, AppError> {
    let sql = format!(
        "{NOTICE_COLUMNS} JOIN cart_items ci ON ci.notice_id = n.id AND ci.account_id = $1 WHERE {PAYABLE_BY_ACCOUNT} ORDER BY ci.slot"
    );
    summaries(sqlx::query_as(&sql).bind(account_id).fetch_all(pool).await?, now)
}

/// The notices of one payment (the payment's owner was checked by the caller).
pub async fn of_payment(
    pool: &AnyPool,
    payment_id: i64,
    account_id: i64,
    now: i64,
) -> Result<Vec<NoticeSummary>, AppError> {
    let sql =
        format!("{NOTICE_COLUMNS} JOIN payment_items pi ON pi.notice_id = n.id WHERE pi.payment_id = $2 ORDER BY n.id");
    summaries(sqlx::query_as(&sql).bind(account_id).bind(payment_id).fetch_all(pool).await?, now)
}

#[derive(Debug, PartialEq, Eq)]
pub enum AddOutcome {
    Added,
    AlreadyThere,
    Refused(Refusal),
    NotFound,
}

/// Puts a notice in the cart: the account must see it, it must be payable, and a slot free.
pub async fn add_to_cart(pool: &AnyPool, account_id: i64, notice_id: i64, now: i64) -> Result<AddOutcome, AppError> {
    let Some(notice) = one_for_payer(pool, account_id, notice_id, now).await? else {
        return Ok(AddOutcome::NotFound);
    };
    if notice.in_cart {
        return Ok(AddOutcome::AlreadyThere);
    }
    if let Some(refusal) = notice.refusal() {
        return Ok(AddOutcome::Refused(refusal));
    }
    // Two tabs adding at once may pick the same free slot; the UNIQUE slot refuses one, which
    // then looks again. A sixth item finds no slot at all.
    for _ in 0..3 {
        let used: Vec<(i64,)> = sqlx::query_as("SELECT slot FROM cart_items WHERE account_id = $1")
            .bind(account_id)
            .fetch_all(pool)
            .await?;
        if !cart::has_room(used.len()) {
            return Ok(AddOutcome::Refused(Refusal::CartFull));
        }
        let Some(slot) = (1..=cart::CART_LIMIT as i64).find(|slot| !used.iter().any(|u| u.0 == *slot)) else {
            return Ok(AddOutcome::Refused(Refusal::CartFull));
        };
        let inserted =
            sqlx::query("INSERT INTO cart_items (account_id, notice_id, slot, added_at) VALUES ($1, $2, $3, $4)")
                .bind(account_id)
                .bind(notice_id)
                .bind(slot)
                .bind(now)
                .execute(pool)
                .await;
        match inserted {
            Ok(_) => return Ok(AddOutcome::Added),
            Err(sqlx::Error::Database(error)) if error.is_unique_violation() => {
                let present: Option<(i64,)> =
                    sqlx::query_as("SELECT slot FROM cart_items WHERE account_id = $1 AND notice_id = $2")
                        .bind(account_id)
                        .bind(notice_id)
                        .fetch_optional(pool)
                        .await?;
                if present.is_some() {
                    return Ok(AddOutcome::AlreadyThere);
                }
            }
            Err(error) => return Err(error.into()),
        }
    }
    Err(AppError::Database)
}

pub async fn remove_from_cart(pool: &AnyPool, account_id: i64, notice_id: i64) -> Result<bool, AppError> {
    let done = sqlx::query("DELETE FROM cart_items WHERE account_id = $1 AND notice_id = $2")
        .bind(account_id)
        .bind(notice_id)
        .execute(pool)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Makes the account's cart exactly `wanted` (the caller keeps it within the limit): the others
/// leave, then each wanted notice is added. Each wanted notice's outcome, in order.
pub async fn replace_cart(
    pool: &AnyPool,
    account_id: i64,
    wanted: &[i64],
    now: i64,
) -> Result<Vec<(i64, AddOutcome)>, AppError> {
    let present: Vec<(i64,)> = sqlx::query_as("SELECT notice_id FROM cart_items WHERE account_id = $1")
        .bind(account_id)
        .fetch_all(pool)
        .await?;
    for (id,) in present {
        if !wanted.contains(&id) {
            remove_from_cart(pool, account_id, id).await?;
        }
    }
    let mut outcomes = Vec::with_capacity(wanted.len());
    for id in wanted {
        outcomes.push((*id, add_to_cart(pool, account_id, *id, now).await?));
    }
    Ok(outcomes)
}

/// Takes a paid notice out of every cart, inside the confirming `tx`.
pub async fn remove_from_all_carts(tx: &mut sqlx::Transaction<'_, sqlx::Any>, notice_id: i64) -> Result<(), AppError> {
    sqlx::query("DELETE FROM cart_items WHERE notice_id = $1").bind(notice_id).execute(&mut **tx).await?;
    Ok(())
}

/// Empties the cart of the given notices (after they were paid, or dropped).
pub async fn remove_many(pool: &AnyPool, account_id: i64, notice_ids: &[i64]) -> Result<(), AppError> {
    for id in notice_ids {
        remove_from_cart(pool, account_id, *id).await?;
    }
    Ok(())
}

/// The expiry job's move: valid notices past their last payable day (`today`, in Rome) become
/// expired, except those held by a payment still with its provider (money may yet move: they
/// expire once it ends unpaid). One conditional update, safe with every process running it.
pub async fn expire_past(pool: &AnyPool, today: Date, now: i64) -> Result<u64, AppError> {
    let done = sqlx::query(
        "UPDATE notices SET state = 'expired', updated_at = $1 WHERE state = 'valid' \
         AND expires_on < $2 \
         AND NOT EXISTS (SELECT 1 FROM notice_holds h JOIN payments py ON py.id = h.payment_id \
         WHERE h.notice_id = notices.id AND py.state IN ('created', 'sent_to_psp', 'unknown'))",
    )
    .bind(now)
    .bind(today.to_string())
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}

/// The notice with this number of this creditor (pagoPA's key for a notice), whoever's it is:
/// for paying by number. The caller shows only what the printed notice shows.
pub async fn by_number(
    pool: &AnyPool,
    number: &NoticeNumber,
    creditor: &OrganisationFiscalCode,
    now: i64,
) -> Result<Option<NoticeSummary>, AppError> {
    // No account (`$1` = 0): nothing is in its cart.
    let sql = format!("{NOTICE_COLUMNS} WHERE n.notice_number = $2 AND s.creditor_fiscal_code = $3");
    let row: Option<NoticeRow> =
        sqlx::query_as(&sql).bind(0_i64).bind(number.as_str()).bind(creditor.as_str()).fetch_optional(pool).await?;
    row.map(|row| row.into_summary(crate::time::today(now))).transpose()
}
