//! pagoPA's checkout, reached through its cart API: `POST {api}/carts` with 1-5 notices and the
//! addresses to come back to; pagoPA answers `302` with its checkout page in `Location`. The
//! family chooses method and PSP there, and pagoPA shows the fee before they pay. The shapes
//! follow pagoPA's published payment-requests API (`CartRequest`, `PaymentNotice`).

use super::PagoPaCheckout;
use crate::model::NoticeSummary;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;
use std::time::Duration;

/// pagoPA's API gateway takes the key in this header.
pub const SUBSCRIPTION_KEY_HEADER: &str = "Ocp-Apim-Subscription-Key";
/// pagoPA's limit for `companyName` and `description`.
pub const TEXT_LIMIT: usize = 140;
/// How long the family's browser may wait for pagoPA's answer.
const TIMEOUT: Duration = Duration::from_secs(15);

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CartRequest {
    pub payment_notices: Vec<PaymentNotice>,
    pub return_urls: ReturnUrls,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_notice: Option<String>,
    /// Our payment's public id: pagoPA hands it back to the creditor with each notice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_cart: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PaymentNotice {
    pub notice_number: String,
    /// The creditor's (the school's) fiscal code.
    pub fiscal_code: String,
    /// Euro cents.
    pub amount: i64,
    pub company_name: String,
    pub description: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReturnUrls {
    pub return_ok_url: String,
    pub return_cancel_url: String,
    pub return_error_url: String,
}

impl CartRequest {
    /// The cart for a payment's notices, with amounts as the database holds them.
    pub fn for_notices(
        items: &[NoticeSummary],
        return_url: &str,
        email: Option<&str>,
        payment_id: &str,
    ) -> CartRequest {
        CartRequest {
            payment_notices: items
                .iter()
                .map(|item| PaymentNotice {
                    notice_number: item.notice_number.to_string(),
                    fiscal_code: item.creditor_fiscal_code.to_string(),
                    amount: i64::from(item.amount),
                    company_name: clip(&item.pupil.school_name),
                    description: clip(&format!("{} - {} {}", item.reason, item.pupil.given_name, item.pupil.surname)),
                })
                .collect(),
            return_urls: ReturnUrls {
                return_ok_url: return_url.to_string(),
                return_cancel_url: format!("{return_url}?esito=annullato"),
                return_error_url: format!("{return_url}?esito=errore"),
            },
            email_notice: email.map(str::to_string),
            id_cart: Some(payment_id.to_string()),
        }
    }

    /// Where the request breaks the published contract (empty when it keeps it). We check
    /// before sending, and the local fake checks what it receives.
    pub fn contract_problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if !(1..=domain::cart::CART_LIMIT).contains(&self.payment_notices.len()) {
            problems.push(format!("paymentNotices: {} items, 1 to 5 allowed", self.payment_notices.len()));
        }
        let digits = |text: &str, count: usize| text.len() == count && text.bytes().all(|b| b.is_ascii_digit());
        for (n, notice) in self.payment_notices.iter().enumerate() {
            if !digits(&notice.notice_number, 18) {
                problems.push(format!("paymentNotices[{n}].noticeNumber: 18 digits required"));
            }
            if !digits(&notice.fiscal_code, 11) {
                problems.push(format!("paymentNotices[{n}].fiscalCode: 11 digits required"));
            }
            if notice.amount < 1 {
                problems.push(format!("paymentNotices[{n}].amount: at least 1 cent"));
            }
            for (name, text) in [("companyName", &notice.company_name), ("description", &notice.description)] {
                if text.chars().count() > TEXT_LIMIT {
                    problems.push(format!("paymentNotices[{n}].{name}: at most {TEXT_LIMIT} characters"));
                }
            }
        }
        let urls = &self.return_urls;
        for (name, url) in [
            ("returnOkUrl", &urls.return_ok_url),
            ("returnCancelUrl", &urls.return_cancel_url),
            ("returnErrorUrl", &urls.return_error_url),
        ] {
            if !is_web_address(url) {
                problems.push(format!("returnUrls.{name}: an absolute http(s) URI required"));
            }
        }
        problems
    }
}

/// Cuts `text` to pagoPA's 140 characters (on a character boundary).
pub fn clip(text: &str) -> String {
    text.trim().chars().take(TEXT_LIMIT).collect()
}

fn is_web_address(text: &str) -> bool {
    reqwest::Url::parse(text).is_ok_and(|url| matches!(url.scheme(), "http" | "https") && url.host().is_some())
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum CheckoutError {
    /// pagoPA refused the cart (a 4xx other than 401): a notice it will not take, or a cart it
    /// finds malformed. Retrying the same cart will not help.
    #[error("pagoPA refused the cart: HTTP {status}: {detail}")]
    Refused { status: u16, detail: String },
    /// Our subscription key was refused: the configuration is wrong.
    #[error("pagoPA refused the subscription key (HTTP 401)")]
    Unauthorized,
    /// No usable answer (5xx, network, timeout, no checkout address): try again later.
    #[error("pagoPA is unavailable: {0}")]
    Unavailable(String),
}

fn client() -> &'static reqwest::Client {
    static CLIENT: OnceLock<reqwest::Client> = OnceLock::new();
    // The redirect is for the family's browser, not for us: we read `Location` ourselves.
    CLIENT.get_or_init(|| {
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(TIMEOUT)
            .build()
            .unwrap_or_default()
    })
}

/// Sends the cart; the checkout page's address to send the family to.
pub async fn open_checkout(checkout: &PagoPaCheckout, cart: &CartRequest) -> Result<String, CheckoutError> {
    let problems = cart.contract_problems();
    if !problems.is_empty() {
        return Err(CheckoutError::Refused { status: 0, detail: problems.join("; ") });
    }
    let body = serde_json::to_vec(cart).map_err(|error| CheckoutError::Unavailable(error.to_string()))?;
    let url = format!("{}/carts", checkout.api_url.trim_end_matches('/'));
    let answer = client()
        .post(&url)
        .header("content-type", "application/json")
        .header(SUBSCRIPTION_KEY_HEADER, checkout.subscription_key.expose())
        .body(body)
        .send()
        .await
        .map_err(|error| CheckoutError::Unavailable(error.without_url().to_string()))?;
    let status = answer.status().as_u16();
    let location = answer.headers().get("location").and_then(|value| value.to_str().ok()).map(str::to_string);
    match (status, location) {
        (300..=399, Some(location)) if is_web_address(&location) && checkout.allows_page(&location) => Ok(location),
        (300..=399, _) => Err(CheckoutError::Unavailable(format!("HTTP {status} without a usable Location"))),
        (401, _) => Err(CheckoutError::Unauthorized),
        (400..=499, _) => {
            let detail = problem_detail(&answer.text().await.unwrap_or_default());
            Err(CheckoutError::Refused { status, detail })
        }
        _ => Err(CheckoutError::Unavailable(format!("HTTP {status}"))),
    }
}

/// The `title`/`detail` of a problem+json answer, or its first 200 characters.
fn problem_detail(body: &str) -> String {
    #[derive(Deserialize)]
    struct Problem {
        title: Option<String>,
        detail: Option<String>,
    }
    match serde_json::from_str::<Problem>(body) {
        Ok(problem) => [problem.title, problem.detail].into_iter().flatten().collect::<Vec<_>>().join(": "),
        Err(_) => body.chars().take(200).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::payments::{PagoPaCheckout, Secret};

    fn cart(notices: usize) -> CartRequest {
        let notice = PaymentNotice {
            notice_number: "302026000000001253".into(),
            fiscal_code: "80012345678".into(),
            amount: 1_500,
            company_name: "IC Milano Centro".into(),
            description: "Uscita didattica".into(),
        };
        CartRequest {
            payment_notices: vec![notice; notices],
            return_urls: ReturnUrls {
                return_ok_url: "https://pagoscuola.example.it/pagamento/x".into(),
                return_cancel_url: "https://pagoscuola.example.it/pagamento/x?esito=annullato".into(),
                return_error_url: "https://pagoscuola.example.it/pagamento/x?esito=errore".into(),
            },
            email_notice: Some("maria@example.it".into()),
            id_cart: Some("x".into()),
        }
    }

    #[test]
    fn a_cart_keeps_the_contract_only_with_one_to_five_well_formed_notices() {
        assert!(cart(1).contract_problems().is_empty());
        assert!(cart(5).contract_problems().is_empty());
        assert_eq!(cart(0).contract_problems().len(), 1);
        assert_eq!(cart(6).contract_problems().len(), 1);
        let mut bad = cart(1);
        bad.payment_notices[0].notice_number = "3020".into();
        bad.payment_notices[0].fiscal_code = "8001234567X".into();
        bad.payment_notices[0].amount = 0;
        bad.payment_notices[0].description = "x".repeat(141);
        bad.return_urls.return_error_url = "/pagamento/x".into();
        assert_eq!(bad.contract_problems().len(), 5, "{:?}", bad.contract_problems());
    }

    #[test]
    fn the_cart_speaks_the_contract_field_names() {
        let json = serde_json::to_value(cart(1)).unwrap();
        for field in ["paymentNotices", "returnUrls", "emailNotice", "idCart"] {
            assert!(json.get(field).is_some(), "{field}");
        }
        for field in ["noticeNumber", "fiscalCode", "amount", "companyName", "description"] {
            assert!(json["paymentNotices"][0].get(field).is_some(), "{field}");
        }
        for field in ["returnOkUrl", "returnCancelUrl", "returnErrorUrl"] {
            assert!(json["returnUrls"].get(field).is_some(), "{field}");
        }
    }

    #[test]
    fn long_texts_are_clipped_on_character_boundaries() {
        let long = "è".repeat(200);
        assert_eq!(clip(&long).chars().count(), TEXT_LIMIT);
        assert_eq!(clip("  Gita  "), "Gita");
    }

    #[test]
    fn families_are_sent_only_to_pagopa_or_to_the_configured_api_origin() {
        let checkout = PagoPaCheckout {
            api_url: "http://127.0.0.1:4100/checkout/ec/v1".into(),
            subscription_key: Secret::new("k"),
            receipt_secret: Secret::new("s"),
        };
        assert!(checkout.allows_page("https://checkout.pagopa.it/c/123"));
        assert!(checkout.allows_page("https://uat.checkout.pagopa.it/c/123"));
        assert!(checkout.allows_page("http://127.0.0.1:4100/c/123"));
        assert!(!checkout.allows_page("http://checkout.pagopa.it/c/123"), "not over plain http");
        assert!(!checkout.allows_page("https://pagopa.it.example.com/c/123"));
        assert!(!checkout.allows_page("http://127.0.0.1:4101/c/123"));
        assert!(checkout.form_action_sources().contains("http://127.0.0.1:4100"));
        assert_eq!(format!("{:?}", checkout.subscription_key), "Secret(***)");
    }
}
