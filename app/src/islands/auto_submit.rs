//! Applies a GET filter form as soon as a choice changes. The form is plain and keeps its own
//! submit button (without JavaScript, or for whoever prefers it); the page says beforehand that
//! the list follows the choice, so the reload is no surprise (WCAG 3.2.2).

use leptos::prelude::*;

/// Listens to the form `form_id` (one delegated listener); renders nothing visible.
#[island]
pub fn SubmitOnChange(form_id: String) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        // Says the form now applies itself (tests and styles may wait for it).
        if let Some(form) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&form_id)) {
            let _ = form.set_attribute("data-interactive", "true");
        }
        let handle = window_event_listener(leptos::ev::change, move |event| {
            let target = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            let Some(form) = target.and_then(|t| t.closest(&format!("#{form_id}")).ok().flatten()) else { return };
            // The form's own button: the browser then submits it exactly as a click would.
            let button = form.query_selector("button[type=submit]").ok().flatten();
            if let Some(button) = button.and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()) {
                button.click();
            }
        });
        on_cleanup(move || handle.remove());
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = form_id;
    view! { <span hidden></span> }
}
