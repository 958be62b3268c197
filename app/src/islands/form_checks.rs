//! Live hints while typing, run in the browser from the same domain code the server uses (the
//! server's check is the one that counts): the codice fiscale's check character, the repeated
//! email, and suggestions for the birthplace field.

use crate::i18n::{AccountMsg, Words};
use domain::registration::{check_codice_fiscale, check_email};
use leptos::prelude::*;

/// What to say under `field` given its value (and the value it must repeat, for the second
/// email). Nothing while the person is still typing the first characters.
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
pub fn live_message(field: &str, value: &str, other: &str) -> Option<AccountMsg> {
    let value = value.trim();
    match field {
        "codice_fiscale" if value.chars().filter(|c| !c.is_whitespace()).count() >= 16 => {
            check_codice_fiscale(value).err().map(|issue| issue.problem.into())
        }
        "email_again"
            if !value.is_empty() && check_email(other).is_ok() && !value.eq_ignore_ascii_case(other.trim()) =>
        {
            Some(AccountMsg::ProblemEmailMismatch)
        }
        _ => None,
    }
}

/// Every message [`live_message`] can give; the page translates them (see [`Words`]).
#[cfg(any(test, feature = "ssr"))]
pub const LIVE_WORDS: &[AccountMsg] = &[
    AccountMsg::ProblemRequired,
    AccountMsg::ProblemCfLength,
    AccountMsg::ProblemCfPattern,
    AccountMsg::ProblemCfCheck,
    AccountMsg::ProblemEmailMismatch,
];

/// A polite live region under a field; `other` names the field this one must equal.
#[island]
pub fn LiveCheck(words: Words<AccountMsg>, field: String, #[prop(optional)] other: Option<String>) -> impl IntoView {
    let message = RwSignal::new(None::<AccountMsg>);
    let id = format!("{field}-live");
    #[cfg(not(feature = "hydrate"))]
    let _ = (&other, message.write_only());
    #[cfg(feature = "hydrate")]
    {
        let field = field.clone();
        let handle = window_event_listener(leptos::ev::input, move |event| {
            let Some(target_id) = browser::target_id(&event) else { return };
            if target_id != field && Some(&target_id) != other.as_ref() {
                return;
            }
            let value = browser::input_value(&field).unwrap_or_default();
            let other_value = other.as_deref().and_then(browser::input_value).unwrap_or_default();
            message.set(live_message(&field, &value, &other_value));
        });
        on_cleanup(move || handle.remove());
    }
    view! { <p class="field__live" id=id aria-live="polite">{move || message.get().map(|m| words.t(m))}</p> }
}

/// Fills the `<datalist>` of the birthplace field as the person types (the field works as plain
/// text without it: the server resolves the name).
#[island]
pub fn BirthplaceSuggestions(label: String) -> impl IntoView {
    let places = RwSignal::new(Vec::<String>::new());
    #[cfg(feature = "hydrate")]
    {
        let latest = StoredValue::new(0u32);
        let handle = window_event_listener(leptos::ev::input, move |event| {
            if browser::target_id(&event).as_deref() != Some("birthplace_query") {
                return;
            }
            let query = browser::input_value("birthplace_query").unwrap_or_default();
            if query.trim().chars().count() < 2 {
                places.set(Vec::new());
                return;
            }
            let ticket = latest.get_value() + 1;
            latest.set_value(ticket);
            leptos::task::spawn_local(async move {
                let found = crate::functions::registration::search_birthplaces(query).await.unwrap_or_default();
                if latest.get_value() == ticket {
                    places.set(found);
                }
            });
        });
        on_cleanup(move || handle.remove());
    }
    view! {
        <datalist id="luoghi-suggeriti" aria-label=label>
            {move || places.get().into_iter().map(|place| view! { <option value=place></option> }).collect_view()}
        </datalist>
    }
}

/// "Mostra password" next to a password field: a real toggle button (`aria-pressed`) that
/// switches the field between hidden and readable. It appears only once the script runs (the
/// server renders nothing), so without JavaScript there is no button that does nothing.
#[island]
pub fn PasswordToggle(field: String, label: String) -> impl IntoView {
    let ready = RwSignal::new(false);
    let shown = RwSignal::new(false);
    Effect::new(move |_| ready.set(true));
    // Stored, so the click handler is `Copy` in both builds.
    let field = StoredValue::new(field);
    #[cfg(not(feature = "hydrate"))]
    let _ = field;
    let toggle = move |_| {
        shown.update(|s| *s = !*s);
        #[cfg(feature = "hydrate")]
        field.with_value(|id| browser::set_input_type(id, if shown.get_untracked() { "text" } else { "password" }));
    };
    move || {
        ready.get().then(|| {
            view! {
                <button type="button" class="password-toggle" aria-pressed=move || if shown.get() { "true" } else { "false" }
                    on:click=toggle>
                    <svg class="icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24">
                        <path d="M12 4.5C7 4.5 2.73 7.61 1 12c1.73 4.39 6 7.5 11 7.5s9.27-3.11 11-7.5c-1.73-4.39-6-7.5-11-7.5zM12 17c-2.76 0-5-2.24-5-5s2.24-5 5-5 5 2.24 5 5-2.24 5-5 5zm0-8c-1.66 0-3 1.34-3 3s1.34 3 3 3 3-1.34 3-3-1.34-3-3-3z" />
                    </svg>
                    <span>{label.clone()}</span>
                </button>
            }
        })
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use wasm_bindgen::JsCast;

    pub fn target_id(event: &web_sys::Event) -> Option<String> {
        event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).map(|el| el.id())
    }

    pub fn set_input_type(id: &str, kind: &str) {
        let input = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(input) = input {
            input.set_type(kind);
        }
    }

    pub fn input_value(id: &str) -> Option<String> {
        web_sys::window()?
            .document()?
            .get_element_by_id(id)?
            .dyn_into::<web_sys::HtmlInputElement>()
            .ok()
            .map(|input| input.value())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_appear_only_when_there_is_something_to_say() {
        assert_eq!(live_message("codice_fiscale", "RSSMRA80A01H5", ""), None);
        assert_eq!(live_message("codice_fiscale", "RSSMRA80A01H501U", ""), None);
        assert_eq!(live_message("codice_fiscale", "rssmra80a01h501x", ""), Some(AccountMsg::ProblemCfCheck));
        assert_eq!(live_message("email_again", "a@b.it", "a@b.it"), None);
        assert_eq!(live_message("email_again", "a@b.i", "a@b.it"), Some(AccountMsg::ProblemEmailMismatch));
        assert_eq!(live_message("email_again", "x", "not-an-email"), None);
    }

    #[test]
    fn the_page_hands_over_every_message_the_island_can_say() {
        let inputs = [
            ("codice_fiscale", "rssmra80a01h501x", ""),
            ("codice_fiscale", "RSSMRA80A01H501UU", ""),
            ("codice_fiscale", "1SSMRA80A01H501U", ""),
            ("email_again", "a@b.i", "a@b.it"),
        ];
        for (field, value, other) in inputs {
            let message = live_message(field, value, other).expect("a problem");
            assert!(LIVE_WORDS.contains(&message), "{message:?}");
        }
    }
}
