use crate::components::form::Notice;
use crate::error::AppError;
use crate::functions::account::{family_home, take_flash, CHANGE_PASSWORD, CONDITIONS, LOGIN};
use crate::i18n::{AccountMsg, Msg};
use crate::shell::{set_status, use_lang};
use crate::components::form::AccountPage;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;

/// `/famiglia`: the family home after log-in. Notices arrive with the payments release.
#[component]
pub fn FamilyPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=lang.t(AccountMsg::FamilyTitle) />
        <div class="container">
            <Suspense fallback=|| ()>
                {Suspend::new(async move {
                    let home = match family_home().await {
                        Ok(home) => home,
                        Err(AppError::Unauthenticated) => return view! { <Redirect path=LOGIN /> }.into_any(),
                        Err(AppError::MustChangePassword) => return view! { <Redirect path=CHANGE_PASSWORD /> }.into_any(),
                        Err(AppError::MustAcceptConditions) => return view! { <Redirect path=CONDITIONS /> }.into_any(),
                        Err(error) => {
                            set_status(error.status());
                            return view! { <h1>{lang.t(Msg::ServerErrorTitle)}</h1><p>{lang.t(error.message())}</p> }.into_any();
                        }
                    };
                    let notice = take_flash("family".into()).await.ok().flatten().and_then(|f| f.notice);
                    view! {
                        <Notice message=notice />
                        <h1>{lang.t(AccountMsg::FamilyWelcome)}", "{home.given_name.clone()}</h1>
                        <section class="panel" aria-labelledby="avvisi">
                            <h2 id="avvisi">{lang.t(Msg::HomeFeatureNoticesTitle)}</h2>
                            <p>{lang.t(AccountMsg::FamilyNoNotices)}</p>
                        </section>
                        <section class="panel" aria-labelledby="profilo">
                            <h2 id="profilo">{lang.t(AccountMsg::FamilyProfile)}</h2>
                            <dl class="details">
                                <div><dt>{lang.t(AccountMsg::FullNameLabel)}</dt><dd>{format!("{} {}", home.given_name, home.surname)}</dd></div>
                                <div><dt>{lang.t(AccountMsg::UsernameOnly)}</dt><dd class="mono">{home.username.clone()}</dd></div>
                                <div><dt>{lang.t(AccountMsg::CodiceFiscaleLabel)}</dt><dd class="mono">{home.codice_fiscale.clone()}</dd></div>
                                <div><dt>{lang.t(AccountMsg::EmailLabel)}</dt><dd>{home.email.clone()}</dd></div>
                                {home.conditions_accepted_on.clone().map(|on| view! {
                                    <div><dt>{lang.t(AccountMsg::ConditionsTitle)}</dt><dd>{lang.t(AccountMsg::ConditionsAccepted)}" "{on}</dd></div>
                                })}
                            </dl>
                            <div class="form-actions">
                                <a class="button button--secondary" href=CHANGE_PASSWORD>{lang.t(AccountMsg::ChangePasswordLink)}</a>
                                <form method="post" action="/api/account/logout">
                                    <button type="submit" class="button button--secondary">{lang.t(AccountMsg::LogOut)}</button>
                                </form>
                            </div>
                        </section>
                    }
                    .into_any()
                })}
            </Suspense>
        </div>
    }
}

/// `/esci`: a button (logging out changes state, so it is a POST, never a link).
#[component]
pub fn LogoutPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <AccountPage title=AccountMsg::LogOut>
            <form method="post" action="/api/account/logout">
                <button type="submit" class="button button--primary">{lang.t(AccountMsg::LogOut)}</button>
            </form>
        </AccountPage>
    }
}
