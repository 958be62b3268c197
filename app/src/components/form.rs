//! Form pieces shared by every account form: a labelled field with hint and problem, the
//! summary of problems at the top, and a page notice. Plain HTML: they work without scripts.

use crate::i18n::{AccountMsg, Lang};
use crate::request::use_lang;
use leptos::prelude::*;

/// A text-like input with label, optional hint and the problem found at it (if any).
#[component]
pub fn TextField(
    name: &'static str,
    label: AccountMsg,
    #[prop(optional)] hint: Option<AccountMsg>,
    #[prop(optional, into)] value: String,
    #[prop(default = None)] issue: Option<AccountMsg>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] list: Option<&'static str>,
    #[prop(default = 100)] maxlength: usize,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    let lang = use_lang();
    let described = described_by(name, hint.is_some(), issue.is_some());
    let spellcheck = (input_type == "text").then_some("false");
    view! {
        <div class=format!("field {class}")>
            <label for=name>{lang.t(label)}</label>
            {hint.map(|hint| view! { <p class="field__hint" id=format!("{name}-hint")>{lang.t(hint)}</p> })}
            <input
                id=name
                name=name
                type=input_type
                value=value
                autocomplete=autocomplete
                inputmode=inputmode
                list=list
                maxlength=maxlength
                spellcheck=spellcheck
                required=true
                aria-describedby=described
                aria-invalid=issue.map(|_| "true")
            />
            {(input_type == "password").then(|| view! {
                <crate::islands::form_checks::PasswordToggle field=name.to_string() label=lang.t(AccountMsg::ShowPassword).to_string() />
            })}
            <FieldError name issue />
        </div>
    }
}

/// The `aria-describedby` of a field: its hint and its problem, when present.
pub fn described_by(name: &str, hint: bool, issue: bool) -> Option<String> {
    let ids: Vec<String> = [(hint, "hint"), (issue, "error")]
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, kind)| format!("{name}-{kind}"))
        .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

#[component]
pub fn FieldError(name: &'static str, issue: Option<AccountMsg>) -> impl IntoView {
    let lang = use_lang();
    issue.map(|issue| view! { <p class="field__error" id=format!("{name}-error")>{lang.t(issue)}</p> })
}

/// The list of problems at the top of a form, each linking to its field. It has the focus-able
/// heading that screen readers announce after the redirect (`#problemi`).
#[component]
pub fn ErrorSummary(issues: Vec<(String, AccountMsg)>) -> impl IntoView {
    let lang = use_lang();
    let problems = issues.into_iter().map(|(name, message)| (name, lang.t(message).to_string())).collect();
    view! { <ProblemList problems /> }
}

/// [`ErrorSummary`] for problems already in words: each is (field name, text).
#[component]
pub fn ProblemList(problems: Vec<(String, String)>) -> impl IntoView {
    let lang = use_lang();
    (!problems.is_empty()).then(|| {
        view! {
            <div class="error-summary" id="problemi" tabindex="-1" role="alert">
                <h2>{lang.t(AccountMsg::ErrorSummaryTitle)}</h2>
                <ul>
                    {problems
                        .into_iter()
                        .map(|(name, text)| view! { <li><a href=format!("#{name}")>{text}</a></li> })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}

/// A notice for the whole page (after a redirect): success in blue, problems in red.
#[component]
pub fn Notice(message: Option<AccountMsg>) -> impl IntoView {
    let lang = use_lang();
    message.map(|message| {
        let class = if is_problem(message) { "alert alert--danger" } else { "alert alert--info" };
        view! { <p class=class role="status">{lang.t(message)}</p> }
    })
}

fn is_problem(message: AccountMsg) -> bool {
    matches!(
        message,
        AccountMsg::LoginFailed
            | AccountMsg::LoginLocked
            | AccountMsg::LoginBusy
            | AccountMsg::LoginTemporaryExpired
            | AccountMsg::ResetInvalid
            | AccountMsg::SessionExpired
    )
}

/// A submit button.
#[component]
pub fn Submit(
    label: AccountMsg,
    #[prop(optional)] name: Option<&'static str>,
    #[prop(optional)] value: Option<&'static str>,
    #[prop(default = true)] primary: bool,
) -> impl IntoView {
    let lang: Lang = use_lang();
    let class = if primary { "button button--primary" } else { "button button--secondary" };
    view! { <button type="submit" class=class name=name value=value>{lang.t(label)}</button> }
}

/// The new password typed twice, with the problems found at each (password change and reset).
#[component]
pub fn NewPasswordFields(new_issue: Option<AccountMsg>, again_issue: Option<AccountMsg>) -> impl IntoView {
    view! {
        <TextField name="new_password" label=AccountMsg::NewPasswordLabel input_type="password"
            autocomplete="new-password" maxlength=200 issue=new_issue />
        <TextField name="new_password_again" label=AccountMsg::NewPasswordAgainLabel input_type="password"
            autocomplete="new-password" maxlength=200 issue=again_issue />
    }
}

/// The frame of an account page: its title (tab and heading) and a narrow column.
#[component]
pub fn AccountPage(title: AccountMsg, children: Children) -> impl IntoView {
    let lang = use_lang();
    view! {
        <leptos_meta::Title text=lang.t(title) />
        <div class="container narrow">
            <h1>{lang.t(title)}</h1>
            {children()}
        </div>
    }
}
