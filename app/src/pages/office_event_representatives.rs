//! The event page's class representatives: who pays for which class, "Revoca la delega", and
//! the form that delegates a parent of a class (by codice fiscale; a refusal comes back at its
//! field with what was typed).

use crate::components::office::OfficeTable;
use crate::functions::representatives::{DelegateRepresentative, EndRepresentative, SECTION_ID};
use crate::i18n::{phrases, ClassMsg, Lang};
use crate::model::{EventRepresentative, EventRepresentatives, RepresentativeProblem};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

fn problem_text(lang: Lang, problem: RepresentativeProblem) -> &'static str {
    lang.t(match problem {
        RepresentativeProblem::UnknownClass => ClassMsg::RepProblemClass,
        RepresentativeProblem::CodiceFiscale => ClassMsg::RepProblemCf,
        RepresentativeProblem::NotAParentOfTheClass => ClassMsg::RepProblemParent,
    })
}

#[component]
pub fn Representatives(
    lang: Lang,
    code: String,
    event_id: i64,
    representatives: EventRepresentatives,
) -> impl IntoView {
    let EventRepresentatives { classes, delegated, flash } = representatives;
    let body = if classes.is_empty() {
        view! { <p>{lang.t(ClassMsg::RepNoClasses)}</p> }.into_any()
    } else {
        view! {
            <Delegated lang code=code.clone() event_id delegated />
            <DelegateForm lang code event_id classes flash />
        }
        .into_any()
    };
    view! {
        <section class="panel" id=SECTION_ID tabindex="-1" aria-labelledby="rappresentanti-titolo">
            <h2 id="rappresentanti-titolo">{lang.t(ClassMsg::RepTitle)}</h2>
            <p>{lang.t(ClassMsg::RepIntro)}</p>
            {body}
        </section>
    }
}

#[component]
fn Delegated(lang: Lang, code: String, event_id: i64, delegated: Vec<EventRepresentative>) -> impl IntoView {
    if delegated.is_empty() {
        return view! { <p>{lang.t(ClassMsg::RepNone)}</p> }.into_any();
    }
    let rows = delegated
        .into_iter()
        .map(|rep| {
            let label = phrases::rep_end_label(lang, rep.name.as_str(), rep.class_name.as_str());
            view! {
                <tr>
                    <td>{rep.class_name.clone()}</td>
                    <td>{rep.name.clone()}<br /><span class="mono">{rep.codice_fiscale.clone()}</span></td>
                    <td>
                        <form method="post" action=EndRepresentative::url()>
                            <input type="hidden" name="school" value=code.clone() />
                            <input type="hidden" name="id" value=event_id.to_string() />
                            <input type="hidden" name="representative" value=rep.id.to_string() />
                            <button type="submit" class="button button--secondary" aria-label=label>
                                {lang.t(ClassMsg::RepEnd)}
                            </button>
                        </form>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <OfficeTable labelled_by="rappresentanti-titolo" columns=vec![
            (lang.t(ClassMsg::RepColClass), false),
            (lang.t(ClassMsg::RepColParent), false),
            (lang.t(ClassMsg::RepColAction), false),
        ]>{rows}</OfficeTable>
    }
    .into_any()
}

#[component]
fn DelegateForm(
    lang: Lang,
    code: String,
    event_id: i64,
    classes: Vec<String>,
    flash: Option<crate::model::RepresentativeFlash>,
) -> impl IntoView {
    let flash = flash.unwrap_or_default();
    let class_problem = flash.problem.filter(|p| *p == RepresentativeProblem::UnknownClass);
    let cf_problem = flash.problem.filter(|p| *p != RepresentativeProblem::UnknownClass);
    let cf_described = if cf_problem.is_some() { "rep-cf-hint rep-cf-error" } else { "rep-cf-hint" };
    view! {
        <form method="post" action=DelegateRepresentative::url() class="office-form">
            <h3>{lang.t(ClassMsg::RepFormTitle)}</h3>
            <input type="hidden" name="school" value=code />
            <input type="hidden" name="id" value=event_id.to_string() />
            <div class="field">
                <label for="rep-class">{lang.t(ClassMsg::RepClassLabel)}</label>
                <select id="rep-class" name="class_name" aria-invalid=class_problem.map(|_| "true")
                    aria-describedby=class_problem.map(|_| "rep-class-error")>
                    {classes
                        .into_iter()
                        .map(|class| {
                            let selected = class == flash.class_name;
                            let value = class.clone();
                            view! { <option value=value selected=selected>{class}</option> }
                        })
                        .collect_view()}
                </select>
                {class_problem.map(|p| view! { <p class="field__error" id="rep-class-error">{problem_text(lang, p)}</p> })}
            </div>
            <div class="field">
                <label for="rep-cf">{lang.t(ClassMsg::RepCfLabel)}</label>
                <p class="field__hint" id="rep-cf-hint">{lang.t(ClassMsg::RepCfHint)}</p>
                <input id="rep-cf" name="codice_fiscale" type="text" class="mono" maxlength="16" autocomplete="off"
                    spellcheck="false" autocapitalize="characters" required value=flash.codice_fiscale.clone()
                    aria-invalid=cf_problem.map(|_| "true") aria-describedby=cf_described />
                {cf_problem.map(|p| view! { <p class="field__error" id="rep-cf-error">{problem_text(lang, p)}</p> })}
            </div>
            <button type="submit" class="button button--primary">{lang.t(ClassMsg::RepDelegate)}</button>
        </form>
    }
}
