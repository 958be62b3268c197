use crate::components::form::{AccountPage, ErrorSummary, Notice, Submit, TextField};
use crate::functions::account::LogIn;
use crate::functions::account::{current_account, take_flash};
use crate::i18n::{AccountMsg, Lang};
use crate::model::Flash;
use crate::model::FlashTarget;
use crate::request::use_lang;
use crate::routes;
use crate::routes::{FAMILY, RECOVERY};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::components::Redirect;

/// `/accedi`: username (or codice fiscale) and password.
#[component]
pub fn LoginPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <AccountPage title=AccountMsg::LoginTitle>
            <Suspense fallback=|| ()>
                {Suspend::new(async move {
                    if let Ok(Some(account)) = current_account().await {
                        // Families to their notices, office staff and administrators to their console.
                        let home = if account.home.is_empty() { FAMILY.to_string() } else { account.home };
                        return view! { <Redirect path=home /> }.into_any();
                    }
                    let flash = take_flash(FlashTarget::Login).await.ok().flatten().unwrap_or_default();
                    view! { <LoginForm lang flash /> }.into_any()
                })}
            </Suspense>
        </AccountPage>
    }
}

#[component]
fn LoginForm(lang: Lang, flash: Flash) -> impl IntoView {
    view! {
        <Notice message=flash.notice />
        <ErrorSummary issues=flash.issues.clone() />
        <p>{lang.t(AccountMsg::LoginIntro)}</p>
        <form class="form-card" method="post" action=LogIn::url()>
            <TextField name="username" label=AccountMsg::UsernameLabel value=flash.value("username") autocomplete="username" maxlength=64 />
            <TextField name="password" label=AccountMsg::PasswordLabel input_type="password" autocomplete="current-password" maxlength=200 />
            <div class="form-actions">
                <Submit label=AccountMsg::LoginButton />
            </div>
        </form>
        <p><a href=RECOVERY>{lang.t(AccountMsg::ForgotCredentials)}</a></p>
        <p>{lang.t(AccountMsg::NoAccountYet)}" "<a href=routes::REGISTRATION>{lang.t(AccountMsg::RegisterLink)}</a></p>
    }
}
