//! The family's payment history: receipts by school year and by child.

use crate::error::AppError;
use crate::model::ReceiptYear;
use leptos::prelude::*;

pub const RECEIPTS: &str = "/ricevute";

#[server(endpoint = "receipts/history")]
pub async fn receipt_history() -> Result<Vec<ReceiptYear>, AppError> {
    let account = crate::auth::session::require_ready().await?;
    let receipts = crate::store::receipts::for_account(&crate::store::db()?, account.account_id).await?;
    let mut years: Vec<ReceiptYear> = Vec::new();
    for (school_year, receipt) in receipts {
        let position = match years.iter().position(|y| y.school_year == school_year) {
            Some(position) => position,
            None => {
                years.push(ReceiptYear { school_year, total: crate::domain::Cents::ZERO, children: Vec::new() });
                years.len() - 1
            }
        };
        let year = &mut years[position];
        year.total = year.total.checked_add(receipt.amount).ok_or(AppError::Database)?;
        match year.children.iter_mut().find(|(name, _)| *name == receipt.debtor_name) {
            Some((_, list)) => list.push(receipt),
            None => year.children.push((receipt.debtor_name.clone(), vec![receipt])),
        }
    }
    years.sort_by(|a, b| b.school_year.cmp(&a.school_year));
    Ok(years)
}
