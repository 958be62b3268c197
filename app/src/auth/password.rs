//! Password hashing with argon2id (OWASP parameters) on blocking threads, so a storm of logins
//! does not stall page serving, and the strength rules for new passwords.

use crate::error::AppError;
use crate::i18n::AccountMsg;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use domain::text::fold_for_search;

/// OWASP's first argon2id choice: 19 MiB of memory, 2 passes, 1 lane.
fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

pub async fn hash(password: String) -> Result<String, AppError> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::encode_b64(&super::tokens::random_bytes::<16>()).map_err(|_| AppError::Database)?;
        argon2().hash_password(password.as_bytes(), &salt).map(|h| h.to_string()).map_err(|error| {
            tracing::error!(%error, "password hashing failed");
            AppError::Database
        })
    })
    .await
    .map_err(|_| AppError::Database)?
}

/// Checks a password against a stored hash; with no hash (unknown user) it still spends the
/// same time, so the answer's delay does not tell whether the username exists.
pub async fn verify(password: String, stored: Option<String>) -> Result<bool, AppError> {
    tokio::task::spawn_blocking(move || {
        let known = stored.is_some();
        let stored = stored.unwrap_or_else(|| DUMMY_HASH.get_or_init(dummy_hash).clone());
        let Ok(parsed) = PasswordHash::new(&stored) else { return false };
        argon2().verify_password(password.as_bytes(), &parsed).is_ok() && known
    })
    .await
    .map_err(|_| AppError::Database)
}

static DUMMY_HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();

fn dummy_hash() -> String {
    let salt = SaltString::encode_b64(&[7u8; 16]).expect("salt");
    argon2().hash_password(b"no account has this password", &salt).map(|h| h.to_string()).unwrap_or_default()
}

pub const MIN_LENGTH: usize = 10;
pub const MAX_LENGTH: usize = 128;

/// The rules for a password the family chooses. `personal` holds what it must not contain
/// (username, codice fiscale, names).
pub fn check_strength(password: &str, personal: &[&str]) -> Result<(), AccountMsg> {
    let length = password.chars().count();
    if length < MIN_LENGTH {
        return Err(AccountMsg::ProblemPasswordShort);
    }
    if length > MAX_LENGTH {
        return Err(AccountMsg::ProblemPasswordLong);
    }
    let folded = fold_for_search(password).replace(' ', "");
    let contains_personal = personal
        .iter()
        .map(|p| fold_for_search(p).replace(' ', ""))
        .filter(|p| p.chars().count() >= 3)
        .any(|p| folded.contains(&p));
    if contains_personal {
        return Err(AccountMsg::ProblemPasswordPersonal);
    }
    let inputs: Vec<&str> = personal.to_vec();
    let score = zxcvbn::zxcvbn(password, &inputs).score();
    if (score as u8) < 3 {
        return Err(AccountMsg::ProblemPasswordWeak);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_verify_and_differ() {
        let first = hash("una frase lunga e mia".into()).await.unwrap();
        let second = hash("una frase lunga e mia".into()).await.unwrap();
        assert!(first.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert_ne!(first, second, "salted");
        assert!(verify("una frase lunga e mia".into(), Some(first.clone())).await.unwrap());
        assert!(!verify("una frase lunga e tua".into(), Some(first)).await.unwrap());
        assert!(!verify("anything".into(), None).await.unwrap());
    }

    #[test]
    fn strength_rules() {
        let personal = ["mario.rossi", "RSSMRA80A01H501U", "Mario", "Rossi"];
        assert_eq!(check_strength("corta", &personal), Err(AccountMsg::ProblemPasswordShort));
        assert_eq!(check_strength("password123", &personal), Err(AccountMsg::ProblemPasswordWeak));
        assert_eq!(check_strength("Rossi-2024-casa!", &personal), Err(AccountMsg::ProblemPasswordPersonal));
        assert_eq!(check_strength("xx rssmra80a01h501u", &personal), Err(AccountMsg::ProblemPasswordPersonal));
        assert_eq!(check_strength(&"a".repeat(200), &personal), Err(AccountMsg::ProblemPasswordLong));
        assert_eq!(check_strength("lampada verde sul balcone 7", &personal), Ok(()));
    }
}
