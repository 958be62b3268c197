//! The captcha widget's challenge, fetched by the widget itself (GET `/api/captcha/challenge`).

use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::{GetUrl, Json};
use serde::{Deserialize, Serialize};

/// An ALTCHA v2 challenge as the widget reads it. Typed (rather than `serde_json::Value`, a
/// server-only dependency) so the function also compiles into the browser bundle; unknown
/// fields are an error, so a change in the `altcha` crate's output cannot be silently dropped
/// (dropping a field would break the signature).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AltchaChallenge {
    pub parameters: AltchaParameters,
    /// HMAC-SHA-256 of the canonical JSON of `parameters`, hex.
    pub signature: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AltchaParameters {
    pub algorithm: String,
    pub cost: u32,
    /// Unix seconds.
    pub expires_at: i64,
    pub key_length: u32,
    pub key_prefix: String,
    pub key_signature: String,
    pub nonce: String,
    pub salt: String,
}

/// A fresh signed challenge; never cached (each is meant for one form).
#[server(endpoint = "captcha/challenge", input = GetUrl, output = Json)]
pub async fn captcha_challenge() -> Result<AltchaChallenge, AppError> {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.insert_header(http::header::CACHE_CONTROL, http::HeaderValue::from_static("no-store"));
    }
    let secret = crate::auth::settings()?.captcha_secret;
    typed(crate::auth::captcha::new_challenge(&secret)?)
}

#[cfg(feature = "ssr")]
fn typed(challenge: serde_json::Value) -> Result<AltchaChallenge, AppError> {
    serde_json::from_value(challenge).map_err(|error| {
        tracing::error!(%error, "captcha challenge does not fit AltchaChallenge");
        AppError::Database
    })
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    #[test]
    fn the_typed_challenge_keeps_every_field() {
        let json = crate::auth::captcha::new_challenge("a-test-secret").expect("challenge");
        let typed = super::typed(json.clone()).expect("fits");
        assert_eq!(serde_json::to_value(&typed).unwrap(), json);
    }
}
