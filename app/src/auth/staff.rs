//! The office's and the administrators' checks, run by every office and admin server function
//! and page on the server. Staff log in like families (same password, lockout and session
//! rules, own password and conditions first); a role belongs to one school, and another
//! school's office is answered as if it did not exist.

use super::session::require_ready;
use super::SessionAccount;
use crate::error::AppError;
use crate::store::{db, staff};
use domain::{SchoolCode, StaffRole};

/// A signed-in member of one school's office.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaffMember {
    pub account: SessionAccount,
    pub school: SchoolCode,
    pub role: StaffRole,
}

impl StaffMember {
    /// Only the headteacher approves payment events: `Forbidden` for anyone else.
    pub fn require_approver(&self) -> Result<(), AppError> {
        if self.role.may_approve() {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }
}

/// The signed-in account's role at `school`: `Unauthenticated` without a session, 403 before
/// the password change or the conditions, `NotFound` when it has no role there (a malformed
/// code included), so no one learns which schools use the office.
pub async fn require_staff(school: &str) -> Result<StaffMember, AppError> {
    let account = require_ready().await?;
    let code = SchoolCode::parse(school).map_err(|_| AppError::NotFound)?;
    let role = staff::role_at(&db()?, account.account_id, code.as_str()).await?.ok_or(AppError::NotFound)?;
    Ok(StaffMember { account, school: code, role })
}

/// The signed-in platform administrator; `NotFound` for any other account.
pub async fn require_admin() -> Result<SessionAccount, AppError> {
    let account = require_ready().await?;
    if staff::is_admin(&db()?, account.account_id).await? {
        Ok(account)
    } else {
        Err(AppError::NotFound)
    }
}

/// The frame's facts about the member's school (its name from the directory).
pub async fn office_school(member: &StaffMember) -> Result<crate::model::OfficeSchool, AppError> {
    let school = crate::store::schools::by_code(&db()?, &member.school).await?.ok_or(AppError::NotFound)?;
    Ok(crate::model::OfficeSchool { code: member.school.clone(), name: school.name, role: member.role })
}
