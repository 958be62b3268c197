#![recursion_limit = "256"]
//! PagoScuola's web application: pages, islands and server functions, compiled into the server
//! (`ssr`) and into the browser bundle (`hydrate`, islands only).

#[cfg(feature = "ssr")]
pub mod auth;
#[cfg(feature = "ssr")]
pub mod documents;
pub mod error;
pub mod functions;
pub mod i18n;
#[cfg(feature = "ssr")]
pub mod mail;
pub mod model;
#[cfg(feature = "ssr")]
pub mod payments;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
pub mod time;

// Pages and their components run only on the server: the browser gets islands alone (and so no
// translation tables: islands receive their words already translated).
#[cfg(feature = "ssr")]
mod components;
mod islands;
#[cfg(feature = "ssr")]
mod pages;
#[cfg(feature = "ssr")]
pub mod request;
pub mod routes;
#[cfg(feature = "ssr")]
mod shell;

#[cfg(feature = "ssr")]
pub use shell::{shell, App, ScriptNonce};

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook_shim();
    leptos::mount::hydrate_islands();
}

#[cfg(feature = "hydrate")]
fn console_error_panic_hook_shim() {
    std::panic::set_hook(Box::new(|info| leptos::logging::error!("{info}")));
}
