//! The captcha as the browser widget passes it: fetch a challenge from the running server,
//! solve it, encode the proof as the form value `altcha`.

use base64::{engine::general_purpose::STANDARD, Engine as _};
use serde_json::{json, Value};

/// The `altcha` form value widget v3 would post for a fresh challenge:
/// `btoa(JSON.stringify({challenge: {parameters, signature}, solution}))`.
///
/// Solving is real proof of work (1–2 million PBKDF2 iterations): well under a second with
/// `sha2` and `altcha` optimised (the workspace's dev profile does), ~20 s unoptimised.
pub async fn solved_captcha(app: &super::TestApp) -> String {
    let response = app.get("/api/captcha/challenge").await;
    assert_eq!(response.status(), 200, "the challenge endpoint answers");
    let cache = response.headers().get("cache-control").and_then(|v| v.to_str().ok()).map(str::to_owned);
    assert_eq!(cache.as_deref(), Some("no-store"), "challenges are never cached");
    let fetched: Value = response.json().await.expect("the challenge is JSON");
    let challenge: altcha::Challenge = serde_json::from_value(fetched.clone()).expect("an ALTCHA v2 challenge");
    let solution =
        tokio::task::spawn_blocking(move || altcha::solve_challenge(altcha::SolveChallengeOptions::new(&challenge)))
            .await
            .expect("the solver runs")
            .expect("the challenge is well formed")
            .expect("solved before the timeout");
    // The widget sends the parameters back exactly as it received them.
    let payload = json!({
        "challenge": { "parameters": fetched["parameters"], "signature": fetched["signature"] },
        "solution": { "counter": solution.counter, "derivedKey": solution.derived_key, "time": solution.time },
    });
    STANDARD.encode(payload.to_string())
}
