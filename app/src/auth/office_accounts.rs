//! Accounts for the office and the platform, made by an administrator (the `/admin` form) or
//! by the command line (`pagoscuola admin ...`). Staff log in like families: a temporary
//! password that must be changed at the first log-in, then the service conditions. An account
//! that already exists for the codice fiscale (a parent who is also staff) keeps its password
//! and only gains the role.

use super::mail_secrets::{self, SecretKind, TEMPORARY_PASSWORD_SECONDS};
use super::{now, password, tokens};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::store::accounts::{self, CreateError, NewAccount};
use crate::store::outbox;
use domain::codice_fiscale::CodiceFiscale;
use domain::registration::{base_username, check_email, check_name};
use sqlx::AnyPool;

/// A person to give an account, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewPerson {
    pub codice_fiscale: CodiceFiscale,
    pub surname: String,
    pub given_name: String,
    pub email: String,
}

/// Which field of a [`NewPerson`] is wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonField {
    CodiceFiscale,
    Surname,
    GivenName,
    Email,
}

impl NewPerson {
    /// Parses what was typed; every wrong field, in form order.
    pub fn parse(cf: &str, surname: &str, given_name: &str, email: &str) -> Result<NewPerson, Vec<PersonField>> {
        let mut wrong = Vec::new();
        let codice_fiscale = CodiceFiscale::parse(cf).map_err(|_| wrong.push(PersonField::CodiceFiscale)).ok();
        let (surname, given_name, email) = (surname.trim(), given_name.trim(), email.trim());
        if check_name(surname).is_err() {
            wrong.push(PersonField::Surname);
        }
        if check_name(given_name).is_err() {
            wrong.push(PersonField::GivenName);
        }
        if check_email(email).is_err() {
            wrong.push(PersonField::Email);
        }
        match codice_fiscale {
            Some(codice_fiscale) if wrong.is_empty() => Ok(NewPerson {
                codice_fiscale,
                surname: surname.into(),
                given_name: given_name.into(),
                email: email.into(),
            }),
            _ => Err(wrong),
        }
    }
}

/// How a new account's temporary password reaches its owner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Delivery {
    /// Made now and returned, to be printed once (the command line).
    Print,
    /// The "Creazione utenza" email, the password made when it is sent; `login_url` is the
    /// public log-in page.
    Email { login_url: String },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A new account; with [`Delivery::Print`], its temporary password.
    Created { account_id: i64, username: String, temporary_password: Option<String> },
    /// The codice fiscale had an account already: it keeps its password.
    Existing { account_id: i64 },
}

impl Outcome {
    pub fn account_id(&self) -> i64 {
        match self {
            Outcome::Created { account_id, .. } | Outcome::Existing { account_id } => *account_id,
        }
    }
}

/// The account of the person's codice fiscale, made when there is none: verified (whoever
/// gives the role vouches for the address), in Italian, with a temporary password.
pub async fn find_or_create(pool: &AnyPool, person: &NewPerson, delivery: Delivery) -> Result<Outcome, AppError> {
    if let Some(account_id) = accounts::id_by_codice_fiscale(pool, person.codice_fiscale.as_str()).await? {
        return Ok(Outcome::Existing { account_id });
    }
    let decoded = person.codice_fiscale.without_omocodia().decode();
    // The code holds two digits of the year: a member of staff is an adult.
    let this_year = i64::from(crate::time::today(now()).year);
    let yy = i64::from(decoded.year_of_century);
    let year = if 2000 + yy > this_year - 16 { 1900 + yy } else { 2000 + yy };
    let account = NewAccount {
        codice_fiscale: person.codice_fiscale.as_str().into(),
        surname: person.surname.clone(),
        given_name: person.given_name.clone(),
        birth_date: format!("{year:04}-{:02}-{:02}", decoded.month, decoded.day),
        sex: if decoded.sex == domain::codice_fiscale::Sex::Female { "F" } else { "M" }.into(),
        birthplace_code: decoded.place_code,
        email: person.email.clone(),
        lang: Lang::It.code().into(),
    };
    let base = base_username(&person.given_name, &person.surname);
    for _ in 0..3 {
        let username = accounts::free_username(pool, &base).await?;
        let mut tx = pool.begin().await?;
        let account_id = match accounts::create(&mut tx, &account, &username).await {
            Ok(id) => id,
            Err(CreateError::Duplicate) => {
                tx.rollback().await?;
                // The same codice fiscale made meanwhile: that account gains the role.
                if let Some(account_id) = accounts::id_by_codice_fiscale(pool, person.codice_fiscale.as_str()).await? {
                    return Ok(Outcome::Existing { account_id });
                }
                continue;
            }
            Err(CreateError::Database) => return Err(AppError::Database),
        };
        accounts::mark_email_verified(&mut tx, account_id).await?;
        let temporary_password = match &delivery {
            Delivery::Print => {
                let temporary = tokens::temporary_password();
                let hash = password::hash(temporary.clone()).await?;
                accounts::set_password(&mut *tx, account_id, &hash, Some(now() + TEMPORARY_PASSWORD_SECONDS)).await?;
                Some(temporary)
            }
            Delivery::Email { login_url } => {
                let email = crate::mail::account_created(
                    Lang::It,
                    &person.email,
                    &person.given_name,
                    &username,
                    mail_secrets::PLACEHOLDER,
                    login_url,
                );
                outbox::enqueue_with_secret(&mut *tx, &email, account_id, SecretKind::TemporaryPassword).await?;
                None
            }
        };
        tx.commit().await?;
        return Ok(Outcome::Created { account_id, username, temporary_password });
    }
    Err(AppError::Database)
}
