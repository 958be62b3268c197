use crate::i18n::Msg;
use crate::request::{set_status, use_lang};
use crate::routes;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn NotFound() -> impl IntoView {
    set_status(404);
    let lang = use_lang();
    view! {
        <Title text=lang.t(Msg::NotFoundTitle) />
        <div class="container narrow">
            <h1>{lang.t(Msg::NotFoundTitle)}</h1>
            <p>{lang.t(Msg::NotFoundText)}</p>
            <p><a class="button button--primary" href=routes::HOME>{lang.t(Msg::GoHome)}</a></p>
        </div>
    }
}
