use crate::components::icon::Icon;
use crate::error::AppError;
use crate::functions::directory::school_by_code;
use crate::i18n::{phrases, Lang, Msg};
use crate::model::School;
use crate::request::{set_status, use_lang};
use crate::routes;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// `/scuole/{codice}`: one school's public card.
#[component]
pub fn SchoolPage() -> impl IntoView {
    let lang = use_lang();
    let code = use_params_map().with_untracked(|params| params.get("codice").unwrap_or_default());
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                match school_by_code(code).await {
                    Ok(school) => view! { <SchoolCard lang school /> }.into_any(),
                    Err(error) => {
                        set_status(error.status());
                        let (title, text) = match error {
                            AppError::NotFound => (Msg::SchoolNotFoundTitle, Msg::SchoolNotFoundText),
                            _ => (Msg::ServerErrorTitle, error.message()),
                        };
                        view! {
                            <Title text=lang.t(title) />
                            <div class="container narrow">
                                <h1>{lang.t(title)}</h1>
                                <p>{lang.t(text)}</p>
                                <p><a class="button button--primary" href=routes::SCHOOLS>{lang.t(Msg::BackToSearch)}</a></p>
                            </div>
                        }
                        .into_any()
                    }
                }
            })}
        </Suspense>
    }
}

#[component]
fn SchoolCard(lang: Lang, school: School) -> impl IntoView {
    let address = format!("{}, {} {} ({})", school.address, school.postcode, school.town, school.province);
    let mailto = format!("mailto:{}", school.email);
    view! {
        <Title text=school.name.clone() />
        <div class="container">
            <p class="back-link">
                <a href=routes::SCHOOLS>
                    <Icon name="it-arrow-left" />
                    <span>{lang.t(Msg::BackToSearch)}</span>
                </a>
            </p>
            <h1>{school.name.clone()}</h1>
            <p class="lead">{phrases::school_kind(lang, school.kind)}</p>
            <section class="panel" aria-labelledby="dati-scuola">
                <h2 id="dati-scuola">{lang.t(Msg::SchoolDetails)}</h2>
                <dl class="details">
                    <div><dt>{lang.t(Msg::SchoolCodeLabel)}</dt><dd class="mono">{school.code.to_string()}</dd></div>
                    <div><dt>{lang.t(Msg::SchoolKindLabel)}</dt><dd>{phrases::school_kind(lang, school.kind)}</dd></div>
                    <div><dt>{lang.t(Msg::AddressLabel)}</dt><dd>{address}</dd></div>
                    <div><dt>{lang.t(Msg::RegionLabel)}</dt><dd>{school.region.clone()}</dd></div>
                    <div><dt>{lang.t(Msg::EmailLabel)}</dt><dd><a href=mailto>{school.email.clone()}</a></dd></div>
                    <div><dt>{lang.t(Msg::CreditorCodeLabel)}</dt><dd class="mono">{school.creditor_fiscal_code.to_string()}</dd></div>
                </dl>
            </section>
            <section class="panel" aria-labelledby="pagamenti-scuola">
                <h2 id="pagamenti-scuola">{lang.t(Msg::SchoolPaymentsTitle)}</h2>
                <p>{lang.t(Msg::SchoolPaymentsText)}</p>
                <p>
                    <a class="button button--primary" href=routes::voluntary_school(school.code.as_str())>
                        {lang.t(crate::i18n::VoluntaryMsg::VoluntarySchoolLink)}
                    </a>
                </p>
            </section>
        </div>
    }
}
