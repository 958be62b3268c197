//! Every request gets an id (kept from a trusted proxy, made here otherwise): it is on every log
//! line written while the request runs and in the answer's `x-request-id`, so a parent's
//! "it said error at 10:32" leads to the lines. Each answer is also counted for `/metrics`, by
//! route pattern (never the raw path: ids and codes would make a series each) and status.

use super::client::ViaTrustedProxy;
use axum::extract::{MatchedPath, Request};
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;
use std::time::Instant;
use tracing::Instrument;

pub const REQUEST_ID: &str = "x-request-id";

/// The route pattern a request matched, carried back out on its answer.
#[derive(Clone)]
struct Route(String);

/// Inside the router (a route layer): names the matched pattern for [`observe`].
pub async fn mark_route(request: Request, next: Next) -> Response {
    let route = request.extensions().get::<MatchedPath>().map(|path| Route(path.as_str().to_string()));
    let mut response = next.run(request).await;
    if let Some(route) = route {
        response.extensions_mut().insert(route);
    }
    response
}

pub async fn observe(mut request: Request, next: Next) -> Response {
    let started = Instant::now();
    let id = request
        .headers()
        .get(REQUEST_ID)
        .filter(|_| request.extensions().get::<ViaTrustedProxy>().is_some())
        .and_then(|value| value.to_str().ok())
        .filter(|value| is_plain_id(value))
        .map(str::to_string)
        .unwrap_or_else(|| uuid::Uuid::new_v4().simple().to_string());
    if let Ok(value) = HeaderValue::from_str(&id) {
        request.headers_mut().insert(REQUEST_ID, value);
    }
    let method = request.method().clone();
    let span = tracing::info_span!("request", id = %id, method = %method, path = %request.uri().path());
    let mut response = next.run(request).instrument(span.clone()).await;
    let status = response.status();
    let route = match response.extensions().get::<Route>() {
        Some(Route(route)) => route.clone(),
        // Not a route: a file of the site, or nothing at all.
        None if status.is_success() || status.is_redirection() => "static".into(),
        None => "unmatched".into(),
    };
    let elapsed = started.elapsed();
    span.in_scope(|| {
        if status.is_server_error() {
            tracing::warn!(status = status.as_u16(), ms = elapsed.as_millis() as u64, "answered with an error");
        } else {
            tracing::debug!(status = status.as_u16(), ms = elapsed.as_millis() as u64, "answered");
        }
    });
    let labels = [("route", route), ("method", method.to_string()), ("status", status.as_u16().to_string())];
    metrics::counter!("http_requests_total", &labels).increment(1);
    metrics::histogram!("http_request_duration_seconds", &labels[..2]).record(elapsed.as_secs_f64());
    if let Ok(value) = HeaderValue::from_str(&id) {
        response.headers_mut().insert(REQUEST_ID, value);
    }
    response
}

/// A proxy's id is believed only if it is short and plain (nginx's `$request_id` is 32 hex).
fn is_plain_id(value: &str) -> bool {
    (8..=64).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}
