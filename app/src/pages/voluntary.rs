use crate::i18n::VoluntaryMsg;
use crate::pages::schools::DirectoryPage;
use crate::request::use_lang;
use leptos::prelude::*;

/// `/versamenti-volontari`: find the school (by codice meccanografico, or region → province →
/// town) with the directory's search, whose results lead to each school's voluntary items.
#[component]
pub fn VoluntaryPage() -> impl IntoView {
    let lang = use_lang();
    view! { <DirectoryPage title=lang.t(VoluntaryMsg::VoluntaryTitle) intro=lang.t(VoluntaryMsg::VoluntaryIntro) voluntary=true /> }
}
