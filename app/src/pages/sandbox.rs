use crate::components::guard::failure_view;
use crate::components::notices::euro;
use crate::functions::sandbox::sandbox_transaction;
use crate::functions::sandbox::SandboxDecide;
use crate::i18n::{phrases, PaymentMsg};
use crate::request::use_lang;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// `/psp-sandbox/pagamento/{id}`: the sandbox PSP's page, marked as a test everywhere.
#[component]
pub fn SandboxPage() -> impl IntoView {
    let lang = use_lang();
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    view! {
        <Title text=lang.t(PaymentMsg::SandboxTitle) />
        <div class="container narrow sandbox">
            <p class="sandbox__banner" role="note">{lang.t(PaymentMsg::SandboxBanner)}</p>
            <Suspense fallback=|| ()>
                {Suspend::new(async move {
                    let page = match sandbox_transaction(id).await {
                        Ok(page) => page,
                        Err(error) => return failure_view(error),
                    };
                    let decision = |outcome: &'static str, label: String, class: &'static str| {
                        view! {
                            <form method="post" action=SandboxDecide::url()>
                                <input type="hidden" name="id" value=page.id.clone() />
                                <input type="hidden" name="outcome" value=outcome />
                                <button type="submit" class=class>{label}</button>
                            </form>
                        }
                    };
                    view! {
                        <h1>{phrases::sandbox_psp_title(lang, &page.psp_name)}</h1>
                        <p>{lang.t(PaymentMsg::SandboxExplained)}</p>
                        <dl class="details panel">
                            // The schools the money goes to, as every PSP page names them.
                            {page.beneficiaries.iter().map(|(school, code)| view! {
                                <div><dt>{lang.t(PaymentMsg::SandboxMerchant)}</dt><dd>{phrases::beneficiary_school(lang, school.clone(), code.clone())}</dd></div>
                            }).collect_view()}
                            <div><dt>{lang.t(PaymentMsg::DescriptionLabel)}</dt><dd>{page.description.clone()}</dd></div>
                            <div><dt>{lang.t(PaymentMsg::AmountLabel)}</dt><dd>{euro(page.amount)}</dd></div>
                            <div><dt>{lang.t(PaymentMsg::FeeLabel)}</dt><dd>{euro(page.fee)}</dd></div>
                            <div class="details__total"><dt>{lang.t(PaymentMsg::TotalLabel)}</dt><dd>{euro(page.total)}</dd></div>
                        </dl>
                        {if page.expired {
                            view! {
                                <p class="callout">{lang.t(PaymentMsg::SandboxExpired)}</p>
                                <p><a class="button button--primary" href=page.return_url.clone()>{lang.t(PaymentMsg::SandboxBack)}</a></p>
                            }
                            .into_any()
                        } else if page.decided {
                            view! {
                                <p class="callout">{lang.t(PaymentMsg::SandboxDecided)}</p>
                                <p><a class="button button--primary" href=page.return_url.clone()>{lang.t(PaymentMsg::SandboxBack)}</a></p>
                            }
                            .into_any()
                        } else {
                            view! {
                                <div class="sandbox__actions">
                                    {decision("confirmed", phrases::pay_amount(lang, euro(page.total)), "button button--primary button--wide")}
                                    {decision("refused", lang.t(PaymentMsg::SandboxRefuse).to_string(), "button button--secondary button--wide")}
                                    {decision("abandoned", lang.t(PaymentMsg::SandboxAbandon).to_string(), "button button--secondary button--wide")}
                                </div>
                            }
                            .into_any()
                        }}
                    }
                    .into_any()
                })}
            </Suspense>
        </div>
    }
}
