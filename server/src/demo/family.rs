//! The demo family: Maria and Andrea Rossi, who have three children at two schools in Milano, with notices
//! in every state. Dates are relative to the day the data is loaded, so the demo stays current.

use super::DemoError;
use app::auth::password;
use app::i18n::documents::{CONDITIONS_VERSION, PRIVACY_VERSION, TERMS_VERSION};
use app::store::accounts::{self, NewAccount};
use app::store::office::{self, NewEvent, NewPupil};
use domain::codice_fiscale::{encode, CodiceFiscale, Sex};
use domain::{Cents, NoticeState};
use sqlx::AnyPool;

pub const DEMO_USERNAME: &str = "demo";
/// Printed in the README: this account exists only in demo mode.
pub const DEMO_PASSWORD: &str = "demo-pagoscuola";

const IC_SCAPPONI: &str = "MIIC8CY00P";
const IIS_CATTANEO: &str = "MIIS01200L";
const IBAN_SCAPPONI: &str = "IT60X0542811101000000123456";
const IBAN_CATTANEO: &str = "IT61X0306909606100000012345";

struct Child {
    given_name: &'static str,
    birth: (u16, u8, u8),
    sex: Sex,
    school: &'static str,
    class_name: &'static str,
}

const CHILDREN: [Child; 3] = [
    Child {
        given_name: "Giulia",
        birth: (2018, 3, 14),
        sex: Sex::Female,
        school: IC_SCAPPONI,
        class_name: "3ª A primaria",
    },
    Child {
        given_name: "Marco",
        birth: (2015, 9, 2),
        sex: Sex::Male,
        school: IC_SCAPPONI,
        class_name: "1ª B secondaria",
    },
    Child { given_name: "Luca", birth: (2010, 6, 21), sex: Sex::Male, school: IIS_CATTANEO, class_name: "4ª C" },
];

/// (child index, reason, category, euro cents, due in days from today, days payable after due, state, deductible)
type DemoNotice = (usize, &'static str, &'static str, u64, i64, i64, NoticeState, bool);

#[rustfmt::skip]
const NOTICES: &[DemoNotice] = &[
    (0, "Uscita didattica al Museo di Storia Naturale", "trip", 1_200, 10, 30, NoticeState::Valid, false),
    (0, "Assicurazione integrativa alunni", "insurance", 850, 20, 60, NoticeState::Valid, false),
    (0, "Contributo volontario per l'ampliamento dell'offerta formativa", "contribution", 3_000, -30, 60, NoticeState::Paid, true),
    (0, "Materiale per il laboratorio di ceramica", "material", 500, 5, 30, NoticeState::Revoked, false),
    (1, "Viaggio d'istruzione a Verona", "trip", 4_500, 30, 30, NoticeState::Valid, false),
    (1, "Assicurazione integrativa alunni", "insurance", 850, 20, 60, NoticeState::Valid, false),
    (1, "Corso di nuoto", "other", 2_500, -40, 30, NoticeState::Expired, false),
    (2, "Contributo volontario per l'ampliamento dell'offerta formativa", "contribution", 8_000, 15, 90, NoticeState::Valid, true),
    (2, "Esame di certificazione linguistica Cambridge B2", "other", 13_000, -5, 30, NoticeState::Valid, false),
    (2, "Uscita didattica a Torino, Museo Egizio", "trip", 3_800, -20, 30, NoticeState::Paid, false),
];

fn school_iban(school: &str) -> &'static str {
    if school == IC_SCAPPONI {
        IBAN_SCAPPONI
    } else {
        IBAN_CATTANEO
    }
}

/// A demo parent: (username, given name, birth (y, m, d), sex, email).
type Parent = (&'static str, &'static str, (u16, u8, u8), Sex, &'static str);

/// Maria uses the demo; Andrea, the other parent, sees the same children (the end-to-end tests
/// use his account so that two runs never share a cart).
const PARENTS: [Parent; 2] = [
    (DEMO_USERNAME, "Maria", (1982, 5, 15), Sex::Female, "maria.rossi@example.it"),
    (SECOND_PARENT_USERNAME, "Andrea", (1980, 3, 10), Sex::Male, "andrea.rossi@example.it"),
];

/// The other parent's username (same password as the demo).
pub const SECOND_PARENT_USERNAME: &str = "demo2";

async fn create_parent(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    parent: &Parent,
    hash: &str,
) -> Result<CodiceFiscale, DemoError> {
    let &(username, given_name, (year, month, day), sex, email) = parent;
    let cf = encode("Rossi", given_name, year, month, day, sex, "F205").ok_or(app::error::AppError::Database)?;
    let account = NewAccount {
        codice_fiscale: cf.as_str().to_string(),
        surname: "Rossi".into(),
        given_name: given_name.into(),
        birth_date: format!("{year:04}-{month:02}-{day:02}"),
        sex: if sex == Sex::Female { "F" } else { "M" }.into(),
        birthplace_code: "F205".into(),
        email: email.into(),
        lang: "it".into(),
    };
    let account_id = accounts::create(tx, &account, username).await.map_err(|_| app::error::AppError::Database)?;
    accounts::mark_email_verified(tx, account_id).await?;
    accounts::mark_demo(tx, account_id).await?;
    accounts::set_password(&mut **tx, account_id, hash, None).await?;
    for (document, version) in
        [("terms", TERMS_VERSION), ("privacy", PRIVACY_VERSION), ("conditions", CONDITIONS_VERSION)]
    {
        accounts::record_consent(&mut **tx, account_id, document, version, "demo").await?;
    }
    Ok(cf)
}

/// Creates the demo family once (a second run finds the account and stops).
pub async fn load(pool: &AnyPool) -> Result<(), DemoError> {
    let first = encode("Rossi", "Maria", 1982, 5, 15, Sex::Female, "F205").ok_or(app::error::AppError::Database)?;
    if accounts::exists_with_codice_fiscale(pool, first.as_str()).await? {
        return Ok(());
    }
    let hash = password::hash(DEMO_PASSWORD.to_string()).await?;
    let today = app::time::today(app::auth::now());
    let mut tx = pool.begin().await?;
    let mut parent_cfs = Vec::new();
    for parent in &PARENTS {
        parent_cfs.push(create_parent(&mut tx, parent, &hash).await?);
    }

    let mut pupils = Vec::new();
    for child in &CHILDREN {
        let (year, month, day) = child.birth;
        let cf = encode("Rossi", child.given_name, year, month, day, child.sex, "F205")
            .ok_or(app::error::AppError::Database)?;
        let pupil = NewPupil {
            school_code: child.school,
            codice_fiscale: &cf,
            surname: "Rossi",
            given_name: child.given_name,
            class_name: child.class_name,
        };
        let pupil_id = office::upsert_pupil(&mut tx, &pupil).await?;
        for parent_cf in &parent_cfs {
            office::link_payer(&mut tx, pupil_id, parent_cf).await?;
        }
        pupils.push(pupil_id);
    }
    // One event per (school, reason): the insurance is one event with a notice per child.
    let mut events: Vec<(&str, &str, i64)> = Vec::new();
    for &(child, reason, category, cents, due_in, payable_for, state, deductible) in NOTICES {
        let school = CHILDREN[child].school;
        let event_id = match events.iter().find(|(s, r, _)| *s == school && *r == reason) {
            Some((_, _, id)) => *id,
            None => {
                let due_date = today.plus_days(due_in);
                let event = NewEvent {
                    school_code: school,
                    reason,
                    category,
                    amount: Cents::from_const(cents),
                    due_date,
                    expires_on: due_date.plus_days(payable_for),
                    beneficiary_iban: school_iban(school),
                    tax_deductible: deductible,
                    amount_editable: category == "contribution",
                };
                let id = office::create_event(&mut tx, &event).await?;
                events.push((school, reason, id));
                id
            }
        };
        office::issue_notice(&mut tx, event_id, pupils[child], school, Cents::from_const(cents), state).await?;
    }
    tx.commit().await?;
    tracing::info!(notices = NOTICES.len(), "demo family loaded (user \"{DEMO_USERNAME}\")");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_covers_every_notice_state_and_two_schools() {
        for state in NoticeState::ALL {
            assert!(NOTICES.iter().any(|n| n.6 == state), "{state:?}");
        }
        let schools: std::collections::BTreeSet<_> = CHILDREN.iter().map(|c| c.school).collect();
        assert_eq!(schools.len(), 2);
        // Expired notices must be past their last payable day, the others not.
        for n in NOTICES {
            assert_eq!(n.6 == NoticeState::Expired, n.4 + n.5 < 0, "{}", n.1);
        }
    }
}
