//! The PDFs a family downloads (server only): the receipt of a paid notice and the payment
//! statement for the tax return. Built from the receipt as recorded at payment time.

pub mod layout;

use crate::i18n::{phrases, DocumentMsg, Lang};
use domain::rome_time::rome_date_and_clock;
use domain::{Cents, PaymentMethod};
use layout::{Block, Pdf, PdfError};

/// A receipt as stored, with the PSP's transaction id.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ReceiptRecord {
    pub receipt_id: String,
    pub notice_number: String,
    pub iuv: String,
    pub creditor_fiscal_code: String,
    pub company_name: String,
    pub office_name: String,
    pub description: String,
    pub amount_cents: i64,
    pub debtor_codice_fiscale: String,
    pub debtor_name: String,
    pub payer_codice_fiscale: String,
    pub payer_name: String,
    pub psp_id: String,
    pub psp_name: String,
    pub method: String,
    pub fee_cents: i64,
    pub school_year: i64,
    pub tax_deductible: i64,
    pub paid_at: i64,
    pub provider_reference: Option<String>,
}

fn euro(cents: i64) -> String {
    Cents::try_from(cents).map(Cents::to_euro).unwrap_or_default()
}

fn method(lang: Lang, name: &str) -> String {
    match PaymentMethod::parse(name) {
        Some(PaymentMethod::Card) => lang.t(DocumentMsg::MethodCard).into(),
        Some(PaymentMethod::BankAccount) => lang.t(DocumentMsg::MethodBankAccount).into(),
        Some(PaymentMethod::App) => lang.t(DocumentMsg::MethodApp).into(),
        None => name.to_string(),
    }
}

fn field(lang: Lang, label: DocumentMsg, value: String) -> Block {
    Block::Field(lang.t(label).to_string(), value)
}

/// The embedded font (Titillium Web) writes the Latin alphabets only: families reading Arabic or
/// Chinese get their documents in Italian, the language the receipts are issued in.
fn document_lang(lang: Lang) -> Lang {
    match lang {
        Lang::Ar | Lang::Zh => Lang::It,
        other => other,
    }
}

fn footer(lang: Lang, now: i64) -> String {
    let (date, clock) = rome_date_and_clock(now);
    phrases::generated_on(lang, date, clock)
}

/// The receipt (the fields of a pagoPA receipt).
pub fn receipt_pdf(lang: Lang, receipt: &ReceiptRecord, now: i64) -> Result<Vec<u8>, PdfError> {
    let (date, clock) = rome_date_and_clock(receipt.paid_at);
    let title = lang.t(DocumentMsg::ReceiptTitle);
    let blocks = vec![
        Block::Title(title.to_string()),
        Block::Paragraph(lang.t(DocumentMsg::ReceiptLead).to_string()),
        field(lang, DocumentMsg::Outcome, lang.t(DocumentMsg::OutcomeOk).to_string()),
        field(lang, DocumentMsg::ReceiptId, receipt.receipt_id.clone()),
        field(lang, DocumentMsg::PaidAt, format!("{date} {clock}")),
        Block::Rule,
        field(lang, DocumentMsg::Reason, receipt.description.clone()),
        field(lang, DocumentMsg::Amount, euro(receipt.amount_cents)),
        field(lang, DocumentMsg::NoticeNumber, crate::components::notices::grouped_number(&receipt.notice_number)),
        field(lang, DocumentMsg::Iuv, receipt.iuv.clone()),
        field(lang, DocumentMsg::Creditor, receipt.company_name.clone()),
        field(lang, DocumentMsg::CreditorFiscalCode, receipt.creditor_fiscal_code.clone()),
        field(lang, DocumentMsg::Office, receipt.office_name.clone()),
        Block::Rule,
        field(lang, DocumentMsg::Debtor, format!("{} ({})", receipt.debtor_name, receipt.debtor_codice_fiscale)),
        field(lang, DocumentMsg::Payer, format!("{} ({})", receipt.payer_name, receipt.payer_codice_fiscale)),
        field(lang, DocumentMsg::Psp, format!("{} ({})", receipt.psp_name, receipt.psp_id)),
        field(lang, DocumentMsg::Method, method(lang, &receipt.method)),
        field(lang, DocumentMsg::Fee, euro(receipt.fee_cents)),
    ];
    layout::render(&Pdf { title, lang: lang.code(), header: "PagoScuola", footer: &footer(lang, now), blocks })
}

/// The statement for the tax return: payer, pupil, school, reason, amount, date, IUV, PSP.
pub fn attestation_pdf(lang: Lang, receipt: &ReceiptRecord, now: i64) -> Result<Vec<u8>, PdfError> {
    let (date, clock) = rome_date_and_clock(receipt.paid_at);
    let title = lang.t(DocumentMsg::AttestationTitle);
    let deductible = if receipt.tax_deductible != 0 { DocumentMsg::DeductibleYes } else { DocumentMsg::DeductibleNo };
    let year = domain::SchoolYear::starting(u16::try_from(receipt.school_year).unwrap_or_default());
    let blocks = vec![
        Block::Title(title.to_string()),
        Block::Paragraph(lang.t(DocumentMsg::AttestationLead).to_string()),
        Block::Paragraph(lang.t(DocumentMsg::AttestationText).to_string()),
        Block::Rule,
        field(lang, DocumentMsg::Payer, format!("{} ({})", receipt.payer_name, receipt.payer_codice_fiscale)),
        field(lang, DocumentMsg::Debtor, format!("{} ({})", receipt.debtor_name, receipt.debtor_codice_fiscale)),
        field(lang, DocumentMsg::Creditor, format!("{} ({})", receipt.company_name, receipt.creditor_fiscal_code)),
        field(lang, DocumentMsg::SchoolYear, year.to_string()),
        field(lang, DocumentMsg::Reason, receipt.description.clone()),
        field(lang, DocumentMsg::Amount, euro(receipt.amount_cents)),
        field(lang, DocumentMsg::PaidAt, format!("{date} {clock}")),
        field(lang, DocumentMsg::Iuv, receipt.iuv.clone()),
        field(lang, DocumentMsg::Psp, format!("{} ({})", receipt.psp_name, receipt.psp_id)),
        field(
            lang,
            DocumentMsg::PaymentToken,
            receipt.provider_reference.clone().unwrap_or_else(|| receipt.receipt_id.clone()),
        ),
        field(lang, DocumentMsg::Deductible, lang.t(deductible).to_string()),
    ];
    layout::render(&Pdf { title, lang: lang.code(), header: "PagoScuola", footer: &footer(lang, now), blocks })
}

/// Which document of a receipt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Receipt,
    Attestation,
}

/// What a download request gets.
pub enum Download {
    Pdf {
        file_name: String,
        bytes: Vec<u8>,
    },
    /// No valid session (or not ready): to this page first.
    Redirect(&'static str),
    NotFound,
}

/// The PDF `file` ("<receipt id>.pdf") of the session's account. The PDF is laid out on a
/// blocking thread: it is CPU work.
pub async fn download(
    pool: &sqlx::AnyPool,
    session_token: Option<String>,
    kind: Kind,
    file: &str,
) -> Result<Download, crate::error::AppError> {
    use crate::auth::session;
    let account = match session_token {
        Some(token) => session::account_for_token(pool, &token).await?,
        None => None,
    };
    let Some(account) = account else { return Ok(Download::Redirect(crate::routes::LOGIN)) };
    let account = match session::ready(pool, account).await {
        Ok(account) => account,
        Err(error) => {
            return Ok(Download::Redirect(
                crate::functions::account::redirect_for(&error).unwrap_or(crate::routes::LOGIN),
            ))
        }
    };
    let Some(receipt_id) =
        file.strip_suffix(".pdf").filter(|id| id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit()))
    else {
        return Ok(Download::NotFound);
    };
    let Some(receipt) = crate::store::receipts::document(pool, account.account_id, receipt_id).await? else {
        return Ok(Download::NotFound);
    };
    let lang =
        document_lang(crate::i18n::Lang::from_code(&account_lang(pool, account.account_id).await?).unwrap_or_default());
    let now = crate::auth::now();
    let iuv = receipt.iuv.clone();
    let bytes = tokio::task::spawn_blocking(move || match kind {
        Kind::Receipt => receipt_pdf(lang, &receipt, now),
        Kind::Attestation => attestation_pdf(lang, &receipt, now),
    })
    .await
    .map_err(|_| crate::error::AppError::Database)?
    .map_err(|error| {
        tracing::error!(%error, "PDF generation failed");
        crate::error::AppError::Database
    })?;
    let prefix = if kind == Kind::Receipt { "ricevuta" } else { "attestazione" };
    Ok(Download::Pdf { file_name: format!("{prefix}-{iuv}.pdf"), bytes })
}

async fn account_lang(pool: &sqlx::AnyPool, account_id: i64) -> Result<String, crate::error::AppError> {
    let (lang,): (String,) =
        sqlx::query_as("SELECT lang FROM accounts WHERE id = $1").bind(account_id).fetch_one(pool).await?;
    Ok(lang)
}
