use crate::components::guard::failure_view;
use crate::components::office::{OfficeFrame, OfficeSection};
use crate::functions::pupils::import_page;
use crate::i18n::roster::{self, grouped};
use crate::i18n::{phrases, Lang, PupilsMsg};
use crate::model::{ImportOutcome, ImportView};
use crate::request::use_lang;
use crate::routes;
use domain::roster::Problem;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// Rows of a report shown on the page; the downloadable report has them all.
const SHOWN_PROBLEMS: usize = 1_000;

/// `/segreteria/{codice}/importa`: upload a CSV file of pupils and payers (a plain multipart
/// form, no script needed); after an upload (`?esito={id}`) what it did: the pupils imported,
/// or the report of every problem (line, column, reason) with nothing imported.
#[component]
pub fn OfficeImportPage() -> impl IntoView {
    let lang = use_lang();
    let code = use_params_map().with_untracked(|params| params.get("codice").unwrap_or_default());
    let outcome = use_query_map().with_untracked(|query| query.get("esito"));
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                match import_page(code, outcome).await {
                    Ok(page) => view! { <Loaded lang page /> }.into_any(),
                    Err(error) => view! { <div class="container">{failure_view(error)}</div> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Loaded(lang: Lang, page: ImportView) -> impl IntoView {
    let ImportView { school, outcome } = page;
    let code = school.code.to_string();
    view! {
        <Title text=phrases::pupils_import_page_title(lang, school.name.clone()) />
        <OfficeFrame lang school section=OfficeSection::Pupils>
            <p class="back-link"><a href=routes::office_pupils(&code)>{lang.t(PupilsMsg::PupilsBackToList)}</a></p>
            <h1>{lang.t(PupilsMsg::PupilsImportTitle)}</h1>
            {outcome.map(|outcome| view! { <Outcome lang code=code.clone() outcome /> })}
            <Upload lang code />
        </OfficeFrame>
    }
}

#[component]
fn Outcome(lang: Lang, code: String, outcome: ImportOutcome) -> impl IntoView {
    match outcome.problems {
        None => view! {
            <section class="outcome outcome--paid panel" id="esito" tabindex="-1" aria-labelledby="esito-titolo">
                <h2 id="esito-titolo">{phrases::pupils_imported(lang, grouped(outcome.added + outcome.updated))}</h2>
                <p role="status">{phrases::pupils_imported_detail(lang, outcome.file_name.clone(), grouped(outcome.added),
                    grouped(outcome.updated), grouped(outcome.payers))}</p>
                <p><a href=routes::office_pupils(&code)>{lang.t(PupilsMsg::PupilsSeeList)}</a></p>
            </section>
        }
        .into_any(),
        Some(problems) => view! { <Report lang code id=outcome.id file_name=outcome.file_name problems /> }.into_any(),
    }
}

#[component]
fn Report(lang: Lang, code: String, id: i64, file_name: String, problems: Vec<Problem>) -> impl IntoView {
    let count = problems.len();
    let lines = problems.iter().map(|p| p.line).collect::<std::collections::BTreeSet<_>>().len();
    view! {
        <section class="outcome outcome--refused panel" id="esito" tabindex="-1" aria-labelledby="esito-titolo">
            <h2 id="esito-titolo">{lang.t(PupilsMsg::PupilsNothingImported)}</h2>
            <p role="alert">{phrases::pupils_report_summary(lang, file_name, grouped(i64::try_from(count).unwrap_or(0)),
                grouped(i64::try_from(lines).unwrap_or(0)))}</p>
            <p>
                <a class="button button--secondary" href=routes::office_import_report(&code, id) download="">
                    {lang.t(PupilsMsg::PupilsReportDownload)}
                </a>
            </p>
        </section>
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="esito-titolo">
            <table class="office-table">
                <thead>
                    <tr>
                        <th scope="col">{lang.t(PupilsMsg::PupilsReportLine)}</th>
                        <th scope="col">{lang.t(PupilsMsg::PupilsReportColumn)}</th>
                        <th scope="col">{lang.t(PupilsMsg::PupilsReportReason)}</th>
                    </tr>
                </thead>
                <tbody>
                    {problems.into_iter().take(SHOWN_PROBLEMS).map(|problem| view! {
                        <tr>
                            <td>{roster::line(problem.line)}</td>
                            <td class="mono">{roster::column(lang, problem.column)}</td>
                            <td>{roster::reason(lang, problem.reason)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        {(count > SHOWN_PROBLEMS).then(|| view! { <p>{lang.t(PupilsMsg::PupilsReportMore)}</p> })}
    }
}

#[component]
fn Upload(lang: Lang, code: String) -> impl IntoView {
    view! {
        <section aria-labelledby="carica-titolo">
            <h2 id="carica-titolo">{lang.t(PupilsMsg::PupilsUploadTitle)}</h2>
            <p>{lang.t(PupilsMsg::PupilsUploadIntro)}</p>
            <ul>
                <li>{lang.t(PupilsMsg::PupilsFormatColumns)}" "<code>"codice_fiscale_alunno; cognome_alunno; nome_alunno; classe"</code></li>
                <li>{lang.t(PupilsMsg::PupilsFormatPayers)}" "<code>"codice_fiscale_genitore_1; cognome_genitore_1; nome_genitore_1; email_genitore_1"</code></li>
                <li>{lang.t(PupilsMsg::PupilsFormatOptional)}" "<code>"data_nascita_alunno"</code></li>
                <li>{lang.t(PupilsMsg::PupilsFormatFile)}</li>
                <li>{lang.t(PupilsMsg::PupilsFormatRules)}</li>
            </ul>
            <p><a href=routes::office_import_sample(&code) download="">{lang.t(PupilsMsg::PupilsSampleDownload)}</a></p>
            <form method="post" action=routes::office_import(&code) enctype="multipart/form-data" class="form-card">
                <div class="field">
                    <label for="file">{lang.t(PupilsMsg::PupilsFileLabel)}</label>
                    <p class="field__hint" id="file-hint">{lang.t(PupilsMsg::PupilsFileHint)}</p>
                    <input id="file" name="file" type="file" accept=".csv,text/csv" required=true aria-describedby="file-hint" />
                </div>
                <div class="form-actions">
                    <button type="submit" class="button button--primary">{lang.t(PupilsMsg::PupilsUploadButton)}</button>
                </div>
            </form>
        </section>
    }
}
