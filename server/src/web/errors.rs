//! server_fn answers every error of a server function with 500, whatever it was. The error is
//! our `AppError`, JSON-encoded in the body: its own status (`AppError::status`, the one
//! mapping) replaces the 500, so a stranger's id is a 404, a missing session a 401 and a body
//! that does not parse a 400 — never a 500 for something the caller did.

use app::error::AppError;
use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::Response;
use leptos::server_fn::error::SERVER_FN_ERROR_HEADER;

/// An encoded `AppError` is a few hundred bytes; anything longer is left as it is.
const MAX_ERROR_BODY: usize = 64 * 1024;

pub async fn server_fn_status(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    if response.status() != StatusCode::INTERNAL_SERVER_ERROR
        || !response.headers().contains_key(SERVER_FN_ERROR_HEADER)
    {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_ERROR_BODY).await else {
        return Response::from_parts(parts, axum::body::Body::empty());
    };
    if let Some(status) =
        serde_json::from_slice::<AppError>(&bytes).ok().and_then(|error| StatusCode::from_u16(error.status()).ok())
    {
        parts.status = status;
    }
    Response::from_parts(parts, axum::body::Body::from(bytes))
}
