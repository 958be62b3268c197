//! A visitor for the log-in tests: keeps cookies like a browser, may come through a proxy
//! (sends `X-Forwarded-For`) or from another loopback address, and shows the raw answer
//! (status, `Location`, `Set-Cookie`, headers) as well as the page a redirect leads to.

use super::TestApp;

pub const DEMO: [(&str, &str); 2] = [("username", "demo"), ("password", "demo-pagoscuola")];
pub const LOGIN: &str = "/api/account/login";

pub struct Visitor {
    client: reqwest::Client,
    base: String,
    forwarded_for: Option<String>,
}

pub struct Answer {
    pub status: u16,
    pub location: Option<String>,
    pub set_cookies: Vec<String>,
    pub headers: reqwest::header::HeaderMap,
    /// The page the redirect led to (empty without one).
    pub page: String,
}

impl Answer {
    /// The session token the answer set (under either cookie name).
    pub fn session_token(&self) -> Option<String> {
        self.set_cookies.iter().find_map(|cookie| {
            let value = cookie.strip_prefix("ps_session=").or_else(|| cookie.strip_prefix("__Host-ps_session="))?;
            Some(value.split(';').next().unwrap_or_default().to_string()).filter(|v| !v.is_empty())
        })
    }
}

impl Visitor {
    pub fn new(app: &TestApp) -> Visitor {
        Visitor::at(&app.address, None, None)
    }

    /// A visitor of `base` whose requests claim `forwarded_for`, from `local` (a loopback address).
    pub fn at(base: &str, forwarded_for: Option<&str>, local: Option<std::net::IpAddr>) -> Visitor {
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .local_address(local)
            .build()
            .expect("client");
        Visitor { client, base: base.to_string(), forwarded_for: forwarded_for.map(str::to_string) }
    }

    fn with_headers(&self, request: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        let request = request.header("accept", "text/html");
        match &self.forwarded_for {
            Some(address) => request.header("x-forwarded-for", address),
            None => request,
        }
    }

    pub async fn get(&self, path: &str) -> Answer {
        let response = self.with_headers(self.client.get(format!("{}{path}", self.base))).send().await.expect("GET");
        read(response).await
    }

    /// Posts a form as the site's own page does (its Origin), then opens where it redirects.
    pub async fn post(&self, path: &str, form: &[(&str, &str)]) -> Answer {
        self.post_from(&self.base.clone(), path, form).await
    }

    pub async fn post_from(&self, origin: &str, path: &str, form: &[(&str, &str)]) -> Answer {
        let request = self.client.post(format!("{}{path}", self.base)).header("origin", origin).form(form);
        let response = self.with_headers(request).send().await.expect("POST");
        let mut answer = read(response).await;
        if let Some(location) = answer.location.clone().filter(|l| l.starts_with('/')) {
            answer.page = self.get(&location).await.page;
        }
        answer
    }
}

async fn read(response: reqwest::Response) -> Answer {
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let location = headers.get("location").and_then(|v| v.to_str().ok()).map(str::to_string);
    let set_cookies =
        headers.get_all("set-cookie").iter().filter_map(|v| v.to_str().ok()).map(str::to_string).collect();
    let page = response.text().await.unwrap_or_default();
    Answer { status, location, set_cookies, headers, page }
}

/// Whether a session token opens the family page when sent as cookie `name`.
pub async fn token_works(app: &TestApp, name: &str, token: &str) -> bool {
    let response = app
        .client
        .get(app.url("/famiglia"))
        .header("accept", "text/html")
        .header("cookie", format!("{name}={token}"))
        .send()
        .await
        .expect("GET");
    response.status() == 200
}

/// The addresses recorded with the sessions, in no particular order.
pub async fn session_addresses(app: &TestApp) -> Vec<String> {
    let rows: Vec<(String,)> =
        sqlx::query_as("SELECT address FROM sessions ORDER BY address").fetch_all(&app.pool).await.expect("sessions");
    rows.into_iter().map(|(a,)| a).collect()
}

/// The throttling keys with failures recorded.
pub async fn failure_keys(app: &TestApp) -> Vec<String> {
    let rows: Vec<(String,)> = sqlx::query_as("SELECT DISTINCT login_key FROM login_failures ORDER BY login_key")
        .fetch_all(&app.pool)
        .await
        .expect("failures");
    rows.into_iter().map(|(k,)| k).collect()
}

/// Like `on_both_engines!`, on servers whose configuration `$adjust` (a function in the test
/// file: `fn(&mut Config)`) changed first.
#[macro_export]
macro_rules! on_both_engines_with {
    ($adjust:ident: $($scenario:ident),* $(,)?) => {
        $(
            mod $scenario {
                use server::db::Engine;
                #[tokio::test]
                async fn sqlite() {
                    if let Some(app) = $crate::common::TestApp::spawn_with(Engine::Sqlite, super::$adjust).await {
                        super::$scenario(&app).await;
                        app.finish().await;
                    }
                }
                #[tokio::test]
                async fn postgres() {
                    if let Some(app) = $crate::common::TestApp::spawn_with(Engine::Postgres, super::$adjust).await {
                        super::$scenario(&app).await;
                        app.finish().await;
                    }
                }
            }
        )*
    };
}
