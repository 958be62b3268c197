//! The server side of the registration wizard.

use crate::auth::cookies::{self, REGISTRATION_COOKIE};
use crate::auth::flash;
use crate::auth::mail_secrets::{self, SecretKind};
use crate::auth::settings;
use crate::auth::tokens::{hash_token, looks_like_token, new_token};
use crate::error::AppError;
use crate::i18n::{documents, phrases, AccountMsg, Lang};
use crate::model::{Flash, FlashTarget, RegistrationDraft};
use crate::routes::REGISTRATION;
use crate::store::accounts::{self, CreateError, NewAccount};
use crate::store::registrations::{self, StartRefusal};
use crate::store::{db, outbox};
use domain::birthplace::{self, Birthplace, Date};
use domain::codice_fiscale::CodiceFiscale;
use domain::registration::{base_username, FieldIssue, RegField, RegProblem, RegistrationForm};

pub fn new_draft() -> RegistrationDraft {
    RegistrationDraft { step: 1, ..Default::default() }
}

pub async fn current_draft() -> Result<Option<(String, RegistrationDraft)>, AppError> {
    let Some(token) = cookies::read(REGISTRATION_COOKIE).filter(|t| looks_like_token(t)) else { return Ok(None) };
    let token_hash = hash_token(&token);
    Ok(registrations::load(&db()?, &token_hash).await?.map(|draft| (token_hash, draft)))
}

/// The draft for steps 2 and 3; without one (never started, expired) the browser goes back to
/// step 1 and nothing is stored.
pub async fn draft_or_step_one() -> Result<Option<(String, RegistrationDraft)>, AppError> {
    let found = current_draft().await?;
    if found.is_none() {
        leptos_axum::redirect(REGISTRATION);
    }
    Ok(found)
}

pub async fn save_and_show(token_hash: &str, draft: &RegistrationDraft) -> Result<(), AppError> {
    registrations::save(&db()?, token_hash, draft).await?;
    show(!draft.issues.is_empty());
    Ok(())
}

fn show(with_problems: bool) {
    let anchor = if with_problems { "#problemi" } else { "" };
    leptos_axum::redirect(&format!("{REGISTRATION}{anchor}"));
}

/// Stores a new draft (a solved captcha proved it) and gives the browser its cookie; when the
/// caps refuse it, nothing is stored and step 1 says to try later.
pub async fn start_and_show(draft: &RegistrationDraft) -> Result<(), AppError> {
    let token = new_token();
    let address = cookies::client_address();
    match registrations::start(&db()?, &hash_token(&token), draft, &address).await? {
        Ok(()) => {
            cookies::write(REGISTRATION_COOKIE, &token, Some(registrations::DRAFT_SECONDS));
            show(!draft.issues.is_empty());
        }
        Err(refusal) => {
            let issue = match refusal {
                StartRefusal::TooMany => FieldIssue::new(RegField::Captcha, RegProblem::TryLater),
                StartRefusal::TooLarge => FieldIssue::new(RegField::CodiceFiscale, RegProblem::TooLong),
            };
            remember_refusal(&draft.form.codice_fiscale, &[issue]);
        }
    }
    Ok(())
}

/// A step 1 refused (captcha, codice fiscale): an existing draft records the problems; without
/// one nothing is stored, and the problems and the typed code (at most a field's length) go in
/// the flash.
pub async fn refuse_step_one(
    found: Option<(String, RegistrationDraft)>,
    codice_fiscale: String,
    issues: Vec<FieldIssue>,
) -> Result<(), AppError> {
    match found {
        Some((token_hash, mut draft)) => {
            draft.step = 1;
            draft.form.codice_fiscale = codice_fiscale;
            draft.existing_account = issues.iter().any(|i| i.problem == RegProblem::CfTaken);
            draft.issues = issues;
            save_and_show(&token_hash, &draft).await
        }
        None => {
            remember_refusal(&codice_fiscale, &issues);
            Ok(())
        }
    }
}

fn remember_refusal(codice_fiscale: &str, issues: &[FieldIssue]) {
    let mut note = Flash::for_form(FlashTarget::Registration);
    note.values.push(("codice_fiscale".into(), codice_fiscale.to_string()));
    note.issues = issues.iter().map(|i| (i.field.input_name().to_string(), i.problem.into())).collect();
    flash::set(&note);
    show(true);
}

/// Step 1 as the flash left it (or empty): no draft behind it.
pub fn unsaved_step_one() -> RegistrationDraft {
    let mut draft = new_draft();
    let Some(note) = flash::take(FlashTarget::Registration) else { return draft };
    draft.form.codice_fiscale = note.value("codice_fiscale");
    // Only step 1's fields and problems can come back this way.
    let fields = [RegField::CodiceFiscale, RegField::Captcha];
    let problems = [
        RegProblem::Captcha,
        RegProblem::TryLater,
        RegProblem::TooLong,
        RegProblem::Required,
        RegProblem::CfLength,
        RegProblem::CfPattern,
        RegProblem::CfCheck,
        RegProblem::CfTaken,
    ];
    draft.issues = note
        .issues
        .iter()
        .filter_map(|(name, message)| {
            let field = fields.into_iter().find(|f| f.input_name() == name)?;
            let problem = problems.into_iter().find(|p| AccountMsg::from(*p) == *message)?;
            Some(FieldIssue::new(field, problem))
        })
        .collect();
    draft.existing_account = draft.issues.iter().any(|i| i.problem == RegProblem::CfTaken);
    draft
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

/// Birth date, sex and birthplace from the codice fiscale (see `super::prefill`). The place is
/// kept only when its label resolves back to the code's place, as step 2 will resolve it.
pub fn prefill(form: &mut RegistrationForm) {
    let lang = crate::request::use_lang();
    super::prefill::from_code(form, crate::time::today(crate::auth::now()), |place| place_label(lang, place));
    let date = Date::parse(&form.birth_date).ok();
    let place_code = CodiceFiscale::parse(&form.codice_fiscale).map(|c| c.decode().place_code).unwrap_or_default();
    if resolve_birthplace(&form.birthplace_label, date).map(|p| p.code.as_str()) != Ok(place_code.as_str()) {
        form.birthplace_label.clear();
    }
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
    // A never-verified account past its week no longer holds the codice fiscale.
    registrations::delete_unverified_accounts(&pool, crate::auth::now(), Some(&account.codice_fiscale)).await?;
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
    // The link's token is made when the mail is sent (auth::mail_secrets): none rests here.
    let link = format!("{}{}", settings()?.public_url, crate::routes::verify_email(mail_secrets::PLACEHOLDER));
    let email = crate::mail::confirm_registration(lang, &form.email, &form.given_name, &link);
    outbox::enqueue_with_secret(&mut *tx, &email, account_id, SecretKind::VerifyLink).await?;
    tx.commit().await?;
    tracing::info!(account_id, "registration saved");
    draft.step = 4;
    draft.account_id = Some(account_id);
    draft.issues.clear();
    Ok(())
}
