use crate::components::form::ProblemList;
use crate::components::icon::Icon;
use crate::components::notices::euro;
use crate::error::AppError;
use crate::functions::voluntary::{voluntary_page, SubmitVoluntary, ACTION_DOCUMENT, ACTION_PAY};
use crate::i18n::{phrases, AccountMsg, Lang, Msg, VoluntaryMsg};
use crate::model::{IssuedView, School, VoluntaryFlash, VoluntaryItem, VoluntarySchoolView};
use crate::request::{set_status, use_lang};
use crate::routes;
use domain::voluntary::{AmountProblem, AmountRule, Period, VolField, VolProblem};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// `/versamenti-volontari/{codice}`: the school's voluntary items; with `?voce={id}` the form of
/// the chosen one, and after "Scarica documento di pagamento" the notice created.
#[component]
pub fn VoluntarySchoolPage() -> impl IntoView {
    let lang = use_lang();
    let code = use_params_map().with_untracked(|params| params.get("codice").unwrap_or_default());
    let voce = use_query_map().with_untracked(|params| params.get("voce"));
    view! {
        <div class="container narrow voluntary">
            <Suspense fallback=|| ()>
                {Suspend::new(async move {
                    match voluntary_page(code, voce).await {
                        Ok(page) => view! { <Loaded lang page /> }.into_any(),
                        Err(error) => failure(lang, error),
                    }
                })}
            </Suspense>
        </div>
    }
}

fn failure(lang: Lang, error: AppError) -> AnyView {
    set_status(error.status());
    let (title, text) = match error {
        AppError::NotFound => (Msg::SchoolNotFoundTitle, Msg::SchoolNotFoundText),
        _ => (Msg::ServerErrorTitle, error.message()),
    };
    view! {
        <Title text=lang.t(title) />
        <h1>{lang.t(title)}</h1>
        <p>{lang.t(text)}</p>
        <p><a class="button button--primary" href=routes::VOLUNTARY>{lang.t(VoluntaryMsg::VoluntaryBackToSearch)}</a></p>
    }
    .into_any()
}

#[component]
fn Loaded(lang: Lang, page: VoluntarySchoolView) -> impl IntoView {
    let VoluntarySchoolView { school, items, chosen, signed_in, flash } = page;
    let code = school.code.to_string();
    let back = match &chosen {
        Some(_) => (routes::voluntary_school(&code), VoluntaryMsg::VoluntaryChooseAnother),
        None => (routes::VOLUNTARY.to_string(), VoluntaryMsg::VoluntaryBackToSearch),
    };
    view! {
        <Title text=phrases::voluntary_school_title(lang, &school.name) />
        <p class="back-link">
            <a href=back.0>
                <Icon name="it-arrow-left" />
                <span>{lang.t(back.1)}</span>
            </a>
        </p>
        <h1>{lang.t(VoluntaryMsg::VoluntaryTitle)}</h1>
        <SchoolLine school=school.clone() />
        {match chosen {
            None => view! { <ItemList lang code items /> }.into_any(),
            Some(item) => match flash.issued.clone() {
                Some(issued) => view! { <Issued lang code issued note=flash.note /> }.into_any(),
                None => view! { <ItemForm lang code item signed_in flash /> }.into_any(),
            },
        }}
    }
}

#[component]
fn SchoolLine(school: School) -> impl IntoView {
    view! {
        <p class="lead">
            {school.name.clone()}" · "{format!("{} ({})", school.town, school.province)}" · "
            <span class="mono">{school.code.to_string()}</span>
        </p>
    }
}

#[component]
fn ItemList(lang: Lang, code: String, items: Vec<VoluntaryItem>) -> impl IntoView {
    if items.is_empty() {
        return view! { <p class="callout">{lang.t(VoluntaryMsg::VoluntaryItemsNone)}</p> }.into_any();
    }
    view! {
        <h2>{lang.t(VoluntaryMsg::VoluntaryItemsTitle)}</h2>
        <ul class="voluntary-items">
            {items
                .into_iter()
                .map(|item| {
                    let href = routes::voluntary_item(&code, item.id);
                    let about = phrases::voluntary_choose_about(lang, &item.reason);
                    let open = item.period.is_open();
                    view! {
                        <li class="panel voluntary-item">
                            <h3>{item.reason.clone()}</h3>
                            <ItemDetails lang item=item.clone() />
                            {open.then(|| view! {
                                <a class="button button--primary" href=href aria-label=about>
                                    {lang.t(VoluntaryMsg::VoluntaryChoose)}
                                </a>
                            })}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

pub fn category(lang: Lang, category: &str) -> &'static str {
    lang.t(match category {
        "trip" => VoluntaryMsg::VoluntaryCategoryTrip,
        "insurance" => VoluntaryMsg::VoluntaryCategoryInsurance,
        "contribution" => VoluntaryMsg::VoluntaryCategoryContribution,
        "material" => VoluntaryMsg::VoluntaryCategoryMaterial,
        "tax" => VoluntaryMsg::VoluntaryCategoryTax,
        _ => VoluntaryMsg::VoluntaryCategoryOther,
    })
}

fn amount_text(lang: Lang, rule: AmountRule) -> String {
    match rule {
        AmountRule::Fixed(amount) => euro(amount),
        AmountRule::Editable { suggested, min, max } => {
            phrases::voluntary_amount_range(lang, euro(min), euro(max), euro(suggested))
        }
    }
}

fn period_text(lang: Lang, period: Period) -> String {
    match period {
        Period::Open(until) => phrases::voluntary_period_open(lang, until.to_italian()),
        Period::NotYet(from) => phrases::voluntary_period_not_yet(lang, from.to_italian()),
        Period::Closed(on) => phrases::voluntary_period_closed(lang, on.to_italian()),
    }
}

#[component]
fn ItemDetails(lang: Lang, item: VoluntaryItem) -> impl IntoView {
    let deductible =
        if item.tax_deductible { VoluntaryMsg::VoluntaryDeductibleYes } else { VoluntaryMsg::VoluntaryDeductibleNo };
    view! {
        <dl class="details details--compact">
            <div><dt>{lang.t(VoluntaryMsg::VoluntaryCategoryLabel)}</dt><dd>{category(lang, &item.category)}</dd></div>
            <div><dt>{lang.t(VoluntaryMsg::VoluntaryAmountLabel)}</dt><dd>{amount_text(lang, item.amount)}</dd></div>
            <div><dt>{lang.t(VoluntaryMsg::VoluntaryPeriodLabel)}</dt><dd>{period_text(lang, item.period)}</dd></div>
            <div><dt>{lang.t(VoluntaryMsg::VoluntaryDeductibleLabel)}</dt><dd>{lang.t(deductible)}</dd></div>
        </dl>
    }
}

fn problem_text(lang: Lang, problem: VolProblem) -> String {
    match problem {
        VolProblem::Person(problem) => lang.t(AccountMsg::from(problem)).to_string(),
        VolProblem::Amount(AmountProblem::Required) => lang.t(VoluntaryMsg::VoluntaryAmountRequired).to_string(),
        VolProblem::Amount(AmountProblem::NotAnAmount) => lang.t(VoluntaryMsg::VoluntaryAmountFormat).to_string(),
        VolProblem::Amount(AmountProblem::BelowMinimum(min)) => phrases::voluntary_amount_min(lang, euro(min)),
        VolProblem::Amount(AmountProblem::AboveMaximum(max)) => phrases::voluntary_amount_max(lang, euro(max)),
    }
}

#[component]
fn ItemForm(lang: Lang, code: String, item: VoluntaryItem, signed_in: bool, flash: VoluntaryFlash) -> impl IntoView {
    let open = item.period.is_open();
    let typed = flash.typed.clone();
    let amount_value =
        typed.amount.clone().filter(|a| !a.trim().is_empty()).unwrap_or_else(|| item.amount.shown().to_italian());
    let amount_hint = match item.amount {
        AmountRule::Editable { min, max, .. } => Some(phrases::voluntary_amount_hint(lang, euro(min), euro(max))),
        AmountRule::Fixed(_) => None,
    };
    let field = {
        let flash = flash.clone();
        move |field: VolField, label: VoluntaryMsg, hint: Option<String>, value: String, extra: FieldKind| {
            let issue = flash.problem_at(field).map(|p| problem_text(lang, p));
            view! { <Field name=field.input_name() label=lang.t(label) hint value issue kind=extra /> }
        }
    };
    let summary: Vec<(String, String)> = flash
        .problems
        .iter()
        .map(|(field, problem)| (field.input_name().to_string(), problem_text(lang, *problem)))
        .collect();
    view! {
        <section class="panel" aria-labelledby="voce-scelta">
            <h2 id="voce-scelta">{item.reason.clone()}</h2>
            <ItemDetails lang item=item.clone() />
        </section>
        // A closed item says so below whatever the form's answer was.
        {flash.refusal.filter(|_| open).map(|refusal| view! { <p class="alert alert--danger" role="alert">{lang.t(refusal)}</p> })}
        {if !open {
            view! { <p class="callout">{lang.t(VoluntaryMsg::VoluntaryNotOpen)}" "{period_text(lang, item.period)}</p> }.into_any()
        } else {
            view! {
                <ProblemList problems=summary />
                <form method="post" action=SubmitVoluntary::url() class="form-card" novalidate>
                    <h2>{lang.t(VoluntaryMsg::VoluntaryFormTitle)}</h2>
                    <p class="field__hint">{lang.t(VoluntaryMsg::VoluntaryFormIntro)}</p>
                    <input type="hidden" name="school" value=code.clone() />
                    <input type="hidden" name="item" value=item.id.to_string() />
                    {field(VolField::CodiceFiscale, VoluntaryMsg::VoluntaryPupilCfLabel,
                        Some(lang.t(VoluntaryMsg::VoluntaryPupilCfHint).to_string()), typed.codice_fiscale.clone(), FieldKind::Code)}
                    {field(VolField::Surname, VoluntaryMsg::VoluntaryPupilSurnameLabel, None, typed.surname.clone(), FieldKind::Name)}
                    {field(VolField::GivenName, VoluntaryMsg::VoluntaryPupilGivenNameLabel, None, typed.given_name.clone(), FieldKind::Name)}
                    {item.amount.is_editable().then(|| field(VolField::Amount, VoluntaryMsg::VoluntaryAmountInputLabel,
                        amount_hint.clone(), amount_value.clone(), FieldKind::Amount))}
                    {if signed_in {
                        view! { <p class="callout">{lang.t(VoluntaryMsg::VoluntarySignedInNote)}</p> }.into_any()
                    } else {
                        field(VolField::Email, VoluntaryMsg::VoluntaryEmailLabel,
                            Some(lang.t(VoluntaryMsg::VoluntaryEmailHint).to_string()),
                            typed.email.clone().unwrap_or_default(), FieldKind::Email).into_any()
                    }}
                    <h3>{lang.t(VoluntaryMsg::VoluntaryHowTitle)}</h3>
                    <div class="voluntary-actions">
                        <div class="voluntary-action">
                            <button type="submit" class="button button--primary" name="action" value=ACTION_PAY aria-describedby="paga-subito">
                                {lang.t(VoluntaryMsg::VoluntaryPayNow)}
                            </button>
                            <p class="field__hint" id="paga-subito">{lang.t(VoluntaryMsg::VoluntaryPayNowHint)}</p>
                        </div>
                        <div class="voluntary-action">
                            <button type="submit" class="button button--secondary" name="action" value=ACTION_DOCUMENT aria-describedby="paga-dopo">
                                {lang.t(VoluntaryMsg::VoluntaryDownload)}
                            </button>
                            <p class="field__hint" id="paga-dopo">{lang.t(VoluntaryMsg::VoluntaryDownloadHint)}</p>
                        </div>
                    </div>
                </form>
            }
            .into_any()
        }}
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum FieldKind {
    Code,
    Name,
    Amount,
    Email,
}

#[component]
fn Field(
    name: &'static str,
    label: &'static str,
    hint: Option<String>,
    value: String,
    issue: Option<String>,
    kind: FieldKind,
) -> impl IntoView {
    let described = crate::components::form::described_by(name, hint.is_some(), issue.is_some());
    let (input_type, autocomplete, inputmode, maxlength, class) = match kind {
        FieldKind::Code => ("text", "off", None, 20, "field--code"),
        FieldKind::Name => ("text", "off", None, 60, ""),
        FieldKind::Amount => ("text", "off", Some("decimal"), 20, ""),
        FieldKind::Email => ("email", "email", Some("email"), 254, ""),
    };
    let autocapitalize = (kind == FieldKind::Code).then_some("characters");
    view! {
        <div class=format!("field {class}")>
            <label for=name>{label}</label>
            {hint.map(|hint| view! { <p class="field__hint" id=format!("{name}-hint")>{hint}</p> })}
            <input
                id=name
                name=name
                type=input_type
                value=value
                autocomplete=autocomplete
                autocapitalize=autocapitalize
                inputmode=inputmode
                maxlength=maxlength
                spellcheck="false"
                required=true
                aria-describedby=described
                aria-invalid=issue.as_ref().map(|_| "true")
            />
            {issue.map(|issue| view! { <p class="field__error" id=format!("{name}-error")>{issue}</p> })}
        </div>
    }
}

#[component]
fn Issued(lang: Lang, code: String, issued: IssuedView, note: Option<crate::i18n::PaymentMsg>) -> impl IntoView {
    view! {
        <section class="outcome outcome--paid panel" id="avviso" tabindex="-1" aria-labelledby="avviso-pronto">
            <h2 id="avviso-pronto">{lang.t(VoluntaryMsg::VoluntaryIssuedTitle)}</h2>
            {note.map(|note| view! {
                <p class="alert alert--warning" role="alert">
                    {lang.t(VoluntaryMsg::VoluntaryPayNowFailed)}" "{lang.t(note)}
                </p>
            })}
            <p role="status">{lang.t(VoluntaryMsg::VoluntaryIssuedText)}</p>
            <dl class="details">
                <div><dt>{lang.t(VoluntaryMsg::VoluntaryReasonLabel)}</dt><dd>{issued.reason.clone()}</dd></div>
                <div><dt>{lang.t(VoluntaryMsg::VoluntaryAmountLabel)}</dt><dd class="amount">{euro(issued.amount)}</dd></div>
                <div><dt>{lang.t(VoluntaryMsg::VoluntaryNoticeNumberLabel)}</dt><dd class="mono">{issued.number.grouped()}</dd></div>
                <div><dt>{lang.t(VoluntaryMsg::VoluntaryDueLabel)}</dt><dd>{issued.due.to_italian()}</dd></div>
            </dl>
            <p>
                <a class="button button--primary" href=issued.document.clone() download="">
                    <Icon name="it-file" />
                    <span>{lang.t(VoluntaryMsg::VoluntaryIssuedDownload)}</span>
                </a>
            </p>
            <p>{lang.t(VoluntaryMsg::VoluntaryIssuedKeep)}</p>
            <p>{lang.t(VoluntaryMsg::VoluntaryIssuedFamily)}</p>
        </section>
        <p class="voluntary-after"><a href=routes::voluntary_school(&code)>{lang.t(VoluntaryMsg::VoluntaryChooseAnother)}</a></p>
    }
}
