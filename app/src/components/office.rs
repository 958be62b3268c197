//! The frame of every office page: the school's name, the reader's role, and the console's
//! sections (desktop first, usable on a tablet; at 320 px the sections wrap).

use crate::i18n::{EventsMsg, Lang, OfficeMsg, PupilsMsg, ReportsMsg, VoluntaryMsg};
use crate::model::OfficeSchool;
use crate::routes;
use leptos::prelude::*;
use leptos_meta::Stylesheet;

/// The console's own styles, served from `public/`: families' pages never load them.
pub const OFFICE_STYLESHEET: &str = "/office.css";

/// The console's sections, for the frame's navigation (the current one is marked).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfficeSection {
    Home,
    Pupils,
    Events,
    Reconciliation,
    Tax,
    Voluntary,
}

#[component]
pub fn OfficeFrame(lang: Lang, school: OfficeSchool, section: OfficeSection, children: Children) -> impl IntoView {
    let code = school.code.to_string();
    let link = |target: OfficeSection, href: String, label: &'static str| {
        let current = (target == section).then_some("page");
        view! { <li><a class="office-nav__link" href=href aria-current=current>{label}</a></li> }
    };
    view! {
        <Stylesheet id="office-css" href=OFFICE_STYLESHEET />
        <div class="container office">
            <p class="office__school">
                <span class="office__school-name">{school.name.clone()}</span>
                " · "
                <span class="mono">{code.clone()}</span>
            </p>
            <nav class="office-nav" aria-label=lang.t(OfficeMsg::OfficeTitle)>
                <ul class="office-nav__list">
                    {link(OfficeSection::Home, routes::office_school(&code), lang.t(OfficeMsg::OfficeTitle))}
                    {link(OfficeSection::Pupils, routes::office_pupils(&code), lang.t(PupilsMsg::PupilsTitle))}
                    {link(OfficeSection::Events, routes::office_events(&code), lang.t(EventsMsg::EventsTitle))}
                    {link(OfficeSection::Reconciliation, routes::office_reconciliation(&code), lang.t(ReportsMsg::ReconciliationTitle))}
                    {link(OfficeSection::Voluntary, routes::office_voluntary(&code, None), lang.t(VoluntaryMsg::OfficeVolNav))}
                    {link(OfficeSection::Tax, routes::office_tax(&code), lang.t(ReportsMsg::TaxTitle))}
                </ul>
            </nav>
            {children()}
        </div>
    }
}

/// An office table: named by a heading (`labelled_by`, its id) or by `label`, its column
/// headings (`true` for a column of amounts, aligned to the end), its rows as children. It
/// scrolls on its own on a narrow screen, and can be scrolled by keyboard (the region has focus).
#[component]
pub fn OfficeTable(
    #[prop(optional, into)] labelled_by: Option<String>,
    #[prop(optional)] label: Option<&'static str>,
    columns: Vec<(&'static str, bool)>,
    children: Children,
) -> impl IntoView {
    let headings = columns
        .into_iter()
        .map(|(text, amount)| view! { <th scope="col" class=amount.then_some("amount")>{text}</th> })
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby=labelled_by aria-label=label>
            <table class="office-table">
                <thead>
                    <tr>{headings}</tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}
