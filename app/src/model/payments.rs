//! What the family's notice, cart and payment pages receive from the server.

use domain::birthplace::Date;
use domain::cart::Refusal;
use domain::codice_fiscale::CodiceFiscale;
use domain::psp::{OfferOrder, PaymentMethod, PspOffer};
use domain::{Cents, NoticeNumber, NoticeState, PaymentState};
use serde::{Deserialize, Serialize};

/// A pupil as their family sees them, with the school the notice comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PupilSummary {
    pub codice_fiscale: CodiceFiscale,
    pub given_name: String,
    pub surname: String,
    pub class_name: String,
    pub school_code: domain::SchoolCode,
    pub school_name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeSummary {
    pub id: i64,
    pub pupil: PupilSummary,
    pub reason: String,
    pub category: String,
    pub amount: Cents,
    pub due_date: Date,
    pub expires_on: Date,
    pub school_year: domain::SchoolYear,
    pub state: NoticeState,
    /// A payment not yet settled holds it.
    pub in_progress: bool,
    pub in_cart: bool,
    /// Valid but past its due date (still payable until it expires).
    pub overdue: bool,
    /// Pages show it grouped by 4.
    pub notice_number: NoticeNumber,
    pub creditor_fiscal_code: domain::OrganisationFiscalCode,
    pub tax_deductible: bool,
    /// The day (in Rome) of its first receipt, once paid.
    pub paid_on: Option<Date>,
    /// Paid, and only by a receipt of a payment made outside PagoScuola (a bank, a tobacconist).
    pub paid_outside: bool,
}

impl NoticeSummary {
    /// Why it cannot be paid now, if it cannot.
    pub fn refusal(&self) -> Option<Refusal> {
        domain::cart::refusal(self.state, self.in_progress)
    }
}

/// The family home's `stato` filter: its values are part of the page's URLs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StateFilter {
    ToPay,
    Paid,
    /// Expired or revoked.
    Closed,
}

impl StateFilter {
    pub const ALL: [StateFilter; 3] = [StateFilter::ToPay, StateFilter::Paid, StateFilter::Closed];

    /// The value in the URL: `/famiglia?stato=da-pagare`.
    pub fn value(self) -> &'static str {
        match self {
            StateFilter::ToPay => "da-pagare",
            StateFilter::Paid => "pagati",
            StateFilter::Closed => "scaduti",
        }
    }

    pub fn parse(value: &str) -> Option<StateFilter> {
        StateFilter::ALL.into_iter().find(|filter| filter.value() == value.trim())
    }

    fn admits(self, state: NoticeState) -> bool {
        match self {
            StateFilter::ToPay => state == NoticeState::Valid,
            StateFilter::Paid => state == NoticeState::Paid,
            StateFilter::Closed => matches!(state, NoticeState::Expired | NoticeState::Revoked),
        }
    }
}

/// Which notices the family home lists; each combination has its own URL.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeFilter {
    /// None: every state.
    pub state: Option<StateFilter>,
    /// A child's codice fiscale, or "" for all.
    pub child: String,
    /// A school code, or "" for all.
    pub school: String,
}

impl NoticeFilter {
    pub fn admits(&self, notice: &NoticeSummary) -> bool {
        self.state.is_none_or(|filter| filter.admits(notice.state))
            && (self.child.is_empty() || notice.pupil.codice_fiscale.as_str() == self.child)
            && (self.school.is_empty() || notice.pupil.school_code.as_str() == self.school)
    }

    pub fn is_empty(&self) -> bool {
        self.state.is_none() && self.child.is_empty() && self.school.is_empty()
    }
}

/// One child's notices, payable first (by due date), then paid, then expired and revoked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChildNotices {
    pub codice_fiscale: CodiceFiscale,
    pub given_name: String,
    pub surname: String,
    pub notices: Vec<NoticeSummary>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FamilyNotices {
    pub filter: NoticeFilter,
    pub children: Vec<ChildNotices>,
    /// Every child and school of the family, for the filters.
    pub child_choices: Vec<crate::model::Choice>,
    pub school_choices: Vec<crate::model::Choice>,
    /// Over all notices, whatever the filter.
    pub payable_count: usize,
    pub payable_total: Cents,
    pub cart_count: usize,
    /// The payable notices in the cart, ticked on the page (also those a filter hides).
    pub cart_ids: Vec<i64>,
    /// The bar as the page opens.
    pub cart: CartState,
    /// The account represents a class: the page links the representative's page.
    #[serde(default)]
    pub represents_class: bool,
    /// Whom the page greets (the same request reads it: no second call for the account).
    #[serde(default)]
    pub given_name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CartView {
    pub items: Vec<NoticeSummary>,
    pub total: Cents,
    /// Notices that left the cart since the last look (paid meanwhile, expired, revoked).
    pub dropped: Vec<(String, Refusal)>,
    /// The family's own payment that still holds some of these notices.
    pub live_payment: Option<String>,
}

/// The `id` of the family page's payment form (a redirect back lands on it).
pub const PAY_FORM_ID: &str = "paga-avvisi";

/// The button pressed in the family page's payment form (its `azione` field).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PayAction {
    /// Pay the ticked notices.
    Pay,
    /// Tick the most urgent payable notices (at most pagoPA's 5) and come back.
    Urgent,
}

impl PayAction {
    /// The form field that carries it.
    pub const FIELD: &'static str = "azione";
    /// The field each ticked box sends. The brackets matter: server functions decode forms with
    /// `serde_qs`, which refuses a plain repeated key (`notice_ids=1&notice_ids=2`) but reads
    /// `notice_ids[]=1&notice_ids[]=2` as a list.
    pub const PICK_FIELD: &'static str = "notice_ids[]";

    pub fn value(self) -> &'static str {
        match self {
            PayAction::Pay => "paga",
            PayAction::Urgent => "urgenti",
        }
    }

    pub fn parse(value: &str) -> PayAction {
        if value.trim() == PayAction::Urgent.value() {
            PayAction::Urgent
        } else {
            PayAction::Pay
        }
    }
}

/// The server's cart as the family page's bar shows it, its words already translated.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CartState {
    /// The notices in the cart: the island ticks exactly these.
    pub ids: Vec<i64>,
    pub count: usize,
    /// "Paga 2 avvisi · 20,50 €", or "Seleziona gli avvisi da pagare" with none.
    pub button: String,
    /// What the live region says: the new selection, or why a notice could not be ticked.
    pub status: String,
}

/// The checkout and outcome page of one payment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentView {
    pub public_id: String,
    pub state: PaymentState,
    /// Paid on pagoPA's checkout: method and PSP are chosen there, not here.
    pub via_pagopa: bool,
    pub items: Vec<NoticeSummary>,
    pub amount: Cents,
    pub methods: Vec<PaymentMethod>,
    pub method: Option<PaymentMethod>,
    pub order: OfferOrder,
    pub offers: Vec<PspOffer>,
    /// The PSP picked on the page (from its URL), with its fee for this payment.
    pub chosen: Option<PspOffer>,
    /// The chosen PSP and fee, once the family has paid or tried to.
    pub psp_name: Option<String>,
    pub fee: Option<Cents>,
    pub created_on: Date,
    /// Per method, the lowest fee a PSP asks for it on this payment (shown beside the method).
    pub lowest_fees: Vec<(PaymentMethod, Cents)>,
    /// The account's email (or the guest's): where the outcome's mail went.
    pub email: String,
    /// Paid by number without an account: no cart, no receipts page, no pupil's name shown.
    #[serde(default)]
    pub guest: bool,
    /// A guest's paid payment: each receipt (what it is for, its id), downloaded from the
    /// outcome page (a guest has no receipts page).
    #[serde(default)]
    pub guest_receipts: Vec<(String, String)>,
}

/// The sandbox PSP's page for one transaction.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SandboxView {
    pub id: String,
    pub psp_name: String,
    pub method: Option<PaymentMethod>,
    pub description: String,
    pub amount: Cents,
    pub fee: Cents,
    pub total: Cents,
    /// Paid, refused or abandoned already: the buttons are gone.
    pub decided: bool,
    /// Left undecided past the decision window: it can no longer be paid.
    pub expired: bool,
    pub return_url: String,
    /// The schools the money goes to: name and fiscal code (several when the cart spans schools).
    pub beneficiaries: Vec<(String, String)>,
}

/// One receipt in the family's history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceiptSummary {
    pub receipt_id: String,
    pub description: String,
    pub company_name: String,
    pub debtor_name: String,
    pub debtor_codice_fiscale: CodiceFiscale,
    pub amount: Cents,
    pub fee: Cents,
    pub psp_name: String,
    pub method: Option<PaymentMethod>,
    pub notice_number: NoticeNumber,
    pub iuv: String,
    pub tax_deductible: bool,
    /// Paid through the sandbox PSP: a test without value.
    pub test_payment: bool,
    /// dd/mm/yyyy and hh:mm, Italian time.
    pub paid_on: String,
    pub paid_at: String,
    /// The notice was paid outside PagoScuola (at a bank, a tobacconist...): pagoPA's receipt.
    pub paid_outside: bool,
    /// Our payment this receipt belongs to (`None`: paid outside); receipts of one payment are
    /// shown together, with the payment's one fee.
    pub payment_id: Option<i64>,
}

/// Money a school owes the family back for one notice (paid twice, or no longer payable).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefundNote {
    pub notice_id: i64,
    pub description: String,
    pub debtor_name: String,
    pub school_name: String,
    pub amount: Cents,
    pub reason: domain::refund::RefundReason,
}

/// A notice's page: the notice, how it was paid if not through PagoScuola, what is owed back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeDetail {
    pub notice: NoticeSummary,
    /// The receipt of a payment made outside PagoScuola.
    pub paid_outside: Option<ReceiptSummary>,
    pub refunds: Vec<RefundNote>,
}

/// A school year of the history, child by child.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceiptYear {
    pub school_year: domain::SchoolYear,
    pub total: Cents,
    /// What each child's notices came to, for the tax return.
    pub children: Vec<ChildTotal>,
    /// The payments of the year, newest first, each with its receipts.
    pub payments: Vec<PaymentReceipts>,
}

/// What one child's notices came to in one school year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChildTotal {
    pub name: String,
    pub total: Cents,
    /// The part paid for tax-deductible school expenses.
    pub deductible: Cents,
}

/// The receipts of one payment (one per notice) and the payment's single PSP fee: shown once,
/// so nobody adds it up twice. A notice paid outside PagoScuola is a payment of its own.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentReceipts {
    pub fee: Cents,
    /// The notices' amounts, without the fee.
    pub amount: Cents,
    pub receipts: Vec<ReceiptSummary>,
}

/// The history page: the years and children asked for, and the choices of its filters.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceiptHistory {
    pub years: Vec<ReceiptYear>,
    /// Whether the family has any receipt at all (before filtering).
    pub has_any: bool,
    /// Value: the year it starts ("2026"); label: "2026/27".
    pub year_choices: Vec<crate::model::Choice>,
    /// Value: the child's codice fiscale; label: the name.
    pub child_choices: Vec<crate::model::Choice>,
    pub year: String,
    pub child: String,
    /// Refunds the schools owe the family, whatever the filters.
    pub refunds: Vec<RefundNote>,
}
