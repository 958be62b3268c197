use super::ProsePage;
use crate::i18n::Msg;
use leptos::prelude::*;

#[component]
pub fn PrivacyPage() -> impl IntoView {
    view! {
        <ProsePage
            title=Msg::PrivacyTitle
            legal=true
            sections=&[
                (Msg::PrivacyWhoTitle, Msg::PrivacyWho),
                (Msg::PrivacyWhatTitle, Msg::PrivacyWhat),
                (Msg::PrivacyCookiesTitle, Msg::PrivacyCookies),
                (Msg::PrivacyPaymentsTitle, Msg::PrivacyPayments),
                (Msg::PrivacyRightsTitle, Msg::PrivacyRights),
            ]
        />
    }
}
