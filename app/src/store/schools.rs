//! The schools table: directory searches and the records behind a school page.

use crate::model::{Choice, School, SchoolSummary, DIRECTORY_PAGE_SIZE};
use domain::geography;
use domain::text::fold_for_search;
use domain::{DirectorySearch, SchoolCode, SchoolKind};
use sqlx::AnyPool;

#[derive(sqlx::FromRow)]
struct SummaryRow {
    code: String,
    name: String,
    kind: String,
    town: String,
    province: String,
}

#[derive(sqlx::FromRow)]
struct SchoolRow {
    code: String,
    name: String,
    kind: String,
    address: String,
    postcode: String,
    town: String,
    province: String,
    region: String,
    creditor_fiscal_code: String,
    email: String,
}

/// A stored code the domain refuses is a broken row, reported like sqlx's own decoding errors.
fn decoded<T, E: std::fmt::Display>(column: &str, parsed: Result<T, E>) -> Result<T, sqlx::Error> {
    parsed.map_err(|error| sqlx::Error::Decode(format!("{column}: {error}").into()))
}

fn kind_of(code: &str) -> Result<SchoolKind, sqlx::Error> {
    SchoolKind::from_code(code).ok_or_else(|| sqlx::Error::Decode(format!("unknown school kind {code:?}").into()))
}

impl TryFrom<SummaryRow> for SchoolSummary {
    type Error = sqlx::Error;
    fn try_from(row: SummaryRow) -> Result<Self, Self::Error> {
        Ok(SchoolSummary {
            kind: kind_of(&row.kind)?,
            code: decoded("schools.code", SchoolCode::parse(&row.code))?,
            name: row.name,
            town: row.town,
            province: row.province,
            place: String::new(),
        })
    }
}

impl TryFrom<SchoolRow> for School {
    type Error = sqlx::Error;
    fn try_from(row: SchoolRow) -> Result<Self, Self::Error> {
        Ok(School {
            kind: kind_of(&row.kind)?,
            code: decoded("schools.code", SchoolCode::parse(&row.code))?,
            name: row.name,
            address: row.address,
            postcode: row.postcode,
            town: row.town,
            province: row.province,
            region: row.region,
            creditor_fiscal_code: decoded(
                "schools.creditor_fiscal_code",
                domain::OrganisationFiscalCode::parse(&row.creditor_fiscal_code),
            )?,
            email: row.email,
        })
    }
}

/// `LIKE` pattern for "contains", with the wildcard characters of the input taken literally.
fn contains_pattern(folded: &str) -> String {
    let mut pattern = String::from("%");
    for c in folded.chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

/// Runs a validated search. Returns at most [`DIRECTORY_PAGE_SIZE`] schools and whether there
/// were more.
pub async fn search(pool: &AnyPool, search: &DirectorySearch) -> Result<(Vec<SchoolSummary>, bool), sqlx::Error> {
    let mut sql = String::from("SELECT code, name, kind, town, province FROM schools WHERE 1 = 1");
    let mut binds: Vec<String> = Vec::new();
    let mut condition = |sql: &mut String, clause: &str, value: String| {
        binds.push(value);
        sql.push_str(&clause.replace("?", &format!("${}", binds.len())));
    };
    match search {
        DirectorySearch::NotAsked => return Ok((Vec::new(), false)),
        DirectorySearch::ByCode(code) => condition(&mut sql, " AND code = ?", code.as_str().to_string()),
        DirectorySearch::ByPlace { region, province, town, name } => {
            if let Some(region) = region {
                condition(&mut sql, " AND region = ?", region.to_string());
            }
            if let Some(province) = province {
                condition(&mut sql, " AND province = ?", province.sigla.to_string());
            }
            if let Some(town) = town {
                condition(&mut sql, " AND town_search = ?", town.clone());
            }
            if let Some(name) = name {
                condition(&mut sql, " AND name_search LIKE ? ESCAPE '\\'", contains_pattern(name));
            }
        }
    }
    sql.push_str(&format!(" ORDER BY name_search, code LIMIT {}", DIRECTORY_PAGE_SIZE + 1));
    let mut query = sqlx::query_as::<_, SummaryRow>(&sql);
    for value in binds {
        query = query.bind(value);
    }
    let rows = query.fetch_all(pool).await?;
    let truncated = rows.len() > DIRECTORY_PAGE_SIZE;
    let schools = rows.into_iter().take(DIRECTORY_PAGE_SIZE).map(SchoolSummary::try_from).collect::<Result<_, _>>()?;
    Ok((schools, truncated))
}

pub async fn by_code(pool: &AnyPool, code: &SchoolCode) -> Result<Option<School>, sqlx::Error> {
    let row = sqlx::query_as::<_, SchoolRow>(
        "SELECT code, name, kind, address, postcode, town, province, region, creditor_fiscal_code, email \
         FROM schools WHERE code = $1",
    )
    .bind(code.as_str())
    .fetch_optional(pool)
    .await?;
    row.map(School::try_from).transpose()
}

/// Regions that have at least one school, so no choice leads to an empty list.
pub async fn regions(pool: &AnyPool) -> Result<Vec<Choice>, sqlx::Error> {
    let names: Vec<String> =
        sqlx::query_scalar("SELECT DISTINCT region FROM schools ORDER BY region").fetch_all(pool).await?;
    Ok(names.into_iter().map(|name| Choice { value: name.clone(), label: name }).collect())
}

pub async fn provinces(pool: &AnyPool, region: &str) -> Result<Vec<Choice>, sqlx::Error> {
    let siglas: Vec<String> = sqlx::query_scalar("SELECT DISTINCT province FROM schools WHERE region = $1")
        .bind(region)
        .fetch_all(pool)
        .await?;
    let mut choices: Vec<Choice> = siglas
        .into_iter()
        .map(|sigla| {
            let label =
                geography::province(&sigla).map_or_else(|| sigla.clone(), |p| format!("{} ({})", p.name, p.sigla));
            Choice { value: sigla, label }
        })
        .collect();
    choices.sort_by(|a, b| a.label.cmp(&b.label));
    Ok(choices)
}

pub async fn towns(pool: &AnyPool, province: &str) -> Result<Vec<Choice>, sqlx::Error> {
    let towns: Vec<String> = sqlx::query_scalar("SELECT DISTINCT town FROM schools WHERE province = $1 ORDER BY town")
        .bind(province)
        .fetch_all(pool)
        .await?;
    Ok(towns.into_iter().map(|town| Choice { value: town.clone(), label: town }).collect())
}

/// Adds or updates a school (demo data, tests, and later the office's import).
pub async fn upsert(pool: &AnyPool, school: &School) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO schools (code, name, name_search, kind, address, postcode, town, town_search, province, region, \
         creditor_fiscal_code, email) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) \
         ON CONFLICT (code) DO UPDATE SET name = excluded.name, name_search = excluded.name_search, \
         kind = excluded.kind, address = excluded.address, postcode = excluded.postcode, town = excluded.town, \
         town_search = excluded.town_search, province = excluded.province, region = excluded.region, \
         creditor_fiscal_code = excluded.creditor_fiscal_code, email = excluded.email",
    )
    .bind(school.code.as_str())
    .bind(&school.name)
    .bind(fold_for_search(&school.name))
    .bind(school.kind.code())
    .bind(&school.address)
    .bind(&school.postcode)
    .bind(&school.town)
    .bind(fold_for_search(&school.town))
    .bind(&school.province)
    .bind(&school.region)
    .bind(school.creditor_fiscal_code.as_str())
    .bind(&school.email)
    .execute(pool)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::contains_pattern;

    #[test]
    fn like_wildcards_are_escaped() {
        assert_eq!(contains_pattern("manzoni"), "%manzoni%");
        assert_eq!(contains_pattern("100%_\\"), "%100\\%\\_\\\\%");
    }
}
