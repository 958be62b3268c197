//! The HTML document, the routes, and the language of the request.

use crate::components::layout::{Footer, Header, SkipLink};
use crate::i18n::Msg;
use crate::pages::office_event::OfficeEventPage;
use crate::pages::office_event_form::OfficeEventFormPage;
use crate::pages::office_events::OfficeEventsPage;
use crate::pages::{
    accessibility::AccessibilityPage,
    admin::AdminPageView,
    cart::CartPage,
    change_password::ChangePasswordPage,
    class_payments::ClassPaymentsPage,
    conditions::ConditionsPage,
    dev_mailbox::DevMailboxPage,
    family::{FamilyPage, LogoutPage},
    home::HomePage,
    login::LoginPage,
    not_found::NotFound,
    notice::NoticePage,
    office_activation::OfficeActivationPage,
    office_home::{OfficePage, OfficeSchoolPage},
    office_import::OfficeImportPage,
    office_pupil::OfficePupilPage,
    office_pupils::OfficePupilsPage,
    office_reconciliation::OfficeReconciliationPage,
    office_tax::OfficeTaxPage,
    office_voluntary::OfficeVoluntaryPage,
    pay_notice::PayNoticePage,
    payment::PaymentPage,
    privacy::PrivacyPage,
    profile::ProfilePage,
    receipts::ReceiptsPage,
    recovery::{RecoveryPage, ResetPage},
    registration::RegistrationPage,
    sandbox::SandboxPage,
    school::SchoolPage,
    schools::SchoolsPage,
    verify_email::VerifyEmailPage,
    voluntary::VoluntaryPage,
    voluntary_school::VoluntarySchoolPage,
};
use crate::request::request_lang;
use crate::routes::segment as seg;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Title};
use leptos_router::{
    components::{Route, Router, Routes},
    path, ParamSegment, SsrMode, StaticSegment,
};

/// A page's first path segment, from [`crate::routes`].
fn at(segment: &'static str) -> StaticSegment<&'static str> {
    StaticSegment(segment)
}

/// The whole document, rendered on the server for every page.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let lang = request_lang();
    provide_context(lang);
    #[cfg(feature = "ssr")]
    use_request_nonce();
    view! {
        <!DOCTYPE html>
        <html lang=lang.code() dir=lang.dir()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="description" content=lang.t(Msg::MetaDescription) />
                <meta name="theme-color" content="#0066cc" />
                <link rel="manifest" href="/manifest.webmanifest" />
                <link rel="icon" href="/icons/icon.svg" type="image/svg+xml" />
                <link rel="apple-touch-icon" href="/icons/icon-192.png" />
                <link rel="preload" href="/fonts/titillium-web-latin-400-normal.woff2" r#as="font" type="font/woff2" crossorigin="" />
                <SiteStylesheet options=options.clone() />
                // Pages without an island load no script and no wasm at all; some island pages
                // only once the parent first acts on them (see `routes::ISLANDS_ON_FIRST_TOUCH`).
                {page_islands().map(|start| {
                    let scripts = view! { <HydrationScripts options=options.clone() islands=true /> };
                    let scripts = match start {
                        IslandStart::WhenIdle => scripts.into_any(),
                        IslandStart::OnFirstTouch => view! { <template>{scripts}</template> <StartOnFirstTouch /> }.into_any(),
                    };
                    view! { <IdleDeadline /> {scripts} }
                })}
                <script type="module" src="/sw-register.js"></script>
                <SpeculationRules />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The site's stylesheet. Leptos' `HashedStylesheet` reads the build's hash file from disk on
/// every page (a fiftieth of a page's time under load); the name cannot change while the
/// server runs, so it is read once.
#[component]
fn SiteStylesheet(options: LeptosOptions) -> impl IntoView {
    static HREF: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let href = HREF.get_or_init(|| stylesheet_href(&options));
    view! { <link rel="stylesheet" id="leptos" href=href.as_str() /> }
}

/// `/pkg/{name}.{hash}.css`, the hash from the line `css: …` of the hash file cargo-leptos
/// writes beside the binary (`/pkg/{name}.css` for a build without hashes).
fn stylesheet_href(options: &LeptosOptions) -> String {
    let hashes = if options.hash_files {
        let beside_binary = std::env::current_exe().ok().and_then(|exe| exe.parent().map(|dir| dir.to_path_buf()));
        beside_binary.and_then(|dir| std::fs::read_to_string(dir.join(options.hash_file.as_ref())).ok())
    } else {
        None
    };
    let hash = hashes.as_deref().and_then(|text| {
        text.lines()
            .filter_map(|line| line.trim().split_once(':'))
            .find(|(file, _)| *file == "css")
            .map(|(_, hash)| hash.trim().to_string())
    });
    let name = match hash {
        Some(hash) => format!("{}.{hash}", options.output_name),
        None => options.output_name.to_string(),
    };
    format!("/{}/{name}.css", options.site_pkg_dir)
}

/// Leptos starts the islands from `requestIdleCallback` with no deadline, and a busy phone (or
/// a browser saving battery) may stay "not idle" for many seconds: the cart would not follow a
/// tick. This gives every idle callback without one a deadline of one second. It must run
/// before the hydration script, so it is inline (allowed by the page's nonce).
#[component]
fn IdleDeadline() -> impl IntoView {
    const SCRIPT: &str = "(function(){var idle=window.requestIdleCallback;if(idle){window.requestIdleCallback=\
        function(callback,options){return idle.call(window,callback,options||{timeout:1000});};}})();";
    view! { <script nonce=leptos::nonce::use_nonce()>{SCRIPT}</script> }
}

/// Moves the island scripts out of their `<template>` (where they neither download nor run) at
/// the parent's first pointer, touch, key, focus or input on the page. Scripts are made afresh
/// (so they run however a browser treats a script taken out of a template) with this script's
/// nonce, which the page's policy trusts.
#[component]
fn StartOnFirstTouch() -> impl IntoView {
    // The template is the element right before this script.
    const SCRIPT: &str = "(function(){var template=document.currentScript.previousElementSibling,\
        nonce=document.currentScript.nonce,events=['pointerdown','touchstart','keydown','focusin','input'];\
        function start(){events.forEach(function(e){document.removeEventListener(e,start,true);});\
        template.content.childNodes.forEach(function(node){var copy;\
        if(node.nodeName==='SCRIPT'){copy=document.createElement('script');copy.type=node.type;\
        copy.nonce=nonce;copy.textContent=node.textContent;}else{copy=document.importNode(node,true);}\
        document.head.appendChild(copy);});}\
        events.forEach(function(e){document.addEventListener(e,start,{capture:true,passive:true});});})();";
    view! { <script nonce=leptos::nonce::use_nonce() inner_html=SCRIPT></script> }
}

/// Likely next pages are fetched when a finger or pointer rests on their link, so the
/// navigation feels instant while each page stays a server-rendered document; see
/// [`crate::routes::PREFETCH`] for which links qualify.
#[component]
fn SpeculationRules() -> impl IntoView {
    view! { <script type="speculationrules" nonce=leptos::nonce::use_nonce() inner_html=crate::routes::speculation_rules()></script> }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Title formatter=|title: String| {
            if title.is_empty() { "PagoScuola".to_string() } else { format!("{title} · PagoScuola") }
        } />
        <Router>
            <SkipLink />
            <Header />
            <main id="contenuto" tabindex="-1">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=HomePage />
                    <Route path=at(seg::SCHOOLS) view=SchoolsPage ssr=SsrMode::Async />
                    <Route path=(at(seg::SCHOOLS), ParamSegment("codice")) view=SchoolPage ssr=SsrMode::Async />
                    <Route path=at(seg::VOLUNTARY) view=VoluntaryPage ssr=SsrMode::Async />
                    <Route path=(at(seg::VOLUNTARY), ParamSegment("codice")) view=VoluntarySchoolPage ssr=SsrMode::Async />
                    <Route path=at(seg::PRIVACY) view=PrivacyPage />
                    <Route path=at(seg::ACCESSIBILITY) view=AccessibilityPage />
                    <Route path=at(seg::LOGIN) view=LoginPage ssr=SsrMode::Async />
                    <Route path=at(seg::LOGOUT) view=LogoutPage />
                    <Route path=at(seg::REGISTRATION) view=RegistrationPage ssr=SsrMode::Async />
                    <Route path=(at(seg::REGISTRATION), StaticSegment("conferma"), ParamSegment("token")) view=VerifyEmailPage ssr=SsrMode::Async />
                    <Route path=at(seg::CHANGE_PASSWORD) view=ChangePasswordPage ssr=SsrMode::Async />
                    <Route path=at(seg::RECOVERY) view=RecoveryPage ssr=SsrMode::Async />
                    <Route path=(at(seg::RECOVERY), ParamSegment("token")) view=ResetPage ssr=SsrMode::Async />
                    <Route path=at(seg::CONDITIONS) view=ConditionsPage ssr=SsrMode::Async />
                    <Route path=at(seg::FAMILY) view=FamilyPage ssr=SsrMode::Async />
                    <Route path=at(seg::PROFILE) view=ProfilePage ssr=SsrMode::Async />
                    <Route path=(at(seg::NOTICES), ParamSegment("id")) view=NoticePage ssr=SsrMode::Async />
                    <Route path=at(seg::CART) view=CartPage ssr=SsrMode::Async />
                    <Route path=at(seg::CLASS_PAYMENTS) view=ClassPaymentsPage ssr=SsrMode::Async />
                    <Route path=(at(seg::PAYMENTS), ParamSegment("id")) view=PaymentPage ssr=SsrMode::Async />
                    <Route path=at(seg::RECEIPTS) view=ReceiptsPage ssr=SsrMode::Async />
                    <Route path=at(seg::PAY_NOTICE) view=PayNoticePage ssr=SsrMode::Async />
                    <Route path=(at(seg::SANDBOX), StaticSegment("pagamento"), ParamSegment("id")) view=SandboxPage ssr=SsrMode::Async />
                    <Route path=(at(seg::DEV), StaticSegment("posta")) view=DevMailboxPage ssr=SsrMode::Async />
                    <Route path=at(seg::ADMIN) view=AdminPageView ssr=SsrMode::Async />
                    <Route path=at(seg::OFFICE) view=OfficePage ssr=SsrMode::Async />
                    <Route path=(at(seg::OFFICE), ParamSegment("codice")) view=OfficeSchoolPage ssr=SsrMode::Async />
                    <Route path=(at(seg::OFFICE), ParamSegment("codice"), StaticSegment("alunni"), ParamSegment("id"), StaticSegment("attivazione")) view=OfficeActivationPage ssr=SsrMode::Async />
                    <Route path=(at(seg::OFFICE), ParamSegment("codice"), StaticSegment("alunni")) view=OfficePupilsPage ssr=SsrMode::Async />
                    <Route path=(at(seg::OFFICE), ParamSegment("codice"), StaticSegment("alunni"), ParamSegment("id")) view=OfficePupilPage ssr=SsrMode::Async />
                    <Route path=(at(seg::OFFICE), ParamSegment("codice"), StaticSegment("importa")) view=OfficeImportPage ssr=SsrMode::Async />
                    <Route path=(at(seg::OFFICE), ParamSegment("codice"), StaticSegment("eventi")) view=OfficeEventsPage ssr=SsrMode::Async />
                    <Route path=(at(seg::OFFICE), ParamSegment("codice"), StaticSegment("riconciliazione")) view=OfficeReconciliationPage ssr=SsrMode::Async />
                    <Route path=(at(seg::OFFICE), ParamSegment("codice"), StaticSegment("dati-730")) view=OfficeTaxPage ssr=SsrMode::Async />
                    <Route path=(at(seg::OFFICE), ParamSegment("codice"), StaticSegment("versamenti-volontari")) view=OfficeVoluntaryPage ssr=SsrMode::Async />
                    <Route path=(at(seg::OFFICE), ParamSegment("codice"), StaticSegment("eventi"), StaticSegment("nuovo")) view=OfficeEventFormPage ssr=SsrMode::Async />
                    <Route path=(at(seg::OFFICE), ParamSegment("codice"), StaticSegment("eventi"), ParamSegment("id")) view=OfficeEventPage ssr=SsrMode::Async />
                </Routes>
            </main>
            <Footer />
        </Router>
    }
}

/// The script nonce of one page answer. The server's header layer makes it, puts it in the
/// request and writes the policy from it, so the header and the page's scripts always agree:
/// a header set from inside the render (`ResponseOptions`) was once missing, which blocked the
/// islands' scripts and left the page without its cart.
#[cfg(feature = "ssr")]
#[derive(Clone, Debug)]
pub struct ScriptNonce(pub String);

#[cfg(feature = "ssr")]
impl ScriptNonce {
    pub fn new() -> ScriptNonce {
        ScriptNonce(hex::encode(crate::auth::tokens::random_bytes::<16>()))
    }

    /// The policy of an HTML page: its own scripts by nonce, wasm, nothing inline otherwise.
    /// `form_targets` are the origins beside ours that a form may post to (pagoPA's checkout).
    pub fn page_policy(&self, form_targets: &str) -> String {
        let nonce = &self.0;
        let form_targets = if form_targets.is_empty() { String::new() } else { format!(" {form_targets}") };
        format!(
            "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self'; \
             img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; \
             object-src 'none'; base-uri 'self'; form-action 'self'{form_targets}; frame-ancestors 'none'"
        )
    }
}

#[cfg(feature = "ssr")]
impl Default for ScriptNonce {
    fn default() -> Self {
        ScriptNonce::new()
    }
}

/// When an island page's islands start.
enum IslandStart {
    WhenIdle,
    OnFirstTouch,
}

/// Whether this request's page may hold an island ([`crate::routes::ISLAND_PAGES`]), and if so
/// when they start.
#[cfg(feature = "ssr")]
fn page_islands() -> Option<IslandStart> {
    let Some(parts) = use_context::<http::request::Parts>() else { return Some(IslandStart::WhenIdle) };
    let path = parts.uri.path();
    crate::routes::may_hold_islands(path).then(|| {
        if crate::routes::islands_wait_for_touch(path) {
            IslandStart::OnFirstTouch
        } else {
            IslandStart::WhenIdle
        }
    })
}

#[cfg(not(feature = "ssr"))]
fn page_islands() -> Option<IslandStart> {
    Some(IslandStart::WhenIdle)
}

/// Leptos' scripts carry the nonce the header layer put in the request (see [`ScriptNonce`]).
#[cfg(feature = "ssr")]
fn use_request_nonce() {
    let nonce = use_context::<http::request::Parts>().and_then(|parts| parts.extensions.get::<ScriptNonce>().cloned());
    if let Some(ScriptNonce(nonce)) = nonce {
        provide_context(leptos::nonce::Nonce::from_value(nonce));
    }
}
