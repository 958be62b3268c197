use crate::components::guard::failure_view;
use crate::components::office::{OfficeFrame, OfficeSection};
use crate::components::roster::{Kind, PayerFields, RosterDone, RosterField, RosterProblems};
use crate::functions::pupils::{pupils_page, AddClass, AddPupil};
use crate::i18n::roster::grouped;
use crate::i18n::{phrases, Lang, PupilsMsg};
use crate::model::{ClassCount, PupilFilter, PupilRow, PupilsFlash, PupilsForm, PupilsView};
use crate::request::use_lang;
use crate::routes;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// `/segreteria/{codice}/alunni`: the classes with their pupils, the pupils (by class, searched,
/// or only those no payer sees: `?senza-genitore=1`), and the forms to add a class or a pupil.
#[component]
pub fn OfficePupilsPage() -> impl IntoView {
    let lang = use_lang();
    let code = use_params_map().with_untracked(|params| params.get("codice").unwrap_or_default());
    let (class, search, orphans, page) = use_query_map().with_untracked(|query| {
        (query.get("classe"), query.get("cerca"), query.get("senza-genitore"), query.get("pagina"))
    });
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                match pupils_page(code, class, search, orphans, page).await {
                    Ok(page) => view! { <Loaded lang page /> }.into_any(),
                    Err(error) => view! { <div class="container">{failure_view(error)}</div> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Loaded(lang: Lang, page: PupilsView) -> impl IntoView {
    let PupilsView { school, classes, pupils, total, pages, filter, all_pupils, all_without_payer, flash } = page;
    let code = school.code.to_string();
    let orphans_href = format!("{}#elenco", routes::office_pupils_without_payer(&code));
    let class_names: Vec<String> = classes.iter().map(|c| c.name.clone()).collect();
    view! {
        <Title text=phrases::pupils_page_title(lang, school.name.clone()) />
        <OfficeFrame lang school section=OfficeSection::Pupils>
            <h1>{lang.t(PupilsMsg::PupilsTitle)}</h1>
            <RosterDone lang flash=flash.clone() />
            <ul class="office-stats">
                <li>
                    <span class="office-stats__figure">{grouped(all_pupils)}</span>
                    {lang.t(PupilsMsg::PupilsStatPupils)}
                </li>
                <li>
                    <span class="office-stats__figure">{grouped(all_without_payer)}</span>
                    <a href=orphans_href>{lang.t(PupilsMsg::PupilsWithoutPayer)}</a>
                </li>
            </ul>
            <p class="form-actions">
                <a class="button button--primary" href=routes::office_import(&code)>{lang.t(PupilsMsg::PupilsImportLink)}</a>
                <a class="button button--secondary" href="#nuovo-alunno">{lang.t(PupilsMsg::PupilsAddPupilLink)}</a>
            </p>
            <Classes lang code=code.clone() classes flash=flash.clone() />
            <PupilList lang code=code.clone() pupils total pages filter class_names=class_names.clone() />
            <NewPupil lang code class_names flash />
        </OfficeFrame>
    }
}

#[component]
fn Classes(lang: Lang, code: String, classes: Vec<ClassCount>, flash: PupilsFlash) -> impl IntoView {
    view! {
        <section id="classi" aria-labelledby="classi-titolo">
            <h2 id="classi-titolo">{lang.t(PupilsMsg::PupilsClassesTitle)}</h2>
            {if classes.is_empty() {
                view! { <p class="callout">{lang.t(PupilsMsg::PupilsClassesNone)}</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll" tabindex="0" role="region" aria-labelledby="classi-titolo">
                        <table class="office-table">
                            <thead>
                                <tr>
                                    <th scope="col">{lang.t(PupilsMsg::PupilsClassColumn)}</th>
                                    <th scope="col" class="amount">{lang.t(PupilsMsg::PupilsPupilsColumn)}</th>
                                    <th scope="col" class="amount">{lang.t(PupilsMsg::PupilsWithoutPayerColumn)}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {classes.into_iter().map(|class| {
                                    let href = format!("{}#elenco", routes::office_class(&code, &class.name));
                                    view! {
                                        <tr>
                                            <th scope="row"><a href=href>{class.name.clone()}</a></th>
                                            <td class="amount">{grouped(class.pupils)}</td>
                                            <td class="amount">{grouped(class.without_payer)}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
            <RosterProblems lang form=PupilsForm::AddClass flash=flash.clone() />
            <form method="post" action=AddClass::url() class="form-card" id="nuova-classe" novalidate>
                <h3>{lang.t(PupilsMsg::PupilsAddClassTitle)}</h3>
                <input type="hidden" name="school" value=code.clone() />
                <RosterField lang form=PupilsForm::AddClass flash name="name" label=PupilsMsg::PupilsClassNameLabel
                    hint=PupilsMsg::PupilsClassNameHint kind=Kind::Class />
                <div class="form-actions">
                    <button type="submit" class="button button--secondary">{lang.t(PupilsMsg::PupilsAddClassButton)}</button>
                </div>
            </form>
        </section>
    }
}

#[component]
fn PupilList(
    lang: Lang,
    code: String,
    pupils: Vec<PupilRow>,
    total: i64,
    pages: u32,
    filter: PupilFilter,
    class_names: Vec<String>,
) -> impl IntoView {
    let base = routes::office_pupils(&code);
    let heading = if filter.without_payer {
        phrases::pupils_found_without_payer(lang, grouped(total))
    } else {
        phrases::pupils_found(lang, grouped(total))
    };
    let chosen = filter.class.clone().unwrap_or_default();
    view! {
        <section id="elenco" aria-labelledby="elenco-titolo">
            <h2 id="elenco-titolo">{lang.t(PupilsMsg::PupilsListTitle)}</h2>
            <form method="get" action=base.clone() class="search-form" role="search">
                <div class="field">
                    <label for="cerca">{lang.t(PupilsMsg::PupilsSearchLabel)}</label>
                    <p class="field__hint" id="cerca-hint">{lang.t(PupilsMsg::PupilsSearchHint)}</p>
                    <input id="cerca" name="cerca" type="search" value=filter.search.clone().unwrap_or_default()
                        maxlength="60" aria-describedby="cerca-hint" spellcheck="false" />
                </div>
                <div class="field">
                    <label for="classe">{lang.t(PupilsMsg::PupilsClassColumn)}</label>
                    <select id="classe" name="classe">
                        <option value="">{lang.t(PupilsMsg::PupilsAllClasses)}</option>
                        {class_names.into_iter().map(|name| {
                            let selected = name == chosen;
                            view! { <option value=name.clone() selected=selected>{name.clone()}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="check">
                    <input id="senza-genitore" name="senza-genitore" type="checkbox" value="1" checked=filter.without_payer />
                    <label for="senza-genitore">{lang.t(PupilsMsg::PupilsWithoutPayer)}</label>
                </div>
                <div class="form-actions">
                    <button type="submit" class="button button--primary">{lang.t(PupilsMsg::PupilsSearchButton)}</button>
                </div>
            </form>
            <p role="status"><strong>{heading}</strong></p>
            {(!pupils.is_empty()).then(|| view! { <PupilTable lang code=code.clone() pupils /> })}
            <Pager lang base filter pages />
        </section>
    }
}

#[component]
fn PupilTable(lang: Lang, code: String, pupils: Vec<PupilRow>) -> impl IntoView {
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="elenco-titolo">
            <table class="office-table">
                <thead>
                    <tr>
                        <th scope="col">{lang.t(PupilsMsg::PupilsNameColumn)}</th>
                        <th scope="col">{lang.t(PupilsMsg::PupilsCfColumn)}</th>
                        <th scope="col">{lang.t(PupilsMsg::PupilsClassColumn)}</th>
                        <th scope="col">{lang.t(PupilsMsg::PupilsPayersColumn)}</th>
                    </tr>
                </thead>
                <tbody>
                    {pupils.into_iter().map(|pupil| {
                        let href = routes::office_pupil(&code, pupil.id);
                        let payers = if pupil.vouched == 0 {
                            view! { <span class="badge badge--warning">{phrases::pupils_payers_none_see(lang, pupil.payers)}</span> }.into_any()
                        } else {
                            view! { <span>{phrases::pupils_payers_see(lang, pupil.vouched, pupil.payers)}</span> }.into_any()
                        };
                        view! {
                            <tr>
                                <th scope="row"><a href=href>{format!("{} {}", pupil.surname, pupil.given_name)}</a></th>
                                <td class="mono">{pupil.codice_fiscale.clone()}</td>
                                <td>{pupil.class_name.clone()}</td>
                                <td>{payers}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn Pager(lang: Lang, base: String, filter: PupilFilter, pages: u32) -> impl IntoView {
    let current = filter.page.max(1);
    let link = move |page: u32| {
        let mut query: Vec<String> = Vec::new();
        if let Some(class) = &filter.class {
            query.push(format!("classe={}", routes::query_value(class)));
        }
        if let Some(search) = &filter.search {
            query.push(format!("cerca={}", routes::query_value(search)));
        }
        if filter.without_payer {
            query.push("senza-genitore=1".into());
        }
        query.push(format!("pagina={page}"));
        format!("{base}?{}#elenco", query.join("&"))
    };
    (pages > 1).then(|| {
        view! {
            <nav class="sort-links" aria-label=lang.t(PupilsMsg::PupilsPagesLabel)>
                <p>{phrases::pupils_page_of(lang, current, pages)}</p>
                {(current > 1).then(|| view! { <a href=link(current - 1)>{lang.t(PupilsMsg::PupilsPreviousPage)}</a> })}
                " "
                {(current < pages).then(|| view! { <a href=link(current + 1)>{lang.t(PupilsMsg::PupilsNextPage)}</a> })}
            </nav>
        }
    })
}

#[component]
fn NewPupil(lang: Lang, code: String, class_names: Vec<String>, flash: PupilsFlash) -> impl IntoView {
    let form = PupilsForm::AddPupil;
    let typed_class = flash.value(form, "class");
    let class_issue = flash.problem_at(form, "class").map(|reason| crate::i18n::roster::reason(lang, reason));
    let field = {
        let flash = flash.clone();
        move |name: &'static str, label: PupilsMsg, kind: Kind, required: bool| {
            view! { <RosterField lang form flash=flash.clone() name label kind required /> }
        }
    };
    view! {
        <section id="nuovo-alunno" aria-labelledby="nuovo-alunno-titolo">
            <h2 id="nuovo-alunno-titolo">{lang.t(PupilsMsg::PupilsAddPupilTitle)}</h2>
            <RosterProblems lang form flash=flash.clone() />
            {class_names.is_empty().then(|| view! { <p class="callout">{lang.t(PupilsMsg::PupilsClassFirst)}</p> })}
            <form method="post" action=AddPupil::url() class="form-card" novalidate>
                <input type="hidden" name="school" value=code />
                {field("codice_fiscale", PupilsMsg::PupilsPupilCfLabel, Kind::Code, true)}
                {field("surname", PupilsMsg::PupilsSurnameLabel, Kind::Name, true)}
                {field("given_name", PupilsMsg::PupilsGivenNameLabel, Kind::Name, true)}
                <div class="field">
                    <label for="class">{lang.t(PupilsMsg::PupilsClassColumn)}</label>
                    <select id="class" name="class" required=true aria-invalid=class_issue.as_ref().map(|_| "true")
                        aria-describedby=class_issue.as_ref().map(|_| "class-error")>
                        {class_names.into_iter().map(|name| {
                            let selected = name == typed_class;
                            view! { <option value=name.clone() selected=selected>{name.clone()}</option> }
                        }).collect_view()}
                    </select>
                    {class_issue.map(|issue| view! { <p class="field__error" id="class-error">{issue}</p> })}
                </div>
                <h3>{lang.t(PupilsMsg::PupilsFirstPayerTitle)}</h3>
                <p class="field__hint">{lang.t(PupilsMsg::PupilsFirstPayerHint)}</p>
                <PayerFields lang form flash=flash.clone() />
                <div class="form-actions">
                    <button type="submit" class="button button--primary">{lang.t(PupilsMsg::PupilsAddPupilButton)}</button>
                </div>
            </form>
        </section>
    }
}
