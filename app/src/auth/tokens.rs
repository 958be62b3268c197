//! Random secrets for cookies and email links. Only their SHA-256 is stored, so a copy of the
//! database does not let anyone log in or use a link.

use sha2::{Digest, Sha256};

/// 32 random bytes from the operating system, as 64 hex characters.
pub fn new_token() -> String {
    hex::encode(random_bytes::<32>())
}

pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    // Without the OS generator nothing secure can be made: that is a broken machine, not input.
    getrandom::fill(&mut bytes).expect("the operating system's random generator works");
    bytes
}

pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// A token from a URL or cookie is only looked up when it has the shape we issue.
pub fn looks_like_token(token: &str) -> bool {
    token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
}

/// A temporary password that is easy to copy from an email: 4 groups of 4 unambiguous characters.
pub fn temporary_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let bytes = random_bytes::<16>();
    let chars: Vec<char> = bytes.iter().map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char).collect();
    chars.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_hashed() {
        let (a, b) = (new_token(), new_token());
        assert_ne!(a, b);
        assert!(looks_like_token(&a));
        assert!(!looks_like_token("../etc/passwd"));
        assert_eq!(hash_token(&a), hash_token(&a));
        assert_ne!(hash_token(&a), a);
    }

    #[test]
    fn temporary_passwords_are_grouped() {
        let password = temporary_password();
        assert_eq!(password.len(), 19);
        assert_eq!(password.matches('-').count(), 3);
        assert_ne!(password, temporary_password());
    }
}
