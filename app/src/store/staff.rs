//! Who works in which school's office, and the platform's administrators.

use crate::error::AppError;
use domain::{SchoolCode, StaffRole};
use sqlx::{Any, AnyPool, Executor};

/// One school where an account has a role, for the office's school picker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaffSchool {
    pub code: SchoolCode,
    pub name: String,
    pub role: StaffRole,
}

fn role(code: &str) -> Result<StaffRole, AppError> {
    StaffRole::parse(code).ok_or_else(|| super::rows::broken("school_staff.role"))
}

/// The account's role at a school, if any.
pub async fn role_at(pool: &AnyPool, account_id: i64, school: &str) -> Result<Option<StaffRole>, AppError> {
    if !super::can_match(school) {
        return Ok(None);
    }
    let row: Option<(String,)> =
        sqlx::query_as("SELECT role FROM school_staff WHERE account_id = $1 AND school_code = $2")
            .bind(account_id)
            .bind(school)
            .fetch_optional(pool)
            .await?;
    row.map(|(code,)| role(&code)).transpose()
}

/// Every school where the account has a role, by name.
pub async fn schools_of(pool: &AnyPool, account_id: i64) -> Result<Vec<StaffSchool>, AppError> {
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT s.code, s.name, t.role FROM school_staff t JOIN schools s ON s.code = t.school_code \
         WHERE t.account_id = $1 ORDER BY s.name",
    )
    .bind(account_id)
    .fetch_all(pool)
    .await?;
    rows.into_iter()
        .map(|(code, name, role_code)| {
            Ok(StaffSchool {
                code: SchoolCode::parse(&code).map_err(|_| super::rows::broken("schools.code"))?,
                name,
                role: role(&role_code)?,
            })
        })
        .collect()
}

/// Gives (or changes) the account's role at a school.
pub async fn grant<'c, E: Executor<'c, Database = Any>>(
    executor: E,
    account_id: i64,
    school: &SchoolCode,
    role: StaffRole,
    now: i64,
) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO school_staff (account_id, school_code, role, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (account_id, school_code) DO UPDATE SET role = $3",
    )
    .bind(account_id)
    .bind(school.as_str())
    .bind(role.code())
    .bind(now)
    .execute(executor)
    .await?;
    Ok(())
}

pub async fn is_admin(pool: &AnyPool, account_id: i64) -> Result<bool, AppError> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT account_id FROM platform_admins WHERE account_id = $1")
        .bind(account_id)
        .fetch_optional(pool)
        .await?;
    Ok(row.is_some())
}

pub async fn make_admin<'c, E: Executor<'c, Database = Any>>(
    executor: E,
    account_id: i64,
    now: i64,
) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO platform_admins (account_id, created_at) VALUES ($1, $2) ON CONFLICT (account_id) DO NOTHING",
    )
    .bind(account_id)
    .bind(now)
    .execute(executor)
    .await?;
    Ok(())
}
