//! The server side of the registration wizard.

use crate::auth::cookies::{self, REGISTRATION_COOKIE};
use crate::auth::settings;
use crate::auth::tokens::{hash_token, looks_like_token, new_token};
use crate::error::AppError;
use crate::i18n::{documents, phrases, AccountMsg, Lang};
use crate::model::RegistrationDraft;
use crate::routes::REGISTRATION;
use crate::store::accounts::{self, CreateError, NewAccount};
use crate::store::{db, outbox, registrations};
use domain::birthplace::{self, Birthplace, Date};
use domain::registration::{base_username, FieldIssue, RegField, RegProblem, RegistrationForm};

/// A verification link is valid this long.
pub const VERIFY_SECONDS: i64 = 24 * 60 * 60;

pub fn new_draft() -> RegistrationDraft {
    RegistrationDraft { step: 1, ..Default::default() }
}

pub async fn current_draft() -> Result<Option<(String, RegistrationDraft)>, AppError> {
    let Some(token) = cookies::read(REGISTRATION_COOKIE).filter(|t| looks_like_token(t)) else { return Ok(None) };
    let token_hash = hash_token(&token);
    Ok(registrations::load(&db()?, &token_hash).await?.map(|draft| (token_hash, draft)))
}

/// The draft to change, starting one (and its cookie) when the browser has none.
pub async fn draft_for_update() -> Result<(String, RegistrationDraft), AppError> {
    if let Some(found) = current_draft().await? {
        return Ok(found);
    }
    let token = new_token();
    cookies::write(REGISTRATION_COOKIE, &token, Some(registrations::DRAFT_SECONDS));
    Ok((hash_token(&token), new_draft()))
}

pub async fn save_and_show(token_hash: &str, draft: &RegistrationDraft) -> Result<(), AppError> {
    registrations::save(&db()?, token_hash, draft).await?;
    let anchor = if draft.issues.is_empty() { "" } else { "#problemi" };
    leptos_axum::redirect(&format!("{REGISTRATION}{anchor}"));
    Ok(())
}

/// Step 2's checks on the server: the shared ones plus the birthplace registry. Resolves the
/// typed place to its code (so the form works without the suggestions script).
pub fn check_details(form: &mut RegistrationForm) -> Vec<FieldIssue> {
    let birth_date = Date::parse(&form.birth_date).ok();
    let resolved = resolve_birthplace(&form.birthplace_label, birth_date);
    let lang = crate::request::use_lang();
    form.birthplace_code = match &resolved {
        Ok(place) => {
            form.birthplace_label = place_label(lang, place);
            place.code.clone()
        }
        Err(_) => String::new(),
    };
    let mut issues = form.problems(crate::time::today(crate::auth::now()), domain::person::check_with_registry);
    if let Err(problem) = resolved {
        for issue in issues.iter_mut().filter(|i| i.field == RegField::Birthplace) {
            issue.problem = problem;
        }
    }
    issues
}

/// "Roma (RM)", "Francia (estero)", "Abano (PD, fino al 1924)".
pub fn place_label(lang: Lang, place: &Birthplace) -> String {
    let province = if place.is_foreign() { lang.t(AccountMsg::Abroad).to_string() } else { place.province.clone() };
    match place.valid_to {
        Some(to) => phrases::birthplace_until(lang, place.name.as_str(), province, to.year),
        None => phrases::birthplace_in(lang, place.name.as_str(), province),
    }
}

/// Finds the one place a label names: "Roma", "Roma (RM)", "Francia (estero)". With a birth date,
/// places not in use then are left out. Several left: ask for the province.
pub fn resolve_birthplace(label: &str, birth_date: Option<Date>) -> Result<&'static Birthplace, RegProblem> {
    use domain::text::fold_for_search;
    // Labels we offered come back as typed; in Arabic they carry invisible direction marks.
    let label: String =
        label.chars().filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{2066}'..='\u{2069}')).collect();
    let label = label.trim();
    if label.is_empty() {
        return Err(RegProblem::Required);
    }
    let (name, qualifier) = match label.split_once('(') {
        Some((name, rest)) => {
            (name.trim(), Some(rest.trim_end_matches(')').split(',').next().unwrap_or_default().trim().to_uppercase()))
        }
        None => (label, None),
    };
    let wanted = fold_for_search(name);
    let abroad = Lang::ALL.map(|l| l.t(AccountMsg::Abroad).to_uppercase());
    let mut found: Vec<&'static Birthplace> = birthplace::all()
        .iter()
        .filter(|p| fold_for_search(&p.name) == wanted)
        .filter(|p| match &qualifier {
            Some(q) if abroad.contains(q) || q == "EE" => p.is_foreign(),
            Some(q) => p.province == *q,
            None => true,
        })
        .filter(|p| {
            birth_date
                .is_none_or(|date| p.valid_on(date) || birthplace::plausible_on(&p.code, date) && p.valid_to.is_none())
        })
        .collect();
    found.sort_by(|a, b| a.code.cmp(&b.code).then(b.valid_to.is_none().cmp(&a.valid_to.is_none())));
    found.dedup_by(|a, b| a.code == b.code);
    match found.as_slice() {
        [one] => Ok(one),
        [] => Err(RegProblem::BirthplaceUnknown),
        _ => Err(RegProblem::BirthplaceAmbiguous),
    }
}

/// Saves the account, its acceptances, the verification link and the "Conferma registrazione"
/// email in one transaction. A racing second registration of the same codice fiscale gets
/// "already registered" (the UNIQUE constraint decides), and nothing of it is kept.
pub async fn create_account(draft: &mut RegistrationDraft) -> Result<(), AppError> {
    let form = &draft.form;
    let lang = crate::request::use_lang();
    let account = NewAccount {
        codice_fiscale: form.codice_fiscale.clone(),
        surname: form.surname.clone(),
        given_name: form.given_name.clone(),
        birth_date: Date::parse(&form.birth_date)
            .map(|d| d.to_string())
            .map_err(|_| AppError::Request("date".into()))?,
        sex: form.sex.clone(),
        birthplace_code: form.birthplace_code.clone(),
        email: form.email.clone(),
        lang: lang.code().into(),
    };
    let pool = db()?;
    let address = cookies::client_address();
    let base = base_username(&form.given_name, &form.surname);
    let mut attempts = 0;
    let (mut tx, account_id) = loop {
        let username = accounts::free_username(&pool, &base).await?;
        let mut tx = pool.begin().await?;
        match accounts::create(&mut tx, &account, &username).await {
            Ok(account_id) => break (tx, account_id),
            Err(CreateError::Duplicate) => {
                tx.rollback().await?;
                attempts += 1;
                // Two people racing for the same username: try again. The same codice fiscale:
                // that registration exists, and this one stops here.
                if attempts < 3 && !accounts::exists_with_codice_fiscale(&pool, &account.codice_fiscale).await? {
                    continue;
                }
                draft.step = 1;
                draft.existing_account = true;
                draft.issues = vec![FieldIssue::new(RegField::CodiceFiscale, RegProblem::CfTaken)];
                return Ok(());
            }
            Err(CreateError::Database) => return Err(AppError::Database),
        }
    };
    accounts::record_consent(&mut *tx, account_id, "terms", documents::TERMS_VERSION, &address).await?;
    accounts::record_consent(&mut *tx, account_id, "privacy", documents::PRIVACY_VERSION, &address).await?;
    let token = new_token();
    accounts::insert_email_token(&mut *tx, account_id, "verify", &hash_token(&token), VERIFY_SECONDS).await?;
    let link = format!("{}/registrazione/conferma/{token}", settings()?.public_url);
    outbox::enqueue(&mut *tx, &crate::mail::confirm_registration(lang, &form.email, &form.given_name, &link)).await?;
    tx.commit().await?;
    tracing::info!(account_id, "registration saved");
    draft.step = 4;
    draft.issues.clear();
    Ok(())
}
