//! Accounts, consents and single-use email links.

use crate::auth::now;
use crate::error::AppError;
use crate::i18n::documents::{CONDITIONS_VERSION, PRIVACY_VERSION};
use domain::birthplace::Date;
use sqlx::{Any, AnyPool, Executor};

/// A new family account, checked by the registration before it gets here.
#[derive(Clone, Debug)]
pub struct NewAccount {
    pub codice_fiscale: String,
    pub surname: String,
    pub given_name: String,
    pub birth_date: String,
    pub sex: String,
    pub birthplace_code: String,
    pub email: String,
    pub lang: String,
}

#[derive(Debug, PartialEq, Eq)]
pub enum CreateError {
    /// The codice fiscale has an account already (perhaps created a moment ago by a racing request).
    Duplicate,
    Database,
}

impl From<sqlx::Error> for CreateError {
    fn from(error: sqlx::Error) -> Self {
        let _ = AppError::from(error);
        CreateError::Database
    }
}

/// What logging in needs to know about an account.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct LoginRecord {
    pub id: i64,
    pub username: String,
    pub password_hash: Option<String>,
    pub temporary_password_expires_at: Option<i64>,
    pub temporary_password_used_at: Option<i64>,
    /// A demo account (its password is in the source): it logs in only in demo mode.
    pub demo: i64,
}

pub async fn exists_with_codice_fiscale(pool: &AnyPool, codice_fiscale: &str) -> Result<bool, AppError> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT id FROM accounts WHERE codice_fiscale = $1")
        .bind(codice_fiscale)
        .fetch_optional(pool)
        .await?;
    Ok(row.is_some())
}

/// The id of the account with this codice fiscale, if any.
pub async fn id_by_codice_fiscale(pool: &AnyPool, codice_fiscale: &str) -> Result<Option<i64>, AppError> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT id FROM accounts WHERE codice_fiscale = $1")
        .bind(codice_fiscale)
        .fetch_optional(pool)
        .await?;
    Ok(row.map(|(id,)| id))
}

/// Finds the account for a log-in by username or codice fiscale (both stored normalised).
pub async fn for_login(pool: &AnyPool, username_or_cf: &str) -> Result<Option<LoginRecord>, AppError> {
    let key = username_or_cf.trim();
    Ok(sqlx::query_as(
        "SELECT id, username, password_hash, temporary_password_expires_at, temporary_password_used_at, demo FROM accounts \
         WHERE (username = $1 OR codice_fiscale = $2) AND email_verified_at IS NOT NULL",
    )
    .bind(key.to_lowercase())
    .bind(key.split_whitespace().collect::<String>().to_uppercase())
    .fetch_optional(pool)
    .await?)
}

/// Marks an account as part of the demo data (it then logs in only in demo mode).
pub async fn mark_demo(tx: &mut sqlx::Transaction<'_, Any>, account_id: i64) -> Result<(), AppError> {
    sqlx::query("UPDATE accounts SET demo = 1 WHERE id = $1").bind(account_id).execute(&mut **tx).await?;
    Ok(())
}

/// Marks the temporary password as used: it opens one session only.
pub async fn use_temporary_password(pool: &AnyPool, account_id: i64) -> Result<bool, AppError> {
    let done = sqlx::query(
        "UPDATE accounts SET temporary_password_used_at = $1 WHERE id = $2 AND temporary_password_used_at IS NULL",
    )
    .bind(now())
    .bind(account_id)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Stores a password hash; a temporary one gets its expiry, a chosen one clears it.
pub async fn set_password<'c, E: Executor<'c, Database = Any>>(
    executor: E,
    account_id: i64,
    password_hash: &str,
    temporary_expires_at: Option<i64>,
) -> Result<(), AppError> {
    sqlx::query(
        "UPDATE accounts SET password_hash = $1, temporary_password_expires_at = $2, temporary_password_used_at = NULL WHERE id = $3",
    )
    .bind(password_hash)
    .bind(temporary_expires_at)
    .bind(account_id)
    .execute(executor)
    .await?;
    Ok(())
}

/// Sets an emailed temporary password, unless the account chose its own password meanwhile
/// (a reset while the "Creazione utenza" mail waited): then nothing changes and it says false.
pub async fn set_temporary_password(
    pool: &AnyPool,
    account_id: i64,
    password_hash: &str,
    expires_at: i64,
) -> Result<bool, AppError> {
    let done = sqlx::query(
        "UPDATE accounts SET password_hash = $1, temporary_password_expires_at = $2, temporary_password_used_at = NULL \
         WHERE id = $3 AND (password_hash IS NULL OR temporary_password_expires_at IS NOT NULL)",
    )
    .bind(password_hash)
    .bind(expires_at)
    .bind(account_id)
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn exists(pool: &AnyPool, account_id: i64) -> Result<bool, AppError> {
    let row: Option<(i64,)> =
        sqlx::query_as("SELECT id FROM accounts WHERE id = $1").bind(account_id).fetch_optional(pool).await?;
    Ok(row.is_some())
}

pub async fn email_of(pool: &AnyPool, account_id: i64) -> Result<Option<String>, AppError> {
    let row: Option<(String,)> =
        sqlx::query_as("SELECT email FROM accounts WHERE id = $1").bind(account_id).fetch_optional(pool).await?;
    Ok(row.map(|(email,)| email))
}

pub async fn password_hash(pool: &AnyPool, account_id: i64) -> Result<Option<String>, AppError> {
    let row: Option<(Option<String>,)> = sqlx::query_as("SELECT password_hash FROM accounts WHERE id = $1")
        .bind(account_id)
        .fetch_optional(pool)
        .await?;
    Ok(row.and_then(|r| r.0))
}

/// The first of `base`, `base2`, `base3`, ... that no account has. Read outside the
/// transaction that inserts (on SQLite a transaction must begin with its write, or two of them
/// deadlock); a race for the same name fails the insert, and the caller tries again.
pub async fn free_username(pool: &AnyPool, base: &str) -> Result<String, AppError> {
    let taken: Vec<(String,)> = sqlx::query_as("SELECT username FROM accounts WHERE username LIKE $1")
        .bind(format!("{base}%"))
        .fetch_all(pool)
        .await?;
    let taken: Vec<String> = taken.into_iter().map(|t| t.0).collect();
    Ok(std::iter::once(base.to_string())
        .chain((2..).map(|n| format!("{base}{n}")))
        .find(|candidate| !taken.contains(candidate))
        .unwrap_or_else(|| base.to_string()))
}

/// Creates the account. Exactly one account per codice fiscale, even when two requests race:
/// the UNIQUE constraint decides.
pub async fn create(
    tx: &mut sqlx::Transaction<'_, Any>,
    account: &NewAccount,
    username: &str,
) -> Result<i64, CreateError> {
    let inserted: Result<(i64,), sqlx::Error> = sqlx::query_as(
        "INSERT INTO accounts (codice_fiscale, username, surname, given_name, birth_date, sex, birthplace_code, email, lang, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(&account.codice_fiscale)
    .bind(username)
    .bind(&account.surname)
    .bind(&account.given_name)
    .bind(&account.birth_date)
    .bind(&account.sex)
    .bind(&account.birthplace_code)
    .bind(&account.email)
    .bind(&account.lang)
    .bind(now())
    .fetch_one(&mut **tx)
    .await;
    match inserted {
        Ok((id,)) => Ok(id),
        Err(sqlx::Error::Database(error)) if error.is_unique_violation() => Err(CreateError::Duplicate),
        Err(error) => Err(error.into()),
    }
}

/// Records the acceptance of a document's version, with time and address (once per version).
pub async fn record_consent<'c, E: Executor<'c, Database = Any>>(
    executor: E,
    account_id: i64,
    document: &str,
    version: &str,
    address: &str,
) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO consents (account_id, document, version, accepted_at, address) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (account_id, document, version) DO NOTHING",
    )
    .bind(account_id)
    .bind(document)
    .bind(version)
    .bind(now())
    .bind(address)
    .execute(executor)
    .await?;
    Ok(())
}

/// How many of the two current documents (conditions, privacy notice) account `$1` accepted,
/// with their versions bound as `$2` and `$3`; 2 means both.
macro_rules! current_consents {
    ($account:literal) => {
        concat!(
            "SELECT COUNT(*) FROM consents c WHERE c.account_id = ",
            $account,
            " AND ((c.document = 'conditions' AND c.version = $2) OR (c.document = 'privacy' AND c.version = $3))"
        )
    };
}
pub(crate) use current_consents;

pub async fn has_accepted_current_conditions(pool: &AnyPool, account_id: i64) -> Result<bool, AppError> {
    let (count,): (i64,) = sqlx::query_as(current_consents!("$1"))
        .bind(account_id)
        .bind(CONDITIONS_VERSION)
        .bind(PRIVACY_VERSION)
        .fetch_one(pool)
        .await?;
    Ok(count == 2)
}

/// The day (in Rome) the current conditions were accepted, for the family's profile.
pub async fn conditions_accepted_on(pool: &AnyPool, account_id: i64) -> Result<Option<Date>, AppError> {
    let row: Option<(i64,)> = sqlx::query_as(
        "SELECT accepted_at FROM consents WHERE account_id = $1 AND document = 'conditions' AND version = $2",
    )
    .bind(account_id)
    .bind(CONDITIONS_VERSION)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|(at,)| crate::time::day(at)))
}

/// Stores a single-use link's token hash for an account.
pub async fn insert_email_token<'c, E: Executor<'c, Database = Any>>(
    executor: E,
    account_id: i64,
    purpose: &str,
    token_hash: &str,
    valid_seconds: i64,
) -> Result<(), AppError> {
    let now = now();
    sqlx::query("INSERT INTO email_tokens (token_hash, account_id, purpose, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(token_hash)
        .bind(account_id)
        .bind(purpose)
        .bind(now)
        .bind(now + valid_seconds)
        .execute(executor)
        .await?;
    Ok(())
}

/// Uses a link: returns its account only the first time, and only before it expires. One
/// UPDATE does check and use together, so two clicks at once cannot both succeed.
pub async fn use_email_token(
    tx: &mut sqlx::Transaction<'_, Any>,
    token_hash: &str,
    purpose: &str,
) -> Result<Option<i64>, AppError> {
    let now = now();
    let row: Option<(i64,)> = sqlx::query_as(
        "UPDATE email_tokens SET used_at = $1 WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1 RETURNING account_id",
    )
    .bind(now)
    .bind(token_hash)
    .bind(purpose)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.map(|r| r.0))
}

/// Whether an unusable link belongs to an account whose email is verified (a second click).
pub async fn token_account_is_verified(pool: &AnyPool, token_hash: &str) -> Result<bool, AppError> {
    let row: Option<(Option<i64>,)> = sqlx::query_as(
        "SELECT a.email_verified_at FROM email_tokens t JOIN accounts a ON a.id = t.account_id WHERE t.token_hash = $1",
    )
    .bind(token_hash)
    .fetch_optional(pool)
    .await?;
    Ok(matches!(row, Some((Some(_),))))
}

/// The account of a link still usable at `now`, without using it (the reset page's check).
pub async fn email_token_account(
    pool: &AnyPool,
    token_hash: &str,
    purpose: &str,
    now: i64,
) -> Result<Option<i64>, AppError> {
    let row: Option<(i64,)> = sqlx::query_as(
        "SELECT account_id FROM email_tokens WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3",
    )
    .bind(token_hash)
    .bind(purpose)
    .bind(now)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|r| r.0))
}

/// Marks the email verified; false when it already was.
pub async fn mark_email_verified(tx: &mut sqlx::Transaction<'_, Any>, account_id: i64) -> Result<bool, AppError> {
    let done = sqlx::query("UPDATE accounts SET email_verified_at = $1 WHERE id = $2 AND email_verified_at IS NULL")
        .bind(now())
        .bind(account_id)
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// The person behind an account, for emails and for the password rules.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Person {
    pub id: i64,
    pub username: String,
    pub codice_fiscale: String,
    pub given_name: String,
    pub surname: String,
    pub email: String,
    pub lang: String,
    pub email_verified_at: Option<i64>,
}

const PERSON_COLUMNS: &str = "id, username, codice_fiscale, given_name, surname, email, lang, email_verified_at";

pub async fn person(executor: impl Executor<'_, Database = Any>, account_id: i64) -> Result<Option<Person>, AppError> {
    Ok(sqlx::query_as(&format!("SELECT {PERSON_COLUMNS} FROM accounts WHERE id = $1"))
        .bind(account_id)
        .fetch_optional(executor)
        .await?)
}

/// Credential recovery: the account whose codice fiscale and email both match.
pub async fn person_by_cf_and_email(
    pool: &AnyPool,
    codice_fiscale: &str,
    email: &str,
) -> Result<Option<Person>, AppError> {
    Ok(sqlx::query_as(&format!(
        "SELECT {PERSON_COLUMNS} FROM accounts WHERE codice_fiscale = $1 AND lower(email) = $2"
    ))
    .bind(codice_fiscale)
    .bind(email.trim().to_lowercase())
    .fetch_optional(pool)
    .await?)
}

/// Changes the language the account's emails and documents are written in.
pub async fn set_lang(pool: &AnyPool, account_id: i64, lang: &str) -> Result<(), AppError> {
    sqlx::query("UPDATE accounts SET lang = $1 WHERE id = $2").bind(lang).bind(account_id).execute(pool).await?;
    Ok(())
}

/// The language the account's emails and documents are written in (its code).
pub async fn lang(pool: &AnyPool, account_id: i64) -> Result<String, AppError> {
    let (lang,): (String,) =
        sqlx::query_as("SELECT lang FROM accounts WHERE id = $1").bind(account_id).fetch_one(pool).await?;
    Ok(lang)
}

/// Who pays: what a receipt and the "Pagamento eseguito" email say about the account.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Payer {
    pub codice_fiscale: String,
    pub given_name: String,
    pub surname: String,
    pub email: String,
    pub lang: String,
}

pub async fn payer(tx: &mut sqlx::Transaction<'_, Any>, account_id: i64) -> Result<Payer, AppError> {
    Ok(sqlx::query_as("SELECT codice_fiscale, given_name, surname, email, lang FROM accounts WHERE id = $1")
        .bind(account_id)
        .fetch_one(&mut **tx)
        .await?)
}
