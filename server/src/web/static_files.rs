//! Serves the built site's files from memory ([`crate::assets::SiteAssets`]) in the encoding
//! the browser prefers, with a validator so a revisit costs a 304. A path not in the table
//! (development builds, or no such file) goes on to Leptos' file and error handler.

use crate::assets::{choose, SiteAssets};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{self, HeaderValue};
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use std::sync::Arc;

pub async fn from_memory(State(assets): State<Arc<SiteAssets>>, request: Request, next: Next) -> Response {
    let method = request.method().clone();
    let asset = match method {
        Method::GET | Method::HEAD => assets.get(request.uri().path()),
        _ => None,
    };
    let Some(asset) = asset else { return next.run(request).await };
    let headers = request.headers();
    let text = |name| headers.get(name).and_then(|v: &HeaderValue| v.to_str().ok()).unwrap_or("");
    let mut response = Response::builder()
        .header(header::ETAG, &asset.etag)
        .header(header::VARY, "accept-encoding")
        .header(header::CONTENT_TYPE, asset.content_type);
    if text(header::IF_NONE_MATCH.as_str()).split(',').any(|tag| tag.trim() == asset.etag) {
        return response.status(StatusCode::NOT_MODIFIED).body(Body::empty()).unwrap_or_default();
    }
    let encoding = choose(text(header::ACCEPT_ENCODING.as_str()), asset);
    let bytes = match encoding.and_then(|e| asset.encoded(e)) {
        Some(packed) => packed.clone(),
        None => asset.identity.clone(),
    };
    if let Some(encoding) = encoding {
        response = response.header(header::CONTENT_ENCODING, encoding.header());
    }
    response = response.header(header::CONTENT_LENGTH, bytes.len());
    let body = if method == Method::HEAD { Body::empty() } else { Body::from(bytes) };
    response.body(body).unwrap_or_default()
}
