//! The demo's class representative: eight classmates of Giulia in 3ª A primaria at MIIC8CY00P,
//! a trip to the planetarium issued to them, and Maria Rossi (the demo parent) delegated by the
//! office to pay it for the class, five pupils per payment (`/rappresentante`).

use super::people::DemoPerson;
use super::DemoError;
use app::store::office::{self, NewEvent, NewPupil};
use app::store::representatives::{self, Delegated};
use domain::codice_fiscale::{encode, Sex};
use domain::{Cents, NoticeState};
use sqlx::AnyPool;

pub const CLASS_TRIP: &str = "Uscita didattica al Planetario";
const SCHOOL: &str = "MIIC8CY00P";
const CLASS: &str = "3ª A primaria";
const IBAN: &str = "IT60X0542811101000000123456";

/// Surname, given name, birth (year, month, day), sex.
type Classmate = (&'static str, &'static str, (u16, u8, u8), Sex);

#[rustfmt::skip]
const CLASSMATES: [Classmate; 8] = [
    ("Bianchi", "Sofia", (2018, 1, 9), Sex::Female),
    ("Colombo", "Leonardo", (2018, 2, 17), Sex::Male),
    ("Esposito", "Aurora", (2018, 4, 3), Sex::Female),
    ("Ferrari", "Tommaso", (2018, 5, 22), Sex::Male),
    ("Galli", "Ginevra", (2018, 6, 30), Sex::Female),
    ("Greco", "Edoardo", (2018, 8, 11), Sex::Male),
    ("Marino", "Beatrice", (2018, 10, 5), Sex::Female),
    ("Ricci", "Riccardo", (2018, 11, 27), Sex::Male),
];

/// Once: a second run finds the trip and stops. Needs the family, the office and the classes.
pub async fn load(pool: &AnyPool, representative: &DemoPerson) -> Result<(), DemoError> {
    let existing: Option<(i64,)> =
        sqlx::query_as("SELECT id FROM payment_events WHERE school_code = $1 AND reason = $2")
            .bind(SCHOOL)
            .bind(CLASS_TRIP)
            .fetch_optional(pool)
            .await?;
    if existing.is_some() {
        return Ok(());
    }
    let today = app::time::today(app::auth::now());
    let due_date = today.plus_days(21);
    let amount = Cents::from_const(800);
    let mut tx = pool.begin().await?;
    let event = NewEvent {
        school_code: SCHOOL,
        reason: CLASS_TRIP,
        category: "trip",
        amount,
        due_date,
        expires_on: due_date,
        beneficiary_iban: IBAN,
        tax_deductible: false,
        amount_editable: false,
    };
    let event_id = office::create_event(&mut tx, &event).await?;
    for (surname, given_name, (year, month, day), sex) in CLASSMATES {
        let cf = encode(surname, given_name, year, month, day, sex, "F205").ok_or(DemoError::Invalid("a classmate"))?;
        let pupil = NewPupil { school_code: SCHOOL, codice_fiscale: &cf, surname, given_name, class_name: CLASS };
        let pupil_id = office::upsert_pupil(&mut tx, &pupil).await?;
        // Each classmate's parent: a code of their own (born 1985, same day as the child).
        let parent = encode(surname, "Paola", 1985, month, day, Sex::Female, "F205")
            .ok_or(DemoError::Invalid("a classmate's parent"))?;
        office::link_payer(&mut tx, pupil_id, &parent).await?;
        office::issue_notice(&mut tx, event_id, pupil_id, SCHOOL, amount, NoticeState::Valid).await?;
    }
    tx.commit().await?;
    app::store::pupils::classes_of_pupils(pool, app::auth::now()).await?;
    let (dsga,): (i64,) = sqlx::query_as("SELECT id FROM accounts WHERE username = $1")
        .bind(super::office::OFFICE_MANAGER_USERNAME)
        .fetch_one(pool)
        .await?;
    let cf = representative.codice_fiscale()?;
    match representatives::delegate(pool, SCHOOL, event_id, CLASS, &cf, dsga, app::auth::now()).await? {
        Delegated::Done => Ok(()),
        Delegated::UnknownClass | Delegated::NotAParentOfTheClass => {
            Err(DemoError::Invalid("the class representative"))
        }
    }
}
