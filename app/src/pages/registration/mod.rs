//! `/registrazione`: the four-step wizard. The server keeps the draft; each step is a plain
//! form, so the page works the same with or without scripts (the captcha aside).

mod details;
mod review;

use crate::components::captcha::CaptchaField;
use crate::components::form::{ErrorSummary, Submit, TextField};
use crate::functions::registration::registration_state;
use crate::functions::registration::{RegistrationCode, RegistrationEmail, RegistrationRestart};
use crate::i18n::{phrases, AccountMsg, Lang, Words};
use crate::islands::form_checks::{LiveCheck, LIVE_WORDS};
use crate::model::RegistrationDraft;
use crate::request::use_lang;
use crate::routes::RECOVERY;
use domain::registration::{FieldIssue, RegField};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

const STEPS: [AccountMsg; 4] =
    [AccountMsg::StepCodeTitle, AccountMsg::StepDetailsTitle, AccountMsg::StepReviewTitle, AccountMsg::StepDoneTitle];

#[component]
pub fn RegistrationPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="container narrow">
            <Suspense fallback=|| ()>
                {Suspend::new(async move {
                    let draft = registration_state().await.unwrap_or_else(|_| RegistrationDraft { step: 1, ..Default::default() });
                    let step = draft.step.clamp(1, 4);
                    let title = phrases::step_heading(lang, lang.t(STEPS[usize::from(step - 1)]), step, STEPS.len());
                    view! {
                        <Title text=title />
                        <h1>{lang.t(AccountMsg::RegisterTitle)}</h1>
                        <Stepper lang step />
                        <h2 class="step-title">{lang.t(STEPS[usize::from(step - 1)])}</h2>
                        {match step {
                            1 => view! { <StepCode lang draft /> }.into_any(),
                            2 => view! { <details::StepDetails lang draft /> }.into_any(),
                            3 => view! { <review::StepReview lang draft /> }.into_any(),
                            _ => view! { <StepDone lang draft /> }.into_any(),
                        }}
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn Stepper(lang: Lang, step: u8) -> impl IntoView {
    view! {
        <ol class="stepper" aria-label=lang.t(AccountMsg::WizardSteps)>
            {STEPS.iter().enumerate().map(|(index, title)| {
                let number = index as u8 + 1;
                let state = if number < step { "done" } else if number == step { "current" } else { "todo" };
                view! {
                    <li class=format!("stepper__item stepper__item--{state}") aria-current=(number == step).then_some("step")>
                        <span class="stepper__number" aria-hidden="true">{number}</span>
                        <span class="stepper__label">{lang.t(*title)}</span>
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}

/// The problems of a step as (input name, message), for the summary at the top.
pub fn summary(issues: &[FieldIssue]) -> Vec<(String, AccountMsg)> {
    issues.iter().map(|i| (i.field.input_name().to_string(), i.problem.into())).collect()
}

pub fn issue_at(issues: &[FieldIssue], field: RegField) -> Option<AccountMsg> {
    issues.iter().find(|i| i.field == field).map(|i| i.problem.into())
}

#[component]
fn StepCode(lang: Lang, draft: RegistrationDraft) -> impl IntoView {
    let issues = draft.issues.clone();
    view! {
        <ErrorSummary issues=summary(&issues) />
        {draft.existing_account.then(|| view! {
            <p class="callout">{lang.t(AccountMsg::ProblemCfTaken)}" "<a href=RECOVERY>{lang.t(AccountMsg::ForgotCredentials)}</a></p>
        })}
        <p>{lang.t(AccountMsg::RegisterIntro)}</p>
        <form class="form-card" method="post" action=RegistrationCode::url()>
            <TextField name="codice_fiscale" label=AccountMsg::CodiceFiscaleLabel hint=AccountMsg::CodiceFiscaleHint
                value=draft.form.codice_fiscale.clone() issue=issue_at(&issues, RegField::CodiceFiscale) maxlength=20
                autocomplete="off" class="field--code" />
            <LiveCheck words=Words::of(lang, LIVE_WORDS) field="codice_fiscale".to_string() />
            <CaptchaField issue=issue_at(&issues, RegField::Captcha) />
            <div class="form-actions"><Submit label=AccountMsg::Continue /></div>
        </form>
    }
}

#[component]
fn StepDone(lang: Lang, draft: RegistrationDraft) -> impl IntoView {
    if draft.correcting_email {
        return view! { <CorrectEmail lang draft /> }.into_any();
    }
    let retry = draft.retry_after.map(|at| phrases::done_retry_at(lang, crate::time::date_and_clock(at).1));
    view! {
        {retry.map(|text| view! { <p class="alert alert--warning" role="alert" id="reinvio">{text}</p> })}
        {draft.resent.then(|| view! { <p class="alert alert--success" role="status" id="reinvio">{lang.t(AccountMsg::DoneResent)}</p> })}
        <p class="alert alert--success" role="status">{lang.t(AccountMsg::DoneText)}</p>
        <p><strong>{draft.form.email.clone()}</strong></p>
        <p>{lang.t(AccountMsg::DoneCheckSpam)}</p>
        // Both buttons post to the server, which counts the sends (a few per 15 minutes).
        <form class="form-actions" method="post" action=RegistrationEmail::url()>
            <Submit label=AccountMsg::DoneResend name="action" value="resend" />
            <Submit label=AccountMsg::DoneCorrect name="action" value="edit" primary=false />
        </form>
        <form method="post" action=RegistrationRestart::url() class="minor-action">
            <button type="submit" class="button-link">{lang.t(AccountMsg::StartAgain)}</button>
        </form>
    }
    .into_any()
}

/// "Correggi l'email": the address as typed before, twice; a new link goes to the new one and
/// the old link stops working.
#[component]
fn CorrectEmail(lang: Lang, draft: RegistrationDraft) -> impl IntoView {
    let issues = draft.issues.clone();
    let retry = draft.retry_after.map(|at| phrases::done_retry_at(lang, crate::time::date_and_clock(at).1));
    view! {
        <ErrorSummary issues=summary(&issues) />
        {retry.map(|text| view! { <p class="alert alert--warning" role="alert" id="reinvio">{text}</p> })}
        <p>{lang.t(AccountMsg::DoneCorrectIntro)}</p>
        <form class="form-card" method="post" action=RegistrationEmail::url() novalidate=true>
            <TextField name="email" label=AccountMsg::EmailLabel hint=AccountMsg::EmailHint input_type="email" value=draft.form.email.clone()
                issue=issue_at(&issues, RegField::Email) autocomplete="email" maxlength=254 />
            <TextField name="email_again" label=AccountMsg::EmailAgainLabel input_type="email" value=draft.form.email_again.clone()
                issue=issue_at(&issues, RegField::EmailAgain) autocomplete="email" maxlength=254 />
            <LiveCheck words=Words::of(lang, LIVE_WORDS) field="email_again".to_string() other="email".to_string() />
            <div class="form-actions">
                <Submit label=AccountMsg::DoneSendNew name="action" value="save" />
                <Submit label=AccountMsg::Cancel name="action" value="cancel" primary=false />
            </div>
        </form>
    }
}
