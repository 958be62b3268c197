//! Guests: someone without an account pays a notice by its number. Their browser gets a
//! cookie holding a random token (the database keeps only its hash, as for sessions); the
//! token opens the checkout, PSP and outcome pages of the payments it started, and nothing else.

use crate::auth::cookies;
use crate::auth::tokens::{hash_token, looks_like_token, new_token};

pub const GUEST_COOKIE: &str = "ps_guest";
/// How long the cookie lasts: long enough to come back to the outcome page for the receipts.
pub const GUEST_SECONDS: i64 = 30 * 24 * 60 * 60;

/// The hash of the token in this request's guest cookie, if it has one of our shape.
pub fn token_hash() -> Option<String> {
    cookies::read(GUEST_COOKIE).filter(|token| looks_like_token(token)).map(|token| hash_token(&token))
}

/// The hash of the guest's token, issuing a new token (and its cookie) when the browser has
/// none: one browser's guest payments share one token, so each stays reachable.
pub fn token_hash_or_new() -> String {
    let token = cookies::read(GUEST_COOKIE).filter(|token| looks_like_token(token)).unwrap_or_else(new_token);
    cookies::write(GUEST_COOKIE, &token, Some(GUEST_SECONDS));
    hash_token(&token)
}
