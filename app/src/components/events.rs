//! What the office's event pages share: the words for states and problems.

use crate::i18n::{phrases, EventsMsg, Lang};
use domain::payment_event::EventProblem;
use domain::{EventCategory, EventState, NoticeState};

pub fn state(lang: Lang, state: EventState) -> &'static str {
    lang.t(match state {
        EventState::Draft => EventsMsg::EventStateDraft,
        EventState::Approved => EventsMsg::EventStateApproved,
        EventState::Published => EventsMsg::EventStatePublished,
        EventState::Revoked => EventsMsg::EventStateRevoked,
    })
}

pub fn notice_state(lang: Lang, state: NoticeState) -> &'static str {
    lang.t(match state {
        NoticeState::Valid => EventsMsg::EventNoticeValid,
        NoticeState::Paid => EventsMsg::EventNoticePaid,
        NoticeState::Expired => EventsMsg::EventNoticeExpired,
        NoticeState::Revoked => EventsMsg::EventNoticeRevoked,
    })
}

pub fn category(lang: Lang, category: EventCategory) -> &'static str {
    lang.t(match category {
        EventCategory::Trip => EventsMsg::EventCategoryTrip,
        EventCategory::Insurance => EventsMsg::EventCategoryInsurance,
        EventCategory::Contribution => EventsMsg::EventCategoryContribution,
        EventCategory::Tax => EventsMsg::EventCategoryTax,
        EventCategory::Canteen => EventsMsg::EventCategoryCanteen,
        EventCategory::Material => EventsMsg::EventCategoryMaterial,
        EventCategory::Other => EventsMsg::EventCategoryOther,
    })
}

pub fn problem(lang: Lang, problem: &EventProblem) -> String {
    let fixed = |key: EventsMsg| lang.t(key).to_string();
    match problem {
        EventProblem::Required => fixed(EventsMsg::EventProblemRequired),
        EventProblem::TooLong(max) => phrases::event_problem_too_long(lang, *max),
        EventProblem::UnknownCategory => fixed(EventsMsg::EventProblemCategory),
        EventProblem::NotAnAmount => fixed(EventsMsg::EventProblemAmount),
        EventProblem::Limits => fixed(EventsMsg::EventProblemLimits),
        EventProblem::NotADate => fixed(EventsMsg::EventProblemDate),
        EventProblem::InThePast => fixed(EventsMsg::EventProblemPast),
        EventProblem::EndBeforeStart => fixed(EventsMsg::EventProblemEndBeforeStart),
        EventProblem::IbanInvalid => fixed(EventsMsg::EventProblemIban),
        EventProblem::IbanNotItalian => fixed(EventsMsg::EventProblemIbanItalian),
        EventProblem::NoClass => fixed(EventsMsg::EventProblemNoClass),
        EventProblem::UnknownClass(class) => phrases::event_problem_unknown_class(lang, class),
        EventProblem::NoPupil => fixed(EventsMsg::EventProblemNoPupil),
        EventProblem::TooManyPupils => fixed(EventsMsg::EventProblemTooMany),
        EventProblem::UnknownPupil(cf) => phrases::event_problem_unknown_pupil(lang, cf),
        EventProblem::InstalmentIncomplete => fixed(EventsMsg::EventProblemInstalment),
        EventProblem::InstalmentOrder => fixed(EventsMsg::EventProblemInstalmentOrder),
        EventProblem::InstalmentSum(sum) => phrases::event_problem_instalment_sum(lang, sum.to_euro()),
        EventProblem::InstalmentChangeable => fixed(EventsMsg::EventProblemInstalmentChangeable),
    }
}

/// The office forms' category field (`name="category"`): each option with pagoPA's taxonomy
/// code, `chosen` selected, and the field's problem in words if it has one.
#[leptos::component]
pub fn CategorySelect(
    lang: Lang,
    choices: Vec<EventCategory>,
    chosen: String,
    issue: Option<String>,
) -> impl leptos::IntoView {
    use leptos::prelude::*;
    view! {
        <div class="field">
            <label for="category">{lang.t(EventsMsg::EventCategoryLabel)}</label>
            <select id="category" name="category" aria-invalid=issue.as_ref().map(|_| "true")
                aria-describedby=issue.as_ref().map(|_| "category-error")>
                {choices
                    .into_iter()
                    .map(|c| view! {
                        <option value=c.code() selected=chosen == c.code()>
                            {phrases::event_category_option(lang, category(lang, c), c.taxonomy())}
                        </option>
                    })
                    .collect_view()}
            </select>
            {issue.map(|text| view! { <p class="field__error" id="category-error">{text}</p> })}
        </div>
    }
}
