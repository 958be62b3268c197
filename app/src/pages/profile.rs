//! `/profilo`: the account's own data, the password change and "Esci" (reached from the
//! header's account menu; it used to sit at the bottom of the family page).

use crate::components::guard::failure_view;
use crate::functions::account::{family_home, LogOut};
use crate::i18n::{phrases, AccountMsg, Lang};
use crate::model::FamilyOverview;
use crate::request::use_lang;
use crate::routes::CHANGE_PASSWORD;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[component]
pub fn ProfilePage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=lang.t(AccountMsg::ProfileTitle) />
        <div class="container narrow">
            <h1>{lang.t(AccountMsg::ProfileTitle)}</h1>
            <Suspense fallback=|| ()>
                {Suspend::new(async move {
                    match family_home().await {
                        Ok(home) => view! { <Profile lang home /> }.into_any(),
                        Err(error) => failure_view(error),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn Profile(lang: Lang, home: FamilyOverview) -> impl IntoView {
    view! {
        <section class="panel" aria-labelledby="profilo">
            <h2 id="profilo">{lang.t(AccountMsg::FamilyProfile)}</h2>
            <dl class="details">
                <div><dt>{lang.t(AccountMsg::FullNameLabel)}</dt><dd>{phrases::full_name(lang, &home.given_name, &home.surname)}</dd></div>
                <div><dt>{lang.t(AccountMsg::UsernameOnly)}</dt><dd class="mono">{home.username.clone()}</dd></div>
                <div><dt>{lang.t(AccountMsg::CodiceFiscaleLabel)}</dt><dd class="mono">{home.codice_fiscale.to_string()}</dd></div>
                <div><dt>{lang.t(AccountMsg::EmailLabel)}</dt><dd>{home.email.clone()}</dd></div>
                {home.conditions_accepted_on.map(|on| view! {
                    <div><dt>{lang.t(AccountMsg::ConditionsTitle)}</dt><dd>{lang.t(AccountMsg::ConditionsAccepted)}" "{on.to_italian()}</dd></div>
                })}
            </dl>
            <div class="form-actions">
                <a class="button button--secondary" href=CHANGE_PASSWORD>{lang.t(AccountMsg::ChangePasswordLink)}</a>
                <form method="post" action=LogOut::url()>
                    <button type="submit" class="button button--secondary">{lang.t(AccountMsg::LogOut)}</button>
                </form>
            </div>
        </section>
    }
}
