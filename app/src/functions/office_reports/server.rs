//! The server side of the office's money reports.

use crate::auth::now;
use crate::auth::staff::{office_school, require_staff, StaffMember};
use crate::error::AppError;
use crate::model::{ReconciliationTotals, ReconciliationView, TaxDataView};
use crate::routes;
use crate::store::{db, reconciliation, refunds};
use crate::time;
use domain::reconciliation::{by_day_and_psp, grand_total, tax_lines, Period};
use domain::Cents;

/// What was typed in a date field, cut to what a date can be.
fn typed(text: &str) -> String {
    text.trim().chars().take(10).collect()
}

pub async fn reconciliation(
    school: String,
    from: String,
    to: String,
    settled: Option<String>,
) -> Result<ReconciliationView, AppError> {
    let member = require_staff(&school).await?;
    let pool = db()?;
    let (from, to) = (typed(&from), typed(&to));
    let period = Period::parse(&from, &to, time::today(now()));
    let (days, totals) = match &period {
        Ok(period) => {
            let receipts = reconciliation::receipts(&pool, &member.school, period).await?;
            let entries: Vec<_> = receipts.iter().map(|receipt| receipt.entry()).collect();
            let days = by_day_and_psp(&entries).ok_or(AppError::Database)?;
            let (receipts, amount, fees) = grand_total(&days).ok_or(AppError::Database)?;
            (days, ReconciliationTotals { receipts, amount, fees })
        }
        Err(_) => (Vec::new(), ReconciliationTotals::default()),
    };
    let refunds = refunds::of_school(&pool, &member.school).await?;
    let settled = settled.and_then(|id| id.parse::<i64>().ok()).and_then(|id| {
        refunds
            .iter()
            .find(|refund| refund.id == id && refund.refunded_at.is_some())
            .map(|r| r.notice_number.to_string())
    });
    Ok(ReconciliationView {
        school: office_school(&member).await?,
        from,
        to,
        period: period.ok(),
        problem: period.err(),
        days,
        totals,
        refunds,
        may_settle_refunds: member.role.may_settle_refunds(),
        settled,
    })
}

pub async fn settle(school: String, refund_id: String, from: String, to: String) -> Result<(), AppError> {
    let Some(member) = crate::functions::staff_for_form(&school).await? else { return Ok(()) };
    may_settle(&member)?;
    let id = refund_id.trim().parse::<i64>().ok().filter(|id| *id > 0).ok_or(AppError::NotFound)?;
    // Marked already (a second click, another tab): the page shows it as made all the same.
    refunds::mark_refunded(&db()?, &member.school, id, now()).await?;
    let back = routes::office_reconciliation_period(member.school.as_str(), &typed(&from), &typed(&to));
    leptos_axum::redirect(&format!("{back}&rimborsato={id}#rimborsi"));
    Ok(())
}

fn may_settle(member: &StaffMember) -> Result<(), AppError> {
    if member.role.may_settle_refunds() {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// The tax year asked for, or the one an office most likely wants: the last finished year
/// with payments (the data is due by 16 March), else the running one.
pub fn chosen_year(asked: &str, years: &[u16], this_year: u16) -> Option<u16> {
    match asked.trim() {
        "" => Some(years.iter().copied().find(|year| *year < this_year).unwrap_or(this_year)),
        text => text.parse::<u16>().ok().filter(|year| (2000..=this_year).contains(year)),
    }
}

pub async fn tax_data(school: String, year: String) -> Result<TaxDataView, AppError> {
    let member = require_staff(&school).await?;
    let pool = db()?;
    let this_year = time::today(now()).year;
    let years = reconciliation::years(&pool, &member.school).await?;
    let asked = chosen_year(&year, &years, this_year);
    let year_refused = asked.is_none();
    let year = asked.or_else(|| chosen_year("", &years, this_year)).unwrap_or(this_year);
    let lines = tax_lines(&reconciliation::deductible(&pool, &member.school, year).await?).ok_or(AppError::Database)?;
    let total = Cents::checked_sum(lines.iter().map(|line| line.amount)).ok_or(AppError::Database)?;
    let without_payer = lines.iter().filter(|line| line.payer_cf.is_none()).count() as u32;
    Ok(TaxDataView { school: office_school(&member).await?, year, year_refused, years, lines, total, without_payer })
}

#[cfg(test)]
mod tests {
    use super::chosen_year;

    #[test]
    fn the_tax_year_defaults_to_the_last_finished_one_with_payments() {
        assert_eq!(chosen_year("", &[2026, 2025], 2026), Some(2025));
        assert_eq!(chosen_year("", &[2026], 2026), Some(2026));
        assert_eq!(chosen_year("", &[], 2026), Some(2026));
        assert_eq!(chosen_year("2024", &[2026], 2026), Some(2024));
        assert_eq!(chosen_year("2027", &[2026], 2026), None);
        assert_eq!(chosen_year("duemila", &[2026], 2026), None);
    }
}
