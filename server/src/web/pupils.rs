//! The office's CSV import: the upload (a plain multipart form posted to the import page's own
//! address, so it works without JavaScript) and the files it offers (the sample, each refused
//! import's report). The caller's role at the school is checked first, from the path, before
//! the body is read: another school's staff get 404, like every office page.

use super::AppState;
use app::auth::cookies::{from_headers, wire_name, SESSION_COOKIE};
use app::auth::staff::StaffMember;
use app::error::AppError;
use app::functions::account::redirect_for;
use app::functions::pupils::import::{refuse, report_csv, sample_csv, staff_for_upload, upload, MAX_FILE_BYTES};
use app::i18n::Msg;
use app::routes;
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{Path, State};
use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use domain::roster::Reason;

/// The file the sample download is named (and asked for) by.
pub const SAMPLE_FILE: &str = "modello-alunni.csv";

/// What the import's form may carry, the file and its few small fields: the route's body limit.
pub const MAX_BODY_BYTES: usize = MAX_FILE_BYTES + 64 * 1024;

async fn member(state: &AppState, headers: &HeaderMap, school: &str) -> Result<StaffMember, Response> {
    let token = from_headers(headers, &wire_name(SESSION_COOKIE, state.settings.secure_cookies()));
    staff_for_upload(&state.pool, token, school).await.map_err(|error| refusal(headers, &error))
}

fn refusal(headers: &HeaderMap, error: &AppError) -> Response {
    if let Some(path) = redirect_for(error) {
        return Redirect::to(path).into_response();
    }
    let lang = app::request::lang_of(headers);
    let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let text = if *error == AppError::NotFound { lang.t(Msg::NotFoundText) } else { lang.t(error.message()) };
    (status, text).into_response()
}

/// `POST /segreteria/{codice}/importa` (multipart: `file`): checks and imports the file, then
/// goes to what it did (`?esito={id}`). A request that is not a multipart form counts as a form
/// without a file: its outcome says so.
pub async fn upload_file(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(code): Path<String>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Response {
    let member = match member(&state, &headers, &code).await {
        Ok(member) => member,
        Err(response) => return response,
    };
    let now = app::auth::now();
    let file = match multipart {
        Ok(multipart) => read_file(multipart).await,
        Err(_) => Ok(None),
    };
    let done = match file {
        Ok(file) => {
            let (name, bytes) = file.unzip();
            upload(&state.pool, &member, name.as_deref().unwrap_or_default(), bytes.as_deref(), now).await
        }
        Err(StatusCode::PAYLOAD_TOO_LARGE) => refuse(&state.pool, &member, "", Reason::TooLarge, now).await,
        Err(status) => return (status, app::request::lang_of(&headers).t(Msg::TryAgainShortly)).into_response(),
    };
    match done {
        Ok(done) => Redirect::to(&format!("{}#esito", routes::office_import_outcome(member.school.as_str(), done.id)))
            .into_response(),
        Err(error) => refusal(&headers, &error),
    }
}

/// The `file` field's name and bytes; `None` when the form had no file. A body over the limit
/// is 413.
async fn read_file(mut multipart: Multipart) -> Result<Option<(String, Vec<u8>)>, StatusCode> {
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => return Ok(None),
            Err(error) => return Err(error.status()),
        };
        if field.name() != Some("file") {
            continue;
        }
        let name = field.file_name().unwrap_or_default().to_string();
        let bytes = field.bytes().await.map_err(|error| error.status())?;
        return Ok(Some((name, bytes.to_vec())));
    }
}

/// `GET /segreteria/{codice}/importa/{file}`: the sample file, or a refused import's report
/// (`esito-{id}.csv`).
pub async fn download(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((code, file)): Path<(String, String)>,
) -> Response {
    let member = match member(&state, &headers, &code).await {
        Ok(member) => member,
        Err(response) => return response,
    };
    let lang = app::request::lang_of(&headers);
    if file == SAMPLE_FILE {
        return csv_response(&file, sample_csv());
    }
    let id =
        file.strip_prefix("esito-").and_then(|rest| rest.strip_suffix(".csv")).and_then(|id| id.parse::<i64>().ok());
    let Some(id) = id else { return refusal(&headers, &AppError::NotFound) };
    match app::store::pupil_import::outcome(&state.pool, member.school.as_str(), id).await {
        Ok(Some(outcome)) => csv_response(&file, report_csv(lang, &outcome.problems.unwrap_or_default())),
        Ok(None) => refusal(&headers, &AppError::NotFound),
        Err(error) => refusal(&headers, &error),
    }
}

fn csv_response(file_name: &str, bytes: Vec<u8>) -> Response {
    let mut response = (StatusCode::OK, bytes).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}
