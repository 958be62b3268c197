//! The deadline's families in a fresh database: each parent verified, with the conditions
//! accepted and vouched by the school, one child at one of the schools, and two notices due.

use app::error::AppError;
use app::i18n::documents::{CONDITIONS_VERSION, PRIVACY_VERSION, TERMS_VERSION};
use app::store::accounts::{self, NewAccount};
use app::store::office::{self, NewEvent, NewPupil};
use domain::codice_fiscale::{encode, CodiceFiscale, Sex};
use domain::{Cents, NoticeState};
use sqlx::AnyPool;
use std::collections::HashSet;

/// Every family's password (hashed once: the load is about paying, not about argon2).
pub const PASSWORD: &str = "scadenza-di-prova";
const IBAN: &str = "IT60X0542811101000000123456";
const SURNAMES: [&str; 16] = [
    "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno",
    "Gallo", "Conti", "DeLuca", "Mancini", "Costa",
];
const PARENTS: [&str; 8] = ["Maria", "Anna", "Paola", "Laura", "Marco", "Luca", "Andrea", "Stefano"];
const CHILDREN: [&str; 8] = ["Sofia", "Giulia", "Aurora", "Alice", "Leonardo", "Francesco", "Tommaso", "Edoardo"];
/// The two notices every child has (reason, euro cents).
pub const NOTICES: [(&str, u64); 2] = [("Uscita didattica di fine anno", 1_500), ("Assicurazione integrativa", 850)];

pub fn username(family: usize) -> String {
    format!("famiglia{family}")
}

struct Person {
    cf: CodiceFiscale,
    surname: &'static str,
    given_name: &'static str,
    birth_date: String,
    sex: Sex,
}

/// A distinct person `index` of a kind (parents born 1970-1989, children 2010-2029), with a
/// codice fiscale no one else in the run has.
fn person(index: usize, parent: bool, taken: &mut HashSet<String>) -> Result<Person, AppError> {
    for attempt in 0..50 {
        let n = index * 7 + attempt * 1_000_003;
        let surname = SURNAMES[n % SURNAMES.len()];
        let names: &[&str] = if parent { &PARENTS } else { &CHILDREN };
        let given = names[(n / SURNAMES.len()) % names.len()];
        let sex = if names.iter().position(|g| *g == given).unwrap_or(0) < 4 { Sex::Female } else { Sex::Male };
        let day = (n / 128 % 28) as u8 + 1;
        let month = (n / (128 * 28) % 12) as u8 + 1;
        let year = if parent { 1970 } else { 2010 } + (n / (128 * 28 * 12) % 10) as u16 + (index % 10) as u16;
        let Some(cf) = encode(surname, given, year, month, day, sex, "F205") else { continue };
        if taken.insert(cf.as_str().to_string()) {
            let birth_date = format!("{year:04}-{month:02}-{day:02}");
            return Ok(Person { cf, surname, given_name: given, birth_date, sex });
        }
    }
    Err(AppError::Database)
}

/// Creates `families` families over the first `schools` demo schools; returns how many notices.
pub async fn families(pool: &AnyPool, families: usize, schools: usize) -> Result<usize, crate::ServerError> {
    let schools: Vec<_> = crate::demo::schools()?.into_iter().take(schools.max(1)).collect();
    for school in &schools {
        app::store::schools::upsert(pool, school).await.map_err(|e| crate::ServerError::Store(e.into()))?;
    }
    let hash = app::auth::password::hash(PASSWORD.to_string()).await.map_err(crate::ServerError::Store)?;
    let today = app::time::today(app::auth::now());
    let mut tx = pool.begin().await.map_err(|e| crate::ServerError::Store(e.into()))?;
    let mut events = Vec::new();
    for school in &schools {
        for (reason, cents) in NOTICES {
            let event = NewEvent {
                school_code: school.code.as_str(),
                reason,
                category: "trip",
                amount: Cents::from_const(cents),
                due_date: today.plus_days(3),
                expires_on: today.plus_days(60),
                beneficiary_iban: IBAN,
                tax_deductible: false,
                amount_editable: false,
            };
            events.push((school.code.as_str(), office::create_event(&mut tx, &event).await?, cents));
        }
    }
    let mut taken = HashSet::new();
    let mut parents = Vec::with_capacity(families);
    let mut notices = 0;
    for family in 0..families {
        let parent = person(family, true, &mut taken)?;
        let child = person(family, false, &mut taken)?;
        let account = NewAccount {
            codice_fiscale: parent.cf.as_str().to_string(),
            surname: parent.surname.into(),
            given_name: parent.given_name.into(),
            birth_date: parent.birth_date,
            sex: if parent.sex == Sex::Female { "F" } else { "M" }.into(),
            birthplace_code: "F205".into(),
            email: format!("{}@scadenza.example", username(family)),
            lang: "it".into(),
        };
        let account_id =
            accounts::create(&mut tx, &account, &username(family)).await.map_err(|_| AppError::Database)?;
        accounts::mark_email_verified(&mut tx, account_id).await?;
        accounts::set_password(&mut *tx, account_id, &hash, None).await?;
        for (document, version) in
            [("terms", TERMS_VERSION), ("privacy", PRIVACY_VERSION), ("conditions", CONDITIONS_VERSION)]
        {
            accounts::record_consent(&mut *tx, account_id, document, version, "127.0.0.1").await?;
        }
        let school = schools[family % schools.len()].code.as_str();
        let pupil = NewPupil {
            school_code: school,
            codice_fiscale: &child.cf,
            surname: child.surname,
            given_name: child.given_name,
            class_name: "1ª A",
        };
        let pupil_id = office::upsert_pupil(&mut tx, &pupil).await?;
        office::link_payer(&mut tx, pupil_id, &parent.cf).await?;
        for (event_school, event_id, cents) in &events {
            if *event_school == school {
                office::issue_notice(
                    &mut tx,
                    *event_id,
                    pupil_id,
                    school,
                    Cents::from_const(*cents),
                    NoticeState::Valid,
                )
                .await?;
                notices += 1;
            }
        }
        parents.push((parent.cf, account.email));
    }
    tx.commit().await.map_err(|e| crate::ServerError::Store(e.into()))?;
    // The school recorded each parent's email: that vouches for the accounts.
    for (cf, email) in &parents {
        app::store::activation::record_missing_payer_email(pool, cf, email).await?;
    }
    app::store::pupils::classes_of_pupils(pool, app::auth::now()).await?;
    Ok(notices)
}
