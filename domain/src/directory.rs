//! What a family asks the public school directory, and the checks that turn it into a search.
//! Every field comes straight from a URL, so each may be missing, empty or enormous.

use super::geography::{self, Province};
use super::school_code::{SchoolCode, SchoolCodeError};
use super::text::fold_for_search;
use serde::{Deserialize, Serialize};

pub const MAX_NAME_LEN: usize = 100;
pub const MIN_NAME_LEN: usize = 3;
pub const MAX_TOWN_LEN: usize = 100;

/// The directory form as sent: `None` means the field was not in the request at all.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryQuery {
    #[serde(default)]
    pub codice: Option<String>,
    #[serde(default)]
    pub regione: Option<String>,
    #[serde(default)]
    pub provincia: Option<String>,
    #[serde(default)]
    pub comune: Option<String>,
    #[serde(default)]
    pub nome: Option<String>,
}

/// A search that passed every check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DirectorySearch {
    /// The page was opened without a search: show the form only.
    NotAsked,
    ByCode(SchoolCode),
    ByPlace {
        region: Option<&'static str>,
        province: Option<&'static Province>,
        /// Folded for comparison (see [`fold_for_search`]).
        town: Option<String>,
        name: Option<String>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Field {
    Codice,
    Regione,
    Provincia,
    Comune,
    Nome,
}

impl Field {
    /// The form control's `id`/`name`, so a message can point at it.
    pub fn input_name(self) -> &'static str {
        match self {
            Field::Codice => "codice",
            Field::Regione => "regione",
            Field::Provincia => "provincia",
            Field::Comune => "comune",
            Field::Nome => "nome",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Problem {
    CodeLength { found: usize },
    CodeCharacters,
    UnknownRegion,
    UnknownProvince,
    ProvinceNotInRegion,
    TooLong { max: usize },
    NameTooShort { min: usize },
    EmptySearch,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: Field,
    pub problem: Problem,
}

fn fail(errors: &mut Vec<FieldError>, field: Field, problem: Problem) {
    errors.push(FieldError { field, problem });
}

fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

impl DirectoryQuery {
    /// Whether both ask the same search (blank and missing fields alike, spaces around ignored).
    pub fn same_search(&self, other: &DirectoryQuery) -> bool {
        let fields = |q: &DirectoryQuery| {
            [&q.codice, &q.regione, &q.provincia, &q.comune, &q.nome].map(|field| given(field).map(str::to_owned))
        };
        fields(self) == fields(other)
    }

    pub fn is_empty_request(&self) -> bool {
        [&self.codice, &self.regione, &self.provincia, &self.comune, &self.nome].iter().all(|field| field.is_none())
    }

    /// Checks every field and reports every problem at once, so the family fixes them in one go.
    pub fn validate(&self) -> Result<DirectorySearch, Vec<FieldError>> {
        if self.is_empty_request() {
            return Ok(DirectorySearch::NotAsked);
        }
        let mut errors = Vec::new();

        // The code identifies one school: when it is given, the place fields do not matter.
        if let Some(code) = given(&self.codice) {
            return match SchoolCode::parse(code) {
                Ok(code) => Ok(DirectorySearch::ByCode(code)),
                Err(SchoolCodeError::WrongLength(found)) => {
                    fail(&mut errors, Field::Codice, Problem::CodeLength { found });
                    Err(errors)
                }
                Err(_) => {
                    fail(&mut errors, Field::Codice, Problem::CodeCharacters);
                    Err(errors)
                }
            };
        }

        let mut region = None;
        if let Some(name) = given(&self.regione) {
            region = geography::region(name);
            if region.is_none() {
                fail(&mut errors, Field::Regione, Problem::UnknownRegion);
            }
        }
        let mut province = None;
        if let Some(sigla) = given(&self.provincia) {
            match geography::province(sigla) {
                None => fail(&mut errors, Field::Provincia, Problem::UnknownProvince),
                Some(found) if region.is_some_and(|r| r != found.region) => {
                    fail(&mut errors, Field::Provincia, Problem::ProvinceNotInRegion)
                }
                Some(found) => {
                    province = Some(found);
                    region = Some(found.region);
                }
            }
        }
        let town = match given(&self.comune) {
            Some(town) if town.chars().count() > MAX_TOWN_LEN => {
                fail(&mut errors, Field::Comune, Problem::TooLong { max: MAX_TOWN_LEN });
                None
            }
            other => other.map(fold_for_search),
        };
        let name = match given(&self.nome) {
            Some(name) if name.chars().count() > MAX_NAME_LEN => {
                fail(&mut errors, Field::Nome, Problem::TooLong { max: MAX_NAME_LEN });
                None
            }
            Some(name) if fold_for_search(name).chars().count() < MIN_NAME_LEN => {
                fail(&mut errors, Field::Nome, Problem::NameTooShort { min: MIN_NAME_LEN });
                None
            }
            other => other.map(fold_for_search),
        };

        if errors.is_empty() && region.is_none() && town.is_none() && name.is_none() {
            fail(&mut errors, Field::Codice, Problem::EmptySearch);
        }
        if errors.is_empty() {
            Ok(DirectorySearch::ByPlace { region, province, town, name })
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(pairs: &[(&str, &str)]) -> DirectoryQuery {
        let mut q = DirectoryQuery::default();
        for (key, value) in pairs {
            let slot = match *key {
                "codice" => &mut q.codice,
                "regione" => &mut q.regione,
                "provincia" => &mut q.provincia,
                "comune" => &mut q.comune,
                "nome" => &mut q.nome,
                other => panic!("unknown field {other}"),
            };
            *slot = Some((*value).to_string());
        }
        q
    }

    #[test]
    fn same_search_ignores_blank_and_missing_fields_but_not_what_was_typed() {
        let asked = query(&[("regione", "Lombardia")]);
        assert!(asked.same_search(&query(&[("regione", " Lombardia "), ("codice", ""), ("nome", "  ")])));
        assert!(!asked.same_search(&query(&[("regione", "Lombardia"), ("codice", "MIIC8CY00P")])));
        assert!(!asked.same_search(&DirectoryQuery::default()));
    }

    fn problems(q: &DirectoryQuery) -> Vec<(Field, Problem)> {
        q.validate().unwrap_err().into_iter().map(|e| (e.field, e.problem)).collect()
    }

    #[test]
    fn no_parameters_means_no_search_yet() {
        assert_eq!(DirectoryQuery::default().validate(), Ok(DirectorySearch::NotAsked));
    }

    #[test]
    fn all_fields_empty_is_an_empty_search() {
        let q = query(&[("codice", " "), ("regione", ""), ("nome", "")]);
        assert_eq!(problems(&q), vec![(Field::Codice, Problem::EmptySearch)]);
    }

    #[test]
    fn code_wins_and_is_normalised() {
        let q = query(&[("codice", "miic8cy00p"), ("regione", "Atlantide")]);
        assert_eq!(q.validate(), Ok(DirectorySearch::ByCode(SchoolCode::parse("MIIC8CY00P").unwrap())));
    }

    #[test]
    fn malformed_and_huge_codes_are_reported() {
        assert_eq!(problems(&query(&[("codice", "MIIC8")])), vec![(Field::Codice, Problem::CodeLength { found: 5 })]);
        let huge = "x".repeat(10_000);
        assert_eq!(
            problems(&query(&[("codice", &huge)])),
            vec![(Field::Codice, Problem::CodeLength { found: 10_000 })]
        );
        assert_eq!(problems(&query(&[("codice", "MI-C8CY00P")])), vec![(Field::Codice, Problem::CodeCharacters)]);
    }

    #[test]
    fn province_implies_its_region_and_must_agree_with_it() {
        let Ok(DirectorySearch::ByPlace { region, province, .. }) = query(&[("provincia", "mi")]).validate() else {
            panic!("expected a place search");
        };
        assert_eq!(region, Some("Lombardia"));
        assert_eq!(province.map(|p| p.sigla), Some("MI"));
        let q = query(&[("regione", "Lazio"), ("provincia", "MI")]);
        assert_eq!(problems(&q), vec![(Field::Provincia, Problem::ProvinceNotInRegion)]);
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let long = "n".repeat(10_000);
        let q = query(&[("regione", "Atlantide"), ("provincia", "ZZ"), ("nome", &long), ("comune", &long)]);
        assert_eq!(
            problems(&q),
            vec![
                (Field::Regione, Problem::UnknownRegion),
                (Field::Provincia, Problem::UnknownProvince),
                (Field::Comune, Problem::TooLong { max: MAX_TOWN_LEN }),
                (Field::Nome, Problem::TooLong { max: MAX_NAME_LEN }),
            ]
        );
    }

    #[test]
    fn name_alone_needs_three_letters_and_is_folded() {
        assert_eq!(problems(&query(&[("nome", " é ")])), vec![(Field::Nome, Problem::NameTooShort { min: 3 })]);
        let Ok(DirectorySearch::ByPlace { name, region, .. }) = query(&[("nome", "  Manzoni  Èlite")]).validate()
        else {
            panic!("expected a place search");
        };
        assert_eq!(name.as_deref(), Some("manzoni elite"));
        assert_eq!(region, None);
    }
}
