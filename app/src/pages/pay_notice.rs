//! `/paga-avviso`: anyone pays a notice by its number and its creditor's fiscal code, or by the
//! text of its QR code (typed, pasted, or read by the camera where the browser can). The search
//! is a GET form, so each result has its URL and it all works without JavaScript; "Paga" is a
//! POST form that starts the payment and goes to the usual checkout.

use crate::components::form::{described_by, ErrorSummary, FieldError};
use crate::components::icon::Icon;
use crate::components::notices::{euro, PaymentNotes};
use crate::functions::account::take_flash;
use crate::functions::pay_notice::{find_notice, PayByNumber};
use crate::i18n::{phrases, Lang, PaymentMsg};
use crate::islands::qr_scanner::{QrScanner, QR_FORM_ID, QR_INPUT_ID};
use crate::model::{Flash, FlashTarget, FoundNotice, NoticeLookup};
use crate::request::use_lang;
use crate::routes::PAY_NOTICE;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn PayNoticePage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let param = move |name: &str| query.with_untracked(|q| q.get(name));
    let (number, creditor, qr) = (param("numero"), param("ente"), param("qr"));
    view! {
        <Title text=lang.t(PaymentMsg::PayNoticeTitle) />
        <div class="container narrow pay-notice">
            <h1>{lang.t(PaymentMsg::PayNoticeTitle)}</h1>
            <Suspense fallback=|| ()>
                {Suspend::new(async move {
                    let lookup = find_notice(number.clone(), creditor.clone(), qr.clone()).await;
                    let flash = take_flash(FlashTarget::PayNotice).await.ok().flatten().unwrap_or_default();
                    let lookup = match lookup {
                        Ok(lookup) => lookup,
                        Err(error) => return crate::components::guard::failure_view(error),
                    };
                    let issues = match &lookup {
                        NoticeLookup::Invalid(issues) => issues.clone(),
                        _ => Vec::new(),
                    };
                    let result = match lookup {
                        NoticeLookup::Found(found) => Some(view! { <Found lang found flash=flash.clone() /> }.into_any()),
                        NoticeLookup::Unknown => Some(view! {
                            <p class="alert alert--warning" role="status">{lang.t(PaymentMsg::PayNoticeUnknown)}</p>
                        }.into_any()),
                        NoticeLookup::Limited(time) => Some(view! {
                            <p class="alert alert--warning" role="status">{phrases::pay_notice_limited(lang, time)}</p>
                        }.into_any()),
                        NoticeLookup::Nothing | NoticeLookup::Invalid(_) => None,
                    };
                    let searched = result.is_some();
                    view! {
                        <PaymentNotes notes=flash.notes.clone() />
                        {result}
                        {(!searched).then(|| view! { <p class="lead">{lang.t(PaymentMsg::PayNoticeIntro)}</p> })}
                        <SearchForms lang number=number.clone().unwrap_or_default() creditor=creditor.clone().unwrap_or_default() qr=qr.clone().unwrap_or_default() issues />
                    }
                    .into_any()
                })}
            </Suspense>
        </div>
    }
}

fn issue_at(issues: &[(String, PaymentMsg)], field: &str) -> Option<PaymentMsg> {
    issues.iter().find(|(name, _)| name == field).map(|(_, message)| *message)
}

/// One labelled text field of the search, with its hint and its problem.
#[component]
fn SearchField(
    lang: Lang,
    name: &'static str,
    label: PaymentMsg,
    hint: PaymentMsg,
    value: String,
    issue: Option<PaymentMsg>,
    #[prop(default = "numeric")] inputmode: &'static str,
    #[prop(default = 30)] maxlength: usize,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=name>{lang.t(label)}</label>
            <p class="field__hint" id=format!("{name}-hint")>{lang.t(hint)}</p>
            <input id=name name=name type="text" value=value inputmode=inputmode autocomplete="off" spellcheck="false"
                maxlength=maxlength aria-describedby=described_by(name, true, issue.is_some()) aria-invalid=issue.map(|_| "true") />
            {issue.map(|issue| view! { <p class="field__error" id=format!("{name}-error")>{lang.t(issue)}</p> })}
        </div>
    }
}

/// The two ways to say which notice: its number and creditor, or its QR code's text.
#[component]
fn SearchForms(
    lang: Lang,
    number: String,
    creditor: String,
    qr: String,
    issues: Vec<(String, PaymentMsg)>,
) -> impl IntoView {
    let summary: Vec<_> = issues.iter().map(|(field, message)| (field.clone(), *message)).collect();
    view! {
        {(!summary.is_empty()).then(|| view! {
            <div class="error-summary" id="problemi" tabindex="-1" role="alert">
                <ul>
                    {summary.into_iter().map(|(field, message)| view! { <li><a href=format!("#{field}")>{lang.t(message)}</a></li> }).collect_view()}
                </ul>
            </div>
        })}
        <form method="get" action=PAY_NOTICE class="panel pay-notice__search">
            <SearchField lang name="numero" label=PaymentMsg::PayNoticeNumberLabel hint=PaymentMsg::PayNoticeNumberHint value=number issue=issue_at(&issues, "numero") />
            <SearchField lang name="ente" label=PaymentMsg::PayNoticeCreditorLabel hint=PaymentMsg::PayNoticeCreditorHint value=creditor issue=issue_at(&issues, "ente") maxlength=20 />
            <div class="form-actions">
                <button type="submit" class="button button--primary">{lang.t(PaymentMsg::PayNoticeSearch)}</button>
            </div>
        </form>
        <section class="panel pay-notice__qr" aria-labelledby="qr-titolo">
            <h2 id="qr-titolo">{lang.t(PaymentMsg::PayNoticeQrHeading)}</h2>
            <form method="get" action=PAY_NOTICE id=QR_FORM_ID>
                <SearchField lang name=QR_INPUT_ID label=PaymentMsg::PayNoticeQrLabel hint=PaymentMsg::PayNoticeQrHint value=qr issue=issue_at(&issues, QR_INPUT_ID) inputmode="text" maxlength=80 />
                <div class="form-actions">
                    <button type="submit" class="button button--secondary">{lang.t(PaymentMsg::PayNoticeSearch)}</button>
                </div>
            </form>
            <QrScanner
                scan=lang.t(PaymentMsg::PayNoticeScan).to_string()
                stop=lang.t(PaymentMsg::PayNoticeScanStop).to_string()
                failed=lang.t(PaymentMsg::PayNoticeScanFailed).to_string()
            />
        </section>
    }
}

/// The class and icon of a state's badge, as on the family pages.
fn badge_look(label: PaymentMsg) -> (&'static str, &'static str) {
    match label {
        PaymentMsg::StateInProgress => ("badge badge--progress", "it-clock"),
        PaymentMsg::StateOverdue => ("badge badge--warning", "it-error"),
        PaymentMsg::StateToPay => ("badge badge--due", "it-calendar"),
        PaymentMsg::StatePaid | PaymentMsg::PaidOutsideBadge => ("badge badge--paid", "it-check-circle"),
        _ => ("badge badge--closed", "it-close-circle"),
    }
}

/// The notice found: what the printed notice shows, its state, and "Paga" when it can be paid.
#[component]
fn Found(lang: Lang, found: FoundNotice, flash: Flash) -> impl IntoView {
    let (label, (class, icon)) = (found.badge, badge_look(found.badge));
    let email_issue = flash.issue_at("email");
    let email_value = flash.value("email");
    view! {
        <section class="panel pay-notice__found" aria-labelledby="avviso-trovato">
            <h2 id="avviso-trovato">{lang.t(PaymentMsg::PayNoticeFoundHeading)}</h2>
            {found.check_digits_differ.then(|| view! {
                <p class="alert alert--warning">{lang.t(PaymentMsg::PayNoticeCheckDigits)}</p>
            })}
            <dl class="details">
                <div><dt>{lang.t(PaymentMsg::PayNoticeSchool)}</dt><dd>{found.school_name.clone()}</dd></div>
                <div><dt>{lang.t(PaymentMsg::PayNoticeReason)}</dt><dd>{found.reason.clone()}</dd></div>
                <div><dt>{lang.t(PaymentMsg::PayNoticeAmount)}</dt><dd class="amount">{euro(found.amount)}</dd></div>
                <div><dt>{lang.t(PaymentMsg::PayNoticeDue)}</dt><dd>{found.due_date.to_italian()}</dd></div>
                <div><dt>{lang.t(PaymentMsg::PayNoticeState)}</dt><dd><span class=class><Icon name=icon />{lang.t(label)}</span>" "{found.due_line.clone()}</dd></div>
                <div><dt>{lang.t(PaymentMsg::NoticeNumberLabel)}</dt><dd class="mono">{found.notice_number_grouped.clone()}</dd></div>
                <div><dt>{lang.t(PaymentMsg::CreditorLabel)}</dt><dd class="mono">{found.creditor_fiscal_code.clone()}</dd></div>
            </dl>
            {match found.refusal {
                Some(refusal) => view! { <p class="callout" role="status">{lang.t(refusal)}</p> }.into_any(),
                None => view! {
                    <form method="post" action=PayByNumber::url() class="pay-notice__pay">
                        <input type="hidden" name="numero" value=found.notice_number.clone() />
                        <input type="hidden" name="ente" value=found.creditor_fiscal_code.clone() />
                        {if found.signed_in {
                            view! { <p>{lang.t(PaymentMsg::PayNoticeWithAccount)}</p> }.into_any()
                        } else {
                            view! {
                                <ErrorSummary issues=email_issue.map(|issue| vec![("email".to_string(), issue)]).unwrap_or_default() />
                                <div class="field">
                                    <label for="email">{lang.t(PaymentMsg::PayNoticeEmailLabel)}</label>
                                    <p class="field__hint" id="email-hint">{lang.t(PaymentMsg::PayNoticeEmailHint)}</p>
                                    <input id="email" name="email" type="email" value=email_value autocomplete="email" maxlength=254 required=true
                                        aria-describedby=described_by("email", true, email_issue.is_some()) aria-invalid=email_issue.map(|_| "true") />
                                    <FieldError name="email" issue=email_issue />
                                </div>
                            }.into_any()
                        }}
                        <div class="form-actions">
                            <button type="submit" class="button button--primary">{lang.t(PaymentMsg::PayNoticePay)}</button>
                        </div>
                    </form>
                }.into_any(),
            }}
        </section>
    }
}
