use crate::components::form::{AccountPage, ErrorSummary, FieldError, Notice, Submit};
use crate::functions::account::AcceptConditions;
use crate::functions::account::{current_account, take_flash};
use crate::i18n::documents::{self, version_label, CONDITIONS_VERSION};
use crate::i18n::{AccountMsg, Lang, LegalMsg};
use crate::model::FlashTarget;
use crate::request::use_lang;
use crate::routes;
use crate::routes::CHANGE_PASSWORD;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::components::Redirect;

/// `/condizioni`: the key points, the acceptance (for a logged-in family, once per version),
/// then the full 14 terms folded (open for a visitor who came only to read them).
#[component]
pub fn ConditionsPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <AccountPage title=AccountMsg::ConditionsTitle>
            <Suspense fallback=|| ()>
                {Suspend::new(async move {
                    let account = current_account().await.ok().flatten();
                    if account.as_ref().is_some_and(|a| a.must_change_password) {
                        return view! { <Redirect path=CHANGE_PASSWORD /> }.into_any();
                    }
                    let flash = take_flash(FlashTarget::Conditions).await.ok().flatten().unwrap_or_default();
                    view! {
                        <Notice message=flash.notice />
                        <ErrorSummary issues=flash.issues.clone() />
                        // A family that must accept sees the key points and the acceptance in the
                        // first screen of a phone; the intro follows them.
                        {account.is_none().then(|| view! { <p class="lead">{lang.t(AccountMsg::ConditionsIntro)}</p> })}
                        <KeyPoints lang />
                        {account.is_some().then(|| view! {
                            <AcceptForm lang issue=flash.issue_at("accept_conditions") />
                            <p>{lang.t(AccountMsg::ConditionsIntro)}</p>
                        })}
                        // The full text, unchanged, one tap away: the key points above are its summary.
                        <details class="terms-full" id="condizioni-complete" open=account.is_none()>
                            <summary>{lang.t(LegalMsg::ConditionsFull)}</summary>
                            <p>{lang.t(AccountMsg::ConditionsVersion)}" "{version_label(CONDITIONS_VERSION)}</p>
                            <super::ItalianPrevails />
                            <Terms lang />
                        </details>
                    }
                    .into_any()
                })}
            </Suspense>
        </AccountPage>
    }
}

/// What the 14 terms mean for a family, in plain words, before the acceptance.
#[component]
fn KeyPoints(lang: Lang) -> impl IntoView {
    let points =
        [LegalMsg::ConditionsKey01, LegalMsg::ConditionsKey02, LegalMsg::ConditionsKey03, LegalMsg::ConditionsKey04];
    view! {
        <section class="key-points" aria-labelledby="in-breve">
            <h2 id="in-breve">{lang.t(LegalMsg::ConditionsKeyTitle)}</h2>
            <ul>{points.into_iter().map(|point| view! { <li>{lang.t(point)}</li> }).collect_view()}</ul>
        </section>
    }
}

#[component]
fn Terms(lang: Lang) -> impl IntoView {
    view! {
        <ol class="terms">
            {documents::CONDITIONS.iter().map(|term| view! {
                <li><h2 class="terms__title">{term.title(lang)}</h2><p>{term.text(lang)}</p></li>
            }).collect_view()}
        </ol>
    }
}

#[component]
fn AcceptForm(lang: Lang, issue: Option<AccountMsg>) -> impl IntoView {
    let invalid = issue.map(|_| "true");
    view! {
        <form class="form-card" method="post" action=AcceptConditions::url()>
            <fieldset class="checks" aria-describedby=issue.map(|_| "accept_conditions-error")>
                <legend>{lang.t(AccountMsg::ConsentTitle)}</legend>
                <div class="check">
                    <input type="checkbox" id="accept_conditions" name="accept_conditions" value="si" aria-invalid=invalid />
                    <label for="accept_conditions">{lang.t(AccountMsg::AcceptConditionsLabel)}</label>
                </div>
                <div class="check">
                    <input type="checkbox" id="accept_privacy" name="accept_privacy" value="si" aria-invalid=invalid />
                    <label for="accept_privacy">
                        {lang.t(AccountMsg::AcceptPrivacyNoticeLabel)}" ("<a href=routes::PRIVACY>{lang.t(AccountMsg::ReadPrivacy)}</a>")"
                    </label>
                </div>
                <FieldError name="accept_conditions" issue />
            </fieldset>
            <div class="form-actions"><Submit label=AccountMsg::AcceptAndContinue /></div>
        </form>
    }
}
