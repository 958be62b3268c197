//! The office's money reports, as plain arithmetic on receipts: what reached the school by day
//! and PSP (a payment's fee counted once, however many notices it paid), and for a tax year the
//! deductible sums per pupil and payer that the school sends for the pre-filled return (730).

use crate::birthplace::Date;
use crate::Cents;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A report's days, the first and the last included; at most [`Period::MAX_DAYS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub from: Date,
    pub to: Date,
}

/// Why the days typed are not a period, told at the field it concerns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PeriodProblem {
    /// `dal` is not a day (dd/mm/yyyy).
    FromInvalid,
    /// `al` is not a day.
    ToInvalid,
    /// `al` comes before `dal`.
    ToBeforeFrom,
    /// More than a year: the page would list too much (the CSV of each year is there).
    TooLong,
}

impl Period {
    pub const MAX_DAYS: i64 = 366;

    /// The days typed (`yyyy-mm-dd` from a date field, or `dd/mm/yyyy`); empty ones default to
    /// this month so far.
    pub fn parse(from: &str, to: &str, today: Date) -> Result<Period, PeriodProblem> {
        let default = Period::month_so_far(today);
        let day = |text: &str, fallback: Date, problem| match text.trim() {
            "" => Ok(fallback),
            text => Date::parse(text).map_err(|_| problem),
        };
        let from = day(from, default.from, PeriodProblem::FromInvalid)?;
        let to = day(to, default.to, PeriodProblem::ToInvalid)?;
        if to < from {
            return Err(PeriodProblem::ToBeforeFrom);
        }
        let period = Period { from, to };
        if period.days() > Self::MAX_DAYS {
            return Err(PeriodProblem::TooLong);
        }
        Ok(period)
    }

    /// From the first of `today`'s month to `today`.
    pub fn month_so_far(today: Date) -> Period {
        Period { from: Date { day: 1, ..today }, to: today }
    }

    /// How many days, both ends counted.
    pub fn days(&self) -> i64 {
        self.to.unix_days() - self.from.unix_days() + 1
    }
}

/// One receipt, as reconciliation needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReceiptEntry {
    /// The day it was paid, in Rome.
    pub day: Date,
    pub psp: String,
    pub amount: Cents,
    /// The PSP's fee for the whole payment, repeated on each of its receipts.
    pub fee: Cents,
    /// The PagoScuola payment it came with (its fee is counted once); `None`: paid elsewhere.
    pub payment: Option<i64>,
}

/// What one PSP brought in on one day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayTotal {
    pub day: Date,
    pub psp: String,
    pub receipts: u32,
    pub amount: Cents,
    /// Paid by the families to the PSP on top of the amounts, not taken from the school's.
    pub fees: Cents,
}

/// Receipts grouped by day and PSP, in day order. `None` only if a total passed
/// [`Cents::MAX`], which no school's period can.
pub fn by_day_and_psp(entries: &[ReceiptEntry]) -> Option<Vec<DayTotal>> {
    let mut groups: BTreeMap<(Date, &str), DayTotal> = BTreeMap::new();
    let mut fees_counted = std::collections::HashSet::new();
    for entry in entries {
        let total = groups.entry((entry.day, entry.psp.as_str())).or_insert_with(|| DayTotal {
            day: entry.day,
            psp: entry.psp.clone(),
            receipts: 0,
            amount: Cents::ZERO,
            fees: Cents::ZERO,
        });
        total.receipts += 1;
        total.amount = total.amount.checked_add(entry.amount)?;
        let first_of_its_payment = entry.payment.is_none_or(|payment| fees_counted.insert(payment));
        if first_of_its_payment {
            total.fees = total.fees.checked_add(entry.fee)?;
        }
    }
    Some(groups.into_values().collect())
}

/// The sums of many days (or PSPs): receipts, amounts and fees.
pub fn grand_total(days: &[DayTotal]) -> Option<(u32, Cents, Cents)> {
    days.iter().try_fold((0u32, Cents::ZERO, Cents::ZERO), |(count, amount, fees), day| {
        Some((count + day.receipts, amount.checked_add(day.amount)?, fees.checked_add(day.fees)?))
    })
}

/// One deductible receipt of the tax year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeductibleEntry {
    pub pupil_cf: String,
    pub pupil_name: String,
    /// Who paid, when the school knows it (a payment through an account); a guest's or a bank's
    /// payment has none, and the Agenzia's rules say to give it only where known.
    pub payer_cf: Option<String>,
    pub payer_name: Option<String>,
    pub amount: Cents,
}

/// The year's sum for one pupil and one payer: a line of the 730 data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaxLine {
    pub pupil_cf: String,
    pub pupil_name: String,
    pub payer_cf: Option<String>,
    pub payer_name: Option<String>,
    pub amount: Cents,
    pub payments: u32,
}

/// Deductible receipts summed per pupil and payer, ordered by pupil then payer.
pub fn tax_lines(entries: &[DeductibleEntry]) -> Option<Vec<TaxLine>> {
    let mut lines: BTreeMap<(&str, Option<&str>), TaxLine> = BTreeMap::new();
    for entry in entries {
        let line = lines.entry((entry.pupil_cf.as_str(), entry.payer_cf.as_deref())).or_insert_with(|| TaxLine {
            pupil_cf: entry.pupil_cf.clone(),
            pupil_name: entry.pupil_name.clone(),
            payer_cf: entry.payer_cf.clone(),
            payer_name: entry.payer_name.clone(),
            amount: Cents::ZERO,
            payments: 0,
        });
        line.amount = line.amount.checked_add(entry.amount)?;
        line.payments += 1;
    }
    Some(lines.into_values().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn euro(cents: u64) -> Cents {
        Cents::new(cents).unwrap()
    }

    fn receipt(date: &str, psp: &str, amount: u64, fee: u64, payment: Option<i64>) -> ReceiptEntry {
        ReceiptEntry { day: day(date), psp: psp.into(), amount: euro(amount), fee: euro(fee), payment }
    }

    #[test]
    fn a_payment_of_two_notices_counts_its_fee_once() {
        let entries = [
            receipt("2026-11-03", "Banca A", 1_500, 120, Some(7)),
            receipt("2026-11-03", "Banca A", 2_000, 120, Some(7)),
            receipt("2026-11-03", "Banca A", 500, 80, Some(8)),
            receipt("2026-11-03", "Poste", 500, 150, None),
            receipt("2026-11-02", "Banca A", 1_000, 100, Some(3)),
        ];
        let days = by_day_and_psp(&entries).unwrap();
        let shown: Vec<(String, &str, u32, u64, u64)> = days
            .iter()
            .map(|d| (d.day.to_italian(), d.psp.as_str(), d.receipts, d.amount.get(), d.fees.get()))
            .collect();
        assert_eq!(
            shown,
            [
                ("02/11/2026".to_string(), "Banca A", 1, 1_000, 100),
                ("03/11/2026".to_string(), "Banca A", 3, 4_000, 200),
                ("03/11/2026".to_string(), "Poste", 1, 500, 150),
            ]
        );
        assert_eq!(grand_total(&days), Some((5, euro(5_500), euro(450))));
    }

    #[test]
    fn periods_default_to_this_month_and_refuse_what_is_not_one() {
        let today = day("2026-12-01");
        assert_eq!(Period::parse("", "", today), Ok(Period { from: today, to: today }));
        let year = Period::parse("01/01/2026", "31/12/2026", today).unwrap();
        assert_eq!(year.days(), 365);
        assert_eq!(Period::parse("2026-13-01", "", today), Err(PeriodProblem::FromInvalid));
        assert_eq!(Period::parse("", "ieri", today), Err(PeriodProblem::ToInvalid));
        assert_eq!(Period::parse("2026-11-02", "2026-11-01", today), Err(PeriodProblem::ToBeforeFrom));
        assert_eq!(Period::parse("2025-01-01", "2026-11-01", today), Err(PeriodProblem::TooLong));
    }

    #[test]
    fn tax_lines_sum_per_pupil_and_payer_and_keep_unknown_payers_apart() {
        let entry = |pupil: &str, payer: Option<&str>, amount| DeductibleEntry {
            pupil_cf: pupil.into(),
            pupil_name: format!("Alunno {pupil}"),
            payer_cf: payer.map(str::to_string),
            payer_name: payer.map(|cf| format!("Genitore {cf}")),
            amount: euro(amount),
        };
        let lines = tax_lines(&[
            entry("B", Some("P1"), 1_000),
            entry("A", Some("P1"), 2_500),
            entry("A", Some("P1"), 500),
            entry("A", Some("P2"), 700),
            entry("A", None, 300),
        ])
        .unwrap();
        let shown: Vec<(&str, Option<&str>, u64, u32)> =
            lines.iter().map(|l| (l.pupil_cf.as_str(), l.payer_cf.as_deref(), l.amount.get(), l.payments)).collect();
        assert_eq!(
            shown,
            [("A", None, 300, 1), ("A", Some("P1"), 3_000, 2), ("A", Some("P2"), 700, 1), ("B", Some("P1"), 1_000, 1)]
        );
    }
}
