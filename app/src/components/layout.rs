//! Header, footer and skip link: the same on every page.

use crate::components::icon::Icon;
use crate::functions::account::LogOut;
use crate::i18n::{Lang, Msg};
use crate::request::use_lang;
use crate::routes;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_location;

#[component]
pub fn SkipLink() -> impl IntoView {
    let lang = use_lang();
    view! { <a class="skip-link" href="#contenuto">{lang.t(Msg::SkipToContent)}</a> }
}

#[component]
pub fn Header() -> impl IntoView {
    let lang = use_lang();
    let signed_in = signed_in();
    view! {
        <header class="site-header">
            <div class="slim-bar">
                <div class="container slim-bar__inner">
                    <span class="slim-bar__owner">{lang.t(Msg::ServiceTagline)}</span>
                    <LanguageSwitch />
                </div>
            </div>
            {match signed_in {
                Some(facts) => view! { <FamilyBar cart_count=facts.cart_count console=facts.console /> }.into_any(),
                None => view! {
                    <div class="container brand-bar">
                        <Brand />
                        <a class="login-link" href=routes::LOGIN>
                            <Icon name="it-user" />
                            <span>{lang.t(Msg::LogIn)}</span>
                        </a>
                    </div>
                    <nav class="main-nav" aria-label=lang.t(Msg::MainNav)>
                        <ul class="container main-nav__list">
                            <li><NavLink href=routes::HOME label=lang.t(Msg::NavHome) /></li>
                            <li><NavLink href=routes::SCHOOLS label=lang.t(Msg::NavSchools) /></li>
                        </ul>
                    </nav>
                }
                .into_any(),
            }}
        </header>
    }
}

#[component]
fn Brand() -> impl IntoView {
    let lang = use_lang();
    view! {
        <a class="brand" href=routes::HOME>
            <Icon name="it-pa" class="brand__icon" />
            <span class="brand__name">{lang.t(Msg::ServiceName)}</span>
        </a>
    }
}

/// A signed-in family's one-line bar: notices, receipts, cart (n), the office's console for
/// staff ("Segreteria", or "Amministrazione") and the account menu. On a phone the words are
/// visually hidden (still each link's name), icons and count stay.
#[component]
fn FamilyBar(cart_count: i64, console: Option<&'static str>) -> impl IntoView {
    let lang = use_lang();
    let console = console.map(|href| {
        let label = if href == routes::ADMIN {
            lang.t(crate::i18n::OfficeMsg::AdminTitle)
        } else {
            lang.t(crate::i18n::OfficeMsg::OfficeTitle)
        };
        let location = use_location();
        let current = move || location.pathname.get().starts_with(href).then_some("page");
        // Words only where the bar has room (style/main.css), like the account menu's.
        view! {
            <li>
                <a class="family-nav__link" href=href aria-current=current>
                    <Icon name="it-pa" />
                    <span class="family-nav__label family-nav__label--wide">{label}</span>
                </a>
            </li>
        }
    });
    view! {
        <div class="container brand-bar brand-bar--family">
            <Brand />
            <nav class="family-nav" aria-label=lang.t(Msg::MainNav)>
                <ul class="family-nav__list">
                    <li>
                        <NavLink href=routes::FAMILY label=lang.t(Msg::NavNotices) icon="it-files" />
                    </li>
                    <li>
                        <NavLink href=routes::RECEIPTS label=lang.t(Msg::NavReceipts) icon="it-file" />
                    </li>
                    <li>
                        <CartLink count=cart_count />
                    </li>
                    {console}
                    <li>
                        <AccountMenu />
                    </li>
                </ul>
            </nav>
        </div>
    }
}

/// "Carrello (n)": the count sits in [`routes::CART_COUNT_ID`], which the cart island rewrites.
#[component]
fn CartLink(count: i64) -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let current = move || (location.pathname.get() == routes::CART).then_some("page");
    view! {
        <a class="family-nav__link" href=routes::CART aria-current=current>
            <svg class="icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24">
                <path d="M7 18c-1.1 0-1.99.9-1.99 2S5.9 22 7 22s2-.9 2-2-.9-2-2-2zM1 2v2h2l3.6 7.59-1.35 2.45c-.16.28-.25.61-.25.96 0 1.1.9 2 2 2h12v-2H7.42c-.14 0-.25-.11-.25-.25l.03-.12.9-1.63h7.45c.75 0 1.41-.41 1.75-1.03l3.58-6.49A1 1 0 0 0 20 4H5.21l-.94-2H1zm16 16c-1.1 0-1.99.9-1.99 2s.89 2 1.99 2 2-.9 2-2-.9-2-2-2z" />
            </svg>
            <span class="family-nav__label">{lang.t(Msg::NavCart)}</span>
            <span class="family-nav__count">" ("<span id=routes::CART_COUNT_ID>{count}</span>")"</span>
        </a>
    }
}

/// The profile and "Esci" under a native disclosure (keyboard and no-JS friendly, like the
/// language switch). Logging out changes state: a POST form, never a link.
#[component]
fn AccountMenu() -> impl IntoView {
    let lang = use_lang();
    view! {
        <details class="account-menu">
            <summary class="family-nav__link">
                <Icon name="it-user" />
                <span class="family-nav__label">{lang.t(Msg::AccountMenu)}</span>
            </summary>
            <ul class="account-menu__list">
                <li><a href=routes::PROFILE>{lang.t(Msg::NavProfile)}</a></li>
                <li>
                    <form method="post" action=LogOut::url()>
                        <button type="submit">{lang.t(Msg::NavLogOut)}</button>
                    </form>
                </li>
            </ul>
        </details>
    }
}

/// The header's facts for a live session (its cart count, its console), read once by the server before the
/// page rendered; `None` for anonymous visitors and expired sessions.
fn signed_in() -> Option<crate::auth::session::SignedIn> {
    crate::auth::session::signed_in_here()
}

#[component]
fn NavLink(href: &'static str, label: &'static str, #[prop(optional)] icon: Option<&'static str>) -> impl IntoView {
    let location = use_location();
    let current = move || {
        let path = location.pathname.get();
        let here = if href == "/" { path == "/" } else { path == href || path.starts_with(&format!("{href}/")) };
        here.then_some("page")
    };
    match icon {
        None => view! { <a href=href aria-current=current>{label}</a> }.into_any(),
        Some(icon) => view! {
            <a class="family-nav__link" href=href aria-current=current>
                <Icon name=icon />
                <span class="family-nav__label">{label}</span>
            </a>
        }
        .into_any(),
    }
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
                <p>{lang.t(Msg::FooterAbout)}" "{lang.t(Msg::FooterRuns)}</p>
                <section class="site-footer__help" aria-labelledby="aiuto">
                    <h2 id="aiuto">{lang.t(Msg::FooterHelpTitle)}</h2>
                    <ul>
                        <li>{lang.t(Msg::FooterHelpNotice)}</li>
                        <li>
                            {lang.t(Msg::FooterHelpSite)}" "
                            <a href=routes::mailto(routes::HELP_DESK_EMAIL)>{routes::HELP_DESK_EMAIL}</a>
                        </li>
                    </ul>
                </section>
                <p>{lang.t(Msg::FooterNoCardData)}</p>
                <nav aria-label=lang.t(Msg::FooterNav)>
                    <ul class="site-footer__links">
                        <li><a href=routes::PRIVACY>{lang.t(Msg::FooterPrivacy)}</a></li>
                        <li><a href=routes::ACCESSIBILITY>{lang.t(Msg::FooterAccessibility)}</a></li>
                        <li><a href=routes::CONDITIONS>{lang.t(Msg::FooterConditions)}</a></li>
                    </ul>
                </nav>
            </div>
        </footer>
    }
}
