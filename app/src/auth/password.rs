//! Password hashing with argon2id (OWASP parameters) on the fixed argon2 workers
//! ([`super::hasher`]: bounded memory and queue), and the strength rules for new passwords.

use super::hasher::{self, HashError};
use crate::error::AppError;
use crate::i18n::AccountMsg;
use domain::text::fold_for_search;

fn app_error(error: HashError) -> AppError {
    match error {
        HashError::Busy => AppError::Busy,
        HashError::Failed => AppError::Database,
    }
}

/// A new PHC string for `password`; `AppError::Busy` when too many hashes wait.
pub async fn hash(password: String) -> Result<String, AppError> {
    hasher::hash(password).await.map_err(app_error)
}

/// Checks a password against a stored hash; with no hash (unknown user) it still spends the
/// same time, so the answer's delay does not tell whether the username exists.
/// `AppError::Busy` when too many hashes wait (nothing was checked).
pub async fn verify(password: String, stored: Option<String>) -> Result<bool, AppError> {
    hasher::verify(password, stored).await.map_err(app_error)
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
