//! The "Non sono un robot" check of registration: ALTCHA proof-of-work (v2 protocol) challenges
//! signed with our secret, solved by the vendored widget (`public/altcha/`), verified here and
//! accepted once.
//!
//! Challenge (GET `/api/captcha/challenge`), deterministic mode:
//! `{"parameters":{"algorithm":"PBKDF2/SHA-256","cost":1000,"expiresAt":<unix s>,"keyLength":32,
//! "keyPrefix":<32 hex>,"keySignature":<64 hex>,"nonce":<32 hex>,"salt":<32 hex>},"signature":<64 hex>}`
//!
//! Form value `altcha`, as widget v3 writes it (`btoa(JSON.stringify(...))`, standard base64
//! with padding): `{"challenge":{"parameters":{..as received..},"signature":".."},
//! "solution":{"counter":<u32>,"derivedKey":<64 hex>,"time":<ms>}}`. Empty until solved.

use crate::error::AppError;
use altcha::{Challenge, CreateChallengeOptions, Payload, VerifySolutionOptions};

const ALGORITHM: &str = "PBKDF2/SHA-256";
/// Seconds a challenge can be solved and posted in.
const LIFETIME: i64 = 600;
/// PBKDF2 iterations per attempt; with the secret counter below, 1–2 million in total. Chromium
/// measured on an x86 server core: ~0.3 ms per attempt, no faster with more workers (WebCrypto
/// seems serialised), so ~0.3–0.6 s. A cheap phone is ~3x slower per attempt, assumed:
/// ~0.8–1.6 s. The widget pads fast solves to 0.5 s; a bot pays ~0.2 s of native CPU each time.
const COST: u32 = 1_000;
/// The counter the browser must find (deterministic mode: predictable effort, and verifying
/// is one HMAC instead of re-deriving the key).
const COUNTERS: std::ops::RangeInclusive<u32> = 1_000..=2_000;
/// A real form value is ~700 characters; anything much longer is refused unread.
const MAX_PAYLOAD: usize = 4_096;

/// A signed challenge for the widget, valid for ten minutes.
pub fn new_challenge(secret: &str) -> Result<serde_json::Value, AppError> {
    let counter = COUNTERS.start() + random_u32() % (COUNTERS.end() - COUNTERS.start() + 1);
    let challenge = challenge_with(secret, crate::auth::now() + LIFETIME, counter)?;
    serde_json::to_value(challenge).map_err(|error| {
        tracing::error!(%error, "captcha challenge not serialisable");
        AppError::Database
    })
}

/// Whether `payload` (the widget's form value) solves a challenge of ours that has not expired
/// nor been used before; records it as used. Empty or malformed values are simply `false`.
pub async fn verify_and_use(pool: &sqlx::AnyPool, payload: &str) -> Result<bool, AppError> {
    if payload.trim().is_empty() {
        return Ok(false);
    }
    let secret = crate::auth::settings()?.captcha_secret;
    require_secret(&secret)?;
    let payload = payload.to_owned();
    // Cheap with the key signature (one HMAC), but a KDF if that path is ever taken.
    let checked = tokio::task::spawn_blocking(move || check(&secret, &payload)).await.map_err(|error| {
        tracing::error!(%error, "captcha verification task failed");
        AppError::Database
    })?;
    let Some(used) = checked else {
        return Ok(false);
    };
    crate::store::captcha::use_once(pool, &used.signature, used.expires_at, crate::auth::now()).await
}

/// A verified challenge, to be recorded as used until it expires.
#[derive(Debug, PartialEq, Eq)]
struct Used {
    signature: String,
    expires_at: i64,
}

fn require_secret(secret: &str) -> Result<(), AppError> {
    // An empty secret would make the challenges unsigned, i.e. forgeable.
    if secret.is_empty() {
        tracing::error!("the captcha secret is empty");
        return Err(AppError::Database);
    }
    Ok(())
}

/// The derived-key signature gets its own key, so neither HMAC can stand in for the other.
fn key_secret(secret: &str) -> String {
    format!("{secret}\u{0}altcha-key-signature")
}

fn challenge_with(secret: &str, expires_at: i64, counter: u32) -> Result<Challenge, AppError> {
    require_secret(secret)?;
    altcha::create_challenge(CreateChallengeOptions {
        algorithm: ALGORITHM.to_string(),
        cost: COST,
        counter: Some(counter),
        expires_at: Some(expires_at),
        hmac_signature_secret: Some(secret.to_string()),
        hmac_key_signature_secret: Some(key_secret(secret)),
        ..Default::default()
    })
    .map_err(|error| {
        tracing::error!(%error, "captcha challenge not created");
        AppError::Database
    })
}

fn random_u32() -> u32 {
    // Without the OS generator nothing secure can be made: a broken machine, not input.
    getrandom::u32().expect("the operating system's random generator works")
}

/// Decodes and verifies a form value (signature, expiry, solution); blocking.
fn check(secret: &str, payload: &str) -> Option<Used> {
    let payload = payload.trim();
    if payload.len() > MAX_PAYLOAD {
        return None;
    }
    let payload: Payload = serde_json::from_slice(&decode_base64(payload)?).ok()?;
    let Payload { challenge, solution } = payload;
    // Signed anyway; this only spares work on values that cannot be ours.
    if challenge.parameters.algorithm != ALGORITHM {
        return None;
    }
    let result = altcha::verify_solution(VerifySolutionOptions {
        hmac_key_signature_secret: Some(key_secret(secret)),
        ..VerifySolutionOptions::new(&challenge, &solution, secret)
    })
    .ok()?;
    if !result.verified {
        return None;
    }
    Some(Used {
        signature: challenge.signature?,
        expires_at: challenge.parameters.expires_at.unwrap_or_else(|| crate::auth::now() + LIFETIME),
    })
}

/// Standard base64 (the browser's `btoa`), padding optional; `None` on any other character.
fn decode_base64(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for byte in text.bytes() {
        let value = match byte {
            b'A'..=b'Z' => byte - b'A',
            b'a'..=b'z' => byte - b'a' + 26,
            b'0'..=b'9' => byte - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        buffer = (buffer << 6) | u32::from(value);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests;
