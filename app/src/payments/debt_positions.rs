//! The one place where notices are created (a debt position, in pagoPA's words). Today the
//! notice is written in our database with the school's next number from `notice_counters`; a
//! later issue registers the position with pagoPA's GPD from here (`POST
//! /organizations/{creditor}/debtpositions?toPublish=true`), so that callers keep making one call.

use crate::error::AppError;
use crate::store::voluntary;
use domain::birthplace::Date;
use domain::{Cents, NoticeNumber};
use sqlx::AnyPool;

pub use crate::store::voluntary::{NoticeRow as NoticeRequest, Payer};

/// A notice just created: its id, its number (NAV), amount and due date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IssuedNotice {
    pub id: i64,
    pub number: NoticeNumber,
    pub amount: Cents,
    pub due_date: Date,
}

/// Creates the notice `request` describes: the pupil (found or added), its payment event, the
/// notice with the school's next number, and for a voluntary item who asked for it.
pub async fn issue_notice(pool: &AnyPool, request: &NoticeRequest<'_>) -> Result<IssuedNotice, AppError> {
    let (id, number) = voluntary::insert_notice(pool, request, crate::auth::now()).await?;
    tracing::info!(notice = id, school = request.school_code, "notice issued");
    Ok(IssuedNotice { id, number, amount: request.amount, due_date: request.event.due_date })
}
