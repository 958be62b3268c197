//! Server functions, grouped by area. Each has a stable endpoint under `/api/` so that a phone
//! running an older cached client still reaches it after a deploy.

pub mod account;
pub mod captcha;
pub mod directory;
pub mod notices;
pub mod payments;
pub mod receipts;
pub mod registration;
pub mod sandbox;
