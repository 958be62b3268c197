//! The public school directory.

use crate::error::AppError;
use crate::model::{DirectoryPage, School};
use domain::DirectoryQuery;
use leptos::prelude::*;

/// Validates the directory form, runs the search and returns the form's choices, so the
/// page (server-rendered) and the live search (island) show exactly the same thing.
/// JSON in, because an empty field ("") and a missing one (None) mean different things here.
#[server(endpoint = "directory/search", input = leptos::server_fn::codec::Json)]
pub async fn search_directory(query: DirectoryQuery) -> Result<DirectoryPage, AppError> {
    use crate::i18n::phrases;
    use crate::model::{SearchOutcome, ShownProblem};
    use crate::store::{db, schools};
    use domain::{geography, DirectorySearch};

    let pool = db()?;
    // The choices follow what the form says, even while another field has a problem.
    let chosen_province = query.provincia.as_deref().and_then(geography::province);
    let chosen_region = query.regione.as_deref().and_then(geography::region).or(chosen_province.map(|p| p.region));
    let chosen_province = chosen_province.filter(|p| Some(p.region) == chosen_region);

    let regions = schools::regions(&pool).await?;
    let provinces = match chosen_region {
        Some(region) => schools::provinces(&pool, region).await?,
        None => Vec::new(),
    };
    let towns = match chosen_province {
        Some(province) => schools::towns(&pool, province.sigla).await?,
        None => Vec::new(),
    };
    // The island that shows this has no translation tables: the words come with the answer.
    let lang = crate::request::use_lang();
    let outcome = match query.validate() {
        Ok(DirectorySearch::NotAsked) => SearchOutcome::NotAsked,
        Ok(search) => {
            let (mut schools, truncated) = schools::search(&pool, &search).await?;
            for school in &mut schools {
                let kind = phrases::school_kind(lang, school.kind);
                school.place = phrases::school_place(lang, kind, &school.town, &school.province);
            }
            let said = phrases::schools_found(lang, schools.len());
            SearchOutcome::Found { schools, truncated, said }
        }
        Err(problems) => SearchOutcome::Invalid(
            problems
                .into_iter()
                .map(|e| ShownProblem { field: e.field, problem: e.problem, text: phrases::problem(lang, e.problem) })
                .collect(),
        ),
    };
    Ok(DirectoryPage { query, regions, provinces, towns, outcome })
}

/// One school by its codice meccanografico; a malformed code is simply not found.
#[server(endpoint = "directory/school")]
pub async fn school_by_code(code: String) -> Result<School, AppError> {
    use crate::store::{db, schools};
    use domain::SchoolCode;

    let code = SchoolCode::parse(&code).map_err(|_| AppError::NotFound)?;
    schools::by_code(&db()?, &code).await?.ok_or(AppError::NotFound)
}
