//! Voluntary payments: the items schools offer, and issuing a notice for one (the pupil found
//! or added, a payment event of its own, the notice, and who asked for it) in one transaction.

use super::office;
use super::rows::{broken, cents};
use crate::error::AppError;
use crate::model::VoluntaryItem;
use domain::birthplace::Date;
use domain::codice_fiscale::CodiceFiscale;
use domain::voluntary::{AmountRule, Period};
use domain::{Cents, NoticeNumber, NoticeState};
use sqlx::{Any, AnyPool, Transaction};

const ITEM_COLUMNS: &str = "id, reason, category, amount_cents, amount_editable, min_cents, max_cents, \
     payable_from, payable_until, tax_deductible";

#[derive(sqlx::FromRow)]
struct ItemRow {
    id: i64,
    reason: String,
    category: String,
    amount_cents: i64,
    amount_editable: i64,
    min_cents: Option<i64>,
    max_cents: Option<i64>,
    payable_from: String,
    payable_until: String,
    tax_deductible: i64,
}

fn date(column: &'static str, text: &str) -> Result<Date, AppError> {
    Date::parse(text).map_err(|_| broken(column))
}

impl ItemRow {
    fn into_item(self, today: Date) -> Result<VoluntaryItem, AppError> {
        let amount = cents("voluntary_items.amount_cents", self.amount_cents)?;
        let amount = match (self.amount_editable, self.min_cents, self.max_cents) {
            (0, None, None) => AmountRule::Fixed(amount),
            (1, Some(min), Some(max)) => AmountRule::editable(
                amount,
                cents("voluntary_items.min_cents", min)?,
                cents("voluntary_items.max_cents", max)?,
            )
            .map_err(|_| broken("voluntary_items.min_cents"))?,
            _ => return Err(broken("voluntary_items.amount_editable")),
        };
        let payable_from = date("voluntary_items.payable_from", &self.payable_from)?;
        let payable_until = date("voluntary_items.payable_until", &self.payable_until)?;
        Ok(VoluntaryItem {
            id: self.id,
            reason: self.reason,
            category: self.category,
            amount,
            payable_from,
            payable_until,
            tax_deductible: self.tax_deductible != 0,
            period: Period::on(today, payable_from, payable_until),
        })
    }
}

/// The school's items not closed on `today` (open ones and those opening later), by reason.
pub async fn items(pool: &AnyPool, school_code: &str, today: Date) -> Result<Vec<VoluntaryItem>, AppError> {
    let rows = sqlx::query_as::<_, ItemRow>(&format!(
        "SELECT {ITEM_COLUMNS} FROM voluntary_items WHERE school_code = $1 AND payable_until >= $2 ORDER BY payable_until, reason"
    ))
    .bind(school_code)
    .bind(today.to_string())
    .fetch_all(pool)
    .await?;
    rows.into_iter().map(|row| row.into_item(today)).collect()
}

/// Every item of the school, closed ones too (the office's list), latest closing first.
pub async fn all_items(pool: &AnyPool, school_code: &str, today: Date) -> Result<Vec<VoluntaryItem>, AppError> {
    let rows = sqlx::query_as::<_, ItemRow>(&format!(
        "SELECT {ITEM_COLUMNS} FROM voluntary_items WHERE school_code = $1 ORDER BY payable_until DESC, reason"
    ))
    .bind(school_code)
    .fetch_all(pool)
    .await?;
    rows.into_iter().map(|row| row.into_item(today)).collect()
}

/// One item of the school (closed ones too: the form says so).
pub async fn item(pool: &AnyPool, school_code: &str, id: i64, today: Date) -> Result<Option<VoluntaryItem>, AppError> {
    let row = sqlx::query_as::<_, ItemRow>(&format!(
        "SELECT {ITEM_COLUMNS} FROM voluntary_items WHERE school_code = $1 AND id = $2"
    ))
    .bind(school_code)
    .bind(id)
    .fetch_optional(pool)
    .await?;
    row.map(|row| row.into_item(today)).transpose()
}

/// The beneficiary account of an item (the notice's payment event names it).
pub async fn item_iban(pool: &AnyPool, id: i64) -> Result<String, AppError> {
    let (iban,): (String,) =
        sqlx::query_as("SELECT beneficiary_iban FROM voluntary_items WHERE id = $1").bind(id).fetch_one(pool).await?;
    Ok(iban)
}

pub struct NewItem<'a> {
    pub school_code: &'a str,
    pub reason: &'a str,
    pub category: &'a str,
    pub amount: AmountRule,
    pub payable_from: Date,
    pub payable_until: Date,
    pub tax_deductible: bool,
    pub beneficiary_iban: &'a str,
}

/// Adds an item, or updates the school's item of the same reason (the demo loads its items
/// again with dates relative to the day).
pub async fn upsert_item(pool: &AnyPool, item: &NewItem<'_>, now: i64) -> Result<i64, AppError> {
    let (amount, editable, min, max) = match item.amount {
        AmountRule::Fixed(amount) => (amount, 0, None, None),
        AmountRule::Editable { suggested, min, max } => (suggested, 1, Some(i64::from(min)), Some(i64::from(max))),
    };
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO voluntary_items (school_code, reason, category, amount_cents, amount_editable, min_cents, max_cents, \
         payable_from, payable_until, tax_deductible, beneficiary_iban, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) \
         ON CONFLICT (school_code, reason) DO UPDATE SET category = $3, amount_cents = $4, amount_editable = $5, \
         min_cents = $6, max_cents = $7, payable_from = $8, payable_until = $9, tax_deductible = $10, beneficiary_iban = $11 \
         RETURNING id",
    )
    .bind(item.school_code)
    .bind(item.reason)
    .bind(item.category)
    .bind(i64::from(amount))
    .bind(editable)
    .bind(min)
    .bind(max)
    .bind(item.payable_from.to_string())
    .bind(item.payable_until.to_string())
    .bind(i64::from(item.tax_deductible))
    .bind(item.beneficiary_iban)
    .bind(now)
    .fetch_one(pool)
    .await?;
    Ok(id)
}

/// Who asked for a voluntary notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Payer {
    Account(i64),
    Guest(String),
}

/// Everything a new notice needs; see `payments::debt_positions::issue_notice`.
pub struct NoticeRow<'a> {
    pub school_code: &'a str,
    pub pupil_cf: &'a CodiceFiscale,
    pub pupil_surname: &'a str,
    pub pupil_given_name: &'a str,
    pub event: office::NewEvent<'a>,
    pub amount: Cents,
    /// For a voluntary item: the item and who asked.
    pub voluntary: Option<(i64, &'a Payer)>,
}

/// A pupil the school has not loaded yet is added under this class, until the office says.
pub const UNKNOWN_CLASS: &str = "—";

/// Writes the notice in one transaction: the pupil (found by school and codice fiscale, or
/// added; the office's names are kept), a payment event of its own, the notice with the
/// school's next number, and the voluntary record. Returns the notice's id and number.
pub async fn insert_notice(pool: &AnyPool, row: &NoticeRow<'_>, now: i64) -> Result<(i64, NoticeNumber), AppError> {
    let mut tx = pool.begin().await?;
    let pupil_id = find_or_add_pupil(&mut tx, row).await?;
    let event_id = office::create_event(&mut tx, &row.event).await?;
    let notice_id =
        office::issue_notice(&mut tx, event_id, pupil_id, row.school_code, row.amount, NoticeState::Valid).await?;
    if let Some((item_id, payer)) = row.voluntary {
        let (account, email) = match payer {
            Payer::Account(id) => (Some(*id), None),
            Payer::Guest(email) => (None, Some(email.as_str())),
        };
        sqlx::query(
            "INSERT INTO voluntary_notices (notice_id, item_id, payer_account_id, payer_email, created_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(notice_id)
        .bind(item_id)
        .bind(account)
        .bind(email)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    }
    let (number,): (String,) =
        sqlx::query_as("SELECT notice_number FROM notices WHERE id = $1").bind(notice_id).fetch_one(&mut *tx).await?;
    tx.commit().await?;
    Ok((notice_id, super::rows::notice_number("notices.notice_number", number)?))
}

async fn find_or_add_pupil(tx: &mut Transaction<'_, Any>, row: &NoticeRow<'_>) -> Result<i64, AppError> {
    // The write comes first: on SQLite a transaction that reads before writing can deadlock.
    sqlx::query(
        "INSERT INTO pupils (school_code, codice_fiscale, surname, given_name, class_name) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (school_code, codice_fiscale) DO NOTHING",
    )
    .bind(row.school_code)
    .bind(row.pupil_cf.as_str())
    .bind(row.pupil_surname)
    .bind(row.pupil_given_name)
    .bind(UNKNOWN_CLASS)
    .execute(&mut **tx)
    .await?;
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM pupils WHERE school_code = $1 AND codice_fiscale = $2")
        .bind(row.school_code)
        .bind(row.pupil_cf.as_str())
        .fetch_one(&mut **tx)
        .await?;
    Ok(id)
}

/// The voluntary record of a notice: (item id, account, email).
pub async fn record(pool: &AnyPool, notice_id: i64) -> Result<Option<(i64, Option<i64>, Option<String>)>, AppError> {
    Ok(sqlx::query_as("SELECT item_id, payer_account_id, payer_email FROM voluntary_notices WHERE notice_id = $1")
        .bind(notice_id)
        .fetch_optional(pool)
        .await?)
}
