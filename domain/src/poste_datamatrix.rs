//! The Data Matrix of the Poste section of a pagoPA payment notice (only when the creditor has a
//! postal account): exactly 256 printable ASCII characters,
//!
//! ```text
//! codfase=NBPA;  18<NAV 18>12<postal account 12>10<amount in cents 10>3896
//! 1P1 <creditor CF 11> <debtor CF 16> <debtor name 40> <subject 110> <12 spaces> A
//! ```
//!
//! Free text is folded to ASCII (accents dropped) and truncated to its field before padding, so
//! no field ever pushes the next one out of place.

use super::codice_fiscale::CodiceFiscale;
use super::money::Cents;
use super::notice_number::NoticeNumber;
use super::organisation_fiscal_code::OrganisationFiscalCode;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The whole string's length.
pub const LENGTH: usize = 256;
/// Where each field starts (0-based) and how wide it is.
pub const CODELINE: (usize, usize) = (13, 50);
pub const CREDITOR: (usize, usize) = (66, 11);
pub const DEBTOR: (usize, usize) = (77, 16);
pub const DEBTOR_NAME: (usize, usize) = (93, 40);
pub const SUBJECT: (usize, usize) = (133, 110);
const FILLER: usize = 12;
/// The largest amount the 10-digit field holds: 99.999.999,99 €.
pub const MAX_AMOUNT: u64 = 9_999_999_999;

/// A Poste Italiane postal account (conto corrente postale): up to 12 digits, kept zero-padded
/// to 12 as the codeline prints it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PostalAccount(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PostalAccountError {
    #[error("must be 1 to 12 digits")]
    Shape,
    #[error("must not be all zeros")]
    Zero,
}

impl PostalAccount {
    /// Digits with optional spaces (`"1234 5678"`), at most 12, not all zeros.
    pub fn parse(input: &str) -> Result<Self, PostalAccountError> {
        let digits: String = input.chars().filter(|c| !c.is_whitespace()).collect();
        if digits.is_empty() || digits.len() > 12 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(PostalAccountError::Shape);
        }
        if digits.bytes().all(|b| b == b'0') {
            return Err(PostalAccountError::Zero);
        }
        Ok(Self(format!("{digits:0>12}")))
    }

    /// The 12 digits, zero-padded.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for PostalAccount {
    type Error = PostalAccountError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<PostalAccount> for String {
    fn from(value: PostalAccount) -> String {
        value.0
    }
}

impl fmt::Display for PostalAccount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What the Poste Data Matrix says; [`PosteDataMatrix::text`] lays it out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PosteDataMatrix {
    pub notice: NoticeNumber,
    pub account: PostalAccount,
    pub amount: Cents,
    pub creditor: OrganisationFiscalCode,
    pub debtor: CodiceFiscale,
    /// The debtor's full name, as printed on the notice (folded and cut to 40).
    pub debtor_name: String,
    /// The notice's subject (folded and cut to 110).
    pub subject: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PosteDataMatrixError {
    #[error("the amount does not fit the 10 digits of the Poste codeline")]
    AmountTooLarge,
}

impl PosteDataMatrix {
    /// The 256 characters. Fails only for an amount above 99.999.999,99 €, which the codeline
    /// cannot carry (the notice then has no Poste section).
    pub fn text(&self) -> Result<String, PosteDataMatrixError> {
        let cents = self.amount.get();
        if cents > MAX_AMOUNT {
            return Err(PosteDataMatrixError::AmountTooLarge);
        }
        let mut text = String::with_capacity(LENGTH);
        text.push_str("codfase=NBPA;");
        text.push_str(&format!("18{}12{}10{cents:010}3896", self.notice.as_str(), self.account.as_str()));
        text.push_str("1P1");
        text.push_str(&field(self.creditor.as_str(), CREDITOR.1));
        text.push_str(&field(self.debtor.as_str(), DEBTOR.1));
        text.push_str(&field(&self.debtor_name, DEBTOR_NAME.1));
        text.push_str(&field(&self.subject, SUBJECT.1));
        text.push_str(&" ".repeat(FILLER));
        text.push('A');
        debug_assert_eq!(text.len(), LENGTH);
        Ok(text)
    }
}

/// `value` folded to printable ASCII, cut to `width` characters and padded with spaces to it.
fn field(value: &str, width: usize) -> String {
    let mut folded = fold_ascii(value);
    folded.truncate(width);
    // Cutting may leave a space at the end: padding with spaces makes that harmless.
    format!("{folded:<width$}")
}

/// Latin letters lose their accents (`Niccolò` → `Niccolo`, `ß` → `ss`), typographic quotes
/// become plain ones, runs of white space one space; anything else outside printable ASCII
/// becomes a space. The result is printable ASCII only, so one character is one byte.
pub fn fold_ascii(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut last_space = true;
    for c in value.chars() {
        let replacement: &str = match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => "a",
            'À' | 'Á' | 'Â' | 'Ä' | 'Ã' | 'Å' => "A",
            'è' | 'é' | 'ê' | 'ë' => "e",
            'È' | 'É' | 'Ê' | 'Ë' => "E",
            'ì' | 'í' | 'î' | 'ï' => "i",
            'Ì' | 'Í' | 'Î' | 'Ï' => "I",
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'ø' => "o",
            'Ò' | 'Ó' | 'Ô' | 'Ö' | 'Õ' | 'Ø' => "O",
            'ù' | 'ú' | 'û' | 'ü' => "u",
            'Ù' | 'Ú' | 'Û' | 'Ü' => "U",
            'ç' => "c",
            'Ç' => "C",
            'ñ' => "n",
            'Ñ' => "N",
            'ß' => "ss",
            'æ' => "ae",
            'Æ' => "AE",
            'œ' => "oe",
            'Œ' => "OE",
            '’' | '‘' | '`' | '´' => "'",
            '“' | '”' | '«' | '»' => "\"",
            '–' | '—' => "-",
            c if c.is_ascii_graphic() => {
                out.push(c);
                last_space = false;
                continue;
            }
            _ => " ",
        };
        if replacement == " " {
            if !last_space {
                out.push(' ');
            }
            last_space = true;
        } else {
            out.push_str(replacement);
            last_space = false;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn example() -> PosteDataMatrix {
        PosteDataMatrix {
            notice: NoticeNumber::parse("301239600003547815").unwrap().number,
            account: PostalAccount::parse("12345678").unwrap(),
            amount: Cents::new(1250).unwrap(),
            creditor: OrganisationFiscalCode::parse("80185250588").unwrap(),
            debtor: CodiceFiscale::parse("RSSMRA80A01H501U").unwrap(),
            debtor_name: "Mario Rossi".into(),
            subject: "Assicurazione integrativa".into(),
        }
    }

    fn at(text: &str, (start, width): (usize, usize)) -> &str {
        &text[start..start + width]
    }

    #[test]
    fn lays_out_every_field_at_its_offset() {
        let text = example().text().unwrap();
        assert_eq!(text.len(), LENGTH);
        assert_eq!(text.chars().count(), LENGTH);
        assert!(text.starts_with("codfase=NBPA;"));
        assert_eq!(at(&text, CODELINE), "18301239600003547815120000123456781000000012503896");
        assert_eq!(&text[63..66], "1P1");
        assert_eq!(at(&text, CREDITOR), "80185250588");
        assert_eq!(at(&text, DEBTOR), "RSSMRA80A01H501U");
        assert_eq!(at(&text, DEBTOR_NAME), format!("{:<40}", "Mario Rossi"));
        assert_eq!(at(&text, SUBJECT), format!("{:<110}", "Assicurazione integrativa"));
        assert_eq!(&text[243..255], " ".repeat(12));
        assert!(text.ends_with('A'));
        let expected = format!(
            "codfase=NBPA;18301239600003547815120000123456781000000012503896\
             1P180185250588RSSMRA80A01H501U{:<40}{:<110}{}A",
            "Mario Rossi",
            "Assicurazione integrativa",
            " ".repeat(12)
        );
        assert_eq!(text, expected);
    }

    #[test]
    fn long_names_and_subjects_are_cut_to_their_fields() {
        let long = PosteDataMatrix {
            debtor_name: "Maria Vittoria Benedetta Scapponi De Gasperis Dell'Orto Bianchi".into(),
            subject: "Contributo volontario per l'ampliamento dell'offerta formativa, \
                      l'assicurazione integrativa degli alunni e il materiale didattico dell'anno"
                .repeat(2),
            ..example()
        };
        let text = long.text().unwrap();
        assert_eq!(text.len(), LENGTH);
        assert_eq!(at(&text, DEBTOR_NAME), "Maria Vittoria Benedetta Scapponi De Gas");
        assert!(at(&text, SUBJECT).starts_with("Contributo volontario per l'ampliamento"));
        assert_eq!(&text[243..], format!("{}A", " ".repeat(12)));
    }

    #[test]
    fn accents_are_folded_so_one_character_is_one_byte() {
        let accented = PosteDataMatrix {
            debtor_name: "Niccolò Perù D’Annunzio Ñandú Çelik Straße".into(),
            subject: "Gita a Forlì – «Città» e più 😀".into(),
            ..example()
        };
        let text = accented.text().unwrap();
        assert_eq!(text.len(), LENGTH);
        assert!(text.bytes().all(|b| b.is_ascii_graphic() || b == b' '));
        assert_eq!(at(&text, DEBTOR_NAME).trim_end(), "Niccolo Peru D'Annunzio Nandu Celik Stra");
        assert_eq!(at(&text, SUBJECT).trim_end(), "Gita a Forli - \"Citta\" e piu");
    }

    #[test]
    fn amounts_are_zero_padded_and_too_large_ones_refused() {
        let small = PosteDataMatrix { amount: Cents::new(5).unwrap(), ..example() };
        assert_eq!(&small.text().unwrap()[47..59], "100000000005");
        let largest = PosteDataMatrix { amount: Cents::new(MAX_AMOUNT).unwrap(), ..example() };
        assert_eq!(&largest.text().unwrap()[47..59], "109999999999");
        let too_large = PosteDataMatrix { amount: Cents::new(MAX_AMOUNT + 1).unwrap(), ..example() };
        assert_eq!(too_large.text(), Err(PosteDataMatrixError::AmountTooLarge));
    }

    #[test]
    fn postal_accounts_are_up_to_twelve_digits() {
        assert_eq!(PostalAccount::parse("1234 5678").unwrap().as_str(), "000012345678");
        assert_eq!(PostalAccount::parse("123456789012").unwrap().as_str(), "123456789012");
        assert_eq!(PostalAccount::parse("1234567890123"), Err(PostalAccountError::Shape));
        assert_eq!(PostalAccount::parse(""), Err(PostalAccountError::Shape));
        assert_eq!(PostalAccount::parse("12a4"), Err(PostalAccountError::Shape));
        assert_eq!(PostalAccount::parse("0000"), Err(PostalAccountError::Zero));
        // Stored zero-padded, read back the same.
        let stored = PostalAccount::parse("000012345678").unwrap();
        assert_eq!(PostalAccount::parse(stored.as_str()), Ok(stored));
    }

    proptest! {
        #[test]
        fn any_text_keeps_the_layout(name in "\\PC{0,80}", subject in "\\PC{0,200}", cents in 0..=MAX_AMOUNT) {
            let matrix = PosteDataMatrix { debtor_name: name, subject, amount: Cents::new(cents).unwrap(), ..example() };
            let text = matrix.text().unwrap();
            prop_assert_eq!(text.len(), LENGTH);
            prop_assert!(text.bytes().all(|b| b.is_ascii_graphic() || b == b' '));
            prop_assert_eq!(at(&text, CREDITOR), "80185250588");
            prop_assert_eq!(at(&text, DEBTOR), "RSSMRA80A01H501U");
            let tail = format!("{}A", " ".repeat(12));
            prop_assert!(text.ends_with(&tail));
        }
    }
}
