//! Pages without an island load no script and no wasm: every page the server lists, opened by
//! each of the nine roles of the authorization matrix, is checked against
//! `app::routes::ISLAND_PAGES`. A page that shows an island must load the islands' bundle (else
//! its island would be dead), and a page outside the list must not load it.

mod common;

use common::matrix::{call, fixtures, key, roles, ROLES};
use common::TestApp;

on_both_engines!(only_pages_that_hold_islands_load_the_wasm);

async fn only_pages_that_hold_islands_load_the_wasm(app: &TestApp) {
    let fx = fixtures(app).await;
    let roles = roles(app).await;
    let mut routes = server::web::route_inventory();
    // Pages only, and not log-out (it would end the roles' sessions).
    routes.retain(|route| route.method == reqwest::Method::GET && route.path != app::routes::LOGOUT);
    let (mut with_islands, mut without, mut problems) = (0, 0, Vec::new());
    for route in &routes {
        let request = call(route, &fx);
        let path = request.path.split('?').next().unwrap_or_default().to_string();
        for (role, browser) in ROLES.iter().zip(&roles.browsers) {
            let page = request.send(browser).await.unwrap_or_else(|e| panic!("{} as {role}: {e}", key(route)));
            if page.status != 200 || !page.body.starts_with("<!DOCTYPE html>") {
                continue;
            }
            let island = page.body.contains("<leptos-island");
            let loads = page.body.contains("_bg.wasm");
            if island {
                with_islands += 1;
            } else if !loads {
                without += 1;
            }
            if island && !loads {
                problems.push(format!("{path} as {role} shows an island but loads no wasm"));
            }
            if loads && !app::routes::may_hold_islands(&path) {
                problems.push(format!("{path} as {role} loads the wasm but is not in ISLAND_PAGES"));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(with_islands >= 5 && without >= 20, "pages with islands {with_islands}, without {without}");
}
