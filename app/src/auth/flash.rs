//! One-off notices and form problems carried over a redirect in a short-lived cookie (the
//! Post/Redirect/Get pattern that makes every form work without JavaScript). Passwords never
//! go in it; the page that shows it clears it.

use super::cookies::{self, FLASH_COOKIE};
use crate::model::{Flash, FlashTarget};

const FLASH_SECONDS: i64 = 300;
/// A typed value longer than any field holds (254, an email) is not carried back: whatever a
/// request sends, the cookie stays small (a browser refuses cookies over 4 KB, and a big one
/// would ride on every later request).
pub const MAX_VALUE_CHARS: usize = 254;
/// The encoded cookie value at most; past it the typed values are left out.
pub const MAX_COOKIE_BYTES: usize = 3_000;

pub fn set(flash: &Flash) {
    let mut flash = flash.clone();
    flash.values.retain(|(_, value)| value.chars().nth(MAX_VALUE_CHARS).is_none());
    let Some(mut encoded) = encode(&flash) else { return };
    if encoded.len() > MAX_COOKIE_BYTES {
        flash.values.clear();
        let Some(smaller) = encode(&flash).filter(|e| e.len() <= MAX_COOKIE_BYTES) else {
            tracing::warn!(bytes = encoded.len(), "flash too large: not set");
            return;
        };
        encoded = smaller;
    }
    cookies::write(FLASH_COOKIE, &encoded, Some(FLASH_SECONDS));
}

fn encode(flash: &Flash) -> Option<String> {
    serde_json::to_string(flash).ok().map(|json| hex::encode(json.as_bytes()))
}

/// The flash for `form`, if the previous response left one; clears it.
pub fn take(form: FlashTarget) -> Option<Flash> {
    let value = cookies::read(FLASH_COOKIE)?;
    let flash: Flash = serde_json::from_slice(&hex::decode(value).ok()?).ok()?;
    cookies::write(FLASH_COOKIE, "", None);
    (flash.form == form).then_some(flash)
}
