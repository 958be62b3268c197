//! Demo data: plausible schools across regions (names and codes are illustrative), including
//! MIIC8CY00P in Milano, the code families meet in the Ministry's own instructions.

use app::model::School;
use app::store::schools;
use domain::{OrganisationFiscalCode, PostalAccount, SchoolCode, SchoolKind};
use sqlx::AnyPool;

/// code, name, kind, address, postcode, town, province, region, creditor fiscal code
type DemoSchool = (
    &'static str,
    &'static str,
    SchoolKind,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

#[rustfmt::skip]
const SCHOOLS: &[DemoSchool] = &[
    ("MIIC8CY00P", "Istituto Comprensivo Scapponi", SchoolKind::Comprehensive, "Via Francesco Scapponi 6", "20143", "Milano", "MI", "Lombardia", "97035330154"),
    ("MIMM12300A", "Scuola Secondaria di Primo Grado Alessandro Manzoni", SchoolKind::LowerSecondary, "Via Giuseppe Ripamonti 15", "20136", "Milano", "MI", "Lombardia", "97204180588"),
    ("MIIS01200L", "Istituto di Istruzione Superiore Carlo Cattaneo", SchoolKind::UpperSecondary, "Piazza della Vetra 9", "20123", "Milano", "MI", "Lombardia", "80019650631"),
    ("BGIC81500T", "Istituto Comprensivo Donadoni", SchoolKind::Comprehensive, "Via Angelo Mazzi 35", "24121", "Bergamo", "BG", "Lombardia", "95012340634"),
    ("RMIC8GR00X", "Istituto Comprensivo Via dei Sestili", SchoolKind::Comprehensive, "Via dei Sestili 29", "00174", "Roma", "RM", "Lazio", "80027710484"),
    ("RMEE05600C", "Scuola Primaria Giuseppe Mazzini", SchoolKind::Primary, "Via Ugo Ojetti 100", "00137", "Roma", "RM", "Lazio", "97102620586"),
    ("NAIC8FN00Q", "Istituto Comprensivo Virgilio 4", SchoolKind::Comprehensive, "Via Labriola lotto 10/G", "80145", "Napoli", "NA", "Campania", "80123340376"),
    ("TOAA81200R", "Scuola dell'Infanzia Gianni Rodari", SchoolKind::Infant, "Corso Vercelli 141", "10155", "Torino", "TO", "Piemonte", "97145670150"),
    ("FIPS01000X", "Liceo Scientifico Leonardo da Vinci", SchoolKind::UpperSecondary, "Via del Terzolle 91", "50127", "Firenze", "FI", "Toscana", "93067890850"),
    ("BOTD02000E", "Istituto Tecnico Economico Pier Crescenzi Pacinotti", SchoolKind::Technical, "Via Saragozza 9", "40123", "Bologna", "BO", "Emilia-Romagna", "81004530127"),
    ("FOIC81600N", "Istituto Comprensivo Niccolò Tommaseo", SchoolKind::Comprehensive, "Viale della Libertà 12", "47122", "Forlì", "FC", "Emilia-Romagna", "91056780777"),
    ("PARI04000B", "Istituto Professionale Pietro Piazza", SchoolKind::Vocational, "Corso dei Mille 181", "90123", "Palermo", "PA", "Sicilia", "94098760435"),
];

/// Schools with a postal account (illustrative numbers): their notices get the Poste section.
const POSTAL_ACCOUNTS: &[(&str, &str)] = &[("MIIC8CY00P", "57382049")];

pub fn schools() -> Result<Vec<School>, DemoError> {
    SCHOOLS
        .iter()
        .map(|&(code, name, kind, address, postcode, town, province, region, fiscal_code)| {
            Ok(School {
                code: SchoolCode::parse(code).map_err(|_| DemoError::Invalid(code))?,
                name: name.into(),
                kind,
                address: address.into(),
                postcode: postcode.into(),
                town: town.into(),
                province: province.into(),
                region: region.into(),
                creditor_fiscal_code: OrganisationFiscalCode::parse(fiscal_code)
                    .map_err(|_| DemoError::Invalid(fiscal_code))?,
                email: format!("{}@istruzione.it", code.to_lowercase()),
            })
        })
        .collect()
}

/// Loads the demo data; running it again changes nothing.
pub async fn load(pool: &AnyPool) -> Result<usize, DemoError> {
    let count = load_families(pool).await?;
    for &(code, account) in POSTAL_ACCOUNTS {
        let code = SchoolCode::parse(code).map_err(|_| DemoError::Invalid(code))?;
        let account = PostalAccount::parse(account).map_err(|_| DemoError::Invalid(account))?;
        app::store::notice_documents::set_postal_account(pool, &code, Some(&account)).await?;
    }
    voluntary::load(pool).await?;
    office::load(pool).await?;
    family::vouch(pool).await?;
    // The office lists and picks the classes its pupils are in.
    app::store::pupils::classes_of_pupils(pool, app::auth::now()).await?;
    class::load(pool, &family::PARENTS[0]).await?;
    Ok(count)
}

/// The schools and the demo families with their notices only: what the payments' first
/// schemas already hold, so the tests of a later migration can load them before it runs.
pub async fn load_families(pool: &AnyPool) -> Result<usize, DemoError> {
    let schools = schools()?;
    for school in &schools {
        schools::upsert(pool, school).await?;
    }
    family::load(pool).await?;
    Ok(schools.len())
}

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error(transparent)]
    Sqlx(#[from] sqlx::Error),
    #[error("{0}")]
    App(#[from] app::error::AppError),
    #[error("a demo value the domain refuses: {0}")]
    Invalid(&'static str),
}

pub mod class;
mod family;
pub mod office;
mod people;
pub mod voluntary;
pub use family::{DEMO_PASSWORD, DEMO_USERNAME, SECOND_PARENT_USERNAME};

#[cfg(test)]
mod tests {
    use domain::{geography, OrganisationFiscalCode, SchoolCode};

    #[test]
    fn demo_schools_hold_valid_values() {
        let schools = super::schools().expect("valid codes");
        assert!(schools.iter().any(|s| s.code.as_str() == "MIIC8CY00P" && s.town == "Milano"));
        for (school, raw) in schools.iter().zip(super::SCHOOLS) {
            let code = SchoolCode::parse(raw.0).expect("valid school code");
            assert_eq!(code.as_str(), raw.0, "stored normalised");
            let province = geography::province(&school.province).expect("known province");
            assert_eq!(province.region, school.region, "{}", school.code);
            OrganisationFiscalCode::parse(school.creditor_fiscal_code.as_str()).expect("valid fiscal code");
        }
    }
}
