//! The directory's form and results. Rendered on the server as a plain GET form (works without
//! JavaScript); once hydrated it searches as the family types and keeps the URL in step.

use crate::functions::directory::search_directory;
use crate::i18n::{Msg, Words};
use crate::model::{Choice, DirectoryPage, SchoolSummary, SearchOutcome};
use crate::routes;
use domain::school_code::SCHOOL_CODE_LEN;
use domain::{directory::MIN_NAME_LEN, DirectoryQuery, Field};
use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;
use std::time::Duration;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Status {
    Idle,
    Searching,
    Failed,
}

/// Every fixed text the search shows; the page translates them (see [`Words`]).
#[cfg(feature = "ssr")]
pub const DIRECTORY_WORDS: &[Msg] = &[
    Msg::SearchByCode,
    Msg::CodeLabel,
    Msg::CodeHint,
    Msg::SearchByPlace,
    Msg::RegionLabel,
    Msg::AnyRegion,
    Msg::ProvinceLabel,
    Msg::AnyProvince,
    Msg::TownLabel,
    Msg::AnyTown,
    Msg::NameLabel,
    Msg::NameHint,
    Msg::SearchButton,
    Msg::NewSearch,
    Msg::ResultsTitle,
    Msg::Searching,
    Msg::SearchFailed,
    Msg::ErrorSummaryTitle,
    Msg::NoResultsHelp,
    Msg::ResultsTruncated,
];

/// `voluntary`: the search of the voluntary payments (`/versamenti-volontari`), whose results
/// lead to each school's voluntary items instead of its card.
#[island]
pub fn DirectorySearch(words: Words<Msg>, initial: DirectoryPage, voluntary: bool) -> impl IntoView {
    let base = if voluntary { routes::VOLUNTARY } else { routes::SCHOOLS };
    let words = StoredValue::new(words);
    let t = move |key: Msg| words.with_value(|w| w.t(key));
    let first_query = initial.query.clone();
    let page = RwSignal::new(initial);
    let status = RwSignal::new(Status::Idle);
    // Only the answer to the latest request is shown, whatever order answers arrive in.
    let latest_request = StoredValue::new(0u64);
    let latest_keystroke = StoredValue::new(0u64);

    // Marks the form once the island is live (effects never run on the server).
    let interactive = RwSignal::new(false);

    let codice = NodeRef::<html::Input>::new();
    let regione = NodeRef::<html::Select>::new();
    let provincia = NodeRef::<html::Select>::new();
    let comune = NodeRef::<html::Select>::new();
    let nome = NodeRef::<html::Input>::new();

    let read_form = move || DirectoryQuery {
        codice: codice.get_untracked().map(|el| el.value()),
        regione: regione.get_untracked().map(|el| el.value()),
        provincia: provincia.get_untracked().map(|el| el.value()),
        comune: comune.get_untracked().map(|el| el.value()),
        nome: nome.get_untracked().map(|el| el.value()),
    };
    let search = move || {
        let query = read_form();
        let ticket = latest_request.get_value() + 1;
        latest_request.set_value(ticket);
        status.set(Status::Searching);
        leptos::task::spawn_local(async move {
            let answer = search_directory(query.clone()).await;
            if latest_request.get_value() != ticket {
                return;
            }
            match answer {
                Ok(fresh) => {
                    page.set(fresh);
                    status.set(Status::Idle);
                    browser::show_in_address_bar(base, &query);
                }
                Err(_) => status.set(Status::Failed),
            }
        });
    };
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        search();
    };
    // Half-typed codes and names would only produce complaints: search once they can match.
    let settle = move || {
        let ticket = latest_keystroke.get_value() + 1;
        latest_keystroke.set_value(ticket);
        set_timeout(
            move || {
                if latest_keystroke.get_value() != ticket {
                    return;
                }
                let query = read_form();
                let code_len = query.codice.as_deref().map_or(0, |c| c.split_whitespace().collect::<String>().len());
                let name_len = query.nome.as_deref().map_or(0, |n| n.trim().chars().count());
                if matches!(code_len, 0 | SCHOOL_CODE_LEN) && (name_len == 0 || name_len >= MIN_NAME_LEN) {
                    search();
                }
            },
            Duration::from_millis(300),
        );
    };
    let on_typing = move |_| settle();
    // The island starts at the parent's first touch: what was typed or chosen before it ran is
    // searched now, as if just typed.
    let asked_first = first_query.clone();
    Effect::new(move |_| {
        interactive.set(true);
        if !read_form().same_search(&asked_first) {
            settle();
        }
    });

    let problem_at = move |field: Field| {
        page.with(|p| match &p.outcome {
            SearchOutcome::Invalid(errors) => errors.iter().find(|e| e.field == field).map(|e| e.text.clone()),
            _ => None,
        })
    };
    let described_by = move |field: Field, hint: bool| {
        let name = field.input_name();
        let mut ids = if hint { vec![format!("{name}-hint")] } else { Vec::new() };
        if problem_at(field).is_some() {
            ids.push(format!("{name}-error"));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    let invalid = move |field: Field| problem_at(field).is_some().then_some("true");
    let error_text = move |field: Field| {
        problem_at(field)
            .map(|text| view! { <p class="field__error" id=format!("{}-error", field.input_name())>{text}</p> })
    };
    let selected = move |field: Field| {
        page.with(|p| {
            match field {
                Field::Regione => p.query.regione.clone(),
                Field::Provincia => p.query.provincia.clone(),
                _ => p.query.comune.clone(),
            }
            .unwrap_or_default()
        })
    };
    let options = move |choices: Vec<Choice>, current: String, any: Msg| {
        let any_selected = !choices.iter().any(|c| c.value.eq_ignore_ascii_case(&current));
        view! {
            <option value="" selected=any_selected>{t(any)}</option>
            {choices
                .into_iter()
                .map(|choice| {
                    let is_current = choice.value.eq_ignore_ascii_case(&current);
                    view! { <option value=choice.value selected=is_current>{choice.label}</option> }
                })
                .collect_view()}
        }
    };

    // One select of the place cascade. Choosing in it empties the selects that depend on it
    // (a new region makes province and town stale), then searches.
    let select_field = move |field: Field,
                             label: Msg,
                             any: Msg,
                             node: NodeRef<html::Select>,
                             dependents: Vec<NodeRef<html::Select>>,
                             choices: fn(&DirectoryPage) -> Vec<Choice>| {
        let name = field.input_name();
        let on_change = move |_| {
            for dependent in &dependents {
                if let Some(select) = dependent.get_untracked() {
                    select.set_value("");
                }
            }
            search();
        };
        view! {
            <div class="field">
                <label for=name>{t(label)}</label>
                <select
                    id=name
                    name=name
                    node_ref=node
                    on:change=on_change
                    aria-describedby=move || described_by(field, false)
                    aria-invalid=move || invalid(field)
                >
                    {move || options(page.with(choices), selected(field), any)}
                </select>
                {move || error_text(field)}
            </div>
        }
    };

    view! {
        <form class="search-form" method="get" action=base role="search" on:submit=on_submit novalidate data-interactive=move || interactive.get().then_some("true")>
            <fieldset class="search-form__group">
                <legend>{t(Msg::SearchByCode)}</legend>
                <div class="field">
                    <label for="codice">{t(Msg::CodeLabel)}</label>
                    <p class="field__hint" id="codice-hint">{t(Msg::CodeHint)}</p>
                    <input
                        id="codice"
                        name="codice"
                        type="text"
                        inputmode="text"
                        autocomplete="off"
                        autocapitalize="characters"
                        spellcheck="false"
                        maxlength="20"
                        value=first_query.codice.clone().unwrap_or_default()
                        node_ref=codice
                        on:input=on_typing
                        aria-describedby=move || described_by(Field::Codice, true)
                        aria-invalid=move || invalid(Field::Codice)
                    />
                    {move || error_text(Field::Codice)}
                </div>
            </fieldset>
            <fieldset class="search-form__group">
                <legend>{t(Msg::SearchByPlace)}</legend>
                {select_field(Field::Regione, Msg::RegionLabel, Msg::AnyRegion, regione, vec![provincia, comune], |p| p.regions.clone())}
                {select_field(Field::Provincia, Msg::ProvinceLabel, Msg::AnyProvince, provincia, vec![comune], |p| p.provinces.clone())}
                {select_field(Field::Comune, Msg::TownLabel, Msg::AnyTown, comune, vec![], |p| p.towns.clone())}
                <div class="field">
                    <label for="nome">{t(Msg::NameLabel)}</label>
                    <p class="field__hint" id="nome-hint">{t(Msg::NameHint)}</p>
                    <input
                        id="nome"
                        name="nome"
                        type="search"
                        autocomplete="off"
                        maxlength="100"
                        value=first_query.nome.clone().unwrap_or_default()
                        node_ref=nome
                        on:input=on_typing
                        aria-describedby=move || described_by(Field::Nome, true)
                        aria-invalid=move || invalid(Field::Nome)
                    />
                    {move || error_text(Field::Nome)}
                </div>
            </fieldset>
            <div class="search-form__actions">
                <button class="button button--primary" type="submit">{t(Msg::SearchButton)}</button>
                <a class="button button--secondary" href=base>{t(Msg::NewSearch)}</a>
            </div>
        </form>
        <section class="results" aria-labelledby="risultati">
            <h2 id="risultati" class="visually-hidden">{t(Msg::ResultsTitle)}</h2>
            <p class="results__status" role="status">
                {move || match status.get() {
                    Status::Searching => t(Msg::Searching).to_string(),
                    Status::Failed => t(Msg::SearchFailed).to_string(),
                    Status::Idle => page.with(|p| match &p.outcome {
                        SearchOutcome::Found { said, .. } => said.clone(),
                        _ => String::new(),
                    }),
                }}
            </p>
            {move || page.with(|p| outcome_view(t, &p.outcome, voluntary))}
        </section>
    }
}

fn outcome_view(t: impl Fn(Msg) -> String, outcome: &SearchOutcome, voluntary: bool) -> AnyView {
    match outcome {
        SearchOutcome::NotAsked => ().into_any(),
        SearchOutcome::Invalid(errors) => view! {
            <div class="error-summary">
                <h3>{t(Msg::ErrorSummaryTitle)}</h3>
                <ul>
                    {errors
                        .iter()
                        .map(|e| {
                            let id = e.field.input_name();
                            view! {
                            <li>
                                <a
                                    href=format!("#{}", e.field.input_name())
                                    on:click=move |event| browser::focus_field(&event, id)
                                >
                                    {e.text.clone()}
                                </a>
                            </li>
                        }})
                        .collect_view()}
                </ul>
            </div>
        }
        .into_any(),
        SearchOutcome::Found { schools, .. } if schools.is_empty() => {
            view! { <p class="callout">{t(Msg::NoResultsHelp)}</p> }.into_any()
        }
        SearchOutcome::Found { schools, truncated, .. } => view! {
            <ul class="school-list">
                {schools.iter().map(|school| school_item(school, voluntary)).collect_view()}
            </ul>
            {truncated.then(|| view! { <p class="callout">{t(Msg::ResultsTruncated)}</p> })}
        }
        .into_any(),
    }
}

fn school_item(school: &SchoolSummary, voluntary: bool) -> impl IntoView {
    let meta = school.place.clone();
    let href =
        if voluntary { routes::voluntary_school(school.code.as_str()) } else { routes::school(school.code.as_str()) };
    view! {
        <li class="school-item">
            <a class="school-item__name" href=href>{school.name.clone()}</a>
            <span class="school-item__meta">{meta}</span>
            <span class="school-item__code mono">{school.code.to_string()}</span>
        </li>
    }
}

mod browser {
    use domain::DirectoryQuery;

    /// Puts the search in the address bar, so it can be bookmarked and shared like a GET form's.
    #[cfg(feature = "hydrate")]
    pub fn show_in_address_bar(base: &str, query: &DirectoryQuery) {
        let fields = [
            ("codice", &query.codice),
            ("regione", &query.regione),
            ("provincia", &query.provincia),
            ("comune", &query.comune),
            ("nome", &query.nome),
        ];
        let mut pairs: Vec<String> = fields
            .iter()
            .filter_map(|(key, value)| {
                value
                    .as_deref()
                    .map(str::trim)
                    .filter(|v| !v.is_empty())
                    .map(|v| format!("{key}={}", crate::routes::query_value(v)))
            })
            .collect();
        if pairs.is_empty() {
            pairs.push("codice=".into());
        }
        let url = format!("{base}?{}", pairs.join("&"));
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }

    /// Following `#field` only scrolls; a person using a screen reader needs the focus there.
    #[cfg(feature = "hydrate")]
    pub fn focus_field(event: &leptos::ev::MouseEvent, id: &str) {
        use wasm_bindgen::JsCast;
        let field = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(field) = field {
            event.prevent_default();
            let _ = field.focus();
        }
    }

    #[cfg(not(feature = "hydrate"))]
    pub fn show_in_address_bar(_base: &str, _query: &DirectoryQuery) {}

    #[cfg(not(feature = "hydrate"))]
    pub fn focus_field(_event: &leptos::ev::MouseEvent, _id: &str) {}
}
