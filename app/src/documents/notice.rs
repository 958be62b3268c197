//! The printable payment notice (avviso di pagamento) in pagoPA's order: header (subject and
//! creditor, on every page), creditor and recipient, amount and due date, where to pay, payment
//! data with the QR code, and, when the school has a postal account, the Poste section with its
//! Data Matrix.

use super::codes;
use super::layout::{self, Block, CodeColumn, Column, Pdf, PdfError};
use crate::i18n::{phrases, DocumentMsg, Lang};
use domain::{PaymentQr, PosteDataMatrix};

pub use crate::store::notice_documents::NoticeDocument;

/// pagoPA: the subject at most 90 characters, the creditor's name at most 50.
const SUBJECT_LIMIT: usize = 90;
const CREDITOR_LIMIT: usize = 50;

/// `text` cut to `limit` characters, with an ellipsis when cut.
fn at_most(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(limit - 1).collect();
    cut.truncate(cut.trim_end().len());
    cut.push('…');
    cut
}

/// Sentence case: the first letter upper case, the rest as the school wrote it.
fn sentence_case(text: &str) -> String {
    let mut chars = text.trim().chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The exact text of the notice's QR code.
pub fn qr_payload(notice: &NoticeDocument) -> String {
    PaymentQr::new(notice.notice_number.clone(), notice.creditor_fiscal_code.clone(), notice.amount).payload()
}

/// The exact text of the Poste Data Matrix, when the school has a postal account and the amount
/// fits Poste's codeline.
pub fn data_matrix_text(notice: &NoticeDocument) -> Option<String> {
    let account = notice.postal_account.clone()?;
    PosteDataMatrix {
        notice: notice.notice_number.clone(),
        account,
        amount: notice.amount,
        creditor: notice.creditor_fiscal_code.clone(),
        debtor: notice.pupil_codice_fiscale.clone(),
        debtor_name: notice.pupil_name.clone(),
        subject: sentence_case(&notice.reason),
    }
    .text()
    .ok()
}

/// The notice's PDF.
pub fn notice_pdf(lang: Lang, notice: &NoticeDocument, now: i64) -> Result<Vec<u8>, PdfError> {
    let t = |key| lang.t(key).to_string();
    let subject = at_most(&sentence_case(&notice.reason), SUBJECT_LIMIT);
    let creditor = at_most(&notice.school_name, CREDITOR_LIMIT);
    let office = format!("{} ({})", notice.school_town, notice.school_province);
    let amount = notice.amount.to_euro();
    let grouped = notice.notice_number.grouped();
    let mut blocks = vec![
        Block::Columns(vec![
            Column {
                heading: t(DocumentMsg::NoticeCreditorHeading),
                fields: vec![
                    (t(DocumentMsg::NoticeCreditorName), creditor.clone()),
                    (t(DocumentMsg::NoticeFiscalCode), notice.creditor_fiscal_code.to_string()),
                    (t(DocumentMsg::Office), office),
                ],
            },
            Column {
                heading: t(DocumentMsg::NoticeRecipientHeading),
                fields: vec![
                    (t(DocumentMsg::NoticeRecipientName), notice.pupil_name.clone()),
                    (t(DocumentMsg::NoticeFiscalCode), notice.pupil_codice_fiscale.to_string()),
                ],
            },
        ]),
        Block::Rule,
        Block::Heading(t(DocumentMsg::NoticeAmountHeading)),
        Block::Emphasis(phrases::notice_due(lang, amount.clone(), notice.due_date.to_italian())),
        Block::Paragraph(phrases::notice_after_due(lang, notice.expires_on.to_italian())),
        Block::Heading(t(DocumentMsg::NoticeWhereHeading)),
        Block::Paragraph(t(DocumentMsg::NoticeWhereOnline)),
        Block::Paragraph(t(DocumentMsg::NoticeWherePhysical)),
        Block::Rule,
    ];
    let pagopa_fields = vec![
        (t(DocumentMsg::NoticeAmount), amount.clone()),
        (t(DocumentMsg::NoticeNumber), grouped.clone()),
        (t(DocumentMsg::CreditorFiscalCode), notice.creditor_fiscal_code.to_string()),
        (t(DocumentMsg::NoticeSubject), subject.clone()),
    ];
    let qr = codes::qr(&qr_payload(notice), t(DocumentMsg::NoticeQrAlt))?;
    match (&notice.postal_account, data_matrix_text(notice)) {
        // With a postal account, the two ways side by side, as on pagoPA's own notice: one page.
        (Some(account), Some(text)) => blocks.push(Block::CodeColumns(vec![
            CodeColumn {
                heading: t(DocumentMsg::NoticePaymentHeading),
                lead: t(DocumentMsg::NoticePaymentLead),
                code: qr,
                fields: pagopa_fields,
            },
            CodeColumn {
                heading: t(DocumentMsg::NoticePosteHeading),
                lead: t(DocumentMsg::NoticePosteLead),
                code: codes::data_matrix(&text, t(DocumentMsg::NoticeDatamatrixAlt))?,
                fields: vec![
                    (t(DocumentMsg::NoticeAmount), amount),
                    (t(DocumentMsg::NoticePostalAccount), account.to_string()),
                    (t(DocumentMsg::NoticeAccountHolder), creditor.clone()),
                    (t(DocumentMsg::NoticeNumber), grouped),
                ],
            },
        ])),
        _ => blocks.push(Block::Together(vec![
            Block::Heading(t(DocumentMsg::NoticePaymentHeading)),
            Block::Paragraph(t(DocumentMsg::NoticePaymentLead)),
            Block::Code(qr, pagopa_fields),
        ])),
    }
    let title = lang.t(DocumentMsg::NoticeTitle);
    layout::render(&Pdf {
        title,
        lang: lang.code(),
        header: title,
        header_lines: vec![subject, creditor],
        header_is_title: true,
        footer: &super::footer(lang, now),
        blocks,
    })
}

/// What a request for a notice's PDF gets.
pub enum NoticeDownload {
    Pdf {
        file_name: String,
        bytes: Vec<u8>,
    },
    /// No session and no key: to this page first (said whatever the notice, so it reveals nothing).
    Redirect(&'static str),
    /// No such notice, or not this visitor's: the same answer, so nobody learns which.
    NotFound,
    /// Theirs, but paid, expired or revoked: nothing left to pay with it.
    NotPayable(domain::NoticeState),
}

/// `/avvisi/{id}/documento.pdf[?chiave=KEY]`: for a signed-in payer of the notice's pupil, or
/// for anyone with a live key of this notice. Only a notice still payable gets its PDF.
pub async fn download(
    pool: &sqlx::AnyPool,
    session_token: Option<String>,
    notice_id: i64,
    key: Option<&str>,
    request_lang: Lang,
) -> Result<NoticeDownload, crate::error::AppError> {
    use crate::auth::session;
    use crate::store::notice_documents as store;
    let now = crate::auth::now();
    let by_key = match key {
        Some(key) => store::key_opens(pool, notice_id, key, now).await?,
        None => false,
    };
    let mut lang = request_lang;
    if !by_key {
        let account = match session_token {
            Some(token) => session::account_for_token(pool, &token).await?,
            None => None,
        };
        let Some(account) = account else {
            return Ok(if key.is_some() {
                NoticeDownload::NotFound
            } else {
                NoticeDownload::Redirect(crate::routes::LOGIN)
            });
        };
        let account = match session::ready(account) {
            Ok(account) => account,
            Err(error) => {
                return Ok(NoticeDownload::Redirect(
                    crate::functions::account::redirect_for(&error).unwrap_or(crate::routes::LOGIN),
                ))
            }
        };
        if !store::payer_may_see(pool, notice_id, account.account_id).await? {
            return Ok(NoticeDownload::NotFound);
        }
        lang = Lang::from_code(&crate::store::accounts::lang(pool, account.account_id).await?).unwrap_or_default();
    }
    let Some(notice) = store::document(pool, notice_id, now).await? else { return Ok(NoticeDownload::NotFound) };
    if !notice.state.is_payable() {
        return Ok(NoticeDownload::NotPayable(notice.state));
    }
    let lang = super::document_lang(lang);
    let file_name = format!("avviso-{}.pdf", notice.notice_number.as_str());
    let bytes = tokio::task::spawn_blocking(move || notice_pdf(lang, &notice, now))
        .await
        .map_err(|_| crate::error::AppError::Database)?
        .map_err(|error| {
            tracing::error!(%error, "notice PDF generation failed");
            crate::error::AppError::Database
        })?;
    Ok(NoticeDownload::Pdf { file_name, bytes })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use domain::birthplace::Date;
    use domain::codice_fiscale::CodiceFiscale;
    use domain::{Cents, NoticeNumber, NoticeState, OrganisationFiscalCode, PostalAccount};
    use std::process::Command;

    pub(crate) fn sample() -> NoticeDocument {
        NoticeDocument {
            id: 7,
            notice_number: NoticeNumber::parse("301239600003547815").unwrap().number,
            amount: Cents::new(123_456).unwrap(),
            reason: "assicurazione integrativa e contributo per l'offerta formativa".into(),
            due_date: Date::parse("2026-12-31").unwrap(),
            expires_on: Date::parse("2027-01-31").unwrap(),
            state: NoticeState::Valid,
            school_name: "Istituto Comprensivo Niccolò Tommaseo".into(),
            school_town: "Forlì".into(),
            school_province: "FC".into(),
            creditor_fiscal_code: OrganisationFiscalCode::parse("97035330154").unwrap(),
            postal_account: Some(PostalAccount::parse("1234567").unwrap()),
            pupil_codice_fiscale: CodiceFiscale::parse("RSSMRA80A01H501U").unwrap(),
            pupil_name: "Mario Rossi".into(),
        }
    }

    /// Renders `bytes` with poppler's `pdftoppm` (300 dpi, grey) into a fresh folder; the PNG
    /// paths, one per page.
    pub(crate) fn rasterise(bytes: &[u8], name: &str) -> Vec<std::path::PathBuf> {
        let folder = std::env::temp_dir().join(format!("pagoscuola-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&folder);
        std::fs::create_dir_all(&folder).unwrap();
        let pdf = folder.join("avviso.pdf");
        std::fs::write(&pdf, bytes).unwrap();
        let status = Command::new("pdftoppm")
            .args(["-r", "300", "-gray", "-png"])
            .arg(&pdf)
            .arg(folder.join("pagina"))
            .status()
            .expect("pdftoppm (Debian poppler-utils; scripts/setup.sh --tests installs it)");
        assert!(status.success());
        let mut pages: Vec<_> = std::fs::read_dir(&folder)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "png"))
            .collect();
        pages.sort();
        pages
    }

    /// What `zbarimg` (Debian zbar-tools) reads as QR codes in the page images.
    pub(crate) fn decode_qr(pages: &[std::path::PathBuf]) -> Vec<String> {
        let output = Command::new("zbarimg")
            .args(["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable"])
            .args(pages)
            .output()
            .expect("zbarimg (Debian zbar-tools; scripts/setup.sh --tests installs it)");
        String::from_utf8(output.stdout).unwrap().lines().map(str::to_string).collect()
    }

    /// What `dmtxread` (Debian dmtx-utils) reads as a Data Matrix in one page image.
    pub(crate) fn decode_data_matrix(page: &std::path::Path) -> String {
        let output = Command::new("dmtxread")
            .args(["-N1", "-m", "20000"])
            .arg(page)
            .output()
            .expect("dmtxread (Debian dmtx-utils; scripts/setup.sh --tests installs it)");
        String::from_utf8(output.stdout).unwrap()
    }

    #[test]
    fn the_printed_codes_decode_to_exactly_the_payloads() {
        let notice = sample();
        let bytes = notice_pdf(Lang::It, &notice, 1_790_000_000).unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        let pages = rasterise(&bytes, "codes");
        // One sheet, as pagoPA's own notice: the Poste part beside the pagoPA part.
        assert_eq!(pages.len(), 1, "the notice fits one page");
        let expected_qr = "PAGOPA|002|301239600003547815|97035330154|123456";
        assert_eq!(qr_payload(&notice), expected_qr);
        assert_eq!(decode_qr(&pages), vec![expected_qr.to_string()]);
        let expected_matrix = format!(
            "codfase=NBPA;18301239600003547815120000012345671000001234563896\
             1P197035330154RSSMRA80A01H501U{:<40}{:<110}{}A",
            "Mario Rossi",
            "Assicurazione integrativa e contributo per l'offerta formativa",
            " ".repeat(12)
        );
        assert_eq!(data_matrix_text(&notice).as_deref(), Some(expected_matrix.as_str()));
        let read = decode_data_matrix(&pages[0]);
        assert_eq!(read, expected_matrix);
    }

    #[test]
    fn without_a_postal_account_there_is_no_poste_section() {
        let notice = NoticeDocument { postal_account: None, ..sample() };
        assert_eq!(data_matrix_text(&notice), None);
        let with = notice_pdf(Lang::It, &sample(), 0).unwrap();
        let without = notice_pdf(Lang::It, &notice, 0).unwrap();
        assert!(without.len() < with.len());
    }

    #[test]
    fn subjects_are_in_sentence_case_and_cut_to_their_limit() {
        assert_eq!(sentence_case("  uscita didattica al museo"), "Uscita didattica al museo");
        assert_eq!(sentence_case("èra"), "Èra");
        assert_eq!(at_most("breve", 90), "breve");
        let long = "parola ".repeat(20);
        let cut = at_most(&long, 50);
        assert_eq!(cut.chars().count(), 50.min(cut.chars().count()));
        assert!(cut.chars().count() <= 50 && cut.ends_with('…'));
    }
}
