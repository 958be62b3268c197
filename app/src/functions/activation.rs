//! Who sees a pupil: the family types the activation code the school handed it ("Non vedi un
//! figlio?" on `/famiglia`); the office sees each payer's state and makes a code (a printable
//! letter, or an email through the outbox). Forms POST and are redirected with a flash, so all
//! of it works without JavaScript.

use crate::error::AppError;
use crate::model::ActivationPage;
use leptos::prelude::*;

/// Codes one account may try in the throttle's window (15 minutes): enough for a family with
/// several children and a typo or two, far too few to guess one (25^12 codes).
pub const TRIES_PER_WINDOW: i64 = 6;

/// The family's form: `codice` as printed on the letter or in the email.
#[server(endpoint = "account/activate")]
pub async fn redeem_activation_code(codice: String) -> Result<(), AppError> {
    server::redeem(codice).await
}

/// The office's page about one pupil's payers (`school` the codice meccanografico).
#[server(endpoint = "office/activation/page")]
pub async fn read_activation_page(school: String, pupil: i64) -> Result<ActivationPage, AppError> {
    server::page(school, pupil).await
}

/// "Genera codice di attivazione": a new code for the payer `payer` (codice fiscale), shown
/// once as a printable letter.
#[server(endpoint = "office/activation/issue")]
pub async fn issue_activation_code(school: String, pupil: i64, payer: String) -> Result<(), AppError> {
    server::issue(school, pupil, payer).await
}

/// "Invia per email": the code goes to the address the office recorded for the payer, made
/// when the mail is sent (no code rests in the outbox).
#[server(endpoint = "office/activation/send")]
pub async fn send_activation_code(school: String, pupil: i64, payer: String) -> Result<(), AppError> {
    server::send(school, pupil, payer).await
}

#[cfg(feature = "ssr")]
mod server;
