//! `/segreteria/{codice}/alunni/{id}/attivazione`: who sees the pupil's notices, payer by
//! payer, and for each a new activation code (a letter to print, or an email when the school
//! recorded the payer's address). Printed, the page is the letter alone.

use crate::components::guard::failure_view;
use crate::components::office::{OfficeFrame, OfficeSection};
use crate::functions::activation::{read_activation_page, IssueActivationCode, SendActivationCode};
use crate::i18n::{phrases, Lang, OfficeMsg};
use crate::model::{ActivationLetter, ActivationPage, PayerAccess, PayerView};
use crate::request::use_lang;
use crate::routes;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn OfficeActivationPage() -> impl IntoView {
    let lang = use_lang();
    let (code, pupil) = use_params_map().with_untracked(|params| {
        (params.get("codice").unwrap_or_default(), params.get("id").and_then(|id| id.parse::<i64>().ok()))
    });
    view! {
        <Title text=lang.t(OfficeMsg::ActivationTitle) />
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                let loaded = match pupil {
                    Some(pupil) => read_activation_page(code, pupil).await,
                    None => Err(crate::error::AppError::NotFound),
                };
                match loaded {
                    Ok(page) => view! { <Loaded lang page /> }.into_any(),
                    Err(error) => view! { <div class="container">{failure_view(error)}</div> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Loaded(lang: Lang, page: ActivationPage) -> impl IntoView {
    let code = page.school.code.to_string();
    let pupil_id = page.pupil_id;
    let letter = page.letter.clone().map(|letter| {
        let payer = page.payers.iter().find(|p| p.codice_fiscale == letter.payer_codice_fiscale).cloned();
        view! { <Letter lang page=page.clone() letter payer /> }
    });
    view! {
        <OfficeFrame lang school=page.school.clone() section=OfficeSection::Pupils>
            <div class="no-print">
                <p><a href=routes::office_pupil(&code, pupil_id)>{lang.t(OfficeMsg::BackToPupil)}</a></p>
                <h1>{phrases::activation_heading(lang, &page.pupil_name)}</h1>
                <p>
                    {phrases::pupil_line(lang, &page.class_name)}" · "
                    <span class="mono">{page.pupil_codice_fiscale.to_string()}</span>
                </p>
                {page.notice.map(|notice| view! { <p class="alert alert--info" role="status">{lang.t(notice)}</p> })}
                <p>{lang.t(OfficeMsg::ActivationExplained)}</p>
            </div>
            {letter}
            <div class="no-print">
                <h2>{lang.t(OfficeMsg::PayersTitle)}</h2>
                {if page.payers.is_empty() {
                    view! { <p class="callout">{lang.t(OfficeMsg::NoPayers)}</p> }.into_any()
                } else {
                    view! { <Payers lang code=code.clone() pupil_id payers=page.payers.clone() /> }.into_any()
                }}
            </div>
        </OfficeFrame>
    }
}

#[component]
fn Payers(lang: Lang, code: String, pupil_id: i64, payers: Vec<PayerView>) -> impl IntoView {
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=lang.t(OfficeMsg::PayersTitle)>
            <table class="office-table">
                <thead>
                    <tr>
                        <th scope="col">{lang.t(OfficeMsg::ColumnPayer)}</th>
                        <th scope="col">{lang.t(OfficeMsg::ColumnEmail)}</th>
                        <th scope="col">{lang.t(OfficeMsg::ColumnAccess)}</th>
                        <th scope="col">{lang.t(OfficeMsg::ColumnActions)}</th>
                    </tr>
                </thead>
                <tbody>
                    {payers
                        .into_iter()
                        .map(|payer| view! { <PayerRow lang code=code.clone() pupil_id payer /> })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

fn access_text(lang: Lang, access: PayerAccess) -> &'static str {
    lang.t(match access {
        PayerAccess::ByEmail => OfficeMsg::AccessByEmail,
        PayerAccess::ByCode => OfficeMsg::AccessByCode,
        PayerAccess::NotVouched => OfficeMsg::AccessNotVouched,
        PayerAccess::NoAccount => OfficeMsg::AccessNoAccount,
    })
}

#[component]
fn PayerRow(lang: Lang, code: String, pupil_id: i64, payer: PayerView) -> impl IntoView {
    let cf = payer.codice_fiscale.to_string();
    let who = payer.name.clone().unwrap_or_else(|| cf.clone());
    let has_email = payer.email.is_some();
    let hidden = |name: &'static str, value: String| view! { <input type="hidden" name=name value=value /> };
    view! {
        <tr>
            <td>
                {payer.name.clone().map(|name| view! { <span>{name}</span><br /> })}
                <span class="mono">{cf.clone()}</span>
            </td>
            <td>{payer.email.clone().unwrap_or_else(|| lang.t(OfficeMsg::NoEmail).to_string())}</td>
            <td>
                {access_text(lang, payer.access)}
                {payer.code_valid_until.map(|day| view! {
                    <br /><span class="field__hint">{phrases::code_pending(lang, day.to_italian())}</span>
                })}
            </td>
            <td>
                <form method="post" action=IssueActivationCode::url() class="inline-form">
                    {hidden("school", code.clone())}
                    {hidden("pupil", pupil_id.to_string())}
                    {hidden("payer", cf.clone())}
                    <button type="submit" class="button button--secondary button--small">
                        {lang.t(OfficeMsg::IssueCode)}
                        <span class="visually-hidden">{format!(" · {who}")}</span>
                    </button>
                </form>
                {has_email.then(|| view! {
                    <form method="post" action=SendActivationCode::url() class="inline-form">
                        {hidden("school", code.clone())}
                        {hidden("pupil", pupil_id.to_string())}
                        {hidden("payer", cf.clone())}
                        <button type="submit" class="button button--link">
                            {lang.t(OfficeMsg::SendCode)}
                            <span class="visually-hidden">{format!(" · {who}")}</span>
                        </button>
                    </form>
                })}
            </td>
        </tr>
    }
}

/// The letter to hand to the family: school, pupil, payer, code and the steps. The only part
/// of the page that prints.
#[component]
fn Letter(lang: Lang, page: ActivationPage, letter: ActivationLetter, payer: Option<PayerView>) -> impl IntoView {
    let cf = letter.payer_codice_fiscale.to_string();
    let payer_name = payer.and_then(|p| p.name).unwrap_or_else(|| lang.t(OfficeMsg::ActivationMailParent).to_string());
    view! {
        <section class="panel activation-letter" aria-labelledby="lettera">
            <p class="no-print alert alert--info" role="status">{lang.t(OfficeMsg::LetterReady)}</p>
            <p class="activation-letter__school">{page.school.name.clone()}" · "<span class="mono">{page.school.code.to_string()}</span></p>
            <h2 id="lettera">{phrases::letter_subject(lang, &page.pupil_name)}</h2>
            <p>{phrases::letter_greeting(lang, &payer_name, &cf)}</p>
            <p>{phrases::letter_text(lang, &page.school.name, &page.pupil_name, &page.class_name)}</p>
            <ol>
                <li>{phrases::letter_step_register(lang, &cf, &page.family_url)}</li>
                <li>{lang.t(OfficeMsg::LetterStepCode)}</li>
                <li>{phrases::letter_step_done(lang, &page.pupil_name)}</li>
            </ol>
            <p class="activation-letter__label">{lang.t(OfficeMsg::ActivationCodeLabel)}</p>
            <p class="activation-letter__code mono">{letter.code.clone()}</p>
            <p>{phrases::letter_validity(lang, letter.valid_until.to_italian(), &cf)}</p>
            <p class="no-print">{lang.t(OfficeMsg::LetterPrintHint)}</p>
        </section>
    }
}
