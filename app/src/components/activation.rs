//! "Non vedi un figlio?" on the family page: what to do when a child is missing (the school
//! must record the parent's email, or hand over an activation code), and the form for the code.
//! Always there, short; when no child is visible yet it is the page's empty state.

use crate::functions::activation::RedeemActivationCode;
use crate::i18n::{phrases, Lang, OfficeMsg};
use crate::model::ActivationFlash;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// The code field's name and id (the problem summary links to it).
const FIELD: &str = "codice";

#[component]
pub fn MissingChild(lang: Lang, flash: ActivationFlash, no_children: bool) -> impl IntoView {
    let problem = flash.problem.map(|p| lang.t(p));
    let described = if problem.is_some() { "codice-hint codice-error" } else { "codice-hint" };
    let intro = if no_children { OfficeMsg::MissingChildEmpty } else { OfficeMsg::MissingChildIntro };
    view! {
        <section class="callout missing-child" aria-labelledby="non-vedi-un-figlio-titolo" id="non-vedi-un-figlio">
            <h2 id="non-vedi-un-figlio-titolo">{lang.t(OfficeMsg::MissingChildTitle)}</h2>
            {flash.child.map(|child| view! {
                <p class="alert alert--info" role="status">{phrases::activation_done(lang, child)}</p>
            })}
            <p>{lang.t(intro)}</p>
            <ul>
                <li>{lang.t(OfficeMsg::MissingChildEmail)}</li>
                <li>{lang.t(OfficeMsg::MissingChildCode)}</li>
            </ul>
            <form method="post" action=RedeemActivationCode::url() class="missing-child__form">
                <div class="field">
                    <label for=FIELD>{lang.t(OfficeMsg::ActivationCodeLabel)}</label>
                    <p class="field__hint" id="codice-hint">{lang.t(OfficeMsg::ActivationCodeHint)}</p>
                    <input
                        id=FIELD
                        name=FIELD
                        type="text"
                        value=flash.typed
                        autocomplete="off"
                        autocapitalize="characters"
                        spellcheck="false"
                        maxlength=32
                        required=true
                        aria-describedby=described
                        aria-invalid=problem.map(|_| "true")
                    />
                    {problem.map(|text| view! { <p class="field__error" id="codice-error">{text}</p> })}
                </div>
                <div class="form-actions">
                    <button type="submit" class="button button--secondary">{lang.t(OfficeMsg::ActivationSubmit)}</button>
                </div>
            </form>
        </section>
    }
}
