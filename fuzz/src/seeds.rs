//! Valid inputs for each parser, built with the domain's own constructors (so check characters
//! and check digits are right), in the spellings people type: spaced, lower-case, with `€`.

use crate::gen::Gen;
use domain::birthplace::Date;
use domain::codice_fiscale::{encode, CodiceFiscale, Sex};
use domain::notice_number::IUV_BASE_LIMIT;
use domain::organisation_fiscal_code::check_digit;
use domain::{Cents, NoticeNumber, OrganisationFiscalCode, PaymentQr, SchoolKind, SegregationCode};

pub const SURNAMES: &[&str] =
    &["Rossi", "D'Angelo", "De Luca", "Öztürk", "Ngô", "Li", "O", "Çela", "Dell’Acqua", "Müller-Lüdenscheidt", "Xu"];
pub const NAMES: &[&str] = &["Mario", "Niccolò", "Anna Maria", "Giovanni", "Eà", "Bo", "Ionuț", "Zoë", "Lì Wèi"];
/// Cadastral codes (Rome, Milan, a merged town) and foreign states (Albania, China, Romania).
pub const PLACES: &[&str] = &["H501", "F205", "A001", "M297", "Z100", "Z210", "Z129", "L219", "C351"];

pub fn date(g: &mut Gen) -> Date {
    let year = if g.one_in(4) { g.range_u64(1..=9999) } else { g.range_u64(1890..=2030) } as u16;
    let month = g.range_u64(1..=12) as u8;
    let day = g.range_u64(1..=u64::from(Date::days_in_month(year, month))) as u8;
    Date { year, month, day }
}

/// A date as typed: ISO, dd/mm/yyyy, or with one-digit day and month; sometimes a day that
/// does not exist (31/04, 29/02 in a common year).
pub fn date_text(g: &mut Gen) -> String {
    let d = date(g);
    let day = if g.one_in(10) { Date::days_in_month(d.year, d.month) + 1 } else { d.day };
    match g.below(3) {
        0 => format!("{:04}-{:02}-{day:02}", d.year, d.month),
        1 => format!("{day:02}/{:02}/{:04}", d.month, d.year),
        _ => format!(" {day}/{}/{:04} ", d.month, d.year),
    }
}

pub fn codice_fiscale(g: &mut Gen) -> CodiceFiscale {
    let d = date(g);
    let sex = if g.one_in(2) { Sex::Male } else { Sex::Female };
    let (surname, name, place) = (*g.pick(SURNAMES), *g.pick(NAMES), *g.pick(PLACES));
    let code = encode(surname, name, d.year, d.month, d.day, sex, place).expect("seed codes are valid");
    // Omocodia: one of the 8 official forms.
    let variants = code.omocode_variants();
    if g.one_in(3) {
        variants[g.below(variants.len())].clone()
    } else {
        code
    }
}

pub fn codice_fiscale_text(g: &mut Gen) -> String {
    let code = codice_fiscale(g).to_string();
    match g.below(4) {
        0 => code.to_lowercase(),
        1 => format!(" {} {} {} ", &code[..6], &code[6..11], &code[11..]),
        _ => code,
    }
}

pub fn notice_number(g: &mut Gen) -> NoticeNumber {
    let segregation = SegregationCode::new(g.range_u64(0..=45) as u8).expect("two digits");
    let base = if g.one_in(5) { IUV_BASE_LIMIT - 1 - g.range_u64(0..=9) } else { g.range_u64(0..=IUV_BASE_LIMIT - 1) };
    NoticeNumber::generate(segregation, base).expect("base in range")
}

pub fn notice_number_text(g: &mut Gen) -> String {
    let number = notice_number(g);
    let text = if g.one_in(2) { number.grouped() } else { number.to_string() };
    match g.below(6) {
        // Wrong check digits, or a retired aux digit.
        0 => format!("{}{}", &text[..text.len() - 2], g.digits(2)),
        1 => format!("{}{}", g.digits(1), &text[1..]),
        _ => text,
    }
}

pub fn organisation_code(g: &mut Gen) -> OrganisationFiscalCode {
    let first_ten = g.digits(10);
    let check = check_digit(first_ten.as_bytes());
    OrganisationFiscalCode::parse(&format!("{first_ten}{check}")).expect("valid check digit")
}

pub fn cents(g: &mut Gen) -> Cents {
    let value = match g.below(4) {
        0 => g.range_u64(0..=10_000),
        1 => Cents::MAX.get() - g.range_u64(0..=100),
        _ => g.range_u64(0..=Cents::MAX.get()),
    };
    Cents::new(value).expect("within MAX")
}

/// An amount as a person types it: `1.234,56`, `1234,56`, `€ 12,50`, `12,5`, `,50`, `12`.
pub fn amount_text(g: &mut Gen) -> String {
    let amount = cents(g);
    let euros = amount.get() / 100;
    let cents = amount.get() % 100;
    match g.below(8) {
        0 => amount.to_euro(),
        1 => format!("€ {amount}"),
        2 => format!("{euros},{cents:02}"),
        3 => format!("{euros},{}", cents / 10),
        4 => format!(",{cents:02}"),
        5 => format!("{euros}"),
        6 => amount.to_english(),
        _ => amount.to_italian(),
    }
}

pub fn qr_payload(g: &mut Gen) -> String {
    let qr = PaymentQr::new(notice_number(g), organisation_code(g), cents(g));
    let payload = qr.payload();
    if g.one_in(5) {
        // Zero-padded amounts, as some notices print them.
        let (head, amount) = payload.rsplit_once('|').expect("five fields");
        return format!("{head}|{amount:0>11}");
    }
    payload
}

pub fn school_code_text(g: &mut Gen) -> String {
    let province = g.pick(domain::geography::PROVINCES).sigla;
    let kind = g.pick(&SchoolKind::ALL).code();
    let code = format!("{province}{kind}{}{}{}", g.digits(1), g.upper(1), g.digits(3)) + &g.upper(1);
    if g.one_in(3) {
        code.to_lowercase()
    } else {
        code
    }
}
