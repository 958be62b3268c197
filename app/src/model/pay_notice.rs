//! What the page that pays a notice by its number (`/paga-avviso`) receives: only what the
//! printed notice shows anyway (school, reason, amount, due date), never the pupil.

use crate::i18n::PaymentMsg;
use domain::birthplace::Date;
use domain::{Cents, NoticeState};
use serde::{Deserialize, Serialize};

/// The answer to a search by number (or QR text).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NoticeLookup {
    /// Nothing asked yet: the empty form.
    Nothing,
    /// The form as typed, with a problem at a field: (input name, message).
    Invalid(Vec<(String, PaymentMsg)>),
    /// Too many searches from here: try again at this time (hh:mm, in Rome).
    Limited(String),
    /// No notice has this number for this creditor.
    Unknown,
    Found(FoundNotice),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FoundNotice {
    /// 18 digits, as the payment form sends them back.
    pub notice_number: String,
    /// Grouped by 4, as printed.
    pub notice_number_grouped: String,
    pub creditor_fiscal_code: String,
    pub school_name: String,
    pub reason: String,
    pub amount: Cents,
    pub due_date: Date,
    pub state: NoticeState,
    /// The state's badge as the family pages show it (its words; the page adds class and icon).
    pub badge: PaymentMsg,
    /// "Da pagare entro il …", "Pagato il …", "Scaduto il …".
    pub due_line: String,
    /// Why it cannot be paid now, if it cannot (paid, expired, withdrawn, being paid).
    pub refusal: Option<PaymentMsg>,
    /// The check digits typed differ from the computed ones: a warning, not a refusal.
    pub check_digits_differ: bool,
    /// A signed-in visitor pays with the account; a guest gives an email for the receipt.
    pub signed_in: bool,
}
