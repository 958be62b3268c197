use super::ProsePage;
use crate::i18n::Msg;
use leptos::prelude::*;

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    view! {
        <ProsePage
            title=Msg::AccessibilityTitle
            lead=Msg::AccessibilityIntro
            sections=&[
                (Msg::AccessibilityStatusTitle, Msg::AccessibilityStatus),
                (Msg::AccessibilityLimitsTitle, Msg::AccessibilityLimits),
                (Msg::AccessibilityCaptchaTitle, Msg::AccessibilityCaptcha),
                (Msg::AccessibilityFeedbackTitle, Msg::AccessibilityFeedback),
            ]
            closing=Msg::AccessibilityDate
        />
    }
}
