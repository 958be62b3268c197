//! The server side of the account functions.

use crate::auth::mail_secrets::{self, SecretKind};
use crate::auth::tokens::{hash_token, looks_like_token};
use crate::auth::{cookies, flash, landing, now, password, session, settings, throttle};
use crate::error::AppError;
use crate::i18n::{documents, AccountMsg, Lang};
use crate::model::FlashTarget;
use crate::model::{FamilyOverview, Flash, VerifyOutcome};
use crate::routes::{CHANGE_PASSWORD, CONDITIONS, FAMILY, LOGIN, RECOVERY};
use crate::store::{accounts, db, outbox, sessions};
use domain::codice_fiscale::CodiceFiscale;
use domain::registration::check_email;

fn back_with(path: &str, flash: Flash) -> Result<(), AppError> {
    flash::set(&flash);
    leptos_axum::redirect(path);
    Ok(())
}

pub async fn log_in(username: String, password: String) -> Result<(), AppError> {
    let pool = db()?;
    let address = cookies::client_address();
    let username: String = username.trim().chars().take(64).collect();
    let mut problem = Flash::for_form(FlashTarget::Login);
    problem.values.push(("username".into(), username.clone()));
    // No username holds a control character (and Postgres refuses NUL in a query); whitespace
    // such as a pasted tab is dropped by the lookup, like spaces, and counts like any spelling.
    if username.is_empty() || password.is_empty() || username.chars().any(|c| c.is_control() && !c.is_whitespace()) {
        problem.notice = Some(AccountMsg::LoginFailed);
        return back_with(LOGIN, problem);
    }
    // The account first (a cheap query), so every spelling of it counts against one budget...
    let record = accounts::for_login(&pool, &username).await?;
    let key = throttle::login_key(&username, record.as_ref().map(|r| r.id));
    // ...and what is locked is refused before any hashing.
    if throttle::is_locked(&pool, &key, &address).await? {
        metrics::counter!("login_attempts_total", "outcome" => "locked").increment(1);
        problem.notice = Some(AccountMsg::LoginLocked);
        return back_with(LOGIN, problem);
    }
    let password: String = password.chars().take(password::MAX_LENGTH + 1).collect();
    let matches = match password::verify(password, record.as_ref().and_then(|r| r.password_hash.clone())).await {
        Err(AppError::Busy) => {
            metrics::counter!("login_attempts_total", "outcome" => "busy").increment(1);
            problem.notice = Some(AccountMsg::LoginBusy);
            return back_with(LOGIN, problem);
        }
        other => other?,
    };
    // Demo accounts' password is published: outside demo mode they answer like a wrong password.
    let allowed = |record: &accounts::LoginRecord| record.demo == 0 || settings().is_ok_and(|s| s.demo);
    let Some(record) = record.filter(|r| matches && allowed(r)) else {
        throttle::record_failure(&pool, &key, &address).await?;
        metrics::counter!("login_attempts_total", "outcome" => "failed").increment(1);
        problem.notice = Some(AccountMsg::LoginFailed);
        return back_with(LOGIN, problem);
    };
    let temporary = record.temporary_password_expires_at.is_some();
    if temporary {
        let expired = record.temporary_password_expires_at.is_some_and(|at| at <= now());
        if expired
            || record.temporary_password_used_at.is_some()
            || !accounts::use_temporary_password(&pool, record.id).await?
        {
            problem.notice = Some(AccountMsg::LoginTemporaryExpired);
            return back_with(LOGIN, problem);
        }
    }
    throttle::forget(&pool, &key).await?;
    session::start(record.id).await?;
    metrics::counter!("login_attempts_total", "outcome" => "ok").increment(1);
    tracing::info!(account_id = record.id, "logged in");
    let next = if temporary {
        CHANGE_PASSWORD
    } else if !accounts::has_accepted_current_conditions(&pool, record.id).await? {
        CONDITIONS
    } else {
        landing::home(&pool, record.id).await?
    };
    leptos_axum::redirect(next);
    Ok(())
}

fn personal_words(account: &crate::auth::SessionAccount) -> Vec<String> {
    vec![
        account.username.clone(),
        account.codice_fiscale.to_string(),
        account.given_name.clone(),
        account.surname.clone(),
    ]
}

/// Checks a new password typed twice; the problem goes to the field it concerns.
fn new_password_problem(new_password: &str, again: &str, personal: &[String]) -> Option<(String, AccountMsg)> {
    let personal: Vec<&str> = personal.iter().map(String::as_str).collect();
    if let Err(message) = password::check_strength(new_password, &personal) {
        return Some(("new_password".into(), message));
    }
    (new_password != again).then(|| ("new_password_again".into(), AccountMsg::ProblemPasswordMismatch))
}

pub async fn change_password(current: Option<String>, new_password: String, again: String) -> Result<(), AppError> {
    let Some(account) = session::current().await? else {
        leptos_axum::redirect(LOGIN);
        return Ok(());
    };
    let pool = db()?;
    let mut problem = Flash::for_form(FlashTarget::Password);
    let stored = accounts::password_hash(&pool, account.account_id).await?;
    let current = current.unwrap_or_default();
    if account.must_change_password {
        // The session was opened with the temporary password a moment ago; a new one must differ.
        if password::verify(new_password.clone(), stored.clone()).await? {
            problem.issues.push(("new_password".into(), AccountMsg::ProblemPasswordSame));
        }
    } else if !password::verify(current, stored).await? {
        problem.issues.push(("current_password".into(), AccountMsg::ProblemCurrentPassword));
    }
    if let Some(issue) = new_password_problem(&new_password, &again, &personal_words(&account)) {
        problem.issues.push(issue);
    }
    if !problem.issues.is_empty() {
        return back_with(CHANGE_PASSWORD, problem);
    }
    let hash = password::hash(new_password).await?;
    accounts::set_password(&pool, account.account_id, &hash, None).await?;
    // A new token for this browser; every other session (and the old token) ends.
    session::rotate(account.account_id).await?;
    tracing::info!(account_id = account.account_id, "password changed");
    let next = if accounts::has_accepted_current_conditions(&pool, account.account_id).await? {
        landing::home(&pool, account.account_id).await?
    } else {
        CONDITIONS
    };
    let mut done = Flash::for_form(if next == FAMILY { FlashTarget::Family } else { FlashTarget::Conditions });
    done.notice = Some(AccountMsg::PasswordChanged);
    back_with(next, done)
}

/// Recovery requests counted over this window (not longer than the log-in throttle's, which
/// prunes the shared table)...
pub const RECOVERY_WINDOW_SECONDS: i64 = 15 * 60;
/// ...at most this many for one codice fiscale (whether or not it has an account)...
pub const RECOVERY_PER_TARGET: i64 = 3;
/// ...and this many from one address.
pub const RECOVERY_PER_ADDRESS: i64 = 10;

/// Counts this request against its codice fiscale and address (in the log-in throttle's
/// table, under their own keys); `true` when either is over its limit, before any look-up.
async fn recovery_limited(pool: &sqlx::AnyPool, codice_fiscale: &str) -> Result<bool, AppError> {
    use crate::store::throttle as counts;
    let (now, since) = (now(), now() - RECOVERY_WINDOW_SECONDS);
    let target = format!("recover:cf:{codice_fiscale}");
    let address = format!("recover:address:{}", cookies::client_address());
    if counts::failures_since(pool, &target, since).await? >= RECOVERY_PER_TARGET
        || counts::failures_since(pool, &address, since).await? >= RECOVERY_PER_ADDRESS
    {
        return Ok(true);
    }
    counts::record(pool, &target, now).await?;
    counts::record(pool, &address, now).await?;
    Ok(false)
}

/// Same answer whether or not an account matches, so the form cannot be used to find accounts.
/// The formats are checked first (nothing is looked up for that), then the captcha, then the
/// limits; only then is an account looked for.
pub async fn recover(codice_fiscale: String, email: String, altcha: String) -> Result<(), AppError> {
    let pool = db()?;
    let mut answer = Flash::for_form(FlashTarget::Recovery);
    let code = CodiceFiscale::parse(&codice_fiscale);
    if let Err(error) = &code {
        answer.issues.push(("codice_fiscale".into(), domain::registration::codice_fiscale_problem(error).into()));
    }
    if let Err(problem) = check_email(&email) {
        answer.issues.push(("email".into(), problem.into()));
    }
    // The flash leaves out values longer than a field (see `flash::set`).
    answer.values =
        vec![("codice_fiscale".into(), codice_fiscale.trim().to_string()), ("email".into(), email.trim().to_string())];
    let Ok(code) = code.map(|c| c.as_str().to_string()) else { return back_with(RECOVERY, answer) };
    if !answer.issues.is_empty() {
        return back_with(RECOVERY, answer);
    }
    if !crate::auth::captcha::verify_and_use(&pool, &altcha).await? {
        answer.issues.push(("altcha".into(), AccountMsg::ProblemCaptcha));
        return back_with(RECOVERY, answer);
    }
    if recovery_limited(&pool, &code).await? {
        answer.notice = Some(AccountMsg::RecoveryLimited);
        return back_with(RECOVERY, answer);
    }
    if let Some(person) = accounts::person_by_cf_and_email(&pool, &code, &email).await? {
        let lang = Lang::from_code(&person.lang).unwrap_or_default();
        // The link's token is made when the mail is sent (auth::mail_secrets): none rests here.
        let link = format!("{}{RECOVERY}/{}", settings()?.public_url, mail_secrets::PLACEHOLDER);
        let email = crate::mail::credential_recovery(lang, &person.email, &person.given_name, &person.username, &link);
        outbox::enqueue_with_secret(&pool, &email, person.id, SecretKind::ResetLink).await?;
        tracing::info!(account_id = person.id, "credential recovery sent");
    }
    answer.values.clear();
    answer.notice = Some(AccountMsg::RecoverySent);
    back_with(RECOVERY, answer)
}

pub async fn reset_link_is_valid(token: &str) -> Result<bool, AppError> {
    Ok(reset_account(&db()?, token).await?.is_some())
}

pub async fn reset_password(token: String, new_password: String, again: String) -> Result<(), AppError> {
    let here = format!("{RECOVERY}/{}", if looks_like_token(&token) { token.as_str() } else { "" });
    let pool = db()?;
    let mut problem = Flash::for_form(FlashTarget::Reset);
    let person = match reset_account(&pool, &token).await? {
        Some(person) => person,
        None => {
            problem.notice = Some(AccountMsg::ResetInvalid);
            return back_with(&here, problem);
        }
    };
    let personal =
        vec![person.username.clone(), person.codice_fiscale.clone(), person.given_name.clone(), person.surname.clone()];
    if let Some(issue) = new_password_problem(&new_password, &again, &personal) {
        problem.issues.push(issue);
        return back_with(&here, problem);
    }
    let hash = password::hash(new_password).await?;
    let mut tx = pool.begin().await?;
    // Using the link in the same transaction as the change: a second submit finds it used.
    if accounts::use_email_token(&mut tx, &hash_token(&token), "reset").await?.is_none() {
        tx.rollback().await?;
        problem.notice = Some(AccountMsg::ResetInvalid);
        return back_with(&here, problem);
    }
    accounts::set_password(&mut *tx, person.id, &hash, None).await?;
    // A reset also proves the address: an account still waiting for verification is verified.
    accounts::mark_email_verified(&mut tx, person.id).await?;
    sessions::delete_all(&mut *tx, person.id).await?;
    tx.commit().await?;
    tracing::info!(account_id = person.id, "password reset");
    let mut done = Flash::for_form(FlashTarget::Login);
    done.notice = Some(AccountMsg::ResetDone);
    back_with(LOGIN, done)
}

async fn reset_account(pool: &sqlx::AnyPool, token: &str) -> Result<Option<accounts::Person>, AppError> {
    if !looks_like_token(token) {
        return Ok(None);
    }
    match accounts::email_token_account(pool, &hash_token(token), "reset", now()).await? {
        Some(id) => accounts::person(pool, id).await,
        None => Ok(None),
    }
}

/// Verifies the address and, in the same transaction, queues "Creazione utenza" (its temporary
/// password is made when it is sent).
pub async fn verify_email(token: &str) -> Result<VerifyOutcome, AppError> {
    if !looks_like_token(token) {
        return Ok(VerifyOutcome::Invalid);
    }
    let pool = db()?;
    let token_hash = hash_token(token);
    let mut tx = pool.begin().await?;
    let Some(account_id) = accounts::use_email_token(&mut tx, &token_hash, "verify").await? else {
        tx.rollback().await?;
        let verified = accounts::token_account_is_verified(&pool, &token_hash).await?;
        return Ok(if verified { VerifyOutcome::AlreadyVerified } else { VerifyOutcome::Invalid });
    };
    if !accounts::mark_email_verified(&mut tx, account_id).await? {
        tx.rollback().await?;
        return Ok(VerifyOutcome::AlreadyVerified);
    }
    let person = accounts::person(&mut *tx, account_id).await?.ok_or(AppError::NotFound)?;
    let lang = Lang::from_code(&person.lang).unwrap_or_default();
    let login_url = format!("{}{LOGIN}", settings()?.public_url);
    // The temporary password is made, and its hash stored, when the mail is sent.
    let email = crate::mail::account_created(
        lang,
        &person.email,
        &person.given_name,
        &person.username,
        mail_secrets::PLACEHOLDER,
        &login_url,
    );
    outbox::enqueue_with_secret(&mut *tx, &email, account_id, SecretKind::TemporaryPassword).await?;
    tx.commit().await?;
    tracing::info!(account_id, "email verified, credentials queued");
    Ok(VerifyOutcome::Verified)
}

pub async fn accept_conditions(conditions: bool, privacy: bool) -> Result<(), AppError> {
    let account = match session::current().await? {
        Some(account) if !account.must_change_password => account,
        Some(_) => {
            leptos_axum::redirect(CHANGE_PASSWORD);
            return Ok(());
        }
        None => {
            leptos_axum::redirect(LOGIN);
            return Ok(());
        }
    };
    if !(conditions && privacy) {
        let mut problem = Flash::for_form(FlashTarget::Conditions);
        problem.issues.push(("accept_conditions".into(), AccountMsg::ProblemConsent));
        return back_with(CONDITIONS, problem);
    }
    let pool = db()?;
    let address = cookies::client_address();
    let mut tx = pool.begin().await?;
    accounts::record_consent(&mut *tx, account.account_id, "conditions", documents::CONDITIONS_VERSION, &address)
        .await?;
    accounts::record_consent(&mut *tx, account.account_id, "privacy", documents::PRIVACY_VERSION, &address).await?;
    tx.commit().await?;
    tracing::info!(account_id = account.account_id, version = documents::CONDITIONS_VERSION, "conditions accepted");
    leptos_axum::redirect(landing::home(&pool, account.account_id).await?);
    Ok(())
}

pub async fn family_home() -> Result<FamilyOverview, AppError> {
    let account = session::require_ready().await?;
    let accepted = accounts::conditions_accepted_on(&db()?, account.account_id).await?;
    Ok(FamilyOverview {
        given_name: account.given_name,
        surname: account.surname,
        username: account.username,
        codice_fiscale: account.codice_fiscale,
        email: account.email,
        conditions_accepted_on: accepted,
    })
}
