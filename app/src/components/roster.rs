//! Pieces of the office's pupil pages: a labelled field with its problem, the problems of a
//! form as the error summary, and whether a payer's account sees the pupil.

use crate::components::form::{described_by, ProblemList};
use crate::i18n::{roster, Lang, PupilsMsg};
use crate::model::{PayerState, PupilsFlash, PupilsForm};
use leptos::prelude::*;

/// How an input is typed.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Code,
    Name,
    Email,
    Class,
}

/// A payer's four fields (codice fiscale, surname, name, optional email), as the new pupil's
/// first payer and as a pupil's further payer.
#[component]
pub fn PayerFields(lang: Lang, form: PupilsForm, flash: PupilsFlash) -> impl IntoView {
    let field = move |name: &'static str, label: PupilsMsg, kind: Kind, required: bool| {
        view! { <RosterField lang form flash=flash.clone() name label kind required /> }
    };
    view! {
        {field("payer_codice_fiscale", PupilsMsg::PupilsPayerCfLabel, Kind::Code, true)}
        {field("payer_surname", PupilsMsg::PupilsPayerSurnameLabel, Kind::Name, true)}
        {field("payer_given_name", PupilsMsg::PupilsPayerGivenNameLabel, Kind::Name, true)}
        {field("payer_email", PupilsMsg::PupilsPayerEmailLabel, Kind::Email, false)}
    }
}

/// A field of one of the office's forms: its value and problem come from the flash when the
/// flash is about `form`. `id` is unique in the page (several forms share input names).
#[component]
pub fn RosterField(
    lang: Lang,
    form: PupilsForm,
    flash: PupilsFlash,
    name: &'static str,
    #[prop(optional)] id: Option<String>,
    label: PupilsMsg,
    #[prop(optional)] hint: Option<PupilsMsg>,
    #[prop(optional)] value: Option<String>,
    kind: Kind,
    #[prop(default = true)] required: bool,
) -> impl IntoView {
    let id = id.unwrap_or_else(|| name.to_string());
    let issue = flash.problem_at(form, name).map(|reason| roster::reason(lang, reason));
    let typed = flash.value(form, name);
    let value = if flash.form == form && !flash.values.is_empty() { typed } else { value.unwrap_or_default() };
    let described = described_by(&id, hint.is_some(), issue.is_some());
    let (input_type, autocomplete, maxlength, class) = match kind {
        Kind::Code => ("text", "off", 20, "field--code"),
        Kind::Name => ("text", "off", 60, ""),
        Kind::Email => ("email", "off", 254, ""),
        Kind::Class => ("text", "off", 30, ""),
    };
    let autocapitalize = (kind == Kind::Code).then_some("characters");
    view! {
        <div class=format!("field {class}")>
            <label for=id.clone()>{lang.t(label)}</label>
            {hint.map(|hint| view! { <p class="field__hint" id=format!("{id}-hint")>{lang.t(hint)}</p> })}
            <input
                id=id.clone()
                name=name
                type=input_type
                value=value
                autocomplete=autocomplete
                autocapitalize=autocapitalize
                maxlength=maxlength
                spellcheck="false"
                required=required
                aria-describedby=described
                aria-invalid=issue.as_ref().map(|_| "true")
            />
            {issue.map(|issue| view! { <p class="field__error" id=format!("{id}-error")>{issue}</p> })}
        </div>
    }
}

/// The error summary of `form`'s problems (nothing when the flash is about another form).
#[component]
pub fn RosterProblems(lang: Lang, form: PupilsForm, flash: PupilsFlash) -> impl IntoView {
    let problems = if flash.form == form {
        flash.problems.iter().map(|(name, reason)| (name.clone(), roster::reason(lang, *reason))).collect()
    } else {
        Vec::new()
    };
    view! { <ProblemList problems /> }
}

/// The confirmation of what a form did.
#[component]
pub fn RosterDone(lang: Lang, flash: PupilsFlash) -> impl IntoView {
    flash.done.map(|message| view! { <p class="alert alert--success" role="status">{lang.t(message)}</p> })
}

/// A payer's state, in words and a badge.
#[component]
pub fn PayerBadge(lang: Lang, state: PayerState) -> impl IntoView {
    let (class, text) = match state {
        PayerState::ByEmail => ("badge badge--paid", PupilsMsg::PupilsPayerByEmail),
        PayerState::ByCode => ("badge badge--paid", PupilsMsg::PupilsPayerByCode),
        PayerState::NotYet => ("badge badge--warning", PupilsMsg::PupilsPayerNotYet),
    };
    view! { <span class=class>{lang.t(text)}</span> }
}
