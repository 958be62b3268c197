use crate::components::find_school_button::FindSchoolButton;
use crate::i18n::Msg;
use crate::shell::use_lang;
use leptos::prelude::*;
use leptos_meta::Title;

/// The entry to the family area. Registration and log-in arrive in the next release; until
/// then the page says so plainly and points to what already works.
#[component]
pub fn LoginPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=lang.t(Msg::LoginTitle) />
        <div class="container narrow">
            <h1>{lang.t(Msg::LoginTitle)}</h1>
            <p class="callout">{lang.t(Msg::LoginNotYet)}</p>
            <p>
                <FindSchoolButton />
            </p>
        </div>
    }
}
