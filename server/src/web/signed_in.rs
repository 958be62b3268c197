//! The header of a page shows, for a signed-in family, its cart count ("Carrello (n)"). The
//! header renders synchronously, so the one query it needs runs here, before the page, only for
//! a page request that carries a session cookie; the result rides in the request's extensions,
//! with the session's account, which the page then reads instead of asking again.

use app::auth::session::signed_in;
use app::routes;
use axum::extract::{Request, State};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::Response;
use sqlx::AnyPool;

#[derive(Clone)]
pub struct HeaderState {
    pub pool: AnyPool,
    pub secure: bool,
}

pub async fn header_facts(State(state): State<HeaderState>, mut request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let page = matches!(*request.method(), Method::GET | Method::HEAD)
        && !path.starts_with(routes::API)
        && !routes::STATIC_ASSETS.iter().any(|prefix| path.starts_with(prefix))
        && path != routes::SERVICE_WORKER
        // Liveness and readiness probes (`/healthz`, `/healthz/live`, `/healthz/ready`).
        && !path.starts_with(routes::HEALTH);
    if page {
        if let Some((facts, session)) = signed_in(&state.pool, request.headers(), state.secure).await {
            request.extensions_mut().insert(facts);
            request.extensions_mut().insert(session);
        }
    }
    next.run(request).await
}
