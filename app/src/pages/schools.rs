use crate::functions::directory::search_directory;
use crate::i18n::{Msg, Words};
use crate::islands::directory_search::{DirectorySearch, DIRECTORY_WORDS};
use crate::request::{set_status, use_lang};
use domain::DirectoryQuery;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/scuole`: the directory. The server renders the search from the URL; the island then keeps
/// the results up to date as the family types or chooses.
#[component]
pub fn SchoolsPage() -> impl IntoView {
    let lang = use_lang();
    view! { <DirectoryPage title=lang.t(Msg::SchoolsTitle) intro=lang.t(Msg::SchoolsIntro) voluntary=false /> }
}

/// A page that finds a school with the directory's search (here and on the voluntary payments'
/// page): `voluntary` makes each result lead to the school's voluntary items.
#[component]
pub fn DirectoryPage(title: &'static str, intro: &'static str, voluntary: bool) -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map().with_untracked(|params| DirectoryQuery {
        codice: params.get("codice"),
        regione: params.get("regione"),
        provincia: params.get("provincia"),
        comune: params.get("comune"),
        nome: params.get("nome"),
    });
    view! {
        <Title text=title />
        <div class="container">
            <h1>{title}</h1>
            <p class="lead">{intro}</p>
            <Suspense fallback=|| ()>
                {Suspend::new(async move {
                    match search_directory(query).await {
                        Ok(initial) => {
                            let words = Words::of(lang, DIRECTORY_WORDS);
                            view! { <DirectorySearch words initial voluntary /> }.into_any()
                        }
                        Err(error) => {
                            set_status(error.status());
                            view! { <p class="alert alert--danger" role="alert">{lang.t(error.message())}</p> }.into_any()
                        }
                    }
                })}
            </Suspense>
        </div>
    }
}
