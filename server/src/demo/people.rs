//! The demo's people: accounts born in Milano (F205), verified, with the demo password and the
//! current conditions accepted, so each can log in at once (in demo mode only).

use super::DemoError;
use app::error::AppError;
use app::i18n::documents::{CONDITIONS_VERSION, PRIVACY_VERSION, TERMS_VERSION};
use app::store::accounts::{self, NewAccount};
use domain::codice_fiscale::{encode, CodiceFiscale, Sex};

pub struct DemoPerson {
    pub username: &'static str,
    pub surname: &'static str,
    pub given_name: &'static str,
    /// (year, month, day)
    pub birth: (u16, u8, u8),
    pub sex: Sex,
    pub email: &'static str,
}

impl DemoPerson {
    pub fn codice_fiscale(&self) -> Result<CodiceFiscale, DemoError> {
        let (year, month, day) = self.birth;
        encode(self.surname, self.given_name, year, month, day, self.sex, "F205")
            .ok_or(DemoError::Invalid(self.username))
    }
}

/// Creates the account; `hash` is the demo password's argon2id hash (computed once per load).
pub async fn create_account(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    person: &DemoPerson,
    hash: &str,
) -> Result<(i64, CodiceFiscale), DemoError> {
    let cf = person.codice_fiscale()?;
    let (year, month, day) = person.birth;
    let account = NewAccount {
        codice_fiscale: cf.as_str().to_string(),
        surname: person.surname.into(),
        given_name: person.given_name.into(),
        birth_date: format!("{year:04}-{month:02}-{day:02}"),
        sex: if person.sex == Sex::Female { "F" } else { "M" }.into(),
        birthplace_code: "F205".into(),
        email: person.email.into(),
        lang: "it".into(),
    };
    let account_id = accounts::create(tx, &account, person.username).await.map_err(|_| AppError::Database)?;
    accounts::mark_email_verified(tx, account_id).await?;
    accounts::mark_demo(tx, account_id).await?;
    accounts::set_password(&mut **tx, account_id, hash, None).await?;
    for (document, version) in
        [("terms", TERMS_VERSION), ("privacy", PRIVACY_VERSION), ("conditions", CONDITIONS_VERSION)]
    {
        accounts::record_consent(&mut **tx, account_id, document, version, "demo").await?;
    }
    Ok((account_id, cf))
}
