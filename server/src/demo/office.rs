//! The demo's school office on MIIC8CY00P (a headteacher and an office manager) and the
//! platform's administrator, all with the demo password.

use super::people::{create_account, DemoPerson};
use super::DemoError;
use app::store::{accounts, staff};
use domain::codice_fiscale::Sex;
use domain::{SchoolCode, StaffRole};
use sqlx::AnyPool;

pub const HEADTEACHER_USERNAME: &str = "preside";
pub const OFFICE_MANAGER_USERNAME: &str = "dsga";
pub const ADMIN_USERNAME: &str = "admin";
pub const OFFICE_SCHOOL: &str = "MIIC8CY00P";

#[rustfmt::skip]
const STAFF: [(DemoPerson, StaffRole); 2] = [
    (DemoPerson { username: HEADTEACHER_USERNAME, surname: "Bianchi", given_name: "Laura", birth: (1970, 2, 8), sex: Sex::Female, email: "preside.scapponi@example.it" }, StaffRole::Headteacher),
    (DemoPerson { username: OFFICE_MANAGER_USERNAME, surname: "Esposito", given_name: "Paolo", birth: (1975, 11, 23), sex: Sex::Male, email: "dsga.scapponi@example.it" }, StaffRole::OfficeManager),
];

const ADMIN: DemoPerson = DemoPerson {
    username: ADMIN_USERNAME,
    surname: "Conti",
    given_name: "Giorgio",
    birth: (1985, 7, 30),
    sex: Sex::Male,
    email: "admin@pagoscuola.example.it",
};

/// Creates the office and the administrator once (a second run finds them and stops).
pub async fn load(pool: &AnyPool) -> Result<(), DemoError> {
    if accounts::exists_with_codice_fiscale(pool, ADMIN.codice_fiscale()?.as_str()).await? {
        return Ok(());
    }
    let hash = app::auth::password::hash(super::DEMO_PASSWORD.to_string()).await?;
    let school = SchoolCode::parse(OFFICE_SCHOOL).map_err(|_| DemoError::Invalid(OFFICE_SCHOOL))?;
    let now = app::auth::now();
    let mut tx = pool.begin().await?;
    for (person, role) in &STAFF {
        let (account_id, _) = create_account(&mut tx, person, &hash).await?;
        staff::grant(&mut *tx, account_id, &school, *role, now).await?;
    }
    let (admin_id, _) = create_account(&mut tx, &ADMIN, &hash).await?;
    staff::make_admin(&mut *tx, admin_id, now).await?;
    tx.commit().await?;
    tracing::info!("demo school office loaded (users \"{HEADTEACHER_USERNAME}\", \"{OFFICE_MANAGER_USERNAME}\", \"{ADMIN_USERNAME}\")");
    Ok(())
}
