//! Login throttling. Failures are counted per username typed and per address, whether or not
//! the account exists, so the answers never reveal which usernames are real.

use super::now;
use crate::error::AppError;
use crate::store::throttle as store;
use sqlx::AnyPool;

/// Failures counted over this window...
pub const WINDOW_SECONDS: i64 = 15 * 60;
/// ...after this many for one username, it is locked until the window slides past them...
pub const USERNAME_LIMIT: i64 = 5;
/// ...and after this many from one address, that address is.
pub const ADDRESS_LIMIT: i64 = 30;
/// From this many failures on, each answer waits a little longer (slowing guessing down).
const SLOW_DOWN_FROM: i64 = 2;

pub fn username_key(username: &str) -> String {
    format!("user:{}", username.trim().to_lowercase())
}

pub fn address_key(address: &str) -> String {
    format!("address:{address}")
}

async fn recent_failures(pool: &AnyPool, key: &str) -> Result<i64, AppError> {
    store::failures_since(pool, key, now() - WINDOW_SECONDS).await
}

/// Whether either key is locked now.
pub async fn is_locked(pool: &AnyPool, username: &str, address: &str) -> Result<bool, AppError> {
    Ok(recent_failures(pool, &username_key(username)).await? >= USERNAME_LIMIT
        || recent_failures(pool, &address_key(address)).await? >= ADDRESS_LIMIT)
}

/// Records a failure and waits in proportion to the failures so far.
pub async fn record_failure(pool: &AnyPool, username: &str, address: &str) -> Result<(), AppError> {
    let now = now();
    for key in [username_key(username), address_key(address)] {
        store::record(pool, &key, now).await?;
    }
    store::prune(pool, now - WINDOW_SECONDS).await?;
    let failures = recent_failures(pool, &username_key(username)).await?;
    if failures >= SLOW_DOWN_FROM {
        let millis = (250 * (failures - SLOW_DOWN_FROM + 1)).min(2_000) as u64;
        tokio::time::sleep(std::time::Duration::from_millis(millis)).await;
    }
    Ok(())
}

/// A successful log-in forgets the username's failures.
pub async fn forget(pool: &AnyPool, username: &str) -> Result<(), AppError> {
    store::forget(pool, &username_key(username)).await
}
