use crate::components::guard::failure_view;
use crate::components::office::{OfficeFrame, OfficeSection};
use crate::components::roster::{Kind, PayerBadge, PayerFields, RosterDone, RosterField, RosterProblems};
use crate::functions::pupils::{pupil_page, AddPayer, EditPayerEmail, EditPupil, RemovePayer};
use crate::i18n::{phrases, roster, Lang, PupilsMsg};
use crate::model::{PupilDetail, PupilPayer, PupilView, PupilsFlash, PupilsForm};
use crate::request::use_lang;
use crate::routes;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// `/segreteria/{codice}/alunni/{id}`: the pupil's names and class, its payers (whether each
/// one's account sees the pupil; add, change the email, remove) and the activation codes' page.
#[component]
pub fn OfficePupilPage() -> impl IntoView {
    let lang = use_lang();
    let (code, id) = use_params_map()
        .with_untracked(|params| (params.get("codice").unwrap_or_default(), params.get("id").unwrap_or_default()));
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                match pupil_page(code, id).await {
                    Ok(page) => view! { <Loaded lang page /> }.into_any(),
                    Err(error) => view! { <div class="container">{failure_view(error)}</div> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Loaded(lang: Lang, page: PupilView) -> impl IntoView {
    let PupilView { school, pupil, payers, classes, flash } = page;
    let code = school.code.to_string();
    let name = format!("{} {}", pupil.surname, pupil.given_name);
    let nobody_sees = payers.iter().all(|p| p.state == crate::model::PayerState::NotYet);
    view! {
        <Title text=phrases::pupils_pupil_title(lang, name.clone()) />
        <OfficeFrame lang school section=OfficeSection::Pupils>
            <p class="back-link"><a href=routes::office_pupils(&code)>{lang.t(PupilsMsg::PupilsBackToList)}</a></p>
            <h1>{name}</h1>
            <RosterDone lang flash=flash.clone() />
            {nobody_sees.then(|| view! { <p class="alert alert--warning">{lang.t(PupilsMsg::PupilsNobodySees)}</p> })}
            <PupilData lang code=code.clone() pupil=pupil.clone() classes flash=flash.clone() />
            <Payers lang code=code.clone() pupil_id=pupil.id payers flash=flash.clone() />
            <NewPayer lang code pupil_id=pupil.id flash />
        </OfficeFrame>
    }
}

#[component]
fn PupilData(lang: Lang, code: String, pupil: PupilDetail, classes: Vec<String>, flash: PupilsFlash) -> impl IntoView {
    let form = PupilsForm::EditPupil;
    let typed_class = Some(flash.value(form, "class")).filter(|c| !c.is_empty()).unwrap_or(pupil.class_name.clone());
    let class_issue = flash.problem_at(form, "class").map(|reason| roster::reason(lang, reason));
    view! {
        <section id="dati-alunno" aria-labelledby="dati-alunno-titolo">
            <h2 id="dati-alunno-titolo">{lang.t(PupilsMsg::PupilsDataTitle)}</h2>
            <dl class="details details--compact">
                <div><dt>{lang.t(PupilsMsg::PupilsCfColumn)}</dt><dd class="mono">{pupil.codice_fiscale.clone()}</dd></div>
            </dl>
            <RosterProblems lang form flash=flash.clone() />
            <form method="post" action=EditPupil::url() class="form-card" novalidate>
                <input type="hidden" name="school" value=code />
                <input type="hidden" name="pupil" value=pupil.id.to_string() />
                <RosterField lang form flash=flash.clone() name="surname" label=PupilsMsg::PupilsSurnameLabel
                    value=pupil.surname.clone() kind=Kind::Name />
                <RosterField lang form flash=flash.clone() name="given_name" label=PupilsMsg::PupilsGivenNameLabel
                    value=pupil.given_name.clone() kind=Kind::Name />
                <div class="field">
                    <label for="class">{lang.t(PupilsMsg::PupilsClassColumn)}</label>
                    <select id="class" name="class" aria-invalid=class_issue.as_ref().map(|_| "true")
                        aria-describedby=class_issue.as_ref().map(|_| "class-error")>
                        {classes.into_iter().map(|name| {
                            let selected = name == typed_class;
                            view! { <option value=name.clone() selected=selected>{name.clone()}</option> }
                        }).collect_view()}
                    </select>
                    {class_issue.map(|issue| view! { <p class="field__error" id="class-error">{issue}</p> })}
                </div>
                <div class="form-actions">
                    <button type="submit" class="button button--primary">{lang.t(PupilsMsg::PupilsSaveButton)}</button>
                </div>
            </form>
        </section>
    }
}

#[component]
fn Payers(lang: Lang, code: String, pupil_id: i64, payers: Vec<PupilPayer>, flash: PupilsFlash) -> impl IntoView {
    view! {
        <section id="genitori" aria-labelledby="genitori-titolo">
            <h2 id="genitori-titolo">{lang.t(PupilsMsg::PupilsPayersTitle)}</h2>
            <p>{lang.t(PupilsMsg::PupilsPayersIntro)}</p>
            <p>
                <a class="button button--secondary" href=routes::office_activation(&code, pupil_id)>
                    {lang.t(PupilsMsg::PupilsActivationLink)}
                </a>
            </p>
            {if payers.is_empty() {
                view! { <p class="callout">{lang.t(PupilsMsg::PupilsPayersNone)}</p> }.into_any()
            } else {
                payers.into_iter().map(|payer| view! {
                    <Payer lang code=code.clone() pupil_id payer flash=flash.clone() />
                }).collect_view().into_any()
            }}
        </section>
    }
}

#[component]
fn Payer(lang: Lang, code: String, pupil_id: i64, payer: PupilPayer, flash: PupilsFlash) -> impl IntoView {
    let cf = payer.codice_fiscale.clone();
    let anchor = format!("genitore-{cf}");
    let heading = format!("{anchor}-nome");
    let email_id = format!("email-{cf}");
    let about_this = flash.form == PupilsForm::EditPayer && flash.value(PupilsForm::EditPayer, "payer") == cf;
    let issue =
        about_this.then(|| flash.problem_at(PupilsForm::EditPayer, "email")).flatten().map(|r| roster::reason(lang, r));
    let email =
        if about_this { flash.value(PupilsForm::EditPayer, "email") } else { payer.email.clone().unwrap_or_default() };
    let name = match (&payer.surname, &payer.given_name) {
        (Some(surname), Some(given)) => format!("{surname} {given}"),
        _ => cf.clone(),
    };
    view! {
        <div class="panel" id=anchor>
            <h3 id=heading.clone()>{name}</h3>
            <dl class="details details--compact">
                <div><dt>{lang.t(PupilsMsg::PupilsCfColumn)}</dt><dd class="mono">{cf.clone()}</dd></div>
                <div><dt>{lang.t(PupilsMsg::PupilsPayerStateLabel)}</dt><dd><PayerBadge lang state=payer.state /></dd></div>
            </dl>
            <form method="post" action=EditPayerEmail::url() class="inline-form" novalidate>
                <input type="hidden" name="school" value=code.clone() />
                <input type="hidden" name="pupil" value=pupil_id.to_string() />
                <input type="hidden" name="payer" value=cf.clone() />
                <div class="field">
                    <label for=email_id.clone()>{lang.t(PupilsMsg::PupilsPayerEmailLabel)}</label>
                    <input id=email_id.clone() name="email" type="email" value=email maxlength="254" spellcheck="false"
                        aria-invalid=issue.as_ref().map(|_| "true")
                        aria-describedby=issue.as_ref().map(|_| format!("{email_id}-error")) />
                    {issue.map(|issue| view! { <p class="field__error" id=format!("{email_id}-error")>{issue}</p> })}
                </div>
                <button type="submit" class="button button--secondary" aria-describedby=heading.clone()>
                    {lang.t(PupilsMsg::PupilsSaveEmailButton)}
                </button>
            </form>
            <form method="post" action=RemovePayer::url() class="inline-form">
                <input type="hidden" name="school" value=code />
                <input type="hidden" name="pupil" value=pupil_id.to_string() />
                <input type="hidden" name="payer" value=cf />
                <button type="submit" class="button button--link" aria-describedby=heading>
                    {lang.t(PupilsMsg::PupilsRemovePayerButton)}
                </button>
            </form>
        </div>
    }
}

#[component]
fn NewPayer(lang: Lang, code: String, pupil_id: i64, flash: PupilsFlash) -> impl IntoView {
    let form = PupilsForm::AddPayer;
    view! {
        <section id="nuovo-genitore" aria-labelledby="nuovo-genitore-titolo">
            <h2 id="nuovo-genitore-titolo">{lang.t(PupilsMsg::PupilsAddPayerTitle)}</h2>
            <RosterProblems lang form flash=flash.clone() />
            <form method="post" action=AddPayer::url() class="form-card" novalidate>
                <input type="hidden" name="school" value=code />
                <input type="hidden" name="pupil" value=pupil_id.to_string() />
                <PayerFields lang form flash=flash.clone() />
                <div class="form-actions">
                    <button type="submit" class="button button--primary">{lang.t(PupilsMsg::PupilsAddPayerButton)}</button>
                </div>
            </form>
        </section>
    }
}
