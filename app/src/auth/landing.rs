//! Where a signed-in account lands: a parent on the family page; an account with office roles
//! or administration and no children to see, on its console.

use crate::error::AppError;
use crate::routes::{ADMIN, FAMILY, OFFICE};
use crate::store::console;
use sqlx::AnyPool;

pub async fn home(pool: &AnyPool, account_id: i64) -> Result<&'static str, AppError> {
    let roles = console::roles(pool, account_id).await?;
    Ok(if roles.children > 0 {
        FAMILY
    } else if roles.admin {
        ADMIN
    } else if roles.schools > 0 {
        OFFICE
    } else {
        FAMILY
    })
}
