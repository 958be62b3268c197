//! The identifiers: codice fiscale, notice number (and segregation code), the QR payload, the
//! creditor's fiscal code and the school code.

use crate::ensure;
use crate::gen::Gen;
use crate::report::Report;
use crate::seeds;
use domain::codice_fiscale::{CodiceFiscale, CodiceFiscaleError};
use domain::notice_number::NoticeNumber;
use domain::organisation_fiscal_code::check_digit;
use domain::registration::check_codice_fiscale;
use domain::{OrganisationFiscalCode, PaymentQr, SchoolCode, SegregationCode};

const CF_TOKENS: &[&str] = &["RSS", "MRA", "80", "A", "01", "41", "71", "H501", "Z404", "L", "V", "U", "X"];

pub fn codice_fiscale(g: &mut Gen, report: &mut Report) {
    report.case(g.text(seeds::codice_fiscale_text, CF_TOKENS), |input| check_codice_fiscale_text(input));
}

fn check_codice_fiscale_text(input: &str) -> Result<(), String> {
    let parsed = CodiceFiscale::parse(input);
    ensure!(parsed == CodiceFiscale::parse(input), "two parses differ");
    ensure!(parsed.is_ok() == check_codice_fiscale(input).is_ok(), "the registration check disagrees");
    let normalised: String = input.chars().filter(|c| !c.is_whitespace()).map(|c| c.to_ascii_uppercase()).collect();
    let code = match parsed {
        Ok(code) => code,
        Err(CodiceFiscaleError::Length(found)) => {
            ensure!(found == normalised.chars().count(), "length {found} reported");
            return Ok(());
        }
        Err(CodiceFiscaleError::CheckCharacter(expected)) => {
            // Everything but the check character was right: the character it asks for must do.
            let fixed = format!("{}{expected}", &normalised[..15]);
            ensure!(CodiceFiscale::parse(&fixed).is_ok(), "{fixed:?} still refused");
            return Ok(());
        }
        Err(_) => return Ok(()),
    };
    let text = code.as_str();
    ensure!(text.len() == 16 && text.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()), "kept {text:?}");
    ensure!(CodiceFiscale::parse(text).as_ref() == Ok(&code), "{text:?} does not parse back");
    let retyped = format!(" {} {} ", text[..8].to_lowercase(), &text[8..]);
    ensure!(CodiceFiscale::parse(&retyped).as_ref() == Ok(&code), "{retyped:?} parses differently");
    let decoded = code.decode();
    ensure!((1..=12).contains(&decoded.month) && (1..=31).contains(&decoded.day), "decoded {decoded:?}");
    ensure!(decoded.year_of_century < 100 && decoded.place_code.len() == 4, "decoded {decoded:?}");
    let plain = code.without_omocodia();
    ensure!(!plain.is_omocode() && CodiceFiscale::parse(plain.as_str()).as_ref() == Ok(&plain), "plain {plain}");
    ensure!(plain.decode() == decoded, "omocodia changes the decoded data");
    let variants = code.omocode_variants();
    ensure!(variants.len() == 8 && variants[0] == plain, "variants {variants:?}");
    for variant in &variants {
        ensure!(CodiceFiscale::parse(variant.as_str()).as_ref() == Ok(variant), "variant {variant} refused");
        ensure!(variant.without_omocodia() == plain, "variant {variant} has another plain form");
    }
    Ok(())
}

pub fn notice_number(g: &mut Gen, report: &mut Report) {
    let tokens = &["3", "0", "01", "45", "99", " ", "3012", "15"];
    report.case(g.text(seeds::notice_number_text, tokens), |input| {
        check_notice_number(input)?;
        check_segregation_code(input)
    });
}

fn check_notice_number(input: &str) -> Result<(), String> {
    let parsed = NoticeNumber::parse(input);
    ensure!(parsed == NoticeNumber::parse(input), "two parses differ");
    let Ok(parsed) = parsed else { return Ok(()) };
    let number = &parsed.number;
    let text = number.as_str();
    ensure!(text.len() == 18 && text.starts_with('3') && text.bytes().all(|b| b.is_ascii_digit()), "kept {text:?}");
    ensure!(number.iuv() == &text[1..], "IUV {}", number.iuv());
    ensure!(NoticeNumber::parse(text).as_ref() == Ok(&parsed), "{text:?} parses differently");
    ensure!(NoticeNumber::parse(&number.grouped()).as_ref() == Ok(&parsed), "grouped {}", number.grouped());
    ensure!(NoticeNumber::try_from(text.to_string()).as_ref() == Ok(number), "try_from differs");
    ensure!(parsed.check_digit_warning.is_none() == number.check_digits_ok(), "warning {parsed:?}");
    if let Some(warning) = parsed.check_digit_warning {
        ensure!(warning.expected == number.expected_check_digits(), "expected digits {warning:?}");
        ensure!(warning.found == number.check_digits() && warning.expected < 93, "found digits {warning:?}");
    } else if number.segregation().is_creditor_range() {
        let again = NoticeNumber::generate(number.segregation(), number.base());
        ensure!(again.as_ref() == Ok(number), "generating it again gives {again:?}");
    }
    Ok(())
}

fn check_segregation_code(input: &str) -> Result<(), String> {
    let Ok(code) = SegregationCode::parse(input) else { return Ok(()) };
    ensure!(code.value() <= 99, "value {}", code.value());
    ensure!(SegregationCode::parse(&code.to_string()) == Ok(code), "{code} does not parse back");
    ensure!(SegregationCode::new(code.value()) == Ok(code), "new({}) differs", code.value());
    Ok(())
}

pub fn payment_qr(g: &mut Gen, report: &mut Report) {
    let tokens = &["PAGOPA", "|", "002", "001", "301239600003547815", "80185250588", "1250", "00000000000"];
    report.case(g.text(seeds::qr_payload, tokens), |input| {
        let parsed = PaymentQr::parse(input);
        ensure!(parsed == PaymentQr::parse(input), "two parses differ");
        let Ok(qr) = parsed else { return Ok(()) };
        let payload = qr.payload();
        ensure!(payload.is_ascii() && PaymentQr::parse(&payload).as_ref() == Ok(&qr), "{payload:?} differs");
        let fields: Vec<&str> = input.split('|').collect();
        ensure!(fields[2] == qr.notice.as_str() && fields[3] == qr.creditor.as_str(), "fields changed: {qr:?}");
        Ok(())
    });
}

pub fn organisation_fiscal_code(g: &mut Gen, report: &mut Report) {
    let seed = |g: &mut Gen| seeds::organisation_code(g).to_string();
    report.case(g.text(seed, &["80185250588", "0", "9", " "]), |input| {
        let parsed = OrganisationFiscalCode::parse(input);
        ensure!(parsed == OrganisationFiscalCode::parse(input), "two parses differ");
        let Ok(code) = parsed else { return Ok(()) };
        let bytes = code.as_str().as_bytes();
        ensure!(bytes.len() == 11 && bytes.iter().all(u8::is_ascii_digit), "kept {code}");
        ensure!(check_digit(&bytes[..10]) == bytes[10] - b'0', "check digit of {code}");
        ensure!(OrganisationFiscalCode::parse(code.as_str()).as_ref() == Ok(&code), "{code} does not parse back");
        Ok(())
    });
}

pub fn school_code(g: &mut Gen, report: &mut Report) {
    report.case(g.text(seeds::school_code_text, &["MI", "IC", "8CY00P", "RM", "ee", " "]), |input| {
        let parsed = SchoolCode::parse(input);
        ensure!(parsed == SchoolCode::parse(input), "two parses differ");
        let Ok(code) = parsed else { return Ok(()) };
        let text = code.as_str();
        ensure!(text.len() == 10 && text.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()), "{text:?}");
        ensure!(code.province().bytes().all(|b| b.is_ascii_uppercase()), "province {}", code.province());
        ensure!(SchoolCode::parse(text).as_ref() == Ok(&code), "{text:?} does not parse back");
        ensure!(SchoolCode::parse(&text.to_lowercase()).as_ref() == Ok(&code), "lower-case {text:?} differs");
        Ok(())
    });
}
