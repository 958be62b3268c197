//! Waits for a payment's outcome: asks the server every 2 seconds and reloads the page once the
//! PSP's notification has settled it. Without JavaScript the page's "Aggiorna" button does it.

use leptos::prelude::*;

#[island]
pub fn PaymentWatcher(public_id: String) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    {
        use domain::PaymentState;
        let asking = StoredValue::new(false);
        let handle = set_interval_with_handle(
            move || {
                if asking.get_value() {
                    return;
                }
                asking.set_value(true);
                let id = public_id.clone();
                leptos::task::spawn_local(async move {
                    let state = crate::functions::payments::payment_state(id).await;
                    asking.set_value(false);
                    if matches!(state, Ok(PaymentState::Confirmed | PaymentState::Refused | PaymentState::Abandoned)) {
                        if let Some(window) = web_sys::window() {
                            let _ = window.location().reload();
                        }
                    }
                });
            },
            std::time::Duration::from_secs(2),
        );
        if let Ok(handle) = handle {
            on_cleanup(move || handle.clear());
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = &public_id;
    view! { <span class="payment-watcher"></span> }
}
