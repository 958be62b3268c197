//! One-off notices and form problems carried over a redirect in a short-lived cookie (the
//! Post/Redirect/Get pattern that makes every form work without JavaScript). Passwords never
//! go in it; the page that shows it clears it.

use super::cookies::{self, FLASH_COOKIE};
use crate::model::{Flash, FlashTarget};

const FLASH_SECONDS: i64 = 300;

pub fn set(flash: &Flash) {
    if let Ok(json) = serde_json::to_string(flash) {
        cookies::write(FLASH_COOKIE, &hex::encode(json.as_bytes()), Some(FLASH_SECONDS));
    }
}

/// The flash for `form`, if the previous response left one; clears it.
pub fn take(form: FlashTarget) -> Option<Flash> {
    let value = cookies::read(FLASH_COOKIE)?;
    let flash: Flash = serde_json::from_slice(&hex::decode(value).ok()?).ok()?;
    cookies::write(FLASH_COOKIE, "", None);
    (flash.form == form).then_some(flash)
}
