//! Class representatives: the office delegates a parent of a class to pay, for one payment
//! event, that class's notices; the representative's page lists them. Which notices a
//! representative may pay is one SQL rule ([`super::notices::DELEGATED_TO_ACCOUNT`]).

use super::notices::{self, VOUCHED};
use super::rows::broken;
use crate::error::AppError;
use crate::model::{ClassDelegation, EventRepresentative};
use domain::birthplace::Date;
use domain::codice_fiscale::CodiceFiscale;
use sqlx::AnyPool;

/// The classes whose pupils have notices of the event, in order.
pub async fn event_classes(pool: &AnyPool, school: &str, event_id: i64) -> Result<Vec<String>, AppError> {
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT DISTINCT p.class_name FROM notices n JOIN pupils p ON p.id = n.pupil_id \
         JOIN classes c ON c.school_code = p.school_code AND c.name = p.class_name \
         WHERE n.event_id = $1 AND n.school_code = $2 ORDER BY p.class_name",
    )
    .bind(event_id)
    .bind(school)
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(|(class,)| class).collect())
}

/// The event's representatives, by class.
pub async fn of_event(pool: &AnyPool, school: &str, event_id: i64) -> Result<Vec<EventRepresentative>, AppError> {
    let rows: Vec<(i64, String, String, String, String)> = sqlx::query_as(
        "SELECT r.id, c.name, a.surname, a.given_name, a.codice_fiscale FROM class_representatives r \
         JOIN classes c ON c.id = r.class_id JOIN accounts a ON a.id = r.account_id \
         WHERE r.event_id = $1 AND r.school_code = $2 ORDER BY c.name",
    )
    .bind(event_id)
    .bind(school)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, class_name, surname, given_name, codice_fiscale)| EventRepresentative {
            id,
            class_name,
            name: format!("{surname} {given_name}"),
            codice_fiscale,
        })
        .collect())
}

/// What a delegation did.
#[derive(Debug, PartialEq, Eq)]
pub enum Delegated {
    /// Done (a class's earlier representative, if any, is replaced).
    Done,
    /// The class has no notices of this event.
    UnknownClass,
    /// No account with this codice fiscale is a parent of the class whom the school vouches for.
    NotAParentOfTheClass,
}

/// Makes the account with `codice_fiscale` the representative of `class_name` for the event.
/// The account must be a registered parent of a pupil of that class, vouched for by the school
/// (the same rule that lets a family see its children): a stranger cannot be delegated.
pub async fn delegate(
    pool: &AnyPool,
    school: &str,
    event_id: i64,
    class_name: &str,
    codice_fiscale: &CodiceFiscale,
    by: i64,
    now: i64,
) -> Result<Delegated, AppError> {
    if !event_classes(pool, school, event_id).await?.iter().any(|class| class == class_name) {
        return Ok(Delegated::UnknownClass);
    }
    let parent: Option<(i64,)> = sqlx::query_as(&format!(
        "SELECT a.id FROM accounts a JOIN payer_links l ON l.payer_codice_fiscale = a.codice_fiscale \
         JOIN pupils p ON p.id = l.pupil_id \
         WHERE a.codice_fiscale = $1 AND p.school_code = $2 AND p.class_name = $3 AND {VOUCHED} LIMIT 1"
    ))
    .bind(codice_fiscale.as_str())
    .bind(school)
    .bind(class_name)
    .fetch_optional(pool)
    .await?;
    let Some((account_id,)) = parent else { return Ok(Delegated::NotAParentOfTheClass) };
    let (class_id,): (i64,) = sqlx::query_as("SELECT id FROM classes WHERE school_code = $1 AND name = $2")
        .bind(school)
        .bind(class_name)
        .fetch_one(pool)
        .await?;
    sqlx::query(
        "INSERT INTO class_representatives (school_code, event_id, class_id, account_id, delegated_by, delegated_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (event_id, class_id) \
         DO UPDATE SET account_id = $4, delegated_by = $5, delegated_at = $6",
    )
    .bind(school)
    .bind(event_id)
    .bind(class_id)
    .bind(account_id)
    .bind(by)
    .bind(now)
    .execute(pool)
    .await?;
    Ok(Delegated::Done)
}

/// Ends a delegation of the school's event; false if there was none. Payments the
/// representative made stay theirs, with their receipts.
pub async fn revoke(pool: &AnyPool, school: &str, event_id: i64, id: i64) -> Result<bool, AppError> {
    let done = sqlx::query("DELETE FROM class_representatives WHERE id = $1 AND event_id = $2 AND school_code = $3")
        .bind(id)
        .bind(event_id)
        .bind(school)
        .execute(pool)
        .await?;
    Ok(done.rows_affected() > 0)
}

#[derive(sqlx::FromRow)]
struct DelegationRow {
    id: i64,
    event_id: i64,
    reason: String,
    school_name: String,
    class_name: String,
    due_date: String,
    tax_deductible: i64,
}

/// Every delegation of the account, with its class's notices of the event (soonest due first).
pub async fn for_account(pool: &AnyPool, account_id: i64, now: i64) -> Result<Vec<ClassDelegation>, AppError> {
    let rows: Vec<DelegationRow> = sqlx::query_as(
        "SELECT r.id, r.event_id, e.reason, s.name AS school_name, c.name AS class_name, e.due_date, e.tax_deductible \
         FROM class_representatives r JOIN payment_events e ON e.id = r.event_id JOIN classes c ON c.id = r.class_id \
         JOIN schools s ON s.code = r.school_code WHERE r.account_id = $1 AND e.state <> 'revoked' \
         ORDER BY e.due_date, e.reason, c.name",
    )
    .bind(account_id)
    .fetch_all(pool)
    .await?;
    let mut delegations = Vec::with_capacity(rows.len());
    for row in rows {
        let notices = notices::of_represented_class(pool, account_id, row.event_id, &row.class_name, now).await?;
        delegations.push(ClassDelegation {
            id: row.id,
            event_id: row.event_id,
            reason: row.reason,
            school_name: row.school_name,
            class_name: row.class_name,
            due_date: Date::parse(&row.due_date).map_err(|_| broken("payment_events.due_date"))?,
            tax_deductible: row.tax_deductible != 0,
            notices,
        });
    }
    Ok(delegations)
}
