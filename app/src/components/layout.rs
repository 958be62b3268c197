//! Header, footer and skip link: the same on every page.

use crate::components::icon::Icon;
use crate::i18n::{Lang, Msg};
use crate::request::use_lang;
use crate::routes;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[component]
pub fn SkipLink() -> impl IntoView {
    let lang = use_lang();
    view! { <a class="skip-link" href="#contenuto">{lang.t(Msg::SkipToContent)}</a> }
}

#[component]
pub fn Header() -> impl IntoView {
    let lang = use_lang();
    view! {
        <header class="site-header">
            <div class="slim-bar">
                <div class="container slim-bar__inner">
                    <span class="slim-bar__owner">{lang.t(Msg::ServiceTagline)}</span>
                    <LanguageSwitch />
                </div>
            </div>
            <div class="container brand-bar">
                <a class="brand" href=routes::HOME>
                    <Icon name="it-pa" class="brand__icon" />
                    <span class="brand__name">{lang.t(Msg::ServiceName)}</span>
                </a>
                {if has_session_cookie() {
                    view! {
                        <a class="login-link" href=routes::FAMILY>
                            <Icon name="it-user" />
                            <span>{lang.t(crate::i18n::AccountMsg::FamilyTitle)}</span>
                        </a>
                    }
                } else {
                    view! {
                        <a class="login-link" href=routes::LOGIN>
                            <Icon name="it-user" />
                            <span>{lang.t(Msg::LogIn)}</span>
                        </a>
                    }
                }}
            </div>
            <nav class="main-nav" aria-label=lang.t(Msg::MainNav)>
                <ul class="container main-nav__list">
                    <li><NavLink href=routes::HOME label=lang.t(Msg::NavHome) /></li>
                    <li><NavLink href=routes::SCHOOLS label=lang.t(Msg::NavSchools) /></li>
                </ul>
            </nav>
        </header>
    }
}

/// Whether the browser carries a session cookie: enough to offer "your area" instead of "log
/// in" (the family page itself checks the session).
fn has_session_cookie() -> bool {
    #[cfg(feature = "ssr")]
    {
        crate::auth::cookies::read(crate::auth::cookies::SESSION_COOKIE).is_some_and(|token| !token.is_empty())
    }
    #[cfg(not(feature = "ssr"))]
    {
        false
    }
}

#[component]
fn NavLink(href: &'static str, label: &'static str) -> impl IntoView {
    let location = use_location();
    let current = move || {
        let path = location.pathname.get();
        let here = if href == "/" { path == "/" } else { path == href || path.starts_with(&format!("{href}/")) };
        here.then_some("page")
    };
    view! { <a href=href aria-current=current>{label}</a> }
}

/// Links to `/lingua/{code}` which sets the cookie and comes back to this very page. Six
/// languages do not fit a phone's header: they fold under the current one (a native disclosure,
/// so it opens by keyboard and without JavaScript).
#[component]
fn LanguageSwitch() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let back = move || {
        let search = location.search.get();
        if search.is_empty() {
            location.pathname.get()
        } else {
            format!("{}?{search}", location.pathname.get())
        }
    };
    view! {
        <details class="lang-switch">
            <summary>
                <span class="visually-hidden">{lang.t(Msg::LanguageSwitch)}": "</span>
                <span lang=lang.code()>{lang.endonym()}</span>
            </summary>
            <nav aria-label=lang.t(Msg::LanguageSwitch)>
                <ul>
                    {Lang::ALL
                        .into_iter()
                        .map(|option| {
                            let current = (option == lang).then_some("true");
                            view! {
                                <li>
                                    <a
                                        href=move || routes::language(option.code(), &back())
                                        hreflang=option.code()
                                        lang=option.code()
                                        dir=option.dir()
                                        aria-current=current
                                    >
                                        {option.endonym()}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
        </details>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let lang = use_lang();
    view! {
        <footer class="site-footer">
            <div class="container">
                <p class="site-footer__brand">
                    <Icon name="it-pa" />
                    <span>{lang.t(Msg::ServiceName)}</span>
                </p>
                <p>{lang.t(Msg::FooterAbout)}</p>
                <p>{lang.t(Msg::FooterNoCardData)}</p>
                <nav aria-label=lang.t(Msg::FooterNav)>
                    <ul class="site-footer__links">
                        <li><a href=routes::PRIVACY>{lang.t(Msg::FooterPrivacy)}</a></li>
                        <li><a href=routes::ACCESSIBILITY>{lang.t(Msg::FooterAccessibility)}</a></li>
                    </ul>
                </nav>
            </div>
        </footer>
    }
}
