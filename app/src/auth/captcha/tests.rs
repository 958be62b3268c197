use super::*;
use serde_json::{json, Value};

const SECRET: &str = "test-secret-of-reasonable-length";

/// A challenge with a small counter, so solving it takes a few derivations (the signature
/// and verification paths are the real ones).
fn quick_challenge(expires_at: i64) -> Challenge {
    challenge_with(SECRET, expires_at, 3).expect("challenge")
}

fn solve(challenge: &Challenge) -> altcha::Solution {
    altcha::solve_challenge(altcha::SolveChallengeOptions::new(challenge)).expect("solvable").expect("solved in time")
}

/// What widget v3 puts in the form: `btoa(JSON.stringify({challenge: {parameters,
/// signature}, solution}))`, with the challenge exactly as fetched (JSON round trip).
fn widget_value(challenge_json: &Value, solution: &altcha::Solution) -> String {
    let value = json!({
        "challenge": { "parameters": challenge_json["parameters"], "signature": challenge_json["signature"] },
        "solution": { "counter": solution.counter, "derivedKey": solution.derived_key, "time": 812.3 },
    });
    encode_base64(value.to_string().as_bytes())
}

fn solved_value(expires_at: i64) -> (Challenge, String) {
    let challenge = quick_challenge(expires_at);
    let as_fetched: Value = serde_json::from_str(&serde_json::to_string(&challenge).unwrap()).unwrap();
    let value = widget_value(&as_fetched, &solve(&challenge));
    (challenge, value)
}

fn encode_base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            out.push(if i <= chunk.len() { ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char } else { '=' });
        }
    }
    out
}

fn reencode(value: &str, change: impl FnOnce(&mut Value)) -> String {
    let mut json: Value = serde_json::from_slice(&decode_base64(value).unwrap()).unwrap();
    change(&mut json);
    encode_base64(json.to_string().as_bytes())
}

#[test]
fn a_solved_challenge_verifies_once_decoded() {
    let expires_at = crate::auth::now() + LIFETIME;
    let (challenge, value) = solved_value(expires_at);
    assert_eq!(check(SECRET, &value), Some(Used { signature: challenge.signature.clone().unwrap(), expires_at }));
}

#[test]
fn the_challenge_has_the_shape_the_widget_expects() {
    let json = new_challenge(SECRET).expect("challenge");
    let parameters = json["parameters"].as_object().expect("parameters");
    let mut keys: Vec<&str> = parameters.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["algorithm", "cost", "expiresAt", "keyLength", "keyPrefix", "keySignature", "nonce", "salt"]);
    assert_eq!(parameters["algorithm"], ALGORITHM);
    assert_eq!(parameters["cost"], COST);
    let expires_at = parameters["expiresAt"].as_i64().unwrap();
    assert!((expires_at - crate::auth::now() - LIFETIME).abs() <= 1);
    assert_eq!(json["signature"].as_str().map(str::len), Some(64));
    // A top-level "challenge" key would make the widget treat it as a v1 challenge.
    assert!(json.get("challenge").is_none());
}

#[test]
fn an_empty_secret_is_refused() {
    assert!(new_challenge("").is_err());
}

#[test]
fn tampered_values_are_refused() {
    let (_, value) = solved_value(crate::auth::now() + LIFETIME);
    let wrong_counter =
        reencode(&value, |j| j["solution"]["counter"] = json!(j["solution"]["counter"].as_u64().unwrap() + 1));
    let wrong_key = reencode(&value, |j| j["solution"]["derivedKey"] = json!("00".repeat(32)));
    let cheaper = reencode(&value, |j| j["challenge"]["parameters"]["cost"] = json!(1));
    let later = reencode(&value, |j| j["challenge"]["parameters"]["expiresAt"] = json!(crate::auth::now() + 86_400));
    let unsigned = reencode(&value, |j| {
        j["challenge"].as_object_mut().unwrap().remove("signature");
    });
    for tampered in [wrong_key, cheaper, later, unsigned] {
        assert_eq!(check(SECRET, &tampered), None, "{tampered}");
    }
    // Verification checks the derived key (the costly part), not the counter that led to it.
    assert!(check(SECRET, &wrong_counter).is_some());
    assert_eq!(check("another-secret-entirely", &value), None);
}

#[test]
fn expired_challenges_are_refused() {
    let (_, value) = solved_value(crate::auth::now() - 1);
    assert_eq!(check(SECRET, &value), None);
}

#[test]
fn garbage_is_refused_without_panicking() {
    let not_ours = encode_base64(br#"{"challenge":null,"solution":null,"test":true}"#);
    let huge = "A".repeat(MAX_PAYLOAD + 4);
    for garbage in ["", " ", "not base64!", "e30=", "AAAA", "////", &not_ours, &huge, "é"] {
        assert_eq!(check(SECRET, garbage), None, "{garbage}");
    }
}

#[test]
fn base64_decodes_like_atob() {
    for text in ["", "a", "ab", "abc", "abcd", "{\"k\":\"vàlue\"}"] {
        let encoded = encode_base64(text.as_bytes());
        assert_eq!(decode_base64(&encoded).as_deref(), Some(text.as_bytes()), "{encoded}");
        assert_eq!(decode_base64(encoded.trim_end_matches('=')).as_deref(), Some(text.as_bytes()));
    }
    assert_eq!(encode_base64(b"hello"), "aGVsbG8=");
    assert_eq!(decode_base64("aGVs bG8="), None);
}
