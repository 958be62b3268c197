//! Italian regions and provinces (sigla, name, region), used to validate directory searches
//! and to label provinces. Source: ISTAT's list of territorial units (sigle automobilistiche).

pub const REGIONS: [&str; 20] = [
    "Abruzzo",
    "Basilicata",
    "Calabria",
    "Campania",
    "Emilia-Romagna",
    "Friuli-Venezia Giulia",
    "Lazio",
    "Liguria",
    "Lombardia",
    "Marche",
    "Molise",
    "Piemonte",
    "Puglia",
    "Sardegna",
    "Sicilia",
    "Toscana",
    "Trentino-Alto Adige",
    "Umbria",
    "Valle d'Aosta",
    "Veneto",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Province {
    pub sigla: &'static str,
    pub name: &'static str,
    pub region: &'static str,
}

macro_rules! provinces {
    ($($region:literal => [$($sigla:literal $name:literal),* $(,)?]),* $(,)?) => {
        pub const PROVINCES: &[Province] = &[
            $($(Province { sigla: $sigla, name: $name, region: $region },)*)*
        ];
    };
}

provinces! {
    "Abruzzo" => ["AQ" "L'Aquila", "CH" "Chieti", "PE" "Pescara", "TE" "Teramo"],
    "Basilicata" => ["MT" "Matera", "PZ" "Potenza"],
    "Calabria" => ["CZ" "Catanzaro", "CS" "Cosenza", "KR" "Crotone", "RC" "Reggio Calabria", "VV" "Vibo Valentia"],
    "Campania" => ["AV" "Avellino", "BN" "Benevento", "CE" "Caserta", "NA" "Napoli", "SA" "Salerno"],
    "Emilia-Romagna" => ["BO" "Bologna", "FE" "Ferrara", "FC" "Forlì-Cesena", "MO" "Modena", "PR" "Parma",
        "PC" "Piacenza", "RA" "Ravenna", "RE" "Reggio Emilia", "RN" "Rimini"],
    "Friuli-Venezia Giulia" => ["GO" "Gorizia", "PN" "Pordenone", "TS" "Trieste", "UD" "Udine"],
    "Lazio" => ["FR" "Frosinone", "LT" "Latina", "RI" "Rieti", "RM" "Roma", "VT" "Viterbo"],
    "Liguria" => ["GE" "Genova", "IM" "Imperia", "SP" "La Spezia", "SV" "Savona"],
    "Lombardia" => ["BG" "Bergamo", "BS" "Brescia", "CO" "Como", "CR" "Cremona", "LC" "Lecco", "LO" "Lodi",
        "MN" "Mantova", "MI" "Milano", "MB" "Monza e Brianza", "PV" "Pavia", "SO" "Sondrio", "VA" "Varese"],
    "Marche" => ["AN" "Ancona", "AP" "Ascoli Piceno", "FM" "Fermo", "MC" "Macerata", "PU" "Pesaro e Urbino"],
    "Molise" => ["CB" "Campobasso", "IS" "Isernia"],
    "Piemonte" => ["AL" "Alessandria", "AT" "Asti", "BI" "Biella", "CN" "Cuneo", "NO" "Novara", "TO" "Torino",
        "VB" "Verbano-Cusio-Ossola", "VC" "Vercelli"],
    "Puglia" => ["BA" "Bari", "BT" "Barletta-Andria-Trani", "BR" "Brindisi", "FG" "Foggia", "LE" "Lecce", "TA" "Taranto"],
    "Sardegna" => ["CA" "Cagliari", "NU" "Nuoro", "OR" "Oristano", "SS" "Sassari", "SU" "Sud Sardegna"],
    "Sicilia" => ["AG" "Agrigento", "CL" "Caltanissetta", "CT" "Catania", "EN" "Enna", "ME" "Messina",
        "PA" "Palermo", "RG" "Ragusa", "SR" "Siracusa", "TP" "Trapani"],
    "Toscana" => ["AR" "Arezzo", "FI" "Firenze", "GR" "Grosseto", "LI" "Livorno", "LU" "Lucca", "MS" "Massa-Carrara",
        "PI" "Pisa", "PT" "Pistoia", "PO" "Prato", "SI" "Siena"],
    "Trentino-Alto Adige" => ["BZ" "Bolzano", "TN" "Trento"],
    "Umbria" => ["PG" "Perugia", "TR" "Terni"],
    "Valle d'Aosta" => ["AO" "Aosta"],
    "Veneto" => ["BL" "Belluno", "PD" "Padova", "RO" "Rovigo", "TV" "Treviso", "VE" "Venezia", "VR" "Verona", "VI" "Vicenza"],
}

/// The region as spelled in [`REGIONS`], matched without regard to case.
pub fn region(name: &str) -> Option<&'static str> {
    let name = name.trim();
    REGIONS.iter().copied().find(|region| region.eq_ignore_ascii_case(name))
}

pub fn province(sigla: &str) -> Option<&'static Province> {
    let sigla = sigla.trim();
    PROVINCES.iter().find(|p| p.sigla.eq_ignore_ascii_case(sigla))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_province_is_in_a_known_region_and_unique() {
        let mut seen = HashSet::new();
        for p in PROVINCES {
            assert!(REGIONS.contains(&p.region), "{}", p.region);
            assert!(seen.insert(p.sigla), "duplicate {}", p.sigla);
        }
        assert_eq!(PROVINCES.len(), 107);
        for region in REGIONS {
            assert!(PROVINCES.iter().any(|p| p.region == region), "{region} has no province");
        }
    }

    #[test]
    fn lookups_ignore_case() {
        assert_eq!(region("lombardia"), Some("Lombardia"));
        assert_eq!(region("VALLE D'AOSTA"), Some("Valle d'Aosta"));
        assert_eq!(region("Atlantide"), None);
        assert_eq!(province("mi").map(|p| p.name), Some("Milano"));
        assert_eq!(province("XX"), None);
    }
}
