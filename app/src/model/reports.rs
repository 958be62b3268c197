//! The office's money reports: reconciliation of a period with the refunds owed, and a tax
//! year's 730 data.

use super::OfficeSchool;
use domain::reconciliation::{DayTotal, Period, PeriodProblem, TaxLine};
use domain::refund::Refund;
use domain::Cents;
use serde::{Deserialize, Serialize};

/// `/segreteria/{codice}/riconciliazione`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReconciliationView {
    pub school: OfficeSchool,
    /// The days as typed, put back in the form.
    pub from: String,
    pub to: String,
    /// The period shown; `None` when the days typed are not one (`problem` says why).
    pub period: Option<Period>,
    pub problem: Option<PeriodProblem>,
    pub days: Vec<DayTotal>,
    pub totals: ReconciliationTotals,
    /// Refunds to make first, then those made.
    pub refunds: Vec<Refund>,
    /// The reader may mark a refund as made (the headteacher and the DSGA).
    pub may_settle_refunds: bool,
    /// The refund just marked, for the confirmation.
    pub settled: Option<String>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReconciliationTotals {
    pub receipts: u32,
    pub amount: Cents,
    pub fees: Cents,
}

/// `/segreteria/{codice}/dati-730`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaxDataView {
    pub school: OfficeSchool,
    pub year: u16,
    /// The year typed is not one the data can be for: the default one is shown, with a word.
    pub year_refused: bool,
    /// The years with payments (newest first), and the year shown.
    pub years: Vec<u16>,
    pub lines: Vec<TaxLine>,
    pub total: Cents,
    /// Lines whose payer the school does not know (a guest's payment, or one made elsewhere).
    pub without_payer: u32,
}
