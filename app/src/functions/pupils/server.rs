//! The server side of the office's pupil pages and forms.

use crate::auth::staff::{office_school, require_staff, StaffMember};
use crate::auth::{flash, now};
use crate::error::AppError;
use crate::i18n::PupilsMsg;
use crate::model::{Flash, FlashTarget, ImportView, PupilFilter, PupilView, PupilsFlash, PupilsForm, PupilsView};
use crate::routes;
use crate::store::pupils::{self, NewPupil, PAGE_SIZE};
use crate::store::{db, pupil_import};
use domain::codice_fiscale::CodiceFiscale;
use domain::registration::check_email;
use domain::roster::{check_payer, check_person, ClassName, Column, Problem, Reason};

/// Longest text kept from a field as typed (the flash cookie stays small).
const KEPT_CHARS: usize = 120;

fn take_flash() -> PupilsFlash {
    flash::take(FlashTarget::Pupils).and_then(|flash| flash.pupils).unwrap_or_default()
}

fn back(target: String, answer: PupilsFlash, anchor: &str) {
    flash::set(&Flash { form: FlashTarget::Pupils, pupils: Some(answer), ..Default::default() });
    leptos_axum::redirect(&format!("{target}{anchor}"));
}

fn typed(form: PupilsForm, fields: &[(&str, &str)]) -> PupilsFlash {
    let values =
        fields.iter().map(|(name, value)| (name.to_string(), value.chars().take(KEPT_CHARS).collect())).collect();
    PupilsFlash { form, values, ..Default::default() }
}

fn done(message: PupilsMsg) -> PupilsFlash {
    PupilsFlash { done: Some(message), ..Default::default() }
}

/// The input a column's problem is shown at, in the office's forms.
fn input_of(column: Column) -> &'static str {
    match column {
        Column::PupilCf => "codice_fiscale",
        Column::PupilSurname => "surname",
        Column::PupilName => "given_name",
        Column::Class => "class",
        Column::PayerCf(_) => "payer_codice_fiscale",
        Column::PayerSurname(_) => "payer_surname",
        Column::PayerName(_) => "payer_given_name",
        Column::PayerEmail(_) => "payer_email",
        _ => "",
    }
}

fn at_inputs(problems: Vec<Problem>) -> Vec<(String, Reason)> {
    problems.into_iter().map(|p| (input_of(p.column).to_string(), p.reason)).collect()
}

fn pupil_id(text: &str) -> Result<i64, AppError> {
    text.trim().parse::<i64>().ok().filter(|id| *id > 0).ok_or(AppError::NotFound)
}

pub async fn list(
    code: String,
    class: Option<String>,
    search: Option<String>,
    without_payer: Option<String>,
    page: Option<String>,
) -> Result<PupilsView, AppError> {
    let member = require_staff(&code).await?;
    let pool = db()?;
    let school = office_school(&member).await?;
    let code = member.school.as_str();
    let kept = |text: Option<String>| {
        text.map(|t| t.trim().chars().take(60).collect::<String>()).filter(|t: &String| !t.is_empty())
    };
    let filter = PupilFilter {
        class: kept(class),
        search: kept(search),
        without_payer: without_payer.as_deref() == Some("1"),
        page: page.and_then(|p| p.trim().parse::<u32>().ok()).unwrap_or(1).clamp(1, 10_000),
    };
    let classes = pupils::classes(&pool, code).await?;
    let (rows, total) = pupils::list(&pool, code, &filter).await?;
    let (all_pupils, all_without_payer) = pupils::totals(&pool, code).await?;
    let pages = u32::try_from((total + i64::from(PAGE_SIZE) - 1) / i64::from(PAGE_SIZE)).unwrap_or(1).max(1);
    Ok(PupilsView {
        school,
        classes,
        pupils: rows,
        total,
        pages,
        filter,
        all_pupils,
        all_without_payer,
        flash: take_flash(),
    })
}

pub async fn add_class(school: String, name: String) -> Result<(), AppError> {
    let Some(member) = crate::functions::staff_for_form(&school).await? else { return Ok(()) };
    let code = member.school.as_str();
    let target = routes::office_pupils(code);
    let mut answer = typed(PupilsForm::AddClass, &[("name", &name)]);
    let outcome = match ClassName::parse(&name) {
        Ok(class) => pupils::add_class(&db()?, code, &class, now()).await?,
        Err(reason) => Err(reason),
    };
    match outcome {
        Ok(()) => back(target, done(PupilsMsg::PupilsClassAdded), "#classi"),
        Err(reason) => {
            answer.problems = vec![("name".into(), reason)];
            back(target, answer, "#nuova-classe");
        }
    }
    Ok(())
}

pub async fn add_pupil(school: String, pupil: [String; 3], class: String, payer: [String; 4]) -> Result<(), AppError> {
    let Some(member) = crate::functions::staff_for_form(&school).await? else { return Ok(()) };
    let code = member.school.as_str();
    let [cf, surname, given_name] = &pupil;
    let mut answer = typed(
        PupilsForm::AddPupil,
        &[
            ("codice_fiscale", cf),
            ("surname", surname),
            ("given_name", given_name),
            ("class", &class),
            ("payer_codice_fiscale", &payer[0]),
            ("payer_surname", &payer[1]),
            ("payer_given_name", &payer[2]),
            ("payer_email", &payer[3]),
        ],
    );
    let mut problems = Vec::new();
    let person = check_person(
        0,
        (cf, surname, given_name),
        (Column::PupilCf, Column::PupilSurname, Column::PupilName),
        &mut problems,
    );
    let class_name =
        ClassName::parse(&class).map_err(|reason| problems.push(Problem::new(0, Column::Class, reason))).ok();
    let first_payer = check_payer(0, 1, [&payer[0], &payer[1], &payer[2], &payer[3]], &mut problems);
    let target = routes::office_pupils(code);
    let (Some((cf, surname, given_name)), Some(class_name), Some(first_payer), true) =
        (person, class_name, first_payer, problems.is_empty())
    else {
        answer.problems = at_inputs(problems);
        back(target, answer, "#nuovo-alunno");
        return Ok(());
    };
    let new = NewPupil {
        codice_fiscale: &cf,
        surname: &surname,
        given_name: &given_name,
        class: &class_name,
        payer: &first_payer,
    };
    match pupils::add_pupil(&db()?, code, &new).await? {
        Ok(id) => back(routes::office_pupil(code, id), done(PupilsMsg::PupilsPupilAdded), ""),
        Err((input, reason)) => {
            answer.problems = vec![(input.to_string(), reason)];
            back(target, answer, "#nuovo-alunno");
        }
    }
    Ok(())
}

pub async fn pupil(code: String, id: String) -> Result<PupilView, AppError> {
    let member = require_staff(&code).await?;
    let pool = db()?;
    let school = office_school(&member).await?;
    let code = member.school.as_str();
    let pupil = pupils::pupil(&pool, code, pupil_id(&id)?).await?.ok_or(AppError::NotFound)?;
    let payers = pupils::payers(&pool, pupil.id).await?;
    let classes = pupils::class_names(&pool, code).await?;
    Ok(PupilView { school, pupil, payers, classes, flash: take_flash() })
}

/// The member and the pupil (of the member's school) a pupil form is about.
async fn pupil_for_form(
    school: &str,
    pupil: &str,
) -> Result<Option<(StaffMember, crate::model::PupilDetail)>, AppError> {
    let Some(member) = crate::functions::staff_for_form(school).await? else { return Ok(None) };
    let found = pupils::pupil(&db()?, member.school.as_str(), pupil_id(pupil)?).await?.ok_or(AppError::NotFound)?;
    Ok(Some((member, found)))
}

pub async fn edit_pupil(
    school: String,
    pupil: String,
    surname: String,
    given_name: String,
    class: String,
) -> Result<(), AppError> {
    let Some((member, found)) = pupil_for_form(&school, &pupil).await? else { return Ok(()) };
    let code = member.school.as_str();
    let target = routes::office_pupil(code, found.id);
    let mut answer =
        typed(PupilsForm::EditPupil, &[("surname", &surname), ("given_name", &given_name), ("class", &class)]);
    let mut problems = Vec::new();
    // The stored code is who the pupil is: the names must still agree with it.
    let person = check_person(
        0,
        (&found.codice_fiscale, &surname, &given_name),
        (Column::PupilCf, Column::PupilSurname, Column::PupilName),
        &mut problems,
    );
    let class_name =
        ClassName::parse(&class).map_err(|reason| problems.push(Problem::new(0, Column::Class, reason))).ok();
    let outcome = match (person, class_name) {
        (Some((_, surname, given_name)), Some(class_name)) if problems.is_empty() => {
            pupils::edit_pupil(&db()?, code, found.id, &surname, &given_name, &class_name)
                .await?
                .map_err(|reason| vec![("class".to_string(), reason)])
        }
        _ => Err(at_inputs(problems)),
    };
    match outcome {
        Ok(()) => back(target, done(PupilsMsg::PupilsPupilSaved), ""),
        Err(problems) => {
            answer.problems = problems;
            back(target, answer, "#dati-alunno");
        }
    }
    Ok(())
}

pub async fn add_payer(school: String, pupil: String, payer: [String; 4]) -> Result<(), AppError> {
    let Some((member, found)) = pupil_for_form(&school, &pupil).await? else { return Ok(()) };
    let target = routes::office_pupil(member.school.as_str(), found.id);
    let mut answer = typed(
        PupilsForm::AddPayer,
        &[
            ("payer_codice_fiscale", &payer[0]),
            ("payer_surname", &payer[1]),
            ("payer_given_name", &payer[2]),
            ("payer_email", &payer[3]),
        ],
    );
    let mut problems = Vec::new();
    let outcome = match check_payer(0, 1, [&payer[0], &payer[1], &payer[2], &payer[3]], &mut problems) {
        Some(new) => pupils::write_payer(&db()?, found.id, &new, false)
            .await?
            .map_err(|reason| vec![("payer_codice_fiscale".to_string(), reason)]),
        None => Err(at_inputs(problems)),
    };
    match outcome {
        Ok(()) => back(target, done(PupilsMsg::PupilsPayerAdded), "#genitori"),
        Err(problems) => {
            answer.problems = problems;
            back(target, answer, "#nuovo-genitore");
        }
    }
    Ok(())
}

/// A payer's codice fiscale as a form sends it back (it came from the page).
fn payer_code(text: &str) -> Result<CodiceFiscale, AppError> {
    CodiceFiscale::parse(text).map_err(|_| AppError::NotFound)
}

pub async fn edit_payer_email(school: String, pupil: String, payer: String, email: String) -> Result<(), AppError> {
    let Some((member, found)) = pupil_for_form(&school, &pupil).await? else { return Ok(()) };
    let target = routes::office_pupil(member.school.as_str(), found.id);
    let payer = payer_code(&payer)?;
    let typed_email = email.trim();
    if !typed_email.is_empty() && check_email(typed_email).is_err() {
        let mut answer = typed(PupilsForm::EditPayer, &[("payer", payer.as_str()), ("email", typed_email)]);
        answer.problems = vec![("email".into(), Reason::Email)];
        back(target, answer, &format!("#genitore-{payer}"));
        return Ok(());
    }
    let email = (!typed_email.is_empty()).then_some(typed_email);
    if !pupils::edit_payer_email(&db()?, found.id, payer.as_str(), email).await? {
        return Err(AppError::NotFound);
    }
    back(target, done(PupilsMsg::PupilsPayerSaved), "#genitori");
    Ok(())
}

pub async fn remove_payer(school: String, pupil: String, payer: String) -> Result<(), AppError> {
    let Some((member, found)) = pupil_for_form(&school, &pupil).await? else { return Ok(()) };
    let target = routes::office_pupil(member.school.as_str(), found.id);
    let payer = payer_code(&payer)?;
    if !pupils::remove_payer(&db()?, found.id, payer.as_str()).await? {
        return Err(AppError::NotFound);
    }
    back(target, done(PupilsMsg::PupilsPayerRemoved), "#genitori");
    Ok(())
}

pub async fn import_page(code: String, outcome: Option<String>) -> Result<ImportView, AppError> {
    let member = require_staff(&code).await?;
    let school = office_school(&member).await?;
    let outcome = match outcome.filter(|id| !id.trim().is_empty()) {
        None => None,
        Some(id) => Some(
            pupil_import::outcome(&db()?, member.school.as_str(), pupil_id(&id)?).await?.ok_or(AppError::NotFound)?,
        ),
    };
    Ok(ImportView { school, outcome })
}
