//! A local stand-in for pagoPA's checkout cart API, written from its published contract
//! (pagoPA's payment-requests API: `POST /carts` with a `CartRequest`, answered by `302` and
//! the checkout page in `Location`; errors as problem+json), not from PagoScuola's client, so
//! that a client that drifts from the contract fails here.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};

/// What the fake answers to the next carts.
#[derive(Clone, Debug)]
pub enum Behaviour {
    /// 302 to its own checkout page.
    OpenCheckout,
    /// This status with a problem+json body.
    Fail(u16),
    /// 302 to this address.
    RedirectTo(String),
}

#[derive(Clone)]
pub struct FakePagoPa {
    pub origin: String,
    pub key: String,
    shared: Arc<Mutex<Shared>>,
}

struct Shared {
    behaviour: Behaviour,
    carts: Vec<Value>,
    origin: String,
    key: String,
}

impl FakePagoPa {
    pub async fn start(key: &str) -> FakePagoPa {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let origin = format!("http://{}", listener.local_addr().expect("address"));
        let shared = Arc::new(Mutex::new(Shared {
            behaviour: Behaviour::OpenCheckout,
            carts: Vec::new(),
            origin: origin.clone(),
            key: key.into(),
        }));
        let app = axum::Router::new()
            .route("/checkout/ec/v1/carts", axum::routing::post(post_cart))
            .with_state(shared.clone());
        tokio::spawn(async move { axum::serve(listener, app).await });
        FakePagoPa { origin, key: key.into(), shared }
    }

    /// The base PagoScuola is configured with.
    pub fn api_url(&self) -> String {
        format!("{}/checkout/ec/v1", self.origin)
    }

    pub fn behave(&self, behaviour: Behaviour) {
        self.shared.lock().unwrap().behaviour = behaviour;
    }

    /// Every cart accepted as well formed, in order.
    pub fn carts(&self) -> Vec<Value> {
        self.shared.lock().unwrap().carts.clone()
    }
}

fn problem(status: u16, title: &str, detail: &str) -> Response {
    let code = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let body = json!({ "title": title, "status": status, "detail": detail }).to_string();
    (code, [("content-type", "application/problem+json")], body).into_response()
}

async fn post_cart(State(shared): State<Arc<Mutex<Shared>>>, headers: HeaderMap, body: Bytes) -> Response {
    let mut shared = shared.lock().unwrap();
    let key = headers.get("ocp-apim-subscription-key").and_then(|v| v.to_str().ok());
    if key != Some(shared.key.as_str()) {
        return problem(401, "Unauthorized", "missing or wrong subscription key");
    }
    let is_json =
        headers.get("content-type").and_then(|v| v.to_str().ok()).is_some_and(|t| t.starts_with("application/json"));
    let cart = match serde_json::from_slice::<Value>(&body) {
        Ok(cart) if is_json => cart,
        _ => return problem(400, "Bad Request", "the body must be a JSON CartRequest"),
    };
    if let Err(detail) = check_cart(&cart) {
        return problem(400, "Bad Request", &detail);
    }
    shared.carts.push(cart);
    let count = shared.carts.len();
    match shared.behaviour.clone() {
        Behaviour::OpenCheckout => {
            let location = format!("{}/c/{count:08}-fake-cart", shared.origin);
            (StatusCode::FOUND, [("location", location)]).into_response()
        }
        Behaviour::Fail(status) => problem(status, "Refused", "the fake was told to refuse"),
        Behaviour::RedirectTo(location) => (StatusCode::FOUND, [("location", location)]).into_response(),
    }
}

/// The contract's `CartRequest` and `PaymentNotice` schemas, checked field by field.
fn check_cart(cart: &Value) -> Result<(), String> {
    let notices = cart["paymentNotices"].as_array().ok_or("paymentNotices: required array")?;
    if notices.is_empty() || notices.len() > 5 {
        return Err(format!("paymentNotices: minItems 1, maxItems 5, got {}", notices.len()));
    }
    for notice in notices {
        let text = |name: &str| notice[name].as_str().ok_or(format!("{name}: required string"));
        if text("noticeNumber")?.len() != 18 {
            return Err("noticeNumber: length 18".into());
        }
        if text("fiscalCode")?.len() != 11 {
            return Err("fiscalCode: length 11".into());
        }
        if notice["amount"].as_i64().is_none_or(|amount| amount < 1) {
            return Err("amount: integer, minimum 1".into());
        }
        for name in ["companyName", "description"] {
            if text(name)?.chars().count() > 140 {
                return Err(format!("{name}: maxLength 140"));
            }
        }
    }
    for name in ["returnOkUrl", "returnCancelUrl", "returnErrorUrl"] {
        let url = cart["returnUrls"][name].as_str().ok_or(format!("returnUrls.{name}: required"))?;
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            return Err(format!("returnUrls.{name}: format uri"));
        }
    }
    if let Some(email) = cart.get("emailNotice") {
        if !email.as_str().is_some_and(|e| e.contains('@')) {
            return Err("emailNotice: format email".into());
        }
    }
    Ok(())
}

/// Points a server's configuration at pagoPA's checkout (`api_url`, e.g. a [`FakePagoPa`]'s),
/// with the subscription key and the station's receipt secret: one place for every test.
pub fn configure_pagopa(config: &mut server::config::Config, api_url: String, key: &str, receipt_secret: &str) {
    config.payment_provider = Some(server::config::ProviderKind::Pagopa);
    config.pagopa_api_url = api_url;
    config.pagopa_subscription_key = Some(app::payments::Secret::new(key));
    config.pagopa_receipt_secret = Some(app::payments::Secret::new(receipt_secret));
}
