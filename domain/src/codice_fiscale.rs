//! The codice fiscale of a person: 16 characters `SSS NNN YY M DD LLLL C`. Parsing normalises
//! case and spaces and checks pattern and check character; decoding undoes omocodia.
//! Coherence with a person's data (and the birthplace's validity dates) builds on this.

use super::text::fold_for_search;
use serde::{Deserialize, Serialize};
use std::fmt;

const MONTHS: &[u8; 12] = b"ABCDEHLMPRST";
/// Letters that replace the digits 0-9 in omocodic codes.
const OMOCODE_LETTERS: &[u8; 10] = b"LMNPQRSTUV";
/// Positions that hold digits (or their omocodic letters), right to left as omocodia uses them.
const DIGIT_POSITIONS: [usize; 7] = [14, 13, 12, 10, 9, 7, 6];
const ODD_VALUES: [u8; 26] =
    [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CodiceFiscale(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum CodiceFiscaleError {
    #[error("empty")]
    Empty,
    #[error("must be 16 characters, found {0}")]
    Length(usize),
    #[error("character {0} is not allowed there")]
    Character(usize),
    #[error("the month letter is not valid")]
    Month,
    #[error("the day is not valid")]
    Day,
    #[error("the check character should be {0}")]
    CheckCharacter(char),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Sex {
    Male,
    Female,
}

/// What a codice fiscale says about its holder, omocodia undone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub surname_code: String,
    pub name_code: String,
    /// Last two digits of the birth year (the century is not in the code).
    pub year_of_century: u8,
    pub month: u8,
    pub day: u8,
    pub sex: Sex,
    /// Cadastral code of the town of birth, or `Z` + 3 digits for a foreign state.
    pub place_code: String,
}

fn digit_value(byte: u8) -> Option<u8> {
    if byte.is_ascii_digit() {
        Some(byte - b'0')
    } else {
        OMOCODE_LETTERS.iter().position(|&l| l == byte).map(|p| p as u8)
    }
}

/// The check character over the first 15 characters (which must be ASCII upper-case/digits).
pub fn check_character(first_15: &[u8]) -> char {
    let sum: u32 = first_15
        .iter()
        .enumerate()
        .map(|(index, &byte)| {
            let ordinal = if byte.is_ascii_digit() { byte - b'0' } else { byte - b'A' };
            // Positions count from 1, so index 0 is an odd position.
            u32::from(if index % 2 == 0 { ODD_VALUES[usize::from(ordinal)] } else { ordinal })
        })
        .sum();
    char::from(b'A' + (sum % 26) as u8)
}

impl CodiceFiscale {
    pub fn parse(input: &str) -> Result<Self, CodiceFiscaleError> {
        let code: String = input.chars().filter(|c| !c.is_whitespace()).map(|c| c.to_ascii_uppercase()).collect();
        if code.is_empty() {
            return Err(CodiceFiscaleError::Empty);
        }
        let length = code.chars().count();
        if length != 16 {
            return Err(CodiceFiscaleError::Length(length));
        }
        let bytes = code.as_bytes();
        for (index, &byte) in bytes.iter().enumerate() {
            let ok = match index {
                6 | 7 | 9 | 10 | 12 | 13 | 14 => digit_value(byte).is_some(),
                _ => byte.is_ascii_uppercase(),
            };
            if !ok {
                return Err(CodiceFiscaleError::Character(index + 1));
            }
        }
        if !MONTHS.contains(&bytes[8]) {
            return Err(CodiceFiscaleError::Month);
        }
        let day = Self::two_digits(bytes, 9);
        if !(1..=31).contains(&(day % 40)) || day > 71 {
            return Err(CodiceFiscaleError::Day);
        }
        let expected = check_character(&bytes[..15]);
        if char::from(bytes[15]) != expected {
            return Err(CodiceFiscaleError::CheckCharacter(expected));
        }
        Ok(Self(code))
    }

    fn two_digits(bytes: &[u8], at: usize) -> u8 {
        digit_value(bytes[at]).unwrap_or(0) * 10 + digit_value(bytes[at + 1]).unwrap_or(0)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_omocode(&self) -> bool {
        DIGIT_POSITIONS.iter().any(|&p| !self.0.as_bytes()[p].is_ascii_digit())
    }

    pub fn decode(&self) -> Decoded {
        let bytes = self.0.as_bytes();
        let day_field = Self::two_digits(bytes, 9);
        let month = MONTHS.iter().position(|&m| m == bytes[8]).map_or(0, |p| p as u8 + 1);
        let place_digits: String = (12..15).map(|i| char::from(b'0' + digit_value(bytes[i]).unwrap_or(0))).collect();
        Decoded {
            surname_code: self.0[0..3].to_string(),
            name_code: self.0[3..6].to_string(),
            year_of_century: Self::two_digits(bytes, 6),
            month,
            day: day_field % 40,
            sex: if day_field > 40 { Sex::Female } else { Sex::Male },
            place_code: format!("{}{place_digits}", char::from(bytes[11])),
        }
    }

    /// The code without omocodia: the form the holder most likely uses.
    pub fn without_omocodia(&self) -> CodiceFiscale {
        let mut bytes = self.0.as_bytes().to_vec();
        for position in DIGIT_POSITIONS {
            if let Some(value) = digit_value(bytes[position]) {
                bytes[position] = b'0' + value;
            }
        }
        bytes[15] = check_character(&bytes[..15]) as u8;
        CodiceFiscale(String::from_utf8_lossy(&bytes).into_owned())
    }

    /// The 8 official forms of this code: none, then 1 to 7 digits substituted from the right.
    pub fn omocode_variants(&self) -> Vec<CodiceFiscale> {
        let base = self.without_omocodia();
        (0..=DIGIT_POSITIONS.len())
            .map(|substituted| {
                let mut bytes = base.0.as_bytes().to_vec();
                for &position in &DIGIT_POSITIONS[..substituted] {
                    bytes[position] = OMOCODE_LETTERS[usize::from(bytes[position] - b'0')];
                }
                bytes[15] = check_character(&bytes[..15]) as u8;
                CodiceFiscale(String::from_utf8_lossy(&bytes).into_owned())
            })
            .collect()
    }
}

/// The three letters for a surname: consonants, then vowels, then X.
pub fn surname_code(surname: &str) -> String {
    let (consonants, vowels) = letters(surname);
    consonants.into_iter().chain(vowels).chain(std::iter::repeat('X')).take(3).collect()
}

/// The three letters for a first name: with 4 or more consonants the 1st, 3rd and 4th.
pub fn name_code(name: &str) -> String {
    let (consonants, vowels) = letters(name);
    if consonants.len() >= 4 {
        return [consonants[0], consonants[2], consonants[3]].into_iter().collect();
    }
    consonants.into_iter().chain(vowels).chain(std::iter::repeat('X')).take(3).collect()
}

/// Upper-case Latin letters of a name, accents removed, split into consonants and vowels.
fn letters(text: &str) -> (Vec<char>, Vec<char>) {
    let letters =
        fold_for_search(text).to_ascii_uppercase().chars().filter(char::is_ascii_uppercase).collect::<Vec<_>>();
    letters.into_iter().partition(|c| !"AEIOU".contains(*c))
}

/// Builds the code of a person (no omocodia). `place_code` is a cadastral or `Z` code.
pub fn encode(
    surname: &str,
    name: &str,
    year: u16,
    month: u8,
    day: u8,
    sex: Sex,
    place_code: &str,
) -> Option<CodiceFiscale> {
    let month_letter = *MONTHS.get(usize::from(month).checked_sub(1)?)? as char;
    let day_field = if sex == Sex::Female { day + 40 } else { day };
    let first_15 = format!(
        "{}{}{:02}{month_letter}{day_field:02}{}",
        surname_code(surname),
        name_code(name),
        year % 100,
        place_code.to_ascii_uppercase()
    );
    if first_15.len() != 15 {
        return None;
    }
    let check = check_character(first_15.as_bytes());
    CodiceFiscale::parse(&format!("{first_15}{check}")).ok()
}

impl TryFrom<String> for CodiceFiscale {
    type Error = CodiceFiscaleError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<CodiceFiscale> for String {
    fn from(code: CodiceFiscale) -> Self {
        code.0
    }
}

impl fmt::Display for CodiceFiscale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests;
