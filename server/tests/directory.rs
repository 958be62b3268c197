//! The school directory's server functions and pages, against SQLite and Postgres.

mod common;

use app::model::{DirectoryPage, School, SearchOutcome};
use common::TestApp;
use domain::{Field, Problem};

on_both_engines!(
    code_search_ignores_case_and_spaces,
    place_search_narrows_region_province_town,
    name_filter_folds_accents_and_takes_wildcards_literally,
    bad_input_gets_field_messages,
    school_lookup,
    pages_render_on_the_server,
    every_page_answer_names_its_scripts_nonce,
    bad_input_on_pages_is_explained_not_crashed,
    health_check_reports_the_engine,
    language_switch_remembers_and_only_goes_home,
    demo_data_loads_idempotently,
);

async fn search(app: &TestApp, form: &[(&str, &str)]) -> DirectoryPage {
    let query: serde_json::Map<String, serde_json::Value> =
        form.iter().map(|(k, v)| (k.to_string(), (*v).into())).collect();
    let response = app
        .client
        .post(app.url("/api/directory/search"))
        .json(&serde_json::json!({ "query": query }))
        .send()
        .await
        .expect("POST");
    assert_eq!(response.status(), 200, "search {form:?}");
    response.json().await.expect("a directory page")
}

fn found_codes(page: &DirectoryPage) -> Vec<String> {
    match &page.outcome {
        SearchOutcome::Found { schools, .. } => schools.iter().map(|s| s.code.to_string()).collect(),
        other => panic!("expected results, got {other:?}"),
    }
}

fn problems(page: &DirectoryPage) -> Vec<(Field, Problem)> {
    match &page.outcome {
        SearchOutcome::Invalid(errors) => errors.iter().map(|e| (e.field, e.problem)).collect(),
        other => panic!("expected problems, got {other:?}"),
    }
}

async fn code_search_ignores_case_and_spaces(app: &TestApp) {
    let page = search(app, &[("codice", " miic8cy00p ")]).await;
    assert_eq!(found_codes(&page), ["MIIC8CY00P"]);
    let page = search(app, &[("codice", "RMIC8GR00X")]).await;
    assert_eq!(found_codes(&page), ["RMIC8GR00X"]);
    // Well formed but unknown: an empty list, not an error.
    let page = search(app, &[("codice", "ZZIC000000")]).await;
    assert!(found_codes(&page).is_empty());
}

async fn place_search_narrows_region_province_town(app: &TestApp) {
    let page = search(app, &[("regione", "lombardia")]).await;
    let regions: Vec<&str> = page.regions.iter().map(|c| c.value.as_str()).collect();
    assert!(regions.contains(&"Lombardia") && regions.contains(&"Lazio"), "{regions:?}");
    let provinces: Vec<&str> = page.provinces.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(provinces, ["Bergamo (BG)", "Milano (MI)"]);
    assert_eq!(found_codes(&page).len(), 4);
    assert!(page.towns.is_empty(), "towns wait for a province");

    let page = search(app, &[("regione", "Lombardia"), ("provincia", "MI")]).await;
    assert_eq!(page.towns.iter().map(|c| c.value.as_str()).collect::<Vec<_>>(), ["Milano"]);
    assert_eq!(found_codes(&page), ["MIIC8CY00P", "MIIS01200L", "MIMM12300A"], "by name, accents and case aside");

    let page =
        search(app, &[("regione", "Lombardia"), ("provincia", "MI"), ("comune", "MILANO"), ("nome", "manzoni")]).await;
    assert_eq!(found_codes(&page), ["MIMM12300A"]);
}

async fn name_filter_folds_accents_and_takes_wildcards_literally(app: &TestApp) {
    assert_eq!(found_codes(&search(app, &[("nome", "NICCOLO")]).await), ["FOIC81600N"]);
    assert_eq!(found_codes(&search(app, &[("nome", "niccolò tommaseo")]).await), ["FOIC81600N"]);
    assert_eq!(found_codes(&search(app, &[("comune", "forli"), ("regione", "Emilia-Romagna")]).await), ["FOIC81600N"]);
    assert!(found_codes(&search(app, &[("nome", "%%%")]).await).is_empty());
    assert!(found_codes(&search(app, &[("nome", "___")]).await).is_empty());
    assert!(found_codes(&search(app, &[("nome", "' OR 1=1 --")]).await).is_empty());
}

async fn bad_input_gets_field_messages(app: &TestApp) {
    let huge = "A".repeat(10_000);
    assert_eq!(
        problems(&search(app, &[("codice", &huge)]).await),
        [(Field::Codice, Problem::CodeLength { found: 10_000 })]
    );
    assert_eq!(problems(&search(app, &[("codice", ""), ("nome", "")]).await), [(Field::Codice, Problem::EmptySearch)]);
    let page = search(app, &[("regione", "Atlantide"), ("nome", &huge)]).await;
    assert_eq!(
        problems(&page),
        [(Field::Regione, Problem::UnknownRegion), (Field::Nome, Problem::TooLong { max: 100 })]
    );
    // What was typed comes back untouched, so nothing is lost.
    assert_eq!(page.query.nome.as_deref(), Some(huge.as_str()));
    let page = search(app, &[("regione", "Lazio"), ("provincia", "MI")]).await;
    assert_eq!(problems(&page), [(Field::Provincia, Problem::ProvinceNotInRegion)]);
    // The choices still follow the region, so the family can pick a valid province.
    assert!(page.provinces.iter().any(|c| c.value == "RM"));
}

async fn school_lookup(app: &TestApp) {
    let response = app.call("directory/school", &[("code", "miic8cy00p")]).await;
    assert_eq!(response.status(), 200);
    let school: School = response.json().await.expect("a school");
    assert_eq!(school.town, "Milano");
    assert_eq!(school.creditor_fiscal_code.as_str(), "97035330154");
    for unknown in ["ZZIC000000", "not a code", ""] {
        let response = app.call("directory/school", &[("code", unknown)]).await;
        assert!(!response.status().is_success(), "{unknown:?} gave {}", response.status());
    }
}

/// The page's inline scripts carry the nonce its header names: otherwise the browser blocks
/// them and no island starts.
fn assert_scripts_match_policy(csp: &str, html: &str) {
    let nonce = csp.split("'nonce-").nth(1).and_then(|rest| rest.split('\'').next()).expect("a nonce in the policy");
    let inline_scripts = html.matches("<script").count() - html.matches("<script type=\"module\" src=").count();
    let with_nonce = html.matches(&format!("nonce=\"{nonce}\"")).count();
    assert!(
        inline_scripts >= 2 && with_nonce >= inline_scripts,
        "{inline_scripts} inline scripts, {with_nonce} with the nonce {nonce}"
    );
}

/// Pages rendered side by side each get their own nonce, in the header and in the scripts alike.
async fn every_page_answer_names_its_scripts_nonce(app: &TestApp) {
    let answers = futures::future::join_all((0..40).map(|i| {
        let path = ["/scuole", "/", "/accedi", "/versamenti-volontari"][i % 4];
        async move {
            let response = app.get(path).await;
            let csp = response.headers()["content-security-policy"].to_str().unwrap().to_string();
            (csp, response.text().await.unwrap())
        }
    }))
    .await;
    let mut nonces = std::collections::HashSet::new();
    for (csp, html) in &answers {
        assert_scripts_match_policy(csp, html);
        nonces.insert(csp.clone());
    }
    assert_eq!(nonces.len(), answers.len(), "every answer has a fresh nonce");
}

async fn pages_render_on_the_server(app: &TestApp) {
    let response = app.get("/scuole?codice=MIIC8CY00P").await;
    assert_eq!(response.status(), 200);
    let csp = response.headers()["content-security-policy"].to_str().unwrap().to_string();
    assert!(
        csp.contains("'nonce-") && !csp.contains("unsafe-inline") && csp.contains("frame-ancestors 'none'"),
        "{csp}"
    );
    assert_eq!(response.headers()["x-content-type-options"], "nosniff");
    assert!(response.headers().contains_key("referrer-policy"));
    let html = response.text().await.unwrap();
    assert_scripts_match_policy(&csp, &html);
    assert!(html.contains(r#"<html lang="it""#));
    assert!(html.contains("Istituto Comprensivo Scapponi"), "results are in the server's HTML");
    assert!(html.contains("1 scuola trovata"));
    assert!(html.contains("<leptos-island"), "the search is an island");

    let html = app.get("/scuole/MIIC8CY00P").await.text().await.unwrap();
    assert!(html.contains("97035330154") && html.contains("Via Francesco Scapponi 6"));

    for (path, text) in
        [("/", "Paga la scuola dei tuoi figli"), ("/privacy", "Informativa"), ("/accessibilita", "WCAG 2.1")]
    {
        let response = app.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        assert!(response.text().await.unwrap().contains(text), "{path}");
    }
    let response = app.get("/scuole/ZZIC000000").await;
    assert_eq!(response.status(), 404);
    assert!(response.text().await.unwrap().contains("Scuola non trovata"));
    let response = app.get("/non-esiste").await;
    assert_eq!(response.status(), 404);
    assert!(response.text().await.unwrap().contains("Pagina non trovata"));
    let response = app.get("/sw.js").await;
    assert_eq!(response.status(), 200);
    assert!(response.text().await.unwrap().contains("pagoscuola-"));
}

async fn bad_input_on_pages_is_explained_not_crashed(app: &TestApp) {
    let huge = "x".repeat(10_000);
    let response = app.get(&format!("/scuole?codice={huge}")).await;
    assert_eq!(response.status(), 200);
    assert!(response.text().await.unwrap().contains("ne hai inseriti 10000"));
    let html = app.get("/scuole?codice=&regione=&nome=").await.text().await.unwrap();
    assert!(html.contains("Inserisci il codice meccanografico, oppure"));
    let html = app.get("/scuole?regione=%3Cscript%3Ealert(1)%3C%2Fscript%3E").await.text().await.unwrap();
    assert!(html.contains("Regione non riconosciuta"));
    assert!(!html.contains("<script>alert(1)</script>"), "input is escaped");
    let response = app.get("/scuole/%F0%9F%8F%AB").await;
    assert_eq!(response.status(), 404);
}

async fn health_check_reports_the_engine(app: &TestApp) {
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), 200);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["status"], "ok");
    assert_eq!(body["database"], app.engine.name());
}

async fn language_switch_remembers_and_only_goes_home(app: &TestApp) {
    let response = app.get("/lingua/en?torna=%2Fscuole%3Fcodice%3DMIIC8CY00P").await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/scuole?codice=MIIC8CY00P");
    let cookie = response.headers()["set-cookie"].to_str().unwrap();
    assert!(cookie.starts_with("lang=en;") && cookie.contains("SameSite=Lax"), "{cookie}");
    let html = app
        .client
        .get(app.url("/scuole?codice=MIIC8CY00P"))
        .header("cookie", "lang=en")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains(r#"<html lang="en""#) && html.contains("1 school found"));
    let response = app.get("/lingua/en?torna=%2F%2Fevil.example").await;
    assert_eq!(response.headers()["location"], "/");
}

async fn demo_data_loads_idempotently(app: &TestApp) {
    let before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM schools").fetch_one(&app.pool).await.unwrap();
    server::demo::load(&app.pool).await.unwrap();
    let after: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM schools").fetch_one(&app.pool).await.unwrap();
    assert_eq!(before, after);
    assert_eq!(after, server::demo::schools().expect("valid demo schools").len() as i64);
}
