//! `/admin`: the platform's administration. The schools with an office (code, name, staff),
//! a form to add a school, and a form to give a school its first office account.

use crate::components::form::ProblemList;
use crate::components::guard::failure_view;
use crate::components::office::OFFICE_STYLESHEET;
use crate::functions::admin::{read_admin_page, AddSchool, AddStaff};
use crate::i18n::{phrases, Lang, OfficeMsg};
use crate::model::{AdminFlash, AdminPage};
use crate::request::use_lang;
use domain::{SchoolKind, StaffRole};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::{Stylesheet, Title};

#[component]
pub fn AdminPageView() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=lang.t(OfficeMsg::AdminTitle) />
        <Stylesheet id="office-css" href=OFFICE_STYLESHEET />
        <div class="container office">
            <Suspense fallback=|| ()>
                {Suspend::new(async move {
                    match read_admin_page().await {
                        Ok(page) => view! { <Loaded lang page /> }.into_any(),
                        Err(error) => failure_view(error),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn Loaded(lang: Lang, page: AdminPage) -> impl IntoView {
    let AdminPage { schools, flash } = page;
    let problems: Vec<(String, String)> = flash
        .problems
        .iter()
        .map(|(field, message)| (format!("{}-{field}", flash.form), lang.t(*message).to_string()))
        .collect();
    view! {
        <h1>{lang.t(OfficeMsg::AdminTitle)}</h1>
        <ProblemList problems />
        {flash.notice.map(|notice| view! { <p class="alert alert--info" role="status">{lang.t(notice)}</p> })}
        <h2>{lang.t(OfficeMsg::AdminSchoolsTitle)}</h2>
        {if schools.is_empty() {
            view! { <p>{lang.t(OfficeMsg::AdminNoSchools)}</p> }.into_any()
        } else {
            view! {
                <div class="table-scroll" tabindex="0" role="region" aria-label=lang.t(OfficeMsg::AdminSchoolsTitle)>
                    <table class="office-table">
                        <thead>
                            <tr>
                                <th scope="col">{lang.t(OfficeMsg::SchoolCodeLabel)}</th>
                                <th scope="col">{lang.t(OfficeMsg::ColumnSchool)}</th>
                                <th scope="col" class="amount">{lang.t(OfficeMsg::ColumnStaff)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {schools
                                .into_iter()
                                .map(|school| view! {
                                    <tr>
                                        <td class="mono">{school.code.to_string()}</td>
                                        <td>{school.name}" · "{school.town}</td>
                                        <td class="amount">{school.staff}</td>
                                    </tr>
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </div>
            }
            .into_any()
        }}
        <SchoolForm lang flash=flash.clone() />
        <StaffForm lang flash />
    }
}

/// A labelled text field of one of the forms, with the problem found at it.
fn field(lang: Lang, flash: &AdminFlash, form: &'static str, name: &'static str, label: OfficeMsg) -> impl IntoView {
    let id = format!("{form}-{name}");
    let problem = flash.problem_at(form, name).map(|p| lang.t(p));
    let error_id = format!("{id}-error");
    view! {
        <div class="field">
            <label for=id.clone()>{lang.t(label)}</label>
            <input
                id=id
                name=name
                type="text"
                value=flash.value(form, name)
                maxlength=200
                required=true
                autocomplete="off"
                aria-describedby=problem.map(|_| error_id.clone())
                aria-invalid=problem.map(|_| "true")
            />
            {problem.map(|text| view! { <p class="field__error" id=error_id>{text}</p> })}
        </div>
    }
}

#[component]
fn SchoolForm(lang: Lang, flash: AdminFlash) -> impl IntoView {
    let kind = flash.value("school", "kind");
    let f = |name, label| field(lang, &flash, "school", name, label);
    view! {
        <section class="panel" aria-labelledby="aggiungi-scuola">
            <h2 id="aggiungi-scuola">{lang.t(OfficeMsg::AdminAddSchoolTitle)}</h2>
            <form method="post" action=AddSchool::url()>
                {f("code", OfficeMsg::SchoolCodeLabel)}
                {f("name", OfficeMsg::SchoolNameLabel)}
                <div class="field">
                    <label for="school-kind">{lang.t(OfficeMsg::SchoolKindLabel)}</label>
                    <select id="school-kind" name="kind">
                        {SchoolKind::ALL
                            .into_iter()
                            .map(|option| view! {
                                <option value=option.code() selected=kind == option.code()>{phrases::school_kind(lang, option)}</option>
                            })
                            .collect_view()}
                    </select>
                </div>
                {f("address", OfficeMsg::SchoolAddressLabel)}
                {f("postcode", OfficeMsg::SchoolPostcodeLabel)}
                {f("town", OfficeMsg::SchoolTownLabel)}
                {f("province", OfficeMsg::SchoolProvinceLabel)}
                {f("fiscal_code", OfficeMsg::SchoolFiscalCodeLabel)}
                {f("email", OfficeMsg::SchoolEmailLabel)}
                <div class="form-actions">
                    <button type="submit" class="button button--primary">{lang.t(OfficeMsg::AddSchool)}</button>
                </div>
            </form>
        </section>
    }
}

#[component]
fn StaffForm(lang: Lang, flash: AdminFlash) -> impl IntoView {
    let role = flash.value("staff", "role");
    let role_problem = flash.problem_at("staff", "role").map(|p| lang.t(p));
    let f = |name, label| field(lang, &flash, "staff", name, label);
    view! {
        <section class="panel" aria-labelledby="primo-account">
            <h2 id="primo-account">{lang.t(OfficeMsg::AdminAddStaffTitle)}</h2>
            <p>{lang.t(OfficeMsg::AdminAddStaffHint)}</p>
            <form method="post" action=AddStaff::url()>
                {f("school", OfficeMsg::SchoolCodeLabel)}
                <div class="field">
                    <label for="staff-role">{lang.t(OfficeMsg::StaffRoleLabel)}</label>
                    <select
                        id="staff-role"
                        name="role"
                        aria-invalid=role_problem.map(|_| "true")
                        aria-describedby=role_problem.map(|_| "staff-role-error")
                    >
                        {StaffRole::ALL
                            .into_iter()
                            .map(|option| view! {
                                <option value=option.code() selected=role == option.code()>{phrases::staff_role(lang, option)}</option>
                            })
                            .collect_view()}
                    </select>
                    {role_problem.map(|text| view! { <p class="field__error" id="staff-role-error">{text}</p> })}
                </div>
                {f("codice_fiscale", OfficeMsg::StaffCfLabel)}
                {f("surname", OfficeMsg::StaffSurnameLabel)}
                {f("given_name", OfficeMsg::StaffGivenNameLabel)}
                {f("email", OfficeMsg::StaffEmailLabel)}
                <div class="form-actions">
                    <button type="submit" class="button button--primary">{lang.t(OfficeMsg::AddStaff)}</button>
                </div>
            </form>
        </section>
    }
}
