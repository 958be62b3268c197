//! The console's entry: `/segreteria` (the schools where the reader has a role; with one, that
//! school's page at once) and `/segreteria/{codice}` (the school's figures, each a link to
//! where it is dealt with).

use crate::components::guard::failure_view;
use crate::components::office::{OfficeFrame, OfficeSection};
use crate::functions::office::{office_schools, read_office_home};
use crate::i18n::{phrases, Lang, OfficeMsg};
use crate::model::{OfficeHome, StaffSchoolChoice};
use crate::request::use_lang;
use crate::routes;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_params_map;

/// `/segreteria`.
#[component]
pub fn OfficePage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=lang.t(OfficeMsg::OfficeTitle) />
        <div class="container office">
            <Suspense fallback=|| ()>
                {Suspend::new(async move {
                    match office_schools().await {
                        Ok(schools) if schools.len() == 1 => {
                            view! { <Redirect path=routes::office_school(schools[0].code.as_str()) /> }.into_any()
                        }
                        Ok(schools) => view! { <SchoolChoice lang schools /> }.into_any(),
                        Err(error) => failure_view(error),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn SchoolChoice(lang: Lang, schools: Vec<StaffSchoolChoice>) -> impl IntoView {
    view! {
        <h1>{lang.t(OfficeMsg::OfficeTitle)}</h1>
        <p>{lang.t(OfficeMsg::OfficeChooseSchool)}</p>
        <ul class="office-schools">
            {schools
                .into_iter()
                .map(|school| {
                    let href = routes::office_school(school.code.as_str());
                    view! {
                        <li>
                            <a href=href>{school.name}</a>
                            " · "<span class="mono">{school.code.to_string()}</span>
                            " · "{phrases::staff_role(lang, school.role)}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// `/segreteria/{codice}`.
#[component]
pub fn OfficeSchoolPage() -> impl IntoView {
    let lang = use_lang();
    let code = use_params_map().with_untracked(|params| params.get("codice").unwrap_or_default());
    view! {
        <Title text=lang.t(OfficeMsg::OfficeTitle) />
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                match read_office_home(code).await {
                    Ok(home) => view! { <Dashboard lang home /> }.into_any(),
                    Err(error) => view! { <div class="container">{failure_view(error)}</div> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Dashboard(lang: Lang, home: OfficeHome) -> impl IntoView {
    let code = home.school.code.to_string();
    let figures = [
        (home.pupils, OfficeMsg::FigurePupils, routes::office_pupils(&code)),
        (home.unseen, OfficeMsg::FigureUnseen, routes::office_pupils_without_payer(&code)),
        (home.events, OfficeMsg::FigureEvents, routes::office_events(&code)),
    ];
    view! {
        <OfficeFrame lang school=home.school.clone() section=OfficeSection::Home>
            <h1>{lang.t(OfficeMsg::OfficeTitle)}</h1>
            <ul class="office-stats">
                {figures
                    .into_iter()
                    .map(|(count, label, href)| view! {
                        <li>
                            <a href=href>
                                <span class="office-stats__figure">{count}</span>
                                {lang.t(label)}
                            </a>
                        </li>
                    })
                    .collect_view()}
            </ul>
            {(home.unseen > 0).then(|| view! { <p class="callout">{lang.t(OfficeMsg::UnseenHint)}</p> })}
        </OfficeFrame>
    }
}
