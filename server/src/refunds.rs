//! `pagoscuola refunds [--school CODE]`: the refunds the schools still have to make (money that
//! reached a school for a notice already paid, or no longer payable), until the office console
//! lists them.

use crate::{db, ServerError};
use app::time::date_and_clock as rome_date_and_clock;
use domain::refund::{Refund, RefundReason};
use domain::SchoolCode;

/// Connects, migrates, and prints the refunds to make (of one school when given).
pub async fn print(database_url: &str, school: Option<&str>) -> Result<(), ServerError> {
    let school = match school.map(SchoolCode::parse).transpose() {
        Ok(school) => school,
        Err(_) => return Err(ServerError::Usage("--school takes a codice meccanografico, e.g. MIIC8CY00P".into())),
    };
    let (pool, engine) = db::connect(database_url, 2).await?;
    db::migrate(&pool, engine).await?;
    let refunds = app::store::refunds::to_make(&pool, school.as_ref()).await.map_err(ServerError::Store)?;
    print!("{}", report(&refunds));
    pool.close().await;
    Ok(())
}

/// The listing: one block per school, one line per refund, oldest first.
pub fn report(refunds: &[Refund]) -> String {
    if refunds.is_empty() {
        return "No refunds to make.\n".into();
    }
    let mut text = String::new();
    let mut schools: Vec<&SchoolCode> = refunds.iter().map(|r| &r.school).collect();
    schools.dedup();
    for school in schools {
        let of_school: Vec<&Refund> = refunds.iter().filter(|r| &r.school == school).collect();
        let total = domain::Cents::checked_sum(of_school.iter().map(|r| r.amount)).unwrap_or(domain::Cents::ZERO);
        text.push_str(&format!("{school}: {} to refund, {}\n", of_school.len(), total.to_euro()));
        for refund in of_school {
            let (date, clock) = rome_date_and_clock(refund.recorded_at);
            let reason = match refund.reason {
                RefundReason::PaidTwice => "paid twice",
                RefundReason::NotPayable => "paid when no longer payable",
            };
            let source = match (&refund.payment, &refund.receipt_id) {
                (Some(payment), Some(receipt)) => format!("payment {payment}, pagoPA receipt {receipt}"),
                (Some(payment), None) => format!("payment {payment}"),
                (None, Some(receipt)) => format!("pagoPA receipt {receipt} (paid outside PagoScuola)"),
                (None, None) => String::new(),
            };
            text.push_str(&format!(
                "  {} {:>12}  {reason}  {} ({})  {source}  recorded {date} {clock}\n",
                refund.notice_number.grouped(),
                refund.amount.to_euro(),
                refund.description,
                refund.debtor_name,
            ));
        }
    }
    text
}
