use crate::components::icon::Icon;
use crate::i18n::Msg;
use crate::request::use_lang;
use crate::routes;
use leptos::prelude::*;

/// The call to action that leads to the school directory.
#[component]
pub fn FindSchoolButton() -> impl IntoView {
    let lang = use_lang();
    view! {
        <a class="button button--primary" href=routes::SCHOOLS>
            <Icon name="it-search" />
            <span>{lang.t(Msg::NavSchools)}</span>
        </a>
    }
}
