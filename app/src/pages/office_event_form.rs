//! `/segreteria/{codice}/eventi/nuovo` (`?evento={id}` edits one): the payment event form, plain
//! HTML that works without JavaScript. The category shows pagoPA's taxonomy code; the target is
//! the whole school, chosen classes (check boxes) or chosen pupils (codici fiscali); up to six
//! instalment rows.

use crate::components::events::{problem, CategorySelect};
use crate::components::form::{described_by, ProblemList};
use crate::components::guard::failure_view;
use crate::components::office::{OfficeFrame, OfficeSection};
use crate::functions::office_events::{office_event_form, EventFormView, SaveEvent};
use crate::i18n::{phrases, EventsMsg, Lang};
use crate::request::use_lang;
use crate::routes;
use domain::payment_event::{EventField, EventProblem, Target, MAX_INSTALMENTS};
use domain::EventCategory;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn OfficeEventFormPage() -> impl IntoView {
    let lang = use_lang();
    let code = use_params_map().with_untracked(|params| params.get("codice").unwrap_or_default());
    let editing = use_query_map().with_untracked(|params| params.get("evento"));
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                match office_event_form(code, editing).await {
                    Ok(page) => view! { <Loaded lang page /> }.into_any(),
                    Err(error) => view! { <div class="container">{failure_view(error)}</div> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The problems found at one field, in words.
fn issues_at(problems: &[(EventField, EventProblem)], lang: Lang, field: EventField) -> Option<String> {
    let texts: Vec<String> = problems.iter().filter(|(f, _)| *f == field).map(|(_, p)| problem(lang, p)).collect();
    (!texts.is_empty()).then(|| texts.join(" "))
}

#[component]
fn Loaded(lang: Lang, page: EventFormView) -> impl IntoView {
    let EventFormView { school, classes, flash, locked } = page;
    let code = school.code.to_string();
    let title = if flash.event_id.is_some() { EventsMsg::EventFormEditTitle } else { EventsMsg::EventFormNewTitle };
    let back = match flash.event_id {
        Some(id) => routes::office_event(&code, id),
        None => routes::office_events(&code),
    };
    let problems = flash.problems.clone();
    let summary: Vec<(String, String)> =
        problems.iter().map(|(field, p)| (field.input_name(), problem(lang, p))).collect();
    let issue = move |field| issues_at(&problems, lang, field);
    let typed = flash.typed;
    let field = {
        let issue = issue.clone();
        move |name: EventField, label: EventsMsg, hint: Option<EventsMsg>, value: String, max: usize| {
            view! { <Field name=name.input_name() label=lang.t(label) hint=hint.map(|h| lang.t(h)) value issue=issue(name) max /> }
        }
    };
    let target = typed.target.clone();
    let check = move |value: &str| target == value;
    view! {
        <Title text=lang.t(title) />
        <OfficeFrame lang school section=OfficeSection::Events>
            <p class="back-link"><a href=back>{lang.t(EventsMsg::EventBack)}</a></p>
            <h1>{lang.t(title)}</h1>
            {locked.then(|| view! { <p class="alert alert--warning" role="alert">{lang.t(EventsMsg::EventLocked)}</p> })}
            <ProblemList problems=summary />
            <form method="post" action=SaveEvent::url() class="form-card" novalidate>
                <input type="hidden" name="school" value=code.clone() />
                <input type="hidden" name="event_id" value=flash.event_id.map(|id| id.to_string()).unwrap_or_default() />
                {field(EventField::Reason, EventsMsg::EventReasonLabel, Some(EventsMsg::EventReasonHint), typed.reason.clone(), 140)}
                <div class="field">
                    <label for="description">{lang.t(EventsMsg::EventDescriptionLabel)}</label>
                    <textarea id="description" name="description" rows="3" maxlength="1000"
                        aria-describedby=described_by("description", false, issue(EventField::Description).is_some())>
                        {typed.description.clone()}
                    </textarea>
                    {issue(EventField::Description).map(|text| view! { <p class="field__error" id="description-error">{text}</p> })}
                </div>
                <CategorySelect lang choices=EventCategory::ALL.to_vec() chosen=typed.category.clone()
                    issue=issue(EventField::Category) />
                {field(EventField::Amount, EventsMsg::EventAmountLabel, Some(EventsMsg::EventAmountHint), typed.amount.clone(), 20)}
                <Check name="amount_editable" label=lang.t(EventsMsg::EventAmountEditableLabel) checked=typed.amount_editable />
                {field(EventField::Min, EventsMsg::EventMinLabel, None, typed.min.clone(), 20)}
                {field(EventField::Max, EventsMsg::EventMaxLabel, None, typed.max.clone(), 20)}
                {field(EventField::DueDate, EventsMsg::EventDueLabel, Some(EventsMsg::EventDueHint), typed.due_date.clone(), 10)}
                <Check name="payable_after_due" label=lang.t(EventsMsg::EventLateLabel) checked=typed.payable_after_due />
                {field(EventField::Iban, EventsMsg::EventIbanLabel, Some(EventsMsg::EventIbanHint), typed.iban.clone(), 40)}
                <Check name="tax_deductible" label=lang.t(EventsMsg::EventDeductibleLabel) checked=typed.tax_deductible />
                <fieldset class="field" aria-describedby=issue(EventField::Target).map(|_| "target-error")>
                    <legend>{lang.t(EventsMsg::EventTargetLegend)}</legend>
                    <Radio id="target-school" value=Target::SCHOOL label=lang.t(EventsMsg::EventTargetSchool) checked=check(Target::SCHOOL) />
                    <Radio id="target" value=Target::CLASSES label=lang.t(EventsMsg::EventTargetClasses) checked=check(Target::CLASSES) />
                    <Radio id="target-pupils" value=Target::PUPILS label=lang.t(EventsMsg::EventTargetPupils) checked=check(Target::PUPILS) />
                    {issue(EventField::Target).map(|text| view! { <p class="field__error" id="target-error">{text}</p> })}
                </fieldset>
                <fieldset class="field" id="classes" tabindex="-1"
                    aria-describedby=issue(EventField::Classes).map(|_| "classes-error")>
                    <legend>{lang.t(EventsMsg::EventClassesLegend)}</legend>
                    {classes.is_empty().then(|| view! { <p class="field__hint">{lang.t(EventsMsg::EventClassesNone)}</p> })}
                    {classes
                        .iter()
                        .enumerate()
                        .map(|(n, class)| view! {
                            <div class="check">
                                <input type="checkbox" id=format!("class-{n}") name="classes[]" value=class.clone()
                                    checked=typed.classes.contains(class) />
                                <label for=format!("class-{n}")>{class.clone()}</label>
                            </div>
                        })
                        .collect_view()}
                    {issue(EventField::Classes).map(|text| view! { <p class="field__error" id="classes-error">{text}</p> })}
                </fieldset>
                <div class="field">
                    <label for="pupils">{lang.t(EventsMsg::EventPupilsLabel)}</label>
                    <p class="field__hint" id="pupils-hint">{lang.t(EventsMsg::EventPupilsHint)}</p>
                    <textarea id="pupils" name="pupils" rows="4" class="mono" spellcheck="false"
                        aria-describedby=described_by("pupils", true, issue(EventField::Pupils).is_some())
                        aria-invalid=issue(EventField::Pupils).map(|_| "true")>
                        {typed.pupils.clone()}
                    </textarea>
                    {issue(EventField::Pupils).map(|text| view! { <p class="field__error" id="pupils-error">{text}</p> })}
                </div>
                <fieldset class="field">
                    <legend>{lang.t(EventsMsg::EventInstalmentsLegend)}</legend>
                    <p class="field__hint">{lang.t(EventsMsg::EventInstalmentsHint)}</p>
                    {(0..MAX_INSTALMENTS)
                        .map(|row| {
                            let (amount, date) = typed.instalments.get(row).cloned().unwrap_or_default();
                            let problem_text = issue(EventField::Instalment(row as u8));
                            let amount_name = format!("instalment_amount_{row}");
                            let date_name = format!("instalment_date_{row}");
                            let error_id = format!("{amount_name}-error");
                            view! {
                                <div class="instalment-row">
                                    <div class="field">
                                        <label for=amount_name.clone()>{phrases::event_instalment_amount(lang, row + 1)}</label>
                                        <input id=amount_name.clone() name=amount_name type="text" inputmode="decimal" maxlength="20" value=amount
                                            aria-describedby=problem_text.as_ref().map(|_| error_id.clone())
                                            aria-invalid=problem_text.as_ref().map(|_| "true") />
                                    </div>
                                    <div class="field">
                                        <label for=date_name.clone()>{phrases::event_instalment_date(lang, row + 1)}</label>
                                        <input id=date_name.clone() name=date_name type="text" maxlength="10" value=date />
                                    </div>
                                    {problem_text.map(|text| view! { <p class="field__error" id=error_id>{text}</p> })}
                                </div>
                            }
                        })
                        .collect_view()}
                </fieldset>
                <div class="form-actions">
                    <button type="submit" class="button button--primary" disabled=locked>{lang.t(EventsMsg::EventSave)}</button>
                </div>
            </form>
        </OfficeFrame>
    }
}

#[component]
pub(crate) fn Field(
    name: String,
    label: &'static str,
    hint: Option<&'static str>,
    value: String,
    issue: Option<String>,
    max: usize,
) -> impl IntoView {
    let described = described_by(&name, hint.is_some(), issue.is_some());
    view! {
        <div class="field">
            <label for=name.clone()>{label}</label>
            {hint.map(|hint| view! { <p class="field__hint" id=format!("{name}-hint")>{hint}</p> })}
            <input id=name.clone() name=name.clone() type="text" value=value maxlength=max spellcheck="false"
                aria-describedby=described aria-invalid=issue.as_ref().map(|_| "true") />
            {issue.map(|issue| view! { <p class="field__error" id=format!("{name}-error")>{issue}</p> })}
        </div>
    }
}

#[component]
pub(crate) fn Check(name: &'static str, label: &'static str, checked: bool) -> impl IntoView {
    view! {
        <div class="field check">
            <input type="checkbox" id=name name=name value="si" checked=checked />
            <label for=name>{label}</label>
        </div>
    }
}

#[component]
fn Radio(id: &'static str, value: &'static str, label: &'static str, checked: bool) -> impl IntoView {
    view! {
        <div class="check">
            <input type="radio" id=id name="target" value=value checked=checked />
            <label for=id>{label}</label>
        </div>
    }
}
