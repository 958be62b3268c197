//! Step 2: personal data, email twice, acceptances.

use super::{issue_at, summary};
use crate::components::form::{described_by, ErrorSummary, FieldError, Submit, TextField};
use crate::functions::registration::RegistrationDetails;
use crate::i18n::documents::{version_label, REGISTRATION_TERMS, TERMS_VERSION};
use crate::i18n::{AccountMsg, Lang, Words};
use crate::islands::form_checks::{BirthplaceSuggestions, LiveCheck, LIVE_WORDS};
use crate::model::RegistrationDraft;
use crate::routes;
use domain::registration::RegField;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn StepDetails(lang: Lang, draft: RegistrationDraft) -> impl IntoView {
    let issues = draft.issues.clone();
    let form = draft.form.clone();
    let at = |field| issue_at(&issues, field);
    view! {
        <ErrorSummary issues=summary(&issues) />
        <p>{lang.t(AccountMsg::CodiceFiscaleLabel)}": "<strong class="mono">{form.codice_fiscale.clone()}</strong></p>
        // Birth date, sex and birthplace came from the code (what it says for certain).
        {(issues.is_empty() && !(form.birth_date.is_empty() && form.birthplace_label.is_empty())).then(|| view! {
            <p class="callout">{lang.t(AccountMsg::PrefillNote)}</p>
        })}
        <form class="form-card" method="post" action=RegistrationDetails::url() novalidate=true>
            <TextField name="surname" label=AccountMsg::SurnameLabel hint=AccountMsg::NameHint value=form.surname.clone()
                issue=at(RegField::Surname) autocomplete="family-name" maxlength=80 />
            <TextField name="given_name" label=AccountMsg::GivenNameLabel value=form.given_name.clone()
                issue=at(RegField::GivenName) autocomplete="given-name" maxlength=80 />
            <TextField name="birth_date" label=AccountMsg::BirthDateLabel hint=AccountMsg::BirthDateHint value=form.birth_date.clone()
                issue=at(RegField::BirthDate) autocomplete="bday" maxlength=10 class="field--date" />
            <SexChoice lang value=form.sex.clone() issue=at(RegField::Sex) />
            <TextField name="birthplace_query" label=AccountMsg::BirthplaceLabel hint=AccountMsg::BirthplaceHint
                value=form.birthplace_label.clone() issue=at(RegField::Birthplace) list="luoghi-suggeriti" maxlength=80 />
            <BirthplaceSuggestions label=lang.t(AccountMsg::BirthplaceSuggestions).to_string() />
            <TextField name="email" label=AccountMsg::EmailLabel hint=AccountMsg::EmailHint input_type="email" value=form.email.clone()
                issue=at(RegField::Email) autocomplete="email" maxlength=254 />
            <TextField name="email_again" label=AccountMsg::EmailAgainLabel input_type="email" value=form.email_again.clone()
                issue=at(RegField::EmailAgain) autocomplete="email" maxlength=254 />
            <LiveCheck words=Words::of(lang, LIVE_WORDS) field="email_again".to_string() other="email".to_string() />
            <Consents lang terms=form.accept_terms privacy=form.accept_privacy issue=at(RegField::Consent) />
            <div class="form-actions"><Submit label=AccountMsg::Continue /></div>
        </form>
    }
}

#[component]
fn SexChoice(lang: Lang, value: String, issue: Option<AccountMsg>) -> impl IntoView {
    let options = [("F", AccountMsg::SexFemale), ("M", AccountMsg::SexMale)];
    view! {
        <fieldset class="field choices" id="sex" aria-describedby=described_by("sex", false, issue.is_some())>
            <legend>{lang.t(AccountMsg::SexLabel)}</legend>
            {options.into_iter().map(|(code, label)| {
                let id = format!("sex-{}", code.to_lowercase());
                view! {
                    <div class="check">
                        <input type="radio" id=id.clone() name="sex" value=code checked=value == code aria-invalid=issue.map(|_| "true") />
                        <label for=id>{lang.t(label)}</label>
                    </div>
                }
            }).collect_view()}
            <FieldError name="sex" issue />
        </fieldset>
    }
}

#[component]
fn Consents(lang: Lang, terms: bool, privacy: bool, issue: Option<AccountMsg>) -> impl IntoView {
    let invalid = issue.map(|_| "true");
    view! {
        <fieldset class="field checks" aria-describedby=described_by("accept_terms", false, issue.is_some())>
            <legend>{lang.t(AccountMsg::ConsentTitle)}</legend>
            <div class="check">
                <input type="checkbox" id="accept_terms" name="accept_terms" value="si" checked=terms aria-invalid=invalid />
                <label for="accept_terms">{lang.t(AccountMsg::AcceptTermsLabel)}</label>
            </div>
            // The terms open in place: leaving the page would lose what is typed but not sent.
            <details class="terms-inline">
                <summary>{lang.t(AccountMsg::ReadTerms)}</summary>
                <p class="terms-inline__version">{lang.t(AccountMsg::ConditionsVersion)}" "{version_label(TERMS_VERSION)}</p>
                <crate::pages::ItalianPrevails />
                {REGISTRATION_TERMS.iter().map(|term| view! {
                    <p><strong>{term.title(lang)}</strong>": "{term.text(lang)}</p>
                }).collect_view()}
            </details>
            <div class="check">
                <input type="checkbox" id="accept_privacy" name="accept_privacy" value="si" checked=privacy aria-invalid=invalid />
                <label for="accept_privacy">
                    {lang.t(AccountMsg::AcceptPrivacyLabel)}" ("
                    <a href=routes::PRIVACY target="_blank" rel="noopener">{lang.t(AccountMsg::ReadPrivacy)}<span class="visually-hidden">", "{lang.t(AccountMsg::OpensNewTab)}</span></a>")"
                </label>
            </div>
            <FieldError name="accept_terms" issue />
        </fieldset>
    }
}
