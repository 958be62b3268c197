//! The demo family: Maria and Andrea Rossi, who have three children at two schools in Milano, with notices
//! in every state. Dates are relative to the day the data is loaded, so the demo stays current.

use super::people::{create_account, DemoPerson};
use super::DemoError;
use app::auth::password;
use app::store::accounts;
use app::store::office::{self, NewEvent, NewPupil};
use domain::codice_fiscale::{encode, Sex};
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

/// Maria uses the demo; Andrea, the other parent, sees the same children (the end-to-end tests
/// use his account so that two runs never share a cart).
pub(super) const PARENTS: [DemoPerson; 2] = [
    DemoPerson {
        username: DEMO_USERNAME,
        surname: "Rossi",
        given_name: "Maria",
        birth: (1982, 5, 15),
        sex: Sex::Female,
        email: "maria.rossi@example.it",
    },
    DemoPerson {
        username: SECOND_PARENT_USERNAME,
        surname: "Rossi",
        given_name: "Andrea",
        birth: (1980, 3, 10),
        sex: Sex::Male,
        email: "andrea.rossi@example.it",
    },
];

/// The other parent's username (same password as the demo).
pub const SECOND_PARENT_USERNAME: &str = "demo2";

/// Creates the demo family once (a second run finds the account and stops).
pub async fn load(pool: &AnyPool) -> Result<(), DemoError> {
    let first = PARENTS[0].codice_fiscale()?;
    if accounts::exists_with_codice_fiscale(pool, first.as_str()).await? {
        return Ok(());
    }
    let hash = password::hash(DEMO_PASSWORD.to_string()).await?;
    let today = app::time::today(app::auth::now());
    let mut tx = pool.begin().await?;
    let mut parent_cfs = Vec::new();
    for parent in &PARENTS {
        parent_cfs.push(create_account(&mut tx, parent, &hash).await?.1);
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

/// The school recorded each parent's email, which vouches for their (verified) accounts: the
/// demo family sees its children. Run on every load, since a database made before the office
/// has links without an email (the family's own load stops early there); only links without
/// one change.
pub async fn vouch(pool: &AnyPool) -> Result<(), DemoError> {
    for parent in &PARENTS {
        app::store::activation::record_missing_payer_email(pool, &parent.codice_fiscale()?, parent.email).await?;
    }
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
