//! Login throttling. Failures are counted per account (whatever spelling of its username or
//! codice fiscale reached it) or, when no account matches, per normalised identifier; and per
//! client address. Unknown names lock like real ones, so the answers never reveal which exist.

use super::now;
use crate::error::AppError;
use crate::store::throttle as store;
use sqlx::AnyPool;

/// Failures counted over this window...
pub const WINDOW_SECONDS: i64 = 15 * 60;
/// ...after this many for one account (or unknown identifier), it is locked until the window
/// slides past them...
pub const USERNAME_LIMIT: i64 = 5;
/// ...and after this many from one address, that address is.
pub const ADDRESS_LIMIT: i64 = 30;
/// From this many failures on, each answer waits a little longer (slowing guessing down).
const SLOW_DOWN_FROM: i64 = 2;

/// The key failures of a log-in count under: the account when the identifier found one, else the
/// identifier as log-in compares it (no spaces, any case: "rssmra 80a01..." is "RSSMRA80A01...").
pub fn login_key(identifier: &str, account_id: Option<i64>) -> String {
    match account_id {
        Some(id) => format!("account:{id}"),
        None => format!("user:{}", identifier.split_whitespace().collect::<String>().to_lowercase()),
    }
}

pub fn address_key(address: &str) -> String {
    format!("address:{address}")
}

async fn recent_failures(pool: &AnyPool, key: &str) -> Result<i64, AppError> {
    store::failures_since(pool, key, now() - WINDOW_SECONDS).await
}

/// Whether the log-in key (see [`login_key`]) or the address is locked now.
pub async fn is_locked(pool: &AnyPool, key: &str, address: &str) -> Result<bool, AppError> {
    Ok(recent_failures(pool, key).await? >= USERNAME_LIMIT
        || recent_failures(pool, &address_key(address)).await? >= ADDRESS_LIMIT)
}

/// Records a failure and waits in proportion to the failures so far.
pub async fn record_failure(pool: &AnyPool, key: &str, address: &str) -> Result<(), AppError> {
    let now = now();
    for key in [key.to_string(), address_key(address)] {
        store::record(pool, &key, now).await?;
    }
    store::prune(pool, now - WINDOW_SECONDS).await?;
    let failures = recent_failures(pool, key).await?;
    if failures >= SLOW_DOWN_FROM {
        let millis = (250 * (failures - SLOW_DOWN_FROM + 1)).min(2_000) as u64;
        tokio::time::sleep(std::time::Duration::from_millis(millis)).await;
    }
    Ok(())
}

/// Emails a person may ask for again (registration: send again, correct the address) per
/// account in a [`WINDOW_SECONDS`] window: enough for a typo and a slow mailbox, not a flood.
pub const RESEND_LIMIT: i64 = 3;

pub fn resend_key(account_id: i64) -> String {
    format!("resend:{account_id}")
}

/// Counts one more send under `key` when fewer than `limit` were counted in the window;
/// otherwise sends nothing and answers when the next one is allowed (Unix seconds).
pub async fn allow(pool: &AnyPool, key: &str, limit: i64) -> Result<Result<(), i64>, AppError> {
    let now = now();
    let since = now - WINDOW_SECONDS;
    if recent_failures(pool, key).await? >= limit {
        let oldest = store::oldest_since(pool, key, since).await?.unwrap_or(now);
        return Ok(Err(oldest + WINDOW_SECONDS + 1));
    }
    store::record(pool, key, now).await?;
    Ok(Ok(()))
}

/// A successful log-in forgets the account's failures.
pub async fn forget(pool: &AnyPool, key: &str) -> Result<(), AppError> {
    store::forget(pool, key).await
}

#[cfg(test)]
mod tests {
    #[test]
    fn spellings_of_one_identifier_share_a_key() {
        let key = |text| super::login_key(text, None);
        assert_eq!(key("RSSMRA80A01H501U"), key(" rssmra 80a01\th501u "));
        assert_eq!(key("Mario.Rossi"), key("mario.rossi"));
        assert_ne!(key("mario.rossi"), key("maria.rossi"));
        assert_eq!(super::login_key("whatever", Some(7)), "account:7");
    }
}
