use crate::components::form::{AccountPage, ErrorSummary, NewPasswordFields, Notice, Submit, TextField};
use crate::functions::account::ChangePassword;
use crate::functions::account::{current_account, take_flash};
use crate::i18n::AccountMsg;
use crate::model::FlashTarget;
use crate::request::use_lang;
use crate::routes::LOGIN;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::components::Redirect;

/// `/cambio-password`: forced after the first log-in with the temporary password; otherwise a
/// voluntary change that asks for the current password.
#[component]
pub fn ChangePasswordPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <AccountPage title=AccountMsg::ChangePasswordTitle>
            <Suspense fallback=|| ()>
                {Suspend::new(async move {
                    let Ok(Some(account)) = current_account().await else {
                        return view! { <Redirect path=LOGIN /> }.into_any();
                    };
                    let flash = take_flash(FlashTarget::Password).await.ok().flatten().unwrap_or_default();
                    let forced = account.must_change_password;
                    view! {
                        <Notice message=flash.notice />
                        <ErrorSummary issues=flash.issues.clone() />
                        <p>{lang.t(AccountMsg::ChangePasswordIntro)}</p>
                        <form class="form-card" method="post" action=ChangePassword::url()>
                            {(!forced).then(|| view! {
                                <TextField name="current_password" label=AccountMsg::CurrentPasswordLabel input_type="password"
                                    autocomplete="current-password" maxlength=200 issue=flash.issue_at("current_password") />
                            })}
                            <NewPasswordFields new_issue=flash.issue_at("new_password") again_issue=flash.issue_at("new_password_again") />
                            <div class="form-actions"><Submit label=AccountMsg::SavePassword /></div>
                        </form>
                    }
                    .into_any()
                })}
            </Suspense>
        </AccountPage>
    }
}
