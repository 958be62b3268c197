//! The office console's entry: the schools where the reader has a role, and one school's
//! dashboard. Every function checks the role on the server (`auth::staff`).

use crate::error::AppError;
use crate::model::{OfficeHome, StaffSchoolChoice};
use leptos::prelude::*;

/// The schools where the signed-in account has an office role (none: `NotFound`).
#[server(endpoint = "office/schools")]
pub async fn office_schools() -> Result<Vec<StaffSchoolChoice>, AppError> {
    let account = crate::auth::session::require_ready().await?;
    let schools = crate::store::staff::schools_of(&crate::store::db()?, account.account_id).await?;
    if schools.is_empty() {
        return Err(AppError::NotFound);
    }
    Ok(schools.into_iter().map(|s| StaffSchoolChoice { code: s.code, name: s.name, role: s.role }).collect())
}

/// One school's dashboard (`school`: its codice meccanografico).
#[server(endpoint = "office/home")]
pub async fn read_office_home(school: String) -> Result<OfficeHome, AppError> {
    let member = crate::auth::staff::require_staff(&school).await?;
    let figures = crate::store::console::figures(&crate::store::db()?, member.school.as_str()).await?;
    Ok(OfficeHome {
        school: crate::auth::staff::office_school(&member).await?,
        pupils: figures.pupils,
        unseen: figures.unseen,
        events: figures.events,
    })
}
