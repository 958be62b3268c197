use crate::components::icon::Icon;
use crate::i18n::{Msg, PaymentMsg, VoluntaryMsg};
use crate::request::use_lang;
use crate::routes;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn HomePage() -> impl IntoView {
    let lang = use_lang();
    let features = [
        ("it-files", Msg::HomeFeatureNoticesTitle, Msg::HomeFeatureNoticesText),
        ("it-card", Msg::HomeFeaturePayTitle, Msg::HomeFeaturePayText),
        ("it-file", Msg::HomeFeatureReceiptsTitle, Msg::HomeFeatureReceiptsText),
    ];
    view! {
        <Title text="" />
        <section class="hero">
            <div class="container">
                <h1>{lang.t(Msg::HomeTitle)}</h1>
                <p class="lead">{lang.t(Msg::HomeIntro)}</p>
                <p class="hero__actions">
                    <a class="button button--light" href=routes::LOGIN>
                        <Icon name="it-user" />
                        <span>{lang.t(Msg::HomeLoginCta)}</span>
                    </a>
                    <a class="button button--outline-light" href=routes::REGISTRATION>{lang.t(Msg::HomeRegisterCta)}</a>
                </p>
            </div>
        </section>
        <section class="container features" aria-labelledby="cosa-puoi-fare">
            <h2 id="cosa-puoi-fare">{lang.t(Msg::HomeFeaturesTitle)}</h2>
            <ul class="cards">
                {features
                    .into_iter()
                    .map(|(icon, title, text)| view! {
                        <li class="card">
                            <Icon name=icon class="card__icon" />
                            <h3>{lang.t(title)}</h3>
                            <p>{lang.t(text)}</p>
                        </li>
                    })
                    .collect_view()}
            </ul>
        </section>
        <section class="container voluntary" aria-labelledby="versamenti-volontari">
            <div class="callout callout--wide">
                <h2 id="versamenti-volontari">{lang.t(Msg::HomeVoluntaryTitle)}</h2>
                <p>{lang.t(Msg::HomeVoluntaryText)}</p>
                <p>
                    <a class="button button--primary" href=routes::VOLUNTARY>
                        <Icon name="it-search" />
                        <span>{lang.t(VoluntaryMsg::VoluntaryStart)}</span>
                    </a>
                </p>
            </div>
        </section>
        <section class="container voluntary" aria-labelledby="paga-avviso">
            <div class="callout callout--wide">
                <h2 id="paga-avviso">{lang.t(PaymentMsg::PayNoticeTitle)}</h2>
                <p>{lang.t(PaymentMsg::PayNoticeHomeText)}</p>
                <p>
                    <a class="button button--primary" href=routes::PAY_NOTICE>{lang.t(PaymentMsg::PayNoticeTitle)}</a>
                </p>
            </div>
        </section>
    }
}
