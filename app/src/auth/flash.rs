//! One-off notices and form problems carried over a redirect in a short-lived cookie (the
//! Post/Redirect/Get pattern that makes every form work without JavaScript). Passwords never
//! go in it; the page that shows it clears it.

use super::cookies::{self, FLASH_COOKIE};
use super::tokens::hex;
use crate::model::Flash;

const FLASH_SECONDS: i64 = 300;

pub fn set(flash: &Flash) {
    if let Ok(json) = serde_json::to_string(flash) {
        cookies::write(FLASH_COOKIE, &hex(json.as_bytes()), Some(FLASH_SECONDS));
    }
}

/// The flash for `form`, if the previous response left one; clears it.
pub fn take(form: &str) -> Option<Flash> {
    let value = cookies::read(FLASH_COOKIE)?;
    let bytes: Option<Vec<u8>> =
        (0..value.len()).step_by(2).map(|i| value.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok())).collect();
    let flash: Flash = serde_json::from_slice(&bytes?).ok()?;
    cookies::write(FLASH_COOKIE, "", None);
    (flash.form == form).then_some(flash)
}
