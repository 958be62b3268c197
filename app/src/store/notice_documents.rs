//! The printable payment notice: what it prints about a notice, who may download it (a payer of
//! the pupil, or whoever holds a key), and the schools' postal accounts.

use crate::auth::tokens::{hash_token, looks_like_token, new_token};
use crate::error::AppError;
use domain::birthplace::Date;
use domain::codice_fiscale::CodiceFiscale;
use domain::{Cents, NoticeNumber, NoticeState, OrganisationFiscalCode, PostalAccount};
use sqlx::AnyPool;

/// A key opens its notice's PDF for this long.
pub const KEY_DAYS: i64 = 60;

/// Everything the printed notice shows, as recorded now.
#[derive(Clone, Debug)]
pub struct NoticeDocument {
    pub id: i64,
    pub notice_number: NoticeNumber,
    pub amount: Cents,
    /// The payment event's reason (the notice's subject).
    pub reason: String,
    pub due_date: Date,
    /// The last day it can be paid.
    pub expires_on: Date,
    /// As of today (a valid notice past its last day reads as expired).
    pub state: NoticeState,
    pub school_name: String,
    pub school_town: String,
    pub school_province: String,
    pub creditor_fiscal_code: OrganisationFiscalCode,
    pub postal_account: Option<PostalAccount>,
    pub pupil_codice_fiscale: CodiceFiscale,
    pub pupil_name: String,
}

#[derive(sqlx::FromRow)]
struct DocumentRow {
    id: i64,
    notice_number: String,
    amount_cents: i64,
    state: String,
    reason: String,
    due_date: String,
    expires_on: String,
    school_name: String,
    town: String,
    province: String,
    creditor_fiscal_code: String,
    postal_account: Option<String>,
    pupil_cf: String,
    given_name: String,
    surname: String,
}

impl DocumentRow {
    fn into_document(self, today: Date) -> Result<NoticeDocument, AppError> {
        let broken = |what: &str| {
            tracing::error!(notice = self.id, what, "a stored notice holds a value the domain refuses");
            AppError::Database
        };
        let expires_on = Date::parse(&self.expires_on).map_err(|_| broken("expiry"))?;
        Ok(NoticeDocument {
            id: self.id,
            notice_number: NoticeNumber::try_from(self.notice_number.clone()).map_err(|_| broken("notice number"))?,
            amount: Cents::try_from(self.amount_cents).map_err(|_| broken("amount"))?,
            state: NoticeState::parse(&self.state).map_err(|_| broken("state"))?.as_of(expires_on, today),
            due_date: Date::parse(&self.due_date).map_err(|_| broken("due date"))?,
            expires_on,
            creditor_fiscal_code: OrganisationFiscalCode::parse(&self.creditor_fiscal_code)
                .map_err(|_| broken("creditor fiscal code"))?,
            postal_account: self
                .postal_account
                .as_deref()
                .map(PostalAccount::parse)
                .transpose()
                .map_err(|_| broken("postal account"))?,
            pupil_codice_fiscale: CodiceFiscale::parse(&self.pupil_cf).map_err(|_| broken("pupil's codice fiscale"))?,
            pupil_name: format!("{} {}", self.given_name, self.surname),
            reason: self.reason,
            school_name: self.school_name,
            school_town: self.town,
            school_province: self.province,
        })
    }
}

/// The notice as its printed document shows it (access is checked by the caller).
pub async fn document(pool: &AnyPool, notice_id: i64, now: i64) -> Result<Option<NoticeDocument>, AppError> {
    let row: Option<DocumentRow> = sqlx::query_as(
        "SELECT n.id, n.notice_number, n.amount_cents, n.state, e.reason, n.due_date, n.expires_on, \
         s.name AS school_name, s.town, s.province, s.creditor_fiscal_code, s.postal_account, \
         p.codice_fiscale AS pupil_cf, p.given_name, p.surname \
         FROM notices n JOIN payment_events e ON e.id = n.event_id JOIN pupils p ON p.id = n.pupil_id \
         JOIN schools s ON s.code = n.school_code WHERE n.id = $1",
    )
    .bind(notice_id)
    .fetch_optional(pool)
    .await?;
    row.map(|row| row.into_document(crate::time::today(now))).transpose()
}

/// Whether the account may pay the notice, so print it ([`super::notices::PAYABLE_BY_ACCOUNT`]).
pub async fn payer_may_see(pool: &AnyPool, notice_id: i64, account_id: i64) -> Result<bool, AppError> {
    let row: Option<(i64,)> = sqlx::query_as(&format!(
        "SELECT n.id FROM notices n WHERE {} AND n.id = $2",
        super::notices::PAYABLE_BY_ACCOUNT
    ))
    .bind(account_id)
    .bind(notice_id)
    .fetch_optional(pool)
    .await?;
    Ok(row.is_some())
}

/// A new key for the notice's PDF, valid [`KEY_DAYS`] days; returns the raw key (only its hash
/// is stored, so a copy of the database opens nothing).
pub async fn grant_key(pool: &AnyPool, notice_id: i64, now: i64) -> Result<String, AppError> {
    let key = new_token();
    sqlx::query(
        "INSERT INTO notice_document_keys (key_hash, notice_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(hash_token(&key))
    .bind(notice_id)
    .bind(now)
    .bind(now + KEY_DAYS * 24 * 60 * 60)
    .execute(pool)
    .await?;
    Ok(key)
}

/// Whether `key` is a live key of this notice (one of another notice opens nothing here).
pub async fn key_opens(pool: &AnyPool, notice_id: i64, key: &str, now: i64) -> Result<bool, AppError> {
    if !looks_like_token(key) {
        return Ok(false);
    }
    let row: Option<(i64,)> = sqlx::query_as(
        "SELECT notice_id FROM notice_document_keys WHERE key_hash = $1 AND notice_id = $2 AND expires_at > $3",
    )
    .bind(hash_token(key))
    .bind(notice_id)
    .bind(now)
    .fetch_optional(pool)
    .await?;
    Ok(row.is_some())
}

/// Deletes the keys past their expiry (a job); how many went.
pub async fn purge_expired_keys(pool: &AnyPool, now: i64) -> Result<u64, AppError> {
    let done = sqlx::query("DELETE FROM notice_document_keys WHERE expires_at <= $1").bind(now).execute(pool).await?;
    Ok(done.rows_affected())
}

/// Sets (or with `None` removes) a school's postal account.
pub async fn set_postal_account(
    pool: &AnyPool,
    school_code: &domain::SchoolCode,
    account: Option<&PostalAccount>,
) -> Result<(), AppError> {
    sqlx::query("UPDATE schools SET postal_account = $1 WHERE code = $2")
        .bind(account.map(PostalAccount::as_str))
        .bind(school_code.as_str())
        .execute(pool)
        .await?;
    Ok(())
}
