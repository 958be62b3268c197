//! Paying a notice by its number (`/paga-avviso`): the search, read with GET so the result has
//! its own URL, and "Paga", a form that starts the payment and goes to the checkout.

use crate::error::AppError;
use crate::model::NoticeLookup;
use leptos::prelude::*;

/// The notice with this number and creditor (or this QR code's text): only what the printed
/// notice shows. Searches are limited per address.
#[server(endpoint = "pay-notice/find")]
pub async fn find_notice(
    numero: Option<String>,
    ente: Option<String>,
    qr: Option<String>,
) -> Result<NoticeLookup, AppError> {
    let (lookup, _) = crate::payments::by_notice::look_up(numero.as_deref(), ente.as_deref(), qr.as_deref()).await?;
    Ok(lookup)
}

/// Starts the payment of the notice (with the account, or as a guest with `email`) and sends
/// the browser to its checkout; when it cannot start, back to the notice with the reason.
#[server(endpoint = "pay-notice/pay")]
pub async fn pay_by_number(numero: String, ente: String, email: Option<String>) -> Result<(), AppError> {
    server::pay_by_number(numero, ente, email).await
}

#[cfg(feature = "ssr")]
mod server {
    use crate::auth::{flash, session};
    use crate::error::AppError;
    use crate::functions::notices::server::note;
    use crate::i18n::{AccountMsg, PaymentMsg};
    use crate::model::{Flash, FlashTarget, NoticeLookup};
    use crate::payments::by_notice::{self, EMAIL_FIELD};
    use crate::routes;

    pub async fn pay_by_number(numero: String, ente: String, email: Option<String>) -> Result<(), AppError> {
        // Back to the search as typed, so the page says what is wrong; input far longer than
        // any number is not echoed into the address.
        let short = |text: &str| text.chars().count() <= 40;
        let back = if short(&numero) && short(&ente) {
            routes::pay_notice(&numero, &ente)
        } else {
            routes::PAY_NOTICE.to_string()
        };
        let mut flash = Flash::for_form(FlashTarget::PayNotice);
        let email = email.map(|e| e.trim().to_string()).filter(|e| !e.is_empty());
        flash.values = email.iter().map(|e| (EMAIL_FIELD.to_string(), e.clone())).collect();
        let (lookup, id) = by_notice::look_up(Some(&numero), Some(&ente), None).await?;
        let (NoticeLookup::Found(_), Some(id)) = (lookup, id) else {
            // The page says what is wrong (unknown, limited, mistyped) when it shows it again.
            leptos_axum::redirect(&back);
            return Ok(());
        };
        let signed_in = session::current().await?.is_some();
        if !signed_in {
            match email.as_deref().map(domain::registration::check_email) {
                Some(Ok(())) => {}
                Some(Err(_)) => flash.issues.push((EMAIL_FIELD.to_string(), AccountMsg::ProblemEmail)),
                None => flash.issues.push((EMAIL_FIELD.to_string(), AccountMsg::ProblemRequired)),
            }
            if !flash.issues.is_empty() {
                flash::set(&flash);
                leptos_axum::redirect(&format!("{back}#{EMAIL_FIELD}"));
                return Ok(());
            }
        }
        match by_notice::pay_notice_now(id, email).await? {
            None => Ok(()),
            Some(message) => {
                if message == PaymentMsg::PayNoticeEmailNeeded {
                    flash.issues.push((EMAIL_FIELD.to_string(), AccountMsg::ProblemEmail));
                } else {
                    flash.notes.push(note(message, None));
                }
                flash::set(&flash);
                leptos_axum::redirect(&back);
                Ok(())
            }
        }
    }
}
