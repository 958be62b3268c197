//! Bad input, everywhere: every server function and every POST route the server lists
//! (`server::web::route_inventory`) gets an empty body, 10,000-character fields, a 2 MB body,
//! invalid UTF-8 (percent-encoded, in the body and in the URL), mixed scripts, NUL and control
//! characters; every page gets invalid UTF-8 in its path and query. Each answer must be clear
//! (below 500, the connection intact: no panic) and no table may gain a row.

mod common;

use common::browser::{Browser, Page};
use common::captcha::solved_captcha;
use common::family::count;
use common::matrix::{call, fill, fixtures, key, runs_last, Call, Encoding, FORM};
use common::payers::demo_family;
use common::TestApp;
use reqwest::Method;
use server::web::RouteKind;

on_both_engines!(bad_input_gets_a_clear_answer_and_stores_nothing);

/// The tables a request could fill. Not counted, because a bad request may rightly write them:
/// `login_failures` (the throttle counts failed log-ins), `used_captchas`, and the row updates
/// of `sessions` (last seen) and `registration_drafts` (the form as typed, to show it again).
const TABLES: [&str; 12] = [
    "accounts",
    "registration_drafts",
    "email_tokens",
    "consents",
    "sessions",
    "outbox",
    "cart_items",
    "payments",
    "payment_items",
    "receipts",
    "sandbox_transactions",
    "sandbox_notifications",
];

const HTML: &[(&str, &str)] = &[("accept", "text/html")];
/// Longer than a browser keeps a cookie (4 KB), well under what proxies refuse (8 KB).
const MAX_HEADER: usize = 4096;
const LONG: usize = 10_000;
const HUGE: usize = 2 * 1024 * 1024;
const MIXED: &str = "Rоssі Mário مريم 李小龍 Ελένη \u{202E}evil\u{202C} 👪";
const CONTROL: &str = "a\0b\u{1}\u{7}\u{1b}[31m\r\n\t\u{7f}\u{85}\u{feff}";
/// Not UTF-8: a lone continuation byte, an overlong `/`, a truncated sequence, a surrogate.
const BAD_UTF8: &str = "%FF%FE%C0%AF%E2%82%ED%A0%80";

async fn counts(app: &TestApp) -> Vec<i64> {
    let mut all = Vec::new();
    for table in TABLES {
        all.push(count(app, table).await);
    }
    all
}

/// The field names to fill: those of the plausible request, or one made up.
fn names(call: &Call) -> Vec<String> {
    let names: Vec<String> = call.fields.iter().map(|(k, _)| k.clone()).collect();
    if names.is_empty() {
        vec!["x".into()]
    } else {
        names
    }
}

fn every_field(call: &Call, value: &str) -> Vec<(String, String)> {
    names(call).into_iter().map(|k| (k, value.to_string())).collect()
}

/// Sends raw bytes as the body, whatever the route's encoding.
async fn raw(browser: &Browser, call: &Call, body: Vec<u8>) -> Result<Page, reqwest::Error> {
    let kind = match call.encoding {
        Encoding::Json | Encoding::BareJson => "application/json",
        _ => FORM,
    };
    browser.send(call.method.clone(), &call.path, &[("content-type", kind)], body).await
}

/// Every bad variant of one request; the label and the answer of each.
async fn bad_variants(browser: &Browser, call: &Call) -> Vec<(String, Result<Page, reqwest::Error>)> {
    let mut answers = Vec::new();
    answers.push(("empty body".into(), raw(browser, call, Vec::new()).await));
    for (label, value) in [("10,000 characters", "x".repeat(LONG)), ("mixed scripts", MIXED.into())] {
        answers.push((label.into(), call.send_with(browser, &every_field(call, &value)).await));
    }
    answers.push(("NUL and control characters".into(), call.send_with(browser, &every_field(call, CONTROL)).await));
    // A URL cannot carry 2 MB (the client refuses to build it): a GET gets it as its body.
    let huge = "x".repeat(HUGE);
    let answer = if call.method == Method::GET {
        browser.send(Method::GET, &call.path, &[("content-type", FORM)], format!("x={huge}").into_bytes()).await
    } else {
        call.send_with(browser, &every_field(call, &huge)).await
    };
    answers.push(("2 MB".into(), answer));
    let invalid = names(call).iter().map(|k| format!("{k}={BAD_UTF8}")).collect::<Vec<_>>().join("&");
    if call.method == Method::GET {
        let path = format!("{}?{invalid}", call.path);
        answers.push(("invalid UTF-8 in the query".into(), browser.send(Method::GET, &path, &[], Vec::new()).await));
    } else {
        answers.push(("invalid UTF-8 in the body".into(), raw(browser, call, invalid.clone().into_bytes()).await));
        let json = format!("{{\"{}\": \"\\udc80\u{0}\"}}", names(call)[0]);
        answers.push(("invalid JSON escapes".into(), raw(browser, call, json.into_bytes()).await));
        let path = format!("{}?{invalid}", call.path);
        answers
            .push(("invalid UTF-8 in the URL".into(), browser.send(call.method.clone(), &path, &[], Vec::new()).await));
        // As a form without JavaScript posts it: the answer is a page or a redirect.
        let form = &[("content-type", FORM), ("accept", "text/html"), ("referer", "/")];
        for (label, value) in
            [("form, 10,000 characters", "x".repeat(LONG)), ("form, control characters", CONTROL.into())]
        {
            let body = serde_urlencoded::to_string(every_field(call, &value)).unwrap_or_default().into_bytes();
            answers.push((label.into(), browser.send(call.method.clone(), &call.path, form, body).await));
        }
        answers.push((
            "form, invalid UTF-8".into(),
            browser.send(call.method.clone(), &call.path, form, invalid.clone().into_bytes()).await,
        ));
    }
    answers
}

/// A page's path with every parameter (or, without any, a last segment) replaced by bad bytes,
/// and a query of them.
fn bad_urls(pattern: &str) -> Vec<String> {
    let with_params = pattern.contains('{');
    let broken: String = pattern
        .split('/')
        .map(|s| if s.starts_with('{') { BAD_UTF8.to_string() } else { s.to_string() })
        .collect::<Vec<_>>()
        .join("/");
    let mut urls = vec![format!("{broken}?stato={BAD_UTF8}&figlio=%00%1B&torna={BAD_UTF8}")];
    if !with_params {
        urls.push(format!("{}/{BAD_UTF8}", pattern.trim_end_matches('/')));
    }
    urls
}

async fn bad_input_gets_a_clear_answer_and_stores_nothing(app: &TestApp) {
    let fx = fixtures(app).await;
    // Someone half-way through registration (step 1 passed), so the later steps read their fields.
    let registering = Browser::new(app);
    let captcha = solved_captcha(app).await;
    registering.post("/api/registration/code", &[("codice_fiscale", &fx.nobody_cf), ("altcha", &captcha)]).await;
    let callers =
        [("anonymous", Browser::new(app)), ("registering", registering), ("parent A", demo_family(app).await)];
    let mut routes = server::web::route_inventory();
    routes.sort_by_key(runs_last);
    let before = counts(app).await;

    let mut failures = Vec::new();
    let mut requests = 0;
    let mut judge = |what: String, answer: Result<Page, reqwest::Error>| {
        requests += 1;
        let what: String = what.chars().take(160).collect();
        match answer {
            Err(error) => failures.push(format!("{what}: no answer (a panic?): {:?}", error.without_url())),
            Ok(page) if page.status >= 500 => {
                failures.push(format!("{what}: {} {}", page.status, page.body.chars().take(200).collect::<String>()))
            }
            // Browsers and proxies refuse a response with a header this long: no answer at all.
            Ok(page) if page.longest_header > MAX_HEADER => failures.push(format!(
                "{what}: a {}-byte header (the input echoed into a cookie or Location?)",
                page.longest_header
            )),
            Ok(_) => {}
        }
    };
    for route in &routes {
        let takes_input = route.kind == RouteKind::ServerFn || route.method == Method::POST;
        for (who, browser) in &callers {
            if takes_input {
                let request = call(route, &fx);
                for (label, answer) in bad_variants(browser, &request).await {
                    judge(format!("{} as {who}, {label}", key(route)), answer);
                }
            } else if route.method == Method::GET {
                for url in bad_urls(&route.path) {
                    let answer = browser.send(Method::GET, &url, HTML, Vec::new()).await;
                    judge(format!("GET {url} as {who}"), answer);
                }
                // The page with A's ids and a query of control characters and mixed scripts.
                let query = serde_urlencoded::to_string([("stato", CONTROL), ("figlio", MIXED)]).unwrap_or_default();
                let url = format!("{}?{query}", fill(&route.path, &fx));
                judge(format!("GET {url} as {who}"), browser.send(Method::GET, &url, HTML, Vec::new()).await);
            }
        }
    }
    let after = counts(app).await;
    let grown: Vec<String> = TABLES
        .iter()
        .zip(before.iter().zip(&after))
        .filter(|(_, (b, a))| a > b)
        .map(|(table, (b, a))| format!("{table}: {b} → {a}"))
        .collect();
    println!("bad input ({:?}): {} routes, {requests} requests, {} failures", app.engine, routes.len(), failures.len());
    println!("rows before and after: {:?}", TABLES.iter().zip(before.iter().zip(&after)).collect::<Vec<_>>());
    assert!(failures.is_empty(), "unclear answers to bad input:\n{}", failures.join("\n"));
    assert!(grown.is_empty(), "bad input stored rows: {grown:?}");
}
