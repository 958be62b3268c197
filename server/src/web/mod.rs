//! The HTTP application: Leptos pages and server functions, plus a few plain routes.

pub mod client;
mod handlers;
mod headers;

use app::routes;
use app::store::Db;
use app::{shell, App};
use axum::extract::FromRef;
use axum::routing::get;
use axum::{middleware, Router};
use leptos::prelude::*;
use leptos_axum::{file_and_error_handler_with_context, generate_route_list, LeptosRoutes};
use sqlx::AnyPool;
use std::sync::Arc;
use tower_http::compression::CompressionLayer;
use tower_http::trace::TraceLayer;

use crate::db::Engine;

#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub pool: AnyPool,
    pub engine: Engine,
    /// Changes with every build of the browser bundle; names the service worker's cache.
    pub build_id: Arc<str>,
    pub settings: app::auth::Settings,
    /// Present when SMTP_URL is set.
    pub mail_sender: Option<Arc<crate::mail::Sender>>,
    /// Reverse proxies whose forwarded-for headers are believed.
    pub trusted_proxies: client::TrustedProxies,
}

pub fn router(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let pool = state.pool.clone();
    let settings = state.settings.clone();
    let context = move || {
        provide_context(Db(pool.clone()));
        provide_context(settings.clone());
    };
    let options = state.leptos_options.clone();
    let site = headers::Site::new(&state.settings.public_url);
    let trusted = state.trusted_proxies.clone();
    Router::new()
        .route(routes::HEALTH, get(handlers::health))
        .route(&format!("{}/{{code}}", routes::LANGUAGE), get(handlers::set_language))
        .route(routes::SERVICE_WORKER, get(handlers::service_worker))
        .route(app::payments::sandbox::NOTIFY_PATH, axum::routing::post(handlers::sandbox_notification))
        .route(app::payments::pagopa_receipts::RECEIPTS_PATH, axum::routing::post(handlers::pagopa_receipt))
        .route(&format!("{}/{{file}}", routes::RECEIPTS), get(handlers::receipt_pdf))
        .route(&format!("{}/{{file}}", routes::ATTESTATIONS), get(handlers::attestation_pdf))
        .leptos_routes_with_context(&state, routes, context.clone(), move || shell(options.clone()))
        .fallback(file_and_error_handler_with_context::<AppState, _>(context, shell))
        .layer(middleware::from_fn(headers::cache_control))
        .layer(middleware::from_fn_with_state(site.clone(), headers::security))
        .layer(middleware::from_fn_with_state(site, headers::same_origin_posts))
        .layer(middleware::from_fn_with_state(trusted, client::client_address))
        .layer(CompressionLayer::new())
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
