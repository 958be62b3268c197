use leptos::prelude::*;

/// An icon from our subset of Bootstrap Italia's sprite. Decorative: the text beside it speaks.
#[component]
pub fn Icon(name: &'static str, #[prop(optional)] class: &'static str) -> impl IntoView {
    view! {
        <svg
            class=format!("icon {class}")
            aria-hidden="true"
            focusable="false"
            inner_html=format!(r##"<use href="/icons/sprite.svg#{name}"></use>"##)
        ></svg>
    }
}
