//! Plain routes outside Leptos: health checks, language switch, service worker.

use super::AppState;
use app::functions::office_csv::CsvDownload;
use app::i18n::{Lang, Msg, LANG_COOKIE};
use axum::extract::{Path, Query, State};
use axum::http::header::{self, HeaderValue};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::json;

/// Liveness: answering at all is the answer.
pub async fn live() -> Response {
    Json(json!({ "status": "alive" })).into_response()
}

/// Readiness (`/healthz/ready`, and `/healthz` as before): 200 when the database answers, has
/// this binary's migrations and every background task runs; 503 naming what is wrong.
pub async fn ready(State(state): State<AppState>) -> Response {
    let database = state.engine.name();
    let mut problems: Vec<String> = Vec::new();
    match app::store::latest_migration(&state.pool).await {
        Ok(applied) if applied >= crate::db::latest_migration(state.engine) => {}
        Ok(applied) => problems.push(format!("migrations behind: {}", applied.unwrap_or(0))),
        Err(error) => {
            tracing::error!(%error, "readiness: database unreachable");
            problems.push("database unreachable".into());
        }
    }
    problems.extend(state.background.stopped().into_iter().map(|task| format!("{task} stopped")));
    let jobs = state.background.running();
    if problems.is_empty() {
        (StatusCode::OK, Json(json!({ "status": "ok", "database": database, "jobs": jobs }))).into_response()
    } else {
        tracing::error!(?problems, "not ready");
        let body = json!({ "status": "unavailable", "database": database, "jobs": jobs, "problems": problems });
        (StatusCode::SERVICE_UNAVAILABLE, Json(body)).into_response()
    }
}

#[derive(Deserialize)]
pub struct Back {
    torna: Option<String>,
}

/// Remembers the language in a cookie (and, for a family logged in, on its account: its emails
/// and documents follow) and goes back to the page the person was reading.
pub async fn set_language(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Path(code): Path<String>,
    Query(back): Query<Back>,
) -> Response {
    let lang = Lang::from_code(&code).unwrap_or_default();
    if let Some(token) = app::auth::cookies::from_headers(&headers, &session_cookie(&state)) {
        // The page still changes language if this fails: the account keeps its old one.
        if let Err(error) = app::auth::session::remember_language(&state.pool, &token, lang).await {
            tracing::warn!(%error, "the account's language was not saved");
        }
    }
    let target = back.torna.filter(|t| is_local_path(t)).unwrap_or_else(|| app::routes::HOME.into());
    let cookie = format!("{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax", lang.code());
    let mut response = Redirect::to(&target).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}

/// The longest page address the language switch goes back to; a longer one goes home instead
/// of being echoed into the `Location` header.
const MAX_BACK_BYTES: usize = 1_024;

/// The session cookie's name on the wire (`__Host-` prefixed over HTTPS).
fn session_cookie(state: &AppState) -> String {
    app::auth::cookies::wire_name(app::auth::cookies::SESSION_COOKIE, state.settings.secure_cookies())
}

/// Only paths of this site: `//evil.example` or `https://...` would make an open redirect.
/// Printable ASCII only (what a request's path and query are; anything else cannot be a header
/// value), and not longer than [`MAX_BACK_BYTES`].
fn is_local_path(target: &str) -> bool {
    target.len() <= MAX_BACK_BYTES
        && target.starts_with('/')
        && !target.starts_with("//")
        && !target.contains('\\')
        && target.bytes().all(|b| b.is_ascii_graphic())
}

const SERVICE_WORKER: &str = include_str!("service_worker.js");

pub async fn service_worker(State(state): State<AppState>) -> Response {
    let list = |paths: &[&str]| format!("{paths:?}");
    let body = SERVICE_WORKER
        .replace("__BUILD_ID__", &state.build_id)
        .replace("__NETWORK_ONLY__", &list(&[app::routes::API, app::routes::HEALTH]))
        .replace("__CACHE_FIRST__", &list(&app::routes::STATIC_ASSETS))
        .replace("__OFFLINE_FALLBACK__", app::routes::HOME);
    ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (header::CACHE_CONTROL, "no-cache")], body)
        .into_response()
}

/// Payment outcomes arriving, by kind and the status answered (200 taken, 4xx refused, 5xx
/// to be sent again).
fn count_callback(kind: &'static str, status: u16) {
    metrics::counter!("payment_callbacks_total", "kind" => kind, "status" => status.to_string()).increment(1);
}

/// The sandbox PSP's signed outcome notification (server to server: the raw body is signed).
pub async fn sandbox_notification(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let signature = headers.get(app::payments::signature::SIGNATURE_HEADER).and_then(|v| v.to_str().ok());
    let answer = app::payments::settle::receive_notification(&state.pool, &state.settings, signature, &body).await;
    count_callback("sandbox_notification", answer.status);
    let status = StatusCode::from_u16(answer.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, answer.text).into_response()
}

/// A pagoPA receipt, forwarded signed by the schools' station.
pub async fn pagopa_receipt(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let signature = headers.get(app::payments::pagopa_receipts::SIGNATURE_HEADER).and_then(|v| v.to_str().ok());
    let answer = app::payments::pagopa_receipts::receive(&state.pool, &state.settings, signature, &body).await;
    count_callback("pagopa_receipt", answer.status);
    let status = StatusCode::from_u16(answer.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, answer.text).into_response()
}

/// `/ricevute/{id}.pdf` and `/attestazioni/{id}.pdf`: the family's documents.
pub async fn receipt_pdf(state: State<AppState>, headers: axum::http::HeaderMap, Path(file): Path<String>) -> Response {
    document(state, headers, app::documents::Kind::Receipt, &file).await
}

pub async fn attestation_pdf(
    state: State<AppState>,
    headers: axum::http::HeaderMap,
    Path(file): Path<String>,
) -> Response {
    document(state, headers, app::documents::Kind::Attestation, &file).await
}

async fn document(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    kind: app::documents::Kind,
    file: &str,
) -> Response {
    use app::documents::Download;
    let lang = app::request::lang_of(&headers);
    let token = app::auth::cookies::from_headers(&headers, &session_cookie(&state));
    let guest_cookie =
        app::auth::cookies::wire_name(app::payments::guest::GUEST_COOKIE, state.settings.secure_cookies());
    let guest = app::auth::cookies::from_headers(&headers, &guest_cookie);
    match app::documents::download(&state.pool, token, guest, kind, file).await {
        Ok(Download::Pdf { file_name, bytes }) => pdf_response(file_name, bytes),
        Ok(Download::Redirect(path)) => Redirect::to(path).into_response(),
        Ok(Download::NotFound) => (StatusCode::NOT_FOUND, lang.t(Msg::DocumentNotFound)).into_response(),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, lang.t(Msg::TryAgainShortly)).into_response(),
    }
}

#[derive(Deserialize)]
pub struct NoticeKey {
    chiave: Option<String>,
}

/// `/avvisi/{id}/documento.pdf[?chiave=KEY]`: a notice's printable payment notice, for a payer of
/// its pupil or whoever holds its key; anybody else gets 404, as for a notice that does not exist.
pub async fn notice_pdf(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Path(id): Path<String>,
    Query(query): Query<NoticeKey>,
) -> Response {
    use app::documents::notice::NoticeDownload;
    use app::i18n::PaymentMsg;
    let lang = app::request::lang_of(&headers);
    let not_found = || (StatusCode::NOT_FOUND, lang.t(Msg::DocumentNotFound)).into_response();
    let Some(id) = id.parse::<i64>().ok().filter(|id| *id > 0) else { return not_found() };
    let token = app::auth::cookies::from_headers(&headers, &session_cookie(&state));
    match app::documents::notice::download(&state.pool, token, id, query.chiave.as_deref(), lang).await {
        Ok(NoticeDownload::Pdf { file_name, bytes }) => pdf_response(file_name, bytes),
        Ok(NoticeDownload::Redirect(path)) => Redirect::to(path).into_response(),
        Ok(NoticeDownload::NotFound) => not_found(),
        Ok(NoticeDownload::NotPayable(state)) => {
            let message = match state {
                domain::NoticeState::Paid => PaymentMsg::RefusedPaid,
                domain::NoticeState::Revoked => PaymentMsg::RefusedRevoked,
                domain::NoticeState::Expired | domain::NoticeState::Valid => PaymentMsg::RefusedExpired,
            };
            (StatusCode::CONFLICT, lang.t(message)).into_response()
        }
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, lang.t(Msg::TryAgainShortly)).into_response(),
    }
}

/// A PDF to download under `file_name`.
/// `/segreteria/{codice}/eventi/{id}/resoconto.csv`: a payment event's report, for the school's
/// staff only (anyone else: 404, as the office pages answer; without a session: the log-in).
pub async fn event_report_csv(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Path((code, id)): Path<(String, String)>,
) -> Response {
    let token = app::auth::cookies::from_headers(&headers, &session_cookie(&state));
    csv_response(&headers, app::functions::office_events::csv::download(&state.pool, token, &code, &id).await)
}

/// `?dal=&al=`: the period's days.
pub async fn reconciliation_csv(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Path(code): Path<String>,
    Query(period): Query<std::collections::HashMap<String, String>>,
) -> Response {
    let token = app::auth::cookies::from_headers(&headers, &session_cookie(&state));
    let day = |key: &str| period.get(key).map(String::as_str).unwrap_or_default();
    let answer = app::functions::office_reports::csv::receipts(&state.pool, token, &code, day("dal"), day("al")).await;
    csv_response(&headers, answer)
}

/// `?anno=`: the tax year.
pub async fn tax_data_csv(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    Path(code): Path<String>,
    Query(query): Query<std::collections::HashMap<String, String>>,
) -> Response {
    let token = app::auth::cookies::from_headers(&headers, &session_cookie(&state));
    let year = query.get("anno").map(String::as_str).unwrap_or_default();
    csv_response(&headers, app::functions::office_reports::csv::tax_data(&state.pool, token, &code, year).await)
}

/// An office CSV download as the browser gets it: the file, the log-in, or "not found".
fn csv_response(headers: &axum::http::HeaderMap, answer: Result<CsvDownload, app::error::AppError>) -> Response {
    let lang = app::request::lang_of(headers);
    match answer {
        Ok(CsvDownload::Csv { file_name, bytes }) => {
            let mut response = (StatusCode::OK, bytes).into_response();
            response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
            if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\"")) {
                response.headers_mut().insert(header::CONTENT_DISPOSITION, value);
            }
            response
        }
        Ok(CsvDownload::Redirect(path)) => Redirect::to(path).into_response(),
        Ok(CsvDownload::NotFound) => (StatusCode::NOT_FOUND, lang.t(Msg::DocumentNotFound)).into_response(),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, lang.t(Msg::TryAgainShortly)).into_response(),
    }
}

fn pdf_response(file_name: String, bytes: Vec<u8>) -> Response {
    let disposition = format!("attachment; filename=\"{file_name}\"");
    let mut response = (StatusCode::OK, bytes).into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/pdf"));
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        response.headers_mut().insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::is_local_path;

    #[test]
    fn language_switch_only_returns_to_this_site() {
        assert!(is_local_path("/scuole?codice=MIIC8CY00P"));
        assert!(!is_local_path("//evil.example/"));
        assert!(!is_local_path("https://evil.example/"));
        assert!(!is_local_path("/\\evil.example"));
        assert!(!is_local_path(""));
    }
}
