//! `/segreteria/{codice}/versamenti-volontari`: the school's voluntary items (what anyone may
//! pay without a notice), what each collected, "Modifica" and "Chiudi oggi"; below, the form
//! that adds an item or (with `?voce=`) changes one. Plain HTML forms, no JavaScript needed.

use super::office_event_form::{Check, Field};
use crate::components::events::{category, problem, CategorySelect};
use crate::components::form::ProblemList;
use crate::components::guard::failure_view;
use crate::components::notices::euro;
use crate::components::office::{OfficeFrame, OfficeSection, OfficeTable};
use crate::functions::office_voluntary::{
    office_voluntary, CloseVoluntaryItem, SaveVoluntaryItem, OUTCOME_CLOSED, OUTCOME_SAVED, OUTCOME_UNCHANGED,
};
use crate::i18n::{phrases, EventsMsg, Lang, VoluntaryMsg};
use crate::model::{ItemFormFlash, OfficeVoluntaryItem, OfficeVoluntaryView};
use crate::request::use_lang;
use crate::routes;
use domain::voluntary::{AmountRule, Period};
use domain::voluntary_item::{categories, ItemField};
use domain::EventCategory;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn OfficeVoluntaryPage() -> impl IntoView {
    let lang = use_lang();
    let code = use_params_map().with_untracked(|params| params.get("codice").unwrap_or_default());
    let (editing, outcome) = use_query_map().with_untracked(|query| (query.get("voce"), query.get("esito")));
    view! {
        <Suspense fallback=|| ()>
            {Suspend::new(async move {
                match office_voluntary(code, editing).await {
                    Ok(page) => view! { <Loaded lang page outcome /> }.into_any(),
                    Err(error) => view! { <div class="container">{failure_view(error)}</div> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn outcome_text(lang: Lang, outcome: Option<&str>) -> Option<&'static str> {
    Some(lang.t(match outcome? {
        OUTCOME_SAVED => VoluntaryMsg::OfficeVolSaved,
        OUTCOME_CLOSED => VoluntaryMsg::OfficeVolClosedNow,
        OUTCOME_UNCHANGED => VoluntaryMsg::OfficeVolUnchanged,
        _ => return None,
    }))
}

#[component]
fn Loaded(lang: Lang, page: OfficeVoluntaryView, outcome: Option<String>) -> impl IntoView {
    let OfficeVoluntaryView { school, items, form } = page;
    let code = school.code.to_string();
    let title = lang.t(VoluntaryMsg::OfficeVolTitle);
    view! {
        <Title text=title />
        <OfficeFrame lang school section=OfficeSection::Voluntary>
            <h1>{title}</h1>
            {outcome_text(lang, outcome.as_deref()).map(|text| view! { <p class="alert alert--info" role="status">{text}</p> })}
            <p>{lang.t(VoluntaryMsg::OfficeVolIntro)}</p>
            <Items lang code=code.clone() items />
            <ItemForm lang code form />
        </OfficeFrame>
    }
}

/// The amount, and under it the limits when the payer chooses it (two short lines keep the
/// table inside a tablet's width).
fn amount_view(lang: Lang, rule: AmountRule) -> AnyView {
    match rule {
        AmountRule::Fixed(amount) => euro(amount).into_any(),
        AmountRule::Editable { suggested, min, max } => view! {
            {euro(suggested)}
            <br />
            <span class="field__hint">{phrases::office_vol_range(lang, euro(min), euro(max))}</span>
        }
        .into_any(),
    }
}

#[component]
fn Items(lang: Lang, code: String, items: Vec<OfficeVoluntaryItem>) -> impl IntoView {
    if items.is_empty() {
        return view! { <p>{lang.t(VoluntaryMsg::OfficeVolNone)}</p> }.into_any();
    }
    let rows = items
        .into_iter()
        .map(|listed| {
            let item = listed.item;
            let state = lang.t(match item.period {
                Period::Open(_) => VoluntaryMsg::OfficeVolOpen,
                Period::NotYet(_) => VoluntaryMsg::OfficeVolLater,
                Period::Closed(_) => VoluntaryMsg::OfficeVolClosed,
            });
            let period =
                phrases::office_vol_period(lang, item.payable_from.to_italian(), item.payable_until.to_italian());
            let closable = !matches!(item.period, Period::Closed(_));
            let kind = EventCategory::parse(&item.category).map(|c| category(lang, c)).unwrap_or_default();
            let edit_label = phrases::office_vol_edit_label(lang, item.reason.as_str());
            let close_label = phrases::office_vol_close_label(lang, item.reason.as_str());
            let code = code.clone();
            view! {
                <tr>
                    <td>{item.reason.clone()}<br /><span class="field__hint">{kind}</span></td>
                    <td class="amount">{amount_view(lang, item.amount)}</td>
                    <td>{period}<br />{state}</td>
                    <td>{phrases::office_vol_issued(lang, listed.issued, listed.paid)}</td>
                    <td>
                        <a href=routes::office_voluntary(&code, Some(item.id)) aria-label=edit_label>
                            {lang.t(VoluntaryMsg::OfficeVolEdit)}
                        </a>
                        {closable.then(|| view! {
                            <form method="post" action=CloseVoluntaryItem::url()>
                                <input type="hidden" name="school" value=code.clone() />
                                <input type="hidden" name="item_id" value=item.id.to_string() />
                                <button type="submit" class="button button--secondary" aria-label=close_label>
                                    {lang.t(VoluntaryMsg::OfficeVolClose)}
                                </button>
                            </form>
                        })}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <OfficeTable label=lang.t(VoluntaryMsg::OfficeVolTitle) columns=vec![
            (lang.t(VoluntaryMsg::OfficeVolColReason), false),
            (lang.t(VoluntaryMsg::OfficeVolColAmount), true),
            (lang.t(VoluntaryMsg::OfficeVolColPeriod), false),
            (lang.t(VoluntaryMsg::OfficeVolColIssued), false),
            (lang.t(VoluntaryMsg::OfficeVolColActions), false),
        ]>{rows}</OfficeTable>
    }
    .into_any()
}

#[component]
fn ItemForm(lang: Lang, code: String, form: ItemFormFlash) -> impl IntoView {
    let ItemFormFlash { item_id, typed, problems, reason_taken } = form;
    let heading = lang.t(if item_id.is_some() { VoluntaryMsg::OfficeVolEditing } else { VoluntaryMsg::OfficeVolNew });
    let mut summary: Vec<(String, String)> =
        problems.iter().map(|(field, p)| (field.input_name().to_string(), problem(lang, p))).collect();
    if reason_taken {
        summary.push((ItemField::Reason.input_name().into(), lang.t(VoluntaryMsg::OfficeVolReasonTaken).into()));
    }
    let issue = {
        let summary = summary.clone();
        move |field: ItemField| {
            let texts: Vec<&str> =
                summary.iter().filter(|(name, _)| name == field.input_name()).map(|(_, t)| t.as_str()).collect();
            (!texts.is_empty()).then(|| texts.join(" "))
        }
    };
    let category_issue = issue(ItemField::Category);
    let field = move |name: ItemField, label: &'static str, hint: Option<&'static str>, value: String, max: usize| {
        view! { <Field name=name.input_name().to_string() label hint value issue=issue(name) max /> }
    };
    view! {
        <section class="panel" id="voce" tabindex="-1" aria-labelledby="voce-titolo">
            <h2 id="voce-titolo">{heading}</h2>
            <ProblemList problems=summary />
            <form method="post" action=SaveVoluntaryItem::url() class="form-card" novalidate>
                <input type="hidden" name="school" value=code.clone() />
                <input type="hidden" name="item_id" value=item_id.map(|id| id.to_string()).unwrap_or_default() />
                {field(ItemField::Reason, lang.t(EventsMsg::EventReasonLabel), Some(lang.t(EventsMsg::EventReasonHint)), typed.reason.clone(), 140)}
                <CategorySelect lang choices=categories().collect() chosen=typed.category.clone() issue=category_issue />
                {field(ItemField::Amount, lang.t(VoluntaryMsg::OfficeVolAmountLabel), Some(lang.t(VoluntaryMsg::OfficeVolAmountHint)), typed.amount.clone(), 20)}
                <Check name="amount_editable" label=lang.t(EventsMsg::EventAmountEditableLabel) checked=typed.amount_editable />
                {field(ItemField::Min, lang.t(EventsMsg::EventMinLabel), None, typed.min.clone(), 20)}
                {field(ItemField::Max, lang.t(EventsMsg::EventMaxLabel), None, typed.max.clone(), 20)}
                {field(ItemField::PayableFrom, lang.t(VoluntaryMsg::OfficeVolFromLabel), Some(lang.t(VoluntaryMsg::OfficeVolDateHint)), typed.payable_from.clone(), 10)}
                {field(ItemField::PayableUntil, lang.t(VoluntaryMsg::OfficeVolUntilLabel), None, typed.payable_until.clone(), 10)}
                {field(ItemField::Iban, lang.t(EventsMsg::EventIbanLabel), Some(lang.t(EventsMsg::EventIbanHint)), typed.iban.clone(), 40)}
                <Check name="tax_deductible" label=lang.t(EventsMsg::EventDeductibleLabel) checked=typed.tax_deductible />
                <div class="form-actions">
                    <button type="submit" class="button button--primary">{lang.t(VoluntaryMsg::OfficeVolSave)}</button>
                    {item_id.is_some().then(|| view! {
                        <a class="button button--secondary" href=routes::office_voluntary(&code, None)>{lang.t(VoluntaryMsg::OfficeVolCancel)}</a>
                    })}
                </div>
            </form>
        </section>
    }
}
