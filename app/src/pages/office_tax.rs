//! `/segreteria/{codice}/dati-730`: a tax year's deductible payments per pupil and payer, which
//! the school sends to the Agenzia delle Entrate by 16 March for the pre-filled returns; the
//! year is a GET form, the data a CSV file.

use crate::components::guard::failure_view;
use crate::components::notices::euro;
use crate::components::office::{OfficeFrame, OfficeSection, OfficeTable};
use crate::functions::office_reports::office_tax_data;
use crate::i18n::{phrases, Lang, ReportsMsg};
use crate::model::TaxDataView;
use crate::request::use_lang;
use crate::routes;
use domain::reconciliation::TaxLine;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn OfficeTaxPage() -> impl IntoView {
    let lang = use_lang();
    let code = use_params_map().with_untracked(|params| params.get("codice").unwrap_or_default());
    let year = use_query_map().with_untracked(|query| query.get("anno"));
    view! {
        <Title text=lang.t(ReportsMsg::TaxTitle) />
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                match office_tax_data(code, year).await {
                    Ok(page) => view! { <Loaded lang page /> }.into_any(),
                    Err(error) => view! { <div class="container">{failure_view(error)}</div> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Loaded(lang: Lang, page: TaxDataView) -> impl IntoView {
    let TaxDataView { school, year, year_refused, mut years, lines, total, without_payer } = page;
    let code = school.code.to_string();
    if !years.contains(&year) {
        years.insert(0, year);
    }
    let options = years
        .into_iter()
        .map(|option| view! { <option value=option.to_string() selected=option == year>{option.to_string()}</option> })
        .collect_view();
    let body = if lines.is_empty() {
        view! { <p>{lang.t(ReportsMsg::TaxNone)}</p> }.into_any()
    } else {
        view! {
            <p class="office-total">{phrases::tax_total(lang, year.to_string(), euro(total))}</p>
            {(without_payer > 0).then(|| view! { <p class="field__hint">{phrases::tax_without_payer(lang, without_payer)}</p> })}
            <p><a href=routes::office_tax_csv(&code, year) download="">{phrases::tax_csv(lang, year.to_string())}</a></p>
            <p class="field__hint">{lang.t(ReportsMsg::TaxCsvExplained)}</p>
            <Lines lang lines />
        }
        .into_any()
    };
    view! {
        <OfficeFrame lang school section=OfficeSection::Tax>
            <h1>{lang.t(ReportsMsg::TaxTitle)}</h1>
            <p>{lang.t(ReportsMsg::TaxIntro)}</p>
            <form method="get" action=routes::office_tax(&code) class="office-search">
                <div class="field">
                    <label for="anno">{lang.t(ReportsMsg::TaxYear)}</label>
                    <select id="anno" name="anno" aria-describedby=year_refused.then_some("anno-errore")>{options}</select>
                </div>
                <button type="submit" class="button button--secondary">{lang.t(ReportsMsg::TaxShow)}</button>
            </form>
            {year_refused.then(|| view! {
                <p class="field__error" id="anno-errore" role="alert">{phrases::tax_year_refused(lang, year.to_string())}</p>
            })}
            <h2 id="righe-730">{lang.t(ReportsMsg::TaxTitle)}{" · "}{year}</h2>
            {body}
        </OfficeFrame>
    }
}

#[component]
fn Lines(lang: Lang, lines: Vec<TaxLine>) -> impl IntoView {
    let unknown = lang.t(ReportsMsg::TaxPayerUnknown);
    view! {
        <OfficeTable labelled_by="righe-730" columns=vec![
            (lang.t(ReportsMsg::TaxColPupil), false),
            (lang.t(ReportsMsg::TaxColPayer), false),
            (lang.t(ReportsMsg::TaxColAmount), true),
            (lang.t(ReportsMsg::TaxColPayments), true),
        ]>
                    {lines
                        .into_iter()
                        .map(|line| {
                            let payer = match (line.payer_name, line.payer_cf) {
                                (Some(name), Some(cf)) => view! { {name}<br /><span class="mono">{cf}</span> }.into_any(),
                                (None, Some(cf)) => view! { <span class="mono">{cf}</span> }.into_any(),
                                _ => view! { {unknown} }.into_any(),
                            };
                            view! {
                                <tr>
                                    <td>{line.pupil_name}<br /><span class="mono">{line.pupil_cf}</span></td>
                                    <td>{payer}</td>
                                    <td class="amount">{euro(line.amount)}</td>
                                    <td class="amount">{line.payments}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </OfficeTable>
    }
}
