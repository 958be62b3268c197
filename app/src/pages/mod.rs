//! One page per file.

pub mod accessibility;
pub mod admin;
pub mod cart;
pub mod change_password;
pub mod checkout;
pub mod class_payments;
pub mod conditions;
pub mod dev_mailbox;
pub mod family;
pub mod home;
pub mod login;
pub mod not_found;
pub mod notice;
pub mod office_activation;
pub mod office_event;
pub mod office_event_form;
pub mod office_event_report;
pub mod office_event_representatives;
pub mod office_events;
pub mod office_home;
pub mod office_import;
pub mod office_pupil;
pub mod office_pupils;
pub mod office_reconciliation;
pub mod office_tax;
pub mod office_voluntary;
pub mod pay_notice;
pub mod payment;
pub mod privacy;
pub mod profile;
pub mod receipts;
pub mod recovery;
pub mod registration;
pub mod sandbox;
pub mod school;
pub mod schools;
pub mod verify_email;
pub mod voluntary;
pub mod voluntary_school;

use crate::i18n::Msg;
use crate::request::use_lang;
use leptos::prelude::*;
use leptos_meta::Title;

/// A page of prose: a title, an optional lead paragraph and titled sections.
#[component]
fn ProsePage(
    title: Msg,
    #[prop(optional)] lead: Option<Msg>,
    sections: &'static [(Msg, Msg)],
    #[prop(optional)] closing: Option<Msg>,
    /// A text the law reads in Italian: translations say the Italian one prevails.
    #[prop(optional)]
    legal: bool,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=lang.t(title) />
        <article class="container prose">
            <h1>{lang.t(title)}</h1>
            {legal.then(ItalianPrevails)}
            {lead.map(|lead| view! { <p class="lead">{lang.t(lead)}</p> })}
            {sections
                .iter()
                .map(|(heading, text)| view! {
                    <section>
                        <h2>{lang.t(*heading)}</h2>
                        <p>{lang.t(*text)}</p>
                    </section>
                })
                .collect_view()}
            {closing.map(|closing| view! { <p class="prose__closing">{lang.t(closing)}</p> })}
        </article>
    }
}

/// In a language other than Italian, the one line that says the Italian text is the one that
/// counts (service conditions, privacy notice, registration terms).
#[component]
pub fn ItalianPrevails() -> impl IntoView {
    let lang = use_lang();
    (lang != crate::i18n::Lang::It).then(|| view! { <p class="callout">{lang.t(Msg::ItalianPrevails)}</p> })
}
