//! The PDFs a family downloads (server only): the receipt of a paid notice and the payment
//! statement for the tax return. Built from the receipt as recorded at payment time.

pub mod codes;
mod draw;
pub mod layout;
pub mod metrics;
pub mod notice;

use crate::i18n::{phrases, DocumentMsg, Lang};
use crate::time::date_and_clock as rome_date_and_clock;
use domain::PaymentMethod;
use layout::{Block, Pdf, PdfError};

pub use crate::store::receipts::ReceiptRecord;

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
pub(crate) fn document_lang(lang: Lang) -> Lang {
    match lang {
        Lang::Ar | Lang::Zh => Lang::It,
        other => other,
    }
}

pub(crate) fn footer(lang: Lang, now: i64) -> String {
    let (date, clock) = rome_date_and_clock(now);
    phrases::generated_on(lang, date, clock)
}

/// A payment through the sandbox PSP moved no money: its documents open on a band saying so,
/// in the text layer too (a screen reader and a copy-paste read it first).
fn test_band(lang: Lang, receipt: &ReceiptRecord) -> Vec<Block> {
    if receipt.test_payment {
        vec![Block::Warning(lang.t(DocumentMsg::TestPaymentBand).to_string())]
    } else {
        Vec::new()
    }
}

/// The receipt (the fields of a pagoPA receipt).
pub fn receipt_pdf(lang: Lang, receipt: &ReceiptRecord, now: i64) -> Result<Vec<u8>, PdfError> {
    let (date, clock) = rome_date_and_clock(receipt.paid_at);
    let title = lang.t(DocumentMsg::ReceiptTitle);
    let lead = if receipt.test_payment { DocumentMsg::ReceiptLeadTest } else { DocumentMsg::ReceiptLead };
    let mut blocks = test_band(lang, receipt);
    blocks.extend([
        Block::Title(title.to_string()),
        Block::Paragraph(lang.t(lead).to_string()),
        field(lang, DocumentMsg::Outcome, lang.t(DocumentMsg::OutcomeOk).to_string()),
        field(lang, DocumentMsg::ReceiptId, receipt.receipt_id.clone()),
        field(lang, DocumentMsg::PaidAt, format!("{date} {clock}")),
        Block::Rule,
        field(lang, DocumentMsg::Reason, receipt.description.clone()),
        field(lang, DocumentMsg::Amount, receipt.amount.to_euro()),
        field(lang, DocumentMsg::NoticeNumber, receipt.notice_number.grouped()),
        field(lang, DocumentMsg::Iuv, receipt.iuv.clone()),
        field(lang, DocumentMsg::Creditor, receipt.company_name.clone()),
        field(lang, DocumentMsg::CreditorFiscalCode, receipt.creditor_fiscal_code.to_string()),
        field(lang, DocumentMsg::Office, receipt.office_name.clone()),
        Block::Rule,
        field(lang, DocumentMsg::Debtor, format!("{} ({})", receipt.debtor_name, receipt.debtor_codice_fiscale)),
        field(lang, DocumentMsg::Payer, payer(lang, receipt)),
        field(lang, DocumentMsg::Psp, format!("{} ({})", receipt.psp_name, receipt.psp_id)),
        field(lang, DocumentMsg::Method, method(lang, &receipt.method)),
        field(lang, DocumentMsg::Fee, receipt.fee.to_euro()),
    ]);
    service_document(lang, title, now, blocks)
}

/// A receipt's or an attestation's PDF: PagoScuola's header, the date it was made in the footer.
fn service_document(lang: Lang, title: &str, now: i64, blocks: Vec<Block>) -> Result<Vec<u8>, PdfError> {
    layout::render(&Pdf {
        title,
        lang: lang.code(),
        header: "PagoScuola",
        header_lines: Vec::new(),
        header_is_title: false,
        footer: &footer(lang, now),
        blocks,
    })
}

/// Who paid: the account's holder, or "not stated" for a notice paid outside PagoScuola.
fn payer(lang: Lang, receipt: &ReceiptRecord) -> String {
    match (&receipt.payer_name, &receipt.payer_codice_fiscale) {
        (Some(name), Some(code)) => format!("{name} ({code})"),
        _ => lang.t(DocumentMsg::PayerNotKnown).to_string(),
    }
}

/// The statement for the tax return: payer, pupil, school, reason, amount, date, IUV, PSP.
pub fn attestation_pdf(lang: Lang, receipt: &ReceiptRecord, now: i64) -> Result<Vec<u8>, PdfError> {
    let (date, clock) = rome_date_and_clock(receipt.paid_at);
    let title = lang.t(DocumentMsg::AttestationTitle);
    let deductible = if receipt.tax_deductible { DocumentMsg::DeductibleYes } else { DocumentMsg::DeductibleNo };
    let text = if receipt.test_payment { DocumentMsg::AttestationTextTest } else { DocumentMsg::AttestationText };
    let mut blocks = test_band(lang, receipt);
    blocks.extend([
        Block::Title(title.to_string()),
        Block::Paragraph(lang.t(DocumentMsg::AttestationLead).to_string()),
        Block::Paragraph(lang.t(text).to_string()),
        Block::Rule,
        field(lang, DocumentMsg::Payer, payer(lang, receipt)),
        field(lang, DocumentMsg::Debtor, format!("{} ({})", receipt.debtor_name, receipt.debtor_codice_fiscale)),
        field(lang, DocumentMsg::Creditor, format!("{} ({})", receipt.company_name, receipt.creditor_fiscal_code)),
        field(lang, DocumentMsg::SchoolYear, receipt.school_year.to_string()),
        field(lang, DocumentMsg::Reason, receipt.description.clone()),
        field(lang, DocumentMsg::Amount, receipt.amount.to_euro()),
        field(lang, DocumentMsg::PaidAt, format!("{date} {clock}")),
        field(lang, DocumentMsg::Iuv, receipt.iuv.clone()),
        field(lang, DocumentMsg::Psp, format!("{} ({})", receipt.psp_name, receipt.psp_id)),
        field(
            lang,
            DocumentMsg::PaymentToken,
            receipt.provider_reference.clone().unwrap_or_else(|| receipt.receipt_id.clone()),
        ),
        field(lang, DocumentMsg::Deductible, lang.t(deductible).to_string()),
    ]);
    service_document(lang, title, now, blocks)
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
///
/// `guest_token`: the guest cookie's token, which opens the receipts of that guest's payments
/// (paid by number without an account) when there is no session.
pub async fn download(
    pool: &sqlx::AnyPool,
    session_token: Option<String>,
    guest_token: Option<String>,
    kind: Kind,
    file: &str,
) -> Result<Download, crate::error::AppError> {
    use crate::auth::session;
    let account = match session_token {
        Some(token) => session::account_for_token(pool, &token).await?,
        None => None,
    };
    let Some(account) = account else { return guest_download(pool, guest_token, kind, file).await };
    let account = match session::ready(account) {
        Ok(account) => account,
        Err(error) => {
            return Ok(Download::Redirect(
                crate::functions::account::redirect_for(&error).unwrap_or(crate::routes::LOGIN),
            ))
        }
    };
    // Ours are 32 hex digits, pagoPA's its own (the path arrives percent-decoded).
    let Some(receipt_id) = file.strip_suffix(".pdf").filter(|id| crate::routes::receipt_file_id(id)) else {
        return Ok(Download::NotFound);
    };
    let Some(receipt) = crate::store::receipts::document(pool, account.account_id, receipt_id).await? else {
        return Ok(Download::NotFound);
    };
    let lang = document_lang(
        crate::i18n::Lang::from_code(&crate::store::accounts::lang(pool, account.account_id).await?)
            .unwrap_or_default(),
    );
    rendered(kind, lang, receipt).await
}

/// A guest's receipt (in Italian, the language of the documents' originals), or the log-in
/// page for anyone whose cookie does not open it.
async fn guest_download(
    pool: &sqlx::AnyPool,
    guest_token: Option<String>,
    kind: Kind,
    file: &str,
) -> Result<Download, crate::error::AppError> {
    use crate::auth::tokens::{hash_token, looks_like_token};
    let receipt_id = file.strip_suffix(".pdf").filter(|id| crate::routes::receipt_file_id(id));
    let (Some(token), Some(receipt_id)) = (guest_token.filter(|t| looks_like_token(t)), receipt_id) else {
        return Ok(Download::Redirect(crate::routes::LOGIN));
    };
    match crate::store::receipts::document_for_guest(pool, &hash_token(&token), receipt_id).await? {
        Some(receipt) => rendered(kind, document_lang(crate::i18n::Lang::default()), receipt).await,
        None => Ok(Download::Redirect(crate::routes::LOGIN)),
    }
}

async fn rendered(
    kind: Kind,
    lang: crate::i18n::Lang,
    receipt: crate::store::receipts::ReceiptRecord,
) -> Result<Download, crate::error::AppError> {
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
