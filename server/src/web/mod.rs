//! The HTTP application: Leptos pages and server functions, plus a few plain routes.

pub mod client;
mod errors;
mod handlers;
mod headers;
pub mod metrics;
mod observe;
pub mod pupils;
mod signed_in;
mod static_files;

use app::routes;
use app::store::Db;
use app::{shell, App};
use axum::extract::{DefaultBodyLimit, FromRef};
use axum::http::Method;
use axum::routing::{get, post, MethodRouter};
use axum::{middleware, Router};
use leptos::prelude::*;
use leptos_axum::{file_and_error_handler_with_context, generate_route_list, LeptosRoutes};
use sqlx::AnyPool;
use std::sync::Arc;
use tower_http::compression::CompressionLayer;

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
    /// Present when `PAGOSCUOLA_METRICS_ADDR` is set: the recorder and its own listener.
    pub metrics: Option<Arc<metrics::Metrics>>,
    /// This process's background tasks (readiness checks they are running).
    pub background: Arc<crate::jobs::Background>,
    /// The built site's files in memory (empty for a development build: read from disk).
    pub assets: Arc<crate::assets::SiteAssets>,
}

/// One route of the site, as the authorization and bad-input tests enumerate them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RouteEntry {
    pub kind: RouteKind,
    pub method: Method,
    /// axum's pattern: `/avvisi/{id}`, `/api/cart/add`.
    pub path: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RouteKind {
    /// A Leptos page.
    Page,
    /// A Leptos server function.
    ServerFn,
    /// A plain axum route ([`plain_routes`]).
    Plain,
    /// Served by the fallback from the built site (bundle, fonts, icons, manifest).
    Static,
}

/// The plain axum routes, declared once: the router is built from this list and the tests read it.
/// Without the sandbox (real payments) its notification endpoint is not there.
fn plain_routes(sandbox: bool) -> Vec<(Method, String, MethodRouter<AppState>)> {
    let file = |base: &str| format!("{base}/{{file}}");
    let mut all = vec![
        (Method::GET, routes::HEALTH.into(), get(handlers::ready)),
        (Method::GET, routes::HEALTH_LIVE.into(), get(handlers::live)),
        (Method::GET, routes::HEALTH_READY.into(), get(handlers::ready)),
        (Method::GET, format!("{}/{{code}}", routes::LANGUAGE), get(handlers::set_language)),
        (Method::GET, routes::SERVICE_WORKER.into(), get(handlers::service_worker)),
        (Method::POST, app::payments::pagopa_receipts::RECEIPTS_PATH.into(), post(handlers::pagopa_receipt)),
        (Method::GET, file(routes::RECEIPTS), get(handlers::receipt_pdf)),
        (Method::GET, file(routes::ATTESTATIONS), get(handlers::attestation_pdf)),
        (Method::GET, format!("{}/{{id}}/documento.pdf", routes::NOTICES), get(handlers::notice_pdf)),
        // The office's pupil import posts to its own page's address (the page itself is Leptos's GET).
        (
            Method::POST,
            routes::office_import("{codice}"),
            post(pupils::upload_file).layer(DefaultBodyLimit::max(pupils::MAX_BODY_BYTES)),
        ),
        (Method::GET, format!("{}/{{file}}", routes::office_import("{codice}")), get(pupils::download)),
        (
            Method::GET,
            format!("{}/{{codice}}/eventi/{{id}}/resoconto.csv", routes::OFFICE),
            get(handlers::event_report_csv),
        ),
        (Method::GET, format!("{}.csv", routes::office_reconciliation("{codice}")), get(handlers::reconciliation_csv)),
        (Method::GET, format!("{}.csv", routes::office_tax("{codice}")), get(handlers::tax_data_csv)),
    ];
    if sandbox {
        all.push((Method::POST, app::payments::sandbox::NOTIFY_PATH.into(), post(handlers::sandbox_notification)));
    }
    all
}

/// Files the fallback serves from the site root (one example path per kind).
const STATIC_FILES: [&str; 5] = [
    "/pkg/pagoscuola.js",
    "/fonts/titillium-web-latin-400-normal.woff2",
    "/icons/icon.svg",
    "/manifest.webmanifest",
    "/sw-register.js",
];

/// Every route the server answers (with the sandbox PSP as provider, the larger set): Leptos
/// pages, server functions, plain routes, static files.
pub fn route_inventory() -> Vec<RouteEntry> {
    let entry = |kind, method, path: String| RouteEntry { kind, method, path };
    let pages = generate_route_list(App).into_iter().map(|r| entry(RouteKind::Page, Method::GET, r.path().to_string()));
    let functions = leptos::server_fn::axum::server_fn_paths().map(|(path, method)| {
        // server_fn's own `http::Method` re-export is the same type as axum's.
        entry(RouteKind::ServerFn, method, path.to_string())
    });
    let plain = plain_routes(true).into_iter().map(|(method, path, _)| entry(RouteKind::Plain, method, path));
    let files = STATIC_FILES.iter().map(|p| entry(RouteKind::Static, Method::GET, p.to_string()));
    let mut all: Vec<RouteEntry> = pages.chain(functions).chain(plain).chain(files).collect();
    all.sort_by(|a, b| (&a.path, a.method.as_str()).cmp(&(&b.path, b.method.as_str())));
    all.dedup();
    all
}

pub fn router(state: AppState) -> Router {
    let sandbox = state.settings.provider.kind() == domain::ProviderKind::Sandbox;
    let mut routes = generate_route_list(App);
    // With real payments the sandbox PSP is not there at all: its pages fall to "not found"
    // (its server functions refuse on their own, see app::functions::sandbox).
    if !sandbox {
        routes.retain(|route| !route.path().starts_with(routes::SANDBOX));
    }
    let pool = state.pool.clone();
    let settings = state.settings.clone();
    let context = move || {
        provide_context(Db(pool.clone()));
        provide_context(settings.clone());
    };
    let options = state.leptos_options.clone();
    // "Paga" answers with a redirect to pagoPA's checkout when pagoPA is the provider.
    let form_targets = match &state.settings.provider {
        app::payments::Provider::PagoPa(checkout) => checkout.form_action_sources(),
        _ => String::new(),
    };
    let site = headers::Site::new(&state.settings.public_url, form_targets);
    let trusted = state.trusted_proxies.clone();
    let header = signed_in::HeaderState { pool: state.pool.clone(), secure: state.settings.secure_cookies() };
    let plain = plain_routes(sandbox)
        .into_iter()
        .fold(Router::new(), |router, (_, path, handler)| router.route(&path, handler));
    plain
        .leptos_routes_with_context(&state, routes, context.clone(), move || shell(options.clone()))
        .route_layer(middleware::from_fn(observe::mark_route))
        .fallback(file_and_error_handler_with_context::<AppState, _>(context, shell))
        .layer(middleware::from_fn_with_state(header, signed_in::header_facts))
        .layer(middleware::from_fn(errors::server_fn_status))
        .layer(middleware::from_fn_with_state(state.assets.clone(), static_files::from_memory))
        .layer(middleware::from_fn(headers::cache_control))
        .layer(middleware::from_fn_with_state(site.clone(), headers::security))
        .layer(middleware::from_fn_with_state(site, headers::same_origin_posts))
        .layer(middleware::from_fn(observe::observe))
        .layer(middleware::from_fn_with_state(trusted, client::client_address))
        .layer(CompressionLayer::new())
        .with_state(state)
}
