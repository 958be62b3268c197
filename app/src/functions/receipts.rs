//! The family's payment history: receipts by school year and by child, filtered by the page's
//! URL (`anno`, `figlio`).

use crate::error::AppError;
use crate::model::ReceiptHistory;
use leptos::prelude::*;

#[server(endpoint = "receipts/history")]
pub async fn list_receipts(anno: Option<String>, figlio: Option<String>) -> Result<ReceiptHistory, AppError> {
    let account = crate::auth::session::require_ready().await?;
    let pool = crate::store::db()?;
    let receipts = crate::store::receipts::for_account(&pool, account.account_id).await?;
    let mut page = history(receipts, anno.unwrap_or_default().trim(), figlio.unwrap_or_default().trim())
        .ok_or(AppError::Database)?;
    page.refunds = crate::store::refunds::for_account(&pool, account.account_id).await?;
    Ok(page)
}

/// Groups receipts (newest first) by school year, newest year first, then by payment (its
/// receipts together, its fee once), with each child's total; keeps only the year and child
/// asked for (an empty or unknown value keeps all). `None` on an overflow.
#[cfg(feature = "ssr")]
fn history(
    receipts: Vec<(domain::SchoolYear, crate::model::ReceiptSummary)>,
    year: &str,
    child: &str,
) -> Option<ReceiptHistory> {
    use crate::model::{ChildTotal, Choice, PaymentReceipts, ReceiptYear};
    use domain::Cents;
    let mut page = ReceiptHistory { has_any: !receipts.is_empty(), ..Default::default() };
    for (school_year, receipt) in &receipts {
        let value = school_year.start().to_string();
        if !page.year_choices.iter().any(|c| c.value == value) {
            page.year_choices.push(Choice { value, label: school_year.to_string() });
        }
        if !page.child_choices.iter().any(|c| c.value == receipt.debtor_codice_fiscale.as_str()) {
            page.child_choices
                .push(Choice { value: receipt.debtor_codice_fiscale.to_string(), label: receipt.debtor_name.clone() });
        }
    }
    page.year_choices.sort_by(|a, b| b.value.cmp(&a.value));
    page.child_choices.sort_by(|a, b| a.label.cmp(&b.label));
    page.year = page.year_choices.iter().find(|c| c.value == year).map(|c| c.value.clone()).unwrap_or_default();
    page.child = page.child_choices.iter().find(|c| c.value == child).map(|c| c.value.clone()).unwrap_or_default();
    for (school_year, receipt) in receipts {
        if (!page.year.is_empty() && page.year != school_year.start().to_string())
            || (!page.child.is_empty() && page.child != receipt.debtor_codice_fiscale.as_str())
        {
            continue;
        }
        let position = match page.years.iter().position(|y| y.school_year == school_year) {
            Some(position) => position,
            None => {
                page.years.push(ReceiptYear {
                    school_year,
                    total: Cents::ZERO,
                    children: Vec::new(),
                    payments: Vec::new(),
                });
                page.years.len() - 1
            }
        };
        let year = &mut page.years[position];
        year.total = year.total.checked_add(receipt.amount)?;
        let position = match year.children.iter().position(|c| c.name == receipt.debtor_name) {
            Some(position) => position,
            None => {
                year.children.push(ChildTotal {
                    name: receipt.debtor_name.clone(),
                    total: Cents::ZERO,
                    deductible: Cents::ZERO,
                });
                year.children.len() - 1
            }
        };
        let child = &mut year.children[position];
        child.total = child.total.checked_add(receipt.amount)?;
        if receipt.tax_deductible {
            child.deductible = child.deductible.checked_add(receipt.amount)?;
        }
        // Receipts come newest first, so a payment's receipts are found together; a notice
        // paid outside PagoScuola has no payment of ours and stands alone.
        let same_payment = |p: &PaymentReceipts| {
            receipt.payment_id.is_some() && p.receipts.first().is_some_and(|r| r.payment_id == receipt.payment_id)
        };
        let position = match year.payments.iter().position(same_payment) {
            Some(position) => position,
            None => {
                year.payments.push(PaymentReceipts { fee: receipt.fee, amount: Cents::ZERO, receipts: Vec::new() });
                year.payments.len() - 1
            }
        };
        let payment = &mut year.payments[position];
        payment.amount = payment.amount.checked_add(receipt.amount)?;
        payment.receipts.push(receipt);
    }
    page.years.sort_by_key(|year| std::cmp::Reverse(year.school_year));
    Some(page)
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::history;
    use crate::model::ReceiptSummary;
    use domain::codice_fiscale::{encode, CodiceFiscale, Sex};
    use domain::{Cents, NoticeNumber, SchoolYear};

    /// A real code per child name, since receipts carry only valid ones.
    fn cf(child: &str) -> CodiceFiscale {
        encode("Rossi", child, 2015, 3, 14, Sex::Female, "F205").unwrap()
    }

    fn receipt(child: &str, cents: u64, deductible: bool) -> ReceiptSummary {
        ReceiptSummary {
            receipt_id: format!("{child}-{cents}"),
            description: "Gita".into(),
            company_name: "IC Scapponi".into(),
            debtor_name: format!("{child} Rossi"),
            debtor_codice_fiscale: cf(child),
            amount: Cents::new(cents).unwrap(),
            fee: Cents::ZERO,
            psp_name: "PSP".into(),
            method: None,
            notice_number: NoticeNumber::parse("302026000000001253").unwrap().number,
            iuv: "02026000000001253".into(),
            tax_deductible: deductible,
            test_payment: false,
            paid_on: "01/10/2026".into(),
            paid_at: "10:00".into(),
            paid_outside: false,
            payment_id: Some(cents as i64),
        }
    }

    fn sample() -> Vec<(SchoolYear, ReceiptSummary)> {
        vec![
            (SchoolYear::starting(2026), receipt("Giulia", 1_500, true)),
            (SchoolYear::starting(2026), receipt("Luca", 8_000, false)),
            (SchoolYear::starting(2026), receipt("Giulia", 2_500, false)),
            (SchoolYear::starting(2025), receipt("Luca", 3_000, true)),
        ]
    }

    #[test]
    fn receipts_group_by_year_then_child_with_totals_and_the_deductible_part() {
        let page = history(sample(), "", "").unwrap();
        assert!(page.has_any);
        assert_eq!(page.years.iter().map(|y| y.school_year.start()).collect::<Vec<_>>(), [2026, 2025]);
        let year = &page.years[0];
        assert_eq!(year.total, Cents::new(12_000).unwrap());
        let giulia = year.children.iter().find(|c| c.name == "Giulia Rossi").unwrap();
        assert_eq!((giulia.total, giulia.deductible), (Cents::new(4_000).unwrap(), Cents::new(1_500).unwrap()));
        assert_eq!(year.payments.iter().map(|p| p.receipts.len()).sum::<usize>(), 3);
        assert_eq!(page.year_choices.iter().map(|c| c.label.as_str()).collect::<Vec<_>>(), ["2026/27", "2025/26"]);
        assert_eq!(page.child_choices.len(), 2);
    }

    #[test]
    fn filters_keep_one_year_or_one_child_and_ignore_unknown_values() {
        let by_year = history(sample(), "2025", "").unwrap();
        assert_eq!(by_year.years.len(), 1);
        assert_eq!(by_year.year, "2025");
        let by_child = history(sample(), "", cf("Luca").as_str()).unwrap();
        assert_eq!(by_child.years.iter().map(|y| y.children.len()).sum::<usize>(), 2);
        assert!(by_child.years.iter().all(|y| y.children.iter().all(|c| c.name == "Luca Rossi")));
        assert!(by_child.years.iter().all(|y| y
            .payments
            .iter()
            .flat_map(|p| &p.receipts)
            .all(|r| r.debtor_name == "Luca Rossi")));
        let unknown = history(sample(), "1999", "CF-nobody").unwrap();
        assert_eq!((unknown.year.as_str(), unknown.child.as_str(), unknown.years.len()), ("", "", 2));
        let none = history(sample(), "2025", cf("Giulia").as_str()).unwrap();
        assert!(none.years.is_empty() && none.has_any, "nothing for this pair, but the family has receipts");
    }

    #[test]
    fn receipts_of_one_payment_sit_together_with_its_fee_once() {
        let fee = Cents::new(110).unwrap();
        let of_payment = |child: &str, cents: u64, payment: Option<i64>| ReceiptSummary {
            fee,
            payment_id: payment,
            paid_outside: payment.is_none(),
            ..receipt(child, cents, false)
        };
        let receipts = vec![
            (SchoolYear::starting(2026), of_payment("Giulia", 1_200, Some(7))),
            (SchoolYear::starting(2026), of_payment("Luca", 8_000, Some(7))),
            (SchoolYear::starting(2026), of_payment("Luca", 3_000, None)),
            (SchoolYear::starting(2026), of_payment("Marco", 4_500, None)),
            (SchoolYear::starting(2026), of_payment("Marco", 2_000, Some(3))),
        ];
        let page = history(receipts, "", "").unwrap();
        let payments = &page.years[0].payments;
        assert_eq!(payments.iter().map(|p| p.receipts.len()).collect::<Vec<_>>(), [2, 1, 1, 1]);
        assert_eq!((payments[0].amount, payments[0].fee), (Cents::new(9_200).unwrap(), fee));
        assert_eq!(page.years[0].total, Cents::new(18_700).unwrap(), "the fees are not the notices' money");
        assert_eq!(page.years[0].children.len(), 3);
    }
}
