use crate::components::form::AccountPage;
use crate::functions::account::verify_email;
use crate::i18n::AccountMsg;
use crate::model::VerifyOutcome;
use crate::request::{set_status, use_lang};
use crate::routes::{LOGIN, RECOVERY};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// `/registrazione/conferma/{token}`: opening the emailed link verifies the address.
#[component]
pub fn VerifyEmailPage() -> impl IntoView {
    let lang = use_lang();
    let token = use_params_map().with_untracked(|p| p.get("token").unwrap_or_default());
    view! {
        <AccountPage title=AccountMsg::VerifyTitle>
            <Suspense fallback=|| ()>
                {Suspend::new(async move {
                    let outcome = verify_email(token).await.unwrap_or(VerifyOutcome::Invalid);
                    let (class, text, link, label) = match outcome {
                        VerifyOutcome::Verified => ("alert alert--success", AccountMsg::VerifyDone, LOGIN, AccountMsg::LoginTitle),
                        VerifyOutcome::AlreadyVerified => ("alert alert--info", AccountMsg::VerifyAlready, LOGIN, AccountMsg::LoginTitle),
                        VerifyOutcome::Invalid => {
                            set_status(410);
                            ("alert alert--danger", AccountMsg::VerifyInvalid, RECOVERY, AccountMsg::RecoveryTitle)
                        }
                    };
                    view! {
                        <p class=class role="status">{lang.t(text)}</p>
                        <p><a class="button button--primary" href=link>{lang.t(label)}</a></p>
                    }
                })}
            </Suspense>
        </AccountPage>
    }
}
