//! Step 3: everything once more; confirm, or go back with the data kept.

use crate::components::form::{ErrorSummary, Submit};
use crate::functions::registration::RegistrationConfirm;
use crate::i18n::{AccountMsg, Lang};
use crate::model::RegistrationDraft;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn StepReview(lang: Lang, draft: RegistrationDraft) -> impl IntoView {
    let form = draft.form;
    let sex = if form.sex == "F" { AccountMsg::SexFemale } else { AccountMsg::SexMale };
    let rows = [
        (AccountMsg::CodiceFiscaleLabel, form.codice_fiscale.clone()),
        (AccountMsg::SurnameLabel, form.surname.clone()),
        (AccountMsg::GivenNameLabel, form.given_name.clone()),
        (AccountMsg::BirthDateLabel, form.birth_date.clone()),
        (AccountMsg::SexLabel, lang.t(sex).to_string()),
        (AccountMsg::BirthplaceLabel, form.birthplace_label.clone()),
        (AccountMsg::EmailLabel, form.email.clone()),
        (AccountMsg::ConsentTitle, lang.t(AccountMsg::Accepted).to_string()),
    ];
    view! {
        <ErrorSummary issues=super::summary(&draft.issues) />
        <p>{lang.t(AccountMsg::ReviewIntro)}</p>
        <dl class="details review">
            {rows.into_iter().map(|(label, value)| view! { <div><dt>{lang.t(label)}</dt><dd>{value}</dd></div> }).collect_view()}
        </dl>
        <form class="form-actions" method="post" action=RegistrationConfirm::url()>
            <Submit label=AccountMsg::ConfirmData name="action" value="confirm" />
            <Submit label=AccountMsg::GoBack name="action" value="back" primary=false />
        </form>
    }
}
