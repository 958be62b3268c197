//! Receipts of paid notices: written when a payment is confirmed (`payments::settle`), read
//! here for the family's history and documents.

use super::rows;
use crate::error::AppError;
use crate::model::ReceiptSummary;
use domain::codice_fiscale::CodiceFiscale;
use domain::{Cents, NoticeNumber, NoticeState, PaymentMethod, SchoolYear};
use sqlx::{Any, AnyPool, Transaction};

/// 1 when the receipt's payment went through the sandbox PSP (a test: no money moved), else 0.
/// The receipt is aliased `r`.
const TEST_PAYMENT: &str = "CAST(CASE WHEN EXISTS (SELECT 1 FROM payments tp WHERE tp.id = r.payment_id \
                            AND tp.provider = 'sandbox') THEN 1 ELSE 0 END AS BIGINT) AS test_payment";

#[derive(sqlx::FromRow)]
struct ReceiptRow {
    receipt_id: String,
    description: String,
    company_name: String,
    debtor_name: String,
    debtor_codice_fiscale: String,
    amount_cents: i64,
    fee_cents: i64,
    psp_name: String,
    method: String,
    notice_number: String,
    iuv: String,
    tax_deductible: i64,
    school_year: i64,
    paid_at: i64,
    /// `None`: paid outside PagoScuola.
    payment_id: Option<i64>,
    test_payment: i64,
}

/// Receipts the account `$1` may read: those of its own payments, and those of notices of the
/// children it sees ([`super::notices::VISIBLE_TO_ACCOUNT`]) paid outside PagoScuola (no
/// account paid them; every vouched payer of the child sees them). Both halves are index
/// lookups (by account, by notice), so SQLite reads the account's receipts, not every receipt.
fn readable_by_account() -> String {
    format!(
        "(r.account_id = $1 OR (r.payment_id IS NULL AND r.notice_id IN (SELECT n.id FROM notices n WHERE {})))",
        super::notices::VISIBLE_TO_ACCOUNT
    )
}

/// What a receipt's documents need (`p`: its payment, if any).
const RECORD_COLUMNS: &str = "r.receipt_id, r.notice_number, r.iuv, r.creditor_fiscal_code, r.company_name, r.office_name, \
     r.description, r.amount_cents, r.debtor_codice_fiscale, r.debtor_name, r.payer_codice_fiscale, r.payer_name, r.psp_id, \
     r.psp_name, r.method, r.fee_cents, r.school_year, r.tax_deductible, r.paid_at, p.provider_reference";

const SUMMARY_COLUMNS: &str = "r.receipt_id, r.description, r.company_name, r.debtor_name, r.debtor_codice_fiscale, \
     r.amount_cents, r.fee_cents, r.psp_name, r.method, r.notice_number, r.iuv, r.tax_deductible, r.school_year, r.paid_at, \
     r.payment_id";

/// The account's receipts with their school year, newest first.
pub async fn for_account(pool: &AnyPool, account_id: i64) -> Result<Vec<(SchoolYear, ReceiptSummary)>, AppError> {
    let rows: Vec<ReceiptRow> = sqlx::query_as(&format!(
        "SELECT {SUMMARY_COLUMNS}, {TEST_PAYMENT} FROM receipts r WHERE {} ORDER BY r.paid_at DESC, r.id DESC",
        readable_by_account()
    ))
    .bind(account_id)
    .fetch_all(pool)
    .await?;
    rows.into_iter().map(summary).collect()
}

/// The receipt of a notice paid outside PagoScuola, if it was (the caller checked the family
/// may see the notice).
pub async fn outside_for_notice(pool: &AnyPool, notice_id: i64) -> Result<Option<ReceiptSummary>, AppError> {
    let row: Option<ReceiptRow> = sqlx::query_as(&format!(
        "SELECT {SUMMARY_COLUMNS}, {TEST_PAYMENT} FROM receipts r WHERE r.notice_id = $1 AND r.payment_id IS NULL"
    ))
    .bind(notice_id)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(summary).transpose()?.map(|(_, receipt)| receipt))
}

fn summary(row: ReceiptRow) -> Result<(SchoolYear, ReceiptSummary), AppError> {
    let (paid_on, paid_at) = crate::time::date_and_clock(row.paid_at);
    let summary = ReceiptSummary {
        receipt_id: row.receipt_id,
        description: row.description,
        company_name: row.company_name,
        debtor_name: row.debtor_name,
        debtor_codice_fiscale: rows::codice_fiscale("receipts.debtor_codice_fiscale", &row.debtor_codice_fiscale)?,
        amount: rows::cents("receipts.amount_cents", row.amount_cents)?,
        fee: rows::cents("receipts.fee_cents", row.fee_cents)?,
        psp_name: row.psp_name,
        method: PaymentMethod::parse(&row.method),
        notice_number: rows::notice_number("receipts.notice_number", row.notice_number)?,
        iuv: row.iuv,
        tax_deductible: row.tax_deductible != 0,
        paid_on,
        paid_at,
        paid_outside: row.payment_id.is_none(),
        payment_id: row.payment_id,
        test_payment: row.test_payment != 0,
    };
    Ok((rows::school_year("receipts.school_year", row.school_year)?, summary))
}

/// A receipt as stored, with the PSP's transaction id: what its documents print.
#[derive(Clone, Debug)]
pub struct ReceiptRecord {
    pub receipt_id: String,
    pub notice_number: NoticeNumber,
    /// As recorded with the receipt (the notice number without its aux digit).
    pub iuv: String,
    pub creditor_fiscal_code: domain::OrganisationFiscalCode,
    pub company_name: String,
    pub office_name: String,
    pub description: String,
    pub amount: Cents,
    pub debtor_codice_fiscale: CodiceFiscale,
    pub debtor_name: String,
    /// The account's code, as registered; `None` for a notice paid outside PagoScuola.
    pub payer_codice_fiscale: Option<String>,
    pub payer_name: Option<String>,
    pub psp_id: String,
    pub psp_name: String,
    /// The method's name; one we do not know is printed as it is.
    pub method: String,
    pub fee: Cents,
    pub school_year: SchoolYear,
    pub tax_deductible: bool,
    pub paid_at: i64,
    pub provider_reference: Option<String>,
    /// Paid through the sandbox PSP: a test, no money moved; its documents say so.
    pub test_payment: bool,
}

#[derive(sqlx::FromRow)]
struct RecordRow {
    receipt_id: String,
    notice_number: String,
    iuv: String,
    creditor_fiscal_code: String,
    company_name: String,
    office_name: String,
    description: String,
    amount_cents: i64,
    debtor_codice_fiscale: String,
    debtor_name: String,
    payer_codice_fiscale: Option<String>,
    payer_name: Option<String>,
    psp_id: String,
    psp_name: String,
    method: String,
    fee_cents: i64,
    school_year: i64,
    tax_deductible: i64,
    paid_at: i64,
    provider_reference: Option<String>,
    test_payment: i64,
}

impl TryFrom<RecordRow> for ReceiptRecord {
    type Error = AppError;
    fn try_from(row: RecordRow) -> Result<Self, AppError> {
        Ok(ReceiptRecord {
            notice_number: rows::notice_number("receipts.notice_number", row.notice_number)?,
            amount: rows::cents("receipts.amount_cents", row.amount_cents)?,
            debtor_codice_fiscale: rows::codice_fiscale("receipts.debtor_codice_fiscale", &row.debtor_codice_fiscale)?,
            fee: rows::cents("receipts.fee_cents", row.fee_cents)?,
            school_year: rows::school_year("receipts.school_year", row.school_year)?,
            tax_deductible: row.tax_deductible != 0,
            receipt_id: row.receipt_id,
            iuv: row.iuv,
            creditor_fiscal_code: rows::fiscal_code("receipts.creditor_fiscal_code", &row.creditor_fiscal_code)?,
            company_name: row.company_name,
            office_name: row.office_name,
            description: row.description,
            debtor_name: row.debtor_name,
            payer_codice_fiscale: row.payer_codice_fiscale,
            payer_name: row.payer_name,
            psp_id: row.psp_id,
            psp_name: row.psp_name,
            method: row.method,
            paid_at: row.paid_at,
            provider_reference: row.provider_reference,
            test_payment: row.test_payment != 0,
        })
    }
}

/// One receipt the account may read, with what its documents need.
pub async fn document(pool: &AnyPool, account_id: i64, receipt_id: &str) -> Result<Option<ReceiptRecord>, AppError> {
    let row: Option<RecordRow> = sqlx::query_as(&format!(
        "SELECT {RECORD_COLUMNS}, {TEST_PAYMENT} \
         FROM receipts r LEFT JOIN payments p ON p.id = r.payment_id WHERE {} AND r.receipt_id = $2",
        readable_by_account()
    ))
    .bind(account_id)
    .bind(receipt_id)
    .fetch_optional(pool)
    .await?;
    row.map(ReceiptRecord::try_from).transpose()
}

/// One receipt of a guest's payment, when `token_hash` is the hash of the guest's cookie token.
pub async fn document_for_guest(
    pool: &AnyPool,
    token_hash: &str,
    receipt_id: &str,
) -> Result<Option<ReceiptRecord>, AppError> {
    let row: Option<RecordRow> = sqlx::query_as(&format!(
        "SELECT {RECORD_COLUMNS}, {TEST_PAYMENT} \
         FROM receipts r JOIN payments p ON p.id = r.payment_id \
         WHERE p.account_id IS NULL AND p.guest_token_hash = $1 AND r.receipt_id = $2"
    ))
    .bind(token_hash)
    .bind(receipt_id)
    .fetch_optional(pool)
    .await?;
    row.map(ReceiptRecord::try_from).transpose()
}

/// The receipts of a payment (what was paid, and the receipt's id), in the order of its notices.
pub async fn of_payment(pool: &AnyPool, payment_id: i64) -> Result<Vec<(String, String)>, AppError> {
    Ok(sqlx::query_as("SELECT description, receipt_id FROM receipts WHERE payment_id = $1 ORDER BY notice_id")
        .bind(payment_id)
        .fetch_all(pool)
        .await?)
}

/// What a receipt says about each notice of a payment being confirmed.
#[derive(Clone, Debug)]
pub struct ReceiptSource {
    pub notice_id: i64,
    pub notice_number: NoticeNumber,
    pub creditor_fiscal_code: domain::OrganisationFiscalCode,
    pub company_name: String,
    pub office_name: String,
    pub description: String,
    pub amount: Cents,
    pub debtor_codice_fiscale: CodiceFiscale,
    pub debtor_name: String,
    pub school_year: SchoolYear,
    pub tax_deductible: bool,
    /// pagoPA's own receipt id, when the payment went through its checkout.
    pub provider_receipt_id: Option<String>,
}

#[derive(sqlx::FromRow)]
struct SourceRow {
    notice_id: i64,
    notice_number: String,
    creditor_fiscal_code: String,
    company_name: String,
    office_name: String,
    description: String,
    amount_cents: i64,
    debtor_codice_fiscale: String,
    debtor_name: String,
    school_year: i64,
    tax_deductible: i64,
    provider_receipt_id: Option<String>,
}

/// What a receipt copies from the notice, its event, pupil and school.
const SOURCE_COLUMNS: &str = "n.id AS notice_id, n.notice_number, s.creditor_fiscal_code, s.name AS company_name, \
     s.town AS office_name, e.reason AS description, p.codice_fiscale AS debtor_codice_fiscale, \
     p.given_name || ' ' || p.surname AS debtor_name, e.school_year, e.tax_deductible";
const SOURCE_JOINS: &str = "JOIN payment_events e ON e.id = n.event_id JOIN pupils p ON p.id = n.pupil_id \
     JOIN schools s ON s.code = n.school_code";

/// The notices of a payment with what their receipts need, read inside the confirming `tx`.
pub async fn sources(tx: &mut Transaction<'_, Any>, payment_id: i64) -> Result<Vec<ReceiptSource>, AppError> {
    let rows: Vec<SourceRow> = sqlx::query_as(&format!(
        "SELECT {SOURCE_COLUMNS}, pi.amount_cents, \
         (SELECT r.receipt_id FROM pagopa_receipts r WHERE r.payment_id = pi.payment_id AND r.notice_id = pi.notice_id AND r.outcome = 'OK') \
         AS provider_receipt_id \
         FROM payment_items pi JOIN notices n ON n.id = pi.notice_id {SOURCE_JOINS} WHERE pi.payment_id = $1 ORDER BY n.id"
    ))
    .bind(payment_id)
    .fetch_all(&mut **tx)
    .await?;
    rows.into_iter().map(ReceiptSource::try_from).collect()
}

/// One notice paid without a PagoScuola payment, with pagoPA's receipt id, inside `tx`.
pub async fn source_of_notice(
    tx: &mut Transaction<'_, Any>,
    notice_id: i64,
    provider_receipt_id: &str,
) -> Result<ReceiptSource, AppError> {
    let row: SourceRow = sqlx::query_as(&format!(
        "SELECT {SOURCE_COLUMNS}, n.amount_cents, $2 AS provider_receipt_id FROM notices n {SOURCE_JOINS} WHERE n.id = $1"
    ))
    .bind(notice_id)
    .bind(provider_receipt_id)
    .fetch_one(&mut **tx)
    .await?;
    ReceiptSource::try_from(row)
}

/// Where a notice stands when money arrives for it: its state, and the receipt of the money
/// that paid it, if any. Read inside `tx`.
pub async fn standing(
    tx: &mut Transaction<'_, Any>,
    notice_id: i64,
) -> Result<(NoticeState, Option<String>), AppError> {
    let (state, receipt): (String, Option<String>) = sqlx::query_as(
        "SELECT n.state, (SELECT r.receipt_id FROM receipts r WHERE r.notice_id = n.id) FROM notices n WHERE n.id = $1",
    )
    .bind(notice_id)
    .fetch_one(&mut **tx)
    .await?;
    Ok((NoticeState::parse(&state).map_err(|_| rows::broken("notices.state"))?, receipt))
}

impl TryFrom<SourceRow> for ReceiptSource {
    type Error = AppError;
    fn try_from(row: SourceRow) -> Result<Self, AppError> {
        Ok(ReceiptSource {
            notice_id: row.notice_id,
            notice_number: rows::notice_number("notices.notice_number", row.notice_number)?,
            creditor_fiscal_code: rows::fiscal_code("schools.creditor_fiscal_code", &row.creditor_fiscal_code)?,
            company_name: row.company_name,
            office_name: row.office_name,
            description: row.description,
            amount: rows::cents("payment_items.amount_cents", row.amount_cents)?,
            debtor_codice_fiscale: rows::codice_fiscale("pupils.codice_fiscale", &row.debtor_codice_fiscale)?,
            debtor_name: row.debtor_name,
            school_year: rows::school_year("payment_events.school_year", row.school_year)?,
            tax_deductible: row.tax_deductible != 0,
            provider_receipt_id: row.provider_receipt_id,
        })
    }
}

/// The PagoScuola payment a receipt's money came through, and who made it.
pub struct PaidThrough<'a> {
    pub payment_id: i64,
    /// `None` with its payer: a guest's payment (by number, without an account).
    pub account_id: Option<i64>,
    pub payer_codice_fiscale: Option<&'a str>,
    pub payer_name: Option<&'a str>,
}

/// A receipt being written: one notice's source, and who paid it through whom.
pub struct NewReceipt<'a> {
    pub receipt_id: &'a str,
    pub source: &'a ReceiptSource,
    /// `None`: paid outside PagoScuola (the paper notice at a bank or a tobacconist).
    pub paid_through: Option<PaidThrough<'a>>,
    pub psp_id: &'a str,
    pub psp_name: &'a str,
    pub method: &'a str,
    pub fee: Cents,
    pub paid_at: i64,
}

/// Writes an OK receipt inside `tx` (the confirming one, or the one marking the notice paid).
pub async fn insert(tx: &mut Transaction<'_, Any>, receipt: &NewReceipt<'_>) -> Result<(), AppError> {
    let source = receipt.source;
    sqlx::query(
        "INSERT INTO receipts (receipt_id, notice_id, payment_id, account_id, notice_number, iuv, creditor_fiscal_code, company_name, \
         office_name, description, amount_cents, debtor_codice_fiscale, debtor_name, payer_codice_fiscale, payer_name, psp_id, psp_name, \
         method, fee_cents, school_year, tax_deductible, outcome, paid_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, 'OK', $22)",
    )
    .bind(receipt.receipt_id)
    .bind(source.notice_id)
    .bind(receipt.paid_through.as_ref().map(|p| p.payment_id))
    .bind(receipt.paid_through.as_ref().and_then(|p| p.account_id))
    .bind(source.notice_number.as_str())
    .bind(source.notice_number.iuv())
    .bind(source.creditor_fiscal_code.as_str())
    .bind(&source.company_name)
    .bind(&source.office_name)
    .bind(&source.description)
    .bind(i64::from(source.amount))
    .bind(source.debtor_codice_fiscale.as_str())
    .bind(&source.debtor_name)
    .bind(receipt.paid_through.as_ref().and_then(|p| p.payer_codice_fiscale))
    .bind(receipt.paid_through.as_ref().and_then(|p| p.payer_name))
    .bind(receipt.psp_id)
    .bind(receipt.psp_name)
    .bind(receipt.method)
    .bind(i64::from(receipt.fee))
    .bind(i64::from(source.school_year.start()))
    .bind(i64::from(source.tax_deductible))
    .bind(receipt.paid_at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
