//! The family page's cart, live: ticking a notice puts it in the server's cart (or takes it
//! out) at once, and the bar's count, total and button follow, announced in a polite live
//! region; "Paga quelli in scadenza" ticks the most urgent in place. The notices themselves are
//! server-rendered checkboxes in a plain form: the island only listens to them (one delegated
//! listener) and never re-renders the list, so it stays small. Without JavaScript the same form
//! posts the ticked boxes and the server does the rest.

use crate::model::CartState;
use leptos::prelude::*;

/// `first`: the cart as the page opened; `payable`: the ids of the page's checkboxes;
/// `unknown`: the button's words while the count is unknown (before the island runs, or
/// without JavaScript); `failed`: what to say when the server could not be reached.
#[island]
pub fn PayBar(first: CartState, payable: Vec<i64>, unknown: String, failed: String) -> impl IntoView {
    let state = RwSignal::new(first);
    // The counted words only once the island runs: before that a tick would not update them.
    // If boxes were ticked before it ran, the bar keeps the plain button (enabled) until the
    // server has them: a count of 0 meanwhile would disable it under a quick hand's tap.
    let live = RwSignal::new(false);
    #[cfg(feature = "hydrate")]
    let reporting = browser::listen(state, live, payable, failed);
    #[cfg(not(feature = "hydrate"))]
    let reporting = {
        let _ = (payable, failed);
        false
    };
    Effect::new(move |_| {
        if !reporting {
            live.set(true);
        }
    });
    view! {
        <p class="pay-bar__status" aria-live="polite">{move || state.with(|s| s.status.clone())}</p>
        <button
            type="submit"
            name=crate::model::PayAction::FIELD
            value=crate::model::PayAction::Pay.value()
            class="button button--primary pay-bar__pay"
            disabled=move || live.get() && state.with(|s| s.count == 0)
        >
            {move || if live.get() { state.with(|s| s.button.clone()) } else { unknown.clone() }}
        </button>
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use crate::model::{CartState, PayAction, PAY_FORM_ID};
    use crate::routes::CART_COUNT_ID;
    use domain::cart::CART_LIMIT;
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;

    /// One change to the server's cart.
    #[derive(Clone, Copy)]
    enum Change {
        Select(i64, bool),
        Urgent,
    }

    /// Listens to the page's boxes; true if boxes ticked before the island ran are being
    /// reported (the bar goes live with the server's answer).
    pub fn listen(state: RwSignal<CartState>, live: RwSignal<bool>, payable: Vec<i64>, failed: String) -> bool {
        let payable = StoredValue::new(payable);
        let failed = StoredValue::new(failed);
        // Changes go to the server one at a time, in the order they were made: two requests in
        // flight could be answered out of order, and an answer that missed a tick would untick
        // its box. Only the answer after the last queued change is shown.
        let queue = StoredValue::new(Vec::<Change>::new());
        let sending = StoredValue::new(false);
        let apply = move |answer: Result<CartState, crate::error::AppError>| {
            match answer {
                Ok(fresh) => {
                    payable.with_value(|ids| tick(ids, &fresh.ids));
                    set_count(fresh.count);
                    state.set(fresh);
                }
                Err(_) => {
                    let ids = state.with_untracked(|s| s.ids.clone());
                    payable.with_value(|all| tick(all, &ids));
                    state.update(|s| s.status = failed.get_value());
                }
            }
            live.set(true);
        };
        let send = move |changes: Vec<Change>| {
            queue.update_value(|q| q.extend(changes));
            if sending.get_value() {
                return;
            }
            sending.set_value(true);
            leptos::task::spawn_local(async move {
                while let Some(change) = queue.try_update_value(|q| (!q.is_empty()).then(|| q.remove(0))).flatten() {
                    let answer = match change {
                        Change::Select(id, selected) => crate::functions::notices::select_notice(id, selected).await,
                        Change::Urgent => crate::functions::notices::select_urgent(CART_LIMIT).await,
                    };
                    if queue.with_value(|q| q.is_empty()) {
                        apply(answer);
                    }
                }
                sending.set_value(false);
            });
        };
        let change = window_event_listener(leptos::ev::change, move |event| {
            let Some(input) = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
                return;
            };
            if input.name() != PayAction::PICK_FIELD || !in_pay_form(&input) {
                return;
            }
            let Ok(id) = input.value().parse::<i64>() else { return };
            send(vec![Change::Select(id, input.checked())]);
        });
        let click = window_event_listener(leptos::ev::click, move |event| {
            let target = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            if target.and_then(|t| t.closest(&format!("#{}", super::URGENT_ID)).ok().flatten()).is_none() {
                return;
            }
            // Ticked in place: no page load, no jump.
            event.prevent_default();
            send(vec![Change::Urgent]);
        });
        on_cleanup(move || {
            change.remove();
            click.remove();
        });
        // Boxes ticked before the island ran (a quick hand, a slow phone, or the browser restoring
        // the form on Back) reach the server now, so the bar never disowns a visible tick.
        let in_cart = state.with_untracked(|s| s.ids.clone());
        let differing: Vec<Change> = payable.with_value(|ids| {
            ids.iter()
                .filter_map(|id| {
                    is_checked(*id).filter(|checked| *checked != in_cart.contains(id)).map(|c| Change::Select(*id, c))
                })
                .collect()
        });
        let reporting = !differing.is_empty();
        if reporting {
            send(differing);
        }
        reporting
    }

    fn is_checked(id: i64) -> Option<bool> {
        let element = document()?.get_element_by_id(&super::pick_id(id))?;
        element.dyn_into::<web_sys::HtmlInputElement>().ok().map(|input| input.checked())
    }

    fn in_pay_form(input: &web_sys::HtmlInputElement) -> bool {
        input.closest(&format!("#{PAY_FORM_ID}")).ok().flatten().is_some()
    }

    fn document() -> Option<web_sys::Document> {
        web_sys::window()?.document()
    }

    /// Ticks exactly the boxes of the notices in the server's cart.
    fn tick(payable: &[i64], in_cart: &[i64]) {
        let Some(document) = document() else { return };
        for id in payable {
            let input = document
                .get_element_by_id(&super::pick_id(*id))
                .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok());
            if let Some(input) = input {
                input.set_checked(in_cart.contains(id));
            }
        }
    }

    /// The header's "Carrello (n)".
    fn set_count(count: usize) {
        if let Some(element) = document().and_then(|d| d.get_element_by_id(CART_COUNT_ID)) {
            element.set_text_content(Some(&count.to_string()));
        }
    }
}

/// The id of "Paga quelli in scadenza".
pub const URGENT_ID: &str = "paga-in-scadenza";

/// The id of a notice's checkbox.
pub fn pick_id(notice_id: i64) -> String {
    format!("scegli-{notice_id}")
}
