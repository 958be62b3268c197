//! The CSV import behind the upload route (`server::web`, a plain multipart route: Leptos's
//! multipart server functions would bring the browser's fetch machinery into the server build).
//! The file is read with the `csv` crate, checked by `domain::roster` against the school, and
//! imported all or nothing; the outcome is recorded and the page shows it (`?esito={id}`).

use crate::auth::session::{account_for_token, ready};
use crate::auth::staff::StaffMember;
use crate::error::AppError;
use crate::i18n::{roster, Lang, PupilsMsg};
use crate::store::{pupil_import, staff};
use domain::roster::{check_rows, delimiter, text_of, Header, Problem, Reason};
use domain::SchoolCode;
use sqlx::AnyPool;

/// The largest file taken: 1,500 pupils with two payers each are about 300 KB.
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;

/// The office member behind an upload's session cookie (the route has no Leptos context):
/// the same answers as `require_staff`.
pub async fn staff_for_upload(pool: &AnyPool, token: Option<String>, school: &str) -> Result<StaffMember, AppError> {
    let token = token.ok_or(AppError::Unauthenticated)?;
    let account = account_for_token(pool, &token).await?.ok_or(AppError::Unauthenticated)?;
    let account = ready(account)?;
    let code = SchoolCode::parse(school).map_err(|_| AppError::NotFound)?;
    let role = staff::role_at(pool, account.account_id, code.as_str()).await?.ok_or(AppError::NotFound)?;
    Ok(StaffMember { account, school: code, role })
}

/// What the upload did, for the log and the tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Uploaded {
    /// The recorded outcome, shown at `office_import(code)?esito={id}`.
    pub id: i64,
    pub imported: bool,
}

/// Checks and imports one file (`None`: the form came without one).
pub async fn upload(
    pool: &AnyPool,
    member: &StaffMember,
    file_name: &str,
    bytes: Option<&[u8]>,
    now: i64,
) -> Result<Uploaded, AppError> {
    let school = member.school.as_str();
    let account = member.account.account_id;
    let checked = match bytes.filter(|b| !b.is_empty()) {
        None => Err(vec![Problem::file(Reason::NoFile)]),
        Some(bytes) => {
            let known = pupil_import::known(pool, school).await?;
            rows_of(bytes).and_then(|(header, rows)| {
                let cells = rows.iter().map(|(line, cells)| (*line, cells.iter().map(String::as_str).collect()));
                check_rows(&header, cells, &known).map(|rows| (rows, known))
            })
        }
    };
    match checked {
        Ok((rows, known)) => {
            let (id, counts) = pupil_import::import(pool, school, account, file_name, &rows, &known, now).await?;
            tracing::info!(
                school,
                added = counts.added,
                updated = counts.updated,
                payers = counts.payers,
                "pupils imported"
            );
            Ok(Uploaded { id, imported: true })
        }
        Err(problems) => {
            let id = pupil_import::refused(pool, school, account, file_name, &problems, now).await?;
            tracing::info!(school, problems = problems.len(), "pupil import refused");
            Ok(Uploaded { id, imported: false })
        }
    }
}

/// Records a file refused before it was read (over the size limit).
pub async fn refuse(
    pool: &AnyPool,
    member: &StaffMember,
    file_name: &str,
    reason: Reason,
    now: i64,
) -> Result<Uploaded, AppError> {
    let problems = [Problem::file(reason)];
    let id = pupil_import::refused(pool, member.school.as_str(), member.account.account_id, file_name, &problems, now)
        .await?;
    Ok(Uploaded { id, imported: false })
}

type Rows = Vec<(u64, Vec<String>)>;

/// The header and the non-blank lines of the file, with their line numbers.
fn rows_of(bytes: &[u8]) -> Result<(Header, Rows), Vec<Problem>> {
    let text = text_of(bytes).map_err(|problem| vec![problem])?;
    let first_line = text.lines().find(|line| !line.trim().is_empty()).unwrap_or_default();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter(first_line))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut header = None;
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let line = error.position().map(|p| p.line()).unwrap_or(0);
                return Err(vec![Problem::new(line, domain::roster::Column::File, Reason::Unreadable)]);
            }
        };
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        match &header {
            None => {
                let cells: Vec<&str> = record.iter().collect();
                header = Some(Header::parse(&cells)?);
            }
            Some(_) => rows.push((line, record.iter().map(str::to_string).collect())),
        }
        if rows.len() > domain::roster::MAX_ROWS {
            return Err(vec![Problem::file(Reason::TooManyRows)]);
        }
    }
    let header = header.ok_or_else(|| vec![Problem::file(Reason::NoRows)])?;
    Ok((header, rows))
}

/// The report as a CSV file (`;`, UTF-8 with a byte-order mark so Excel reads the accents):
/// line, column, problem.
pub fn report_csv(lang: Lang, problems: &[Problem]) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new().delimiter(b';').from_writer(b"\xEF\xBB\xBF".to_vec());
    let heading = [PupilsMsg::PupilsReportLine, PupilsMsg::PupilsReportColumn, PupilsMsg::PupilsReportReason];
    // Writing to memory cannot fail.
    let _ = writer.write_record(heading.map(|key| lang.t(key)));
    for problem in problems {
        let _ = writer.write_record([
            roster::line(problem.line),
            roster::column(lang, problem.column),
            roster::reason(lang, problem.reason),
        ]);
    }
    writer.into_inner().unwrap_or_default()
}

/// A tiny valid file for the secretary to start from (the demo's kind of data: made-up people
/// whose codes agree with their names).
pub fn sample_csv() -> Vec<u8> {
    let person = |surname: &str, name: &str, year: u16, day: u8, sex| {
        domain::codice_fiscale::encode(surname, name, year, 3, day, sex, "F205")
            .map(|cf| cf.to_string())
            .unwrap_or_default()
    };
    use domain::codice_fiscale::Sex::{Female, Male};
    let lines = [
        "codice_fiscale_alunno;cognome_alunno;nome_alunno;classe;data_nascita_alunno;codice_fiscale_genitore_1;cognome_genitore_1;nome_genitore_1;email_genitore_1;codice_fiscale_genitore_2;cognome_genitore_2;nome_genitore_2;email_genitore_2".to_string(),
        format!(
            "{};Esempio;Chiara;1A;12/03/2016;{};Esempio;Marco;marco.esempio@example.it;{};Prova;Elena;elena.prova@example.it",
            person("Esempio", "Chiara", 2016, 12, Female),
            person("Esempio", "Marco", 1982, 4, Male),
            person("Prova", "Elena", 1984, 9, Female)
        ),
        format!(
            "{};Modello;Luca;1A;;{};Modello;Anna;;;;;",
            person("Modello", "Luca", 2016, 20, Male),
            person("Modello", "Anna", 1985, 15, Female)
        ),
    ];
    format!("\u{FEFF}{}\r\n", lines.join("\r\n")).into_bytes()
}
