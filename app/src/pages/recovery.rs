use crate::components::captcha::CaptchaField;
use crate::components::form::{AccountPage, ErrorSummary, NewPasswordFields, Notice, Submit, TextField};
use crate::functions::account::{reset_link_is_valid, take_flash};
use crate::functions::account::{RecoverCredentials, ResetPassword};
use crate::i18n::AccountMsg;
use crate::model::FlashTarget;
use crate::request::use_lang;
use crate::routes::{LOGIN, RECOVERY};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

/// `/recupero-credenziali`: codice fiscale and email; the answer never says whether they match.
#[component]
pub fn RecoveryPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <AccountPage title=AccountMsg::RecoveryTitle>
            <Suspense fallback=|| ()>
                {Suspend::new(async move {
                    let flash = take_flash(FlashTarget::Recovery).await.ok().flatten().unwrap_or_default();
                    view! {
                        <Notice message=flash.notice />
                        <ErrorSummary issues=flash.issues.clone() />
                        <p>{lang.t(AccountMsg::RecoveryIntro)}</p>
                        <form class="form-card" method="post" action=RecoverCredentials::url()>
                            <TextField name="codice_fiscale" label=AccountMsg::CodiceFiscaleLabel hint=AccountMsg::CodiceFiscaleHint
                                value=flash.value("codice_fiscale") issue=flash.issue_at("codice_fiscale") maxlength=20 class="field--code" />
                            <TextField name="email" label=AccountMsg::EmailLabel input_type="email" autocomplete="email"
                                value=flash.value("email") issue=flash.issue_at("email") maxlength=254 />
                            <CaptchaField issue=flash.issue_at("altcha") />
                            <div class="form-actions"><Submit label=AccountMsg::RecoverySend /></div>
                        </form>
                        <p><a href=LOGIN>{lang.t(AccountMsg::LoginTitle)}</a></p>
                    }
                })}
            </Suspense>
        </AccountPage>
    }
}

/// `/recupero-credenziali/{token}`: the emailed link; a new password typed twice.
#[component]
pub fn ResetPage() -> impl IntoView {
    let lang = use_lang();
    let token = use_params_map().with_untracked(|p| p.get("token").unwrap_or_default());
    view! {
        <AccountPage title=AccountMsg::ResetTitle>
            <Suspense fallback=|| ()>
                {Suspend::new(async move {
                    let flash = take_flash(FlashTarget::Reset).await.ok().flatten().unwrap_or_default();
                    if !reset_link_is_valid(token.clone()).await.unwrap_or(false) {
                        return view! {
                            <p class="alert alert--danger">{lang.t(AccountMsg::ResetInvalid)}</p>
                            <p><a class="button button--primary" href=RECOVERY>{lang.t(AccountMsg::RecoveryTitle)}</a></p>
                        }
                        .into_any();
                    }
                    view! {
                        <Notice message=flash.notice />
                        <ErrorSummary issues=flash.issues.clone() />
                        <p>{lang.t(AccountMsg::ChangePasswordIntro)}</p>
                        <form class="form-card" method="post" action=ResetPassword::url()>
                            <input type="hidden" name="token" value=token.clone() />
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
