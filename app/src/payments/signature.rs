//! Signed server-to-server messages: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`. The
//! timestamp inside the signature stops an old message from being replayed later; a repeat
//! within the window is harmless because settling a payment twice changes nothing.

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// The header the sandbox PSP signs its notifications with.
pub const SIGNATURE_HEADER: &str = "pagoscuola-sandbox-signature";
/// How far a signature's time may be from ours, either way.
pub const TOLERANCE_SECONDS: i64 = 300;

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    #[error("no or malformed signature header")]
    Malformed,
    #[error("signature too old or from the future")]
    Stale,
    #[error("signature does not match")]
    Mismatch,
}

fn mac(secret: &str, timestamp: i64, body: &[u8]) -> Hmac<Sha256> {
    // HMAC takes keys of any length: this cannot fail.
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC accepts any key length");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    mac
}

/// The header value for `body` signed at `timestamp`.
pub fn sign(secret: &str, timestamp: i64, body: &[u8]) -> String {
    let tag = mac(secret, timestamp, body).finalize().into_bytes();
    format!("t={timestamp},v1={}", hex::encode(tag))
}

/// Checks a header value against `body` at time `now`, in constant time.
pub fn verify(secret: &str, header: Option<&str>, body: &[u8], now: i64) -> Result<(), SignatureError> {
    let header = header.ok_or(SignatureError::Malformed)?;
    let mut timestamp = None;
    let mut tag = None;
    for part in header.split(',') {
        match part.trim().split_once('=') {
            Some(("t", value)) => timestamp = value.parse::<i64>().ok(),
            Some(("v1", value)) => tag = hex::decode(value).ok(),
            _ => {}
        }
    }
    let (timestamp, tag) = timestamp.zip(tag).ok_or(SignatureError::Malformed)?;
    if (now - timestamp).abs() > TOLERANCE_SECONDS {
        return Err(SignatureError::Stale);
    }
    mac(secret, timestamp, body).verify_slice(&tag).map_err(|_| SignatureError::Mismatch)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "un segreto condiviso";
    const BODY: &[u8] = br#"{"outcome":"confirmed"}"#;

    #[test]
    fn a_signed_body_verifies_and_any_change_breaks_it() {
        let header = sign(SECRET, 1_000, BODY);
        assert_eq!(verify(SECRET, Some(&header), BODY, 1_010), Ok(()));
        assert_eq!(verify(SECRET, Some(&header), br#"{"outcome":"refused"}"#, 1_010), Err(SignatureError::Mismatch));
        assert_eq!(verify("another secret", Some(&header), BODY, 1_010), Err(SignatureError::Mismatch));
        // Moving the timestamp does not carry the signature with it.
        let moved = header.replace("t=1000", "t=1005");
        assert_eq!(verify(SECRET, Some(&moved), BODY, 1_010), Err(SignatureError::Mismatch));
    }

    #[test]
    fn old_future_and_malformed_signatures_are_refused() {
        let header = sign(SECRET, 1_000, BODY);
        assert_eq!(verify(SECRET, Some(&header), BODY, 1_000 + TOLERANCE_SECONDS + 1), Err(SignatureError::Stale));
        assert_eq!(verify(SECRET, Some(&header), BODY, 1_000 - TOLERANCE_SECONDS - 1), Err(SignatureError::Stale));
        for bad in ["", "t=1000", "v1=abcd", "t=x,v1=00", "t=1000,v1=zz"] {
            assert_eq!(verify(SECRET, Some(bad), BODY, 1_000), Err(SignatureError::Malformed), "{bad}");
        }
        assert_eq!(verify(SECRET, None, BODY, 1_000), Err(SignatureError::Malformed));
    }
}
