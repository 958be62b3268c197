//! The text inside the QR code of a pagoPA payment notice:
//! `PAGOPA|002|<notice number, 18 digits>|<creditor fiscal code, 11 digits>|<amount in cents>`.
//! Drawing the code (version 4, error correction M, 25 mm) is the PDF's business.

use super::money::Cents;
use super::notice_number::NoticeNumber;
use super::organisation_fiscal_code::OrganisationFiscalCode;

const PREFIX: &str = "PAGOPA";
const VERSION: &str = "002";

/// What a notice's QR code says. Built from typed values, so every field has its right shape.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaymentQr {
    pub notice: NoticeNumber,
    pub creditor: OrganisationFiscalCode,
    pub amount: Cents,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PaymentQrError {
    #[error("not a pagoPA version 002 payload")]
    Header,
    #[error("must have five fields separated by |")]
    Fields,
    #[error("the notice number is not valid")]
    Notice,
    #[error("the creditor fiscal code is not valid")]
    Creditor,
    #[error("the amount is not a whole number of cents")]
    Amount,
}

impl PaymentQr {
    pub fn new(notice: NoticeNumber, creditor: OrganisationFiscalCode, amount: Cents) -> Self {
        Self { notice, creditor, amount }
    }

    /// The payload, amount as plain cents without padding: `PAGOPA|002|3012…15|80185250588|1250`.
    pub fn payload(&self) -> String {
        format!("{PREFIX}|{VERSION}|{}|{}|{}", self.notice.as_str(), self.creditor.as_str(), self.amount.get())
    }

    /// Reads a payload back (for tests and the sandbox PSP). Strict: no spaces, plain digits.
    /// A notice number with wrong check digits is accepted, as everywhere else.
    pub fn parse(payload: &str) -> Result<Self, PaymentQrError> {
        let fields: Vec<&str> = payload.split('|').collect();
        if fields.len() < 2 || fields[0] != PREFIX || fields[1] != VERSION {
            return Err(PaymentQrError::Header);
        }
        let [_, _, notice, creditor, amount] = fields[..] else {
            return Err(PaymentQrError::Fields);
        };
        if notice.len() != 18 || !notice.bytes().all(|b| b.is_ascii_digit()) {
            return Err(PaymentQrError::Notice);
        }
        let notice = NoticeNumber::parse(notice).map_err(|_| PaymentQrError::Notice)?.number;
        if creditor.trim() != creditor {
            return Err(PaymentQrError::Creditor);
        }
        let creditor = OrganisationFiscalCode::parse(creditor).map_err(|_| PaymentQrError::Creditor)?;
        let plain_digits = !amount.is_empty() && amount.len() <= 11 && amount.bytes().all(|b| b.is_ascii_digit());
        let amount = plain_digits
            .then(|| amount.parse::<u64>().ok().and_then(Cents::new))
            .flatten()
            .ok_or(PaymentQrError::Amount)?;
        Ok(Self { notice, creditor, amount })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notice_number::{SegregationCode, IUV_BASE_LIMIT};
    use proptest::prelude::*;

    fn example() -> PaymentQr {
        PaymentQr::new(
            NoticeNumber::parse("301239600003547815").unwrap().number,
            OrganisationFiscalCode::parse("80185250588").unwrap(),
            Cents::new(1250).unwrap(),
        )
    }

    #[test]
    fn builds_the_documented_payload() {
        assert_eq!(example().payload(), "PAGOPA|002|301239600003547815|80185250588|1250");
        let big = PaymentQr { amount: Cents::MAX, ..example() };
        assert_eq!(big.payload(), "PAGOPA|002|301239600003547815|80185250588|99999999999");
        let small = PaymentQr { amount: Cents::new(5).unwrap(), ..example() };
        assert_eq!(small.payload(), "PAGOPA|002|301239600003547815|80185250588|5");
    }

    #[test]
    fn parses_its_own_payload_and_refuses_others() {
        assert_eq!(PaymentQr::parse(&example().payload()), Ok(example()));
        let cases = [
            ("PAGOPA|001|301239600003547815|80185250588|1250", PaymentQrError::Header),
            ("pagopa|002|301239600003547815|80185250588|1250", PaymentQrError::Header),
            ("", PaymentQrError::Header),
            ("PAGOPA|002|301239600003547815|80185250588", PaymentQrError::Fields),
            ("PAGOPA|002|301239600003547815|80185250588|1250|", PaymentQrError::Fields),
            ("PAGOPA|002|3012 3960 0003 5478 15|80185250588|1250", PaymentQrError::Notice),
            ("PAGOPA|002|001239600003547815|80185250588|1250", PaymentQrError::Notice),
            ("PAGOPA|002|301239600003547815|80185250589|1250", PaymentQrError::Creditor),
            ("PAGOPA|002|301239600003547815| 80185250588|1250", PaymentQrError::Creditor),
            ("PAGOPA|002|301239600003547815|80185250588|12,50", PaymentQrError::Amount),
            ("PAGOPA|002|301239600003547815|80185250588|", PaymentQrError::Amount),
            ("PAGOPA|002|301239600003547815|80185250588|+1250", PaymentQrError::Amount),
            ("PAGOPA|002|301239600003547815|80185250588|100000000000", PaymentQrError::Amount),
        ];
        for (payload, expected) in cases {
            assert_eq!(PaymentQr::parse(payload), Err(expected), "{payload}");
        }
    }

    proptest! {
        #[test]
        fn payload_round_trips(base in 0..IUV_BASE_LIMIT, cents in 0..=Cents::MAX.get()) {
            let notice = NoticeNumber::generate(SegregationCode::new(2).unwrap(), base).unwrap();
            let qr = PaymentQr { notice, amount: Cents::new(cents).unwrap(), ..example() };
            let payload = qr.payload();
            prop_assert!(payload.is_ascii() && payload.len() <= 11 + 18 + 11 + 11 + 4);
            prop_assert_eq!(PaymentQr::parse(&payload), Ok(qr));
        }
    }
}
