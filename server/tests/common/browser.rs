//! A browser-like client for the HTML forms: keeps cookies, sends form posts as a browser does
//! (Accept: text/html, Origin of the site) and does not follow redirects, so tests see them.

use super::TestApp;

#[derive(Clone)]
pub struct Browser {
    client: reqwest::Client,
    base: String,
}

pub struct Page {
    pub status: u16,
    pub location: Option<String>,
    pub cache_control: Option<String>,
    /// The longest response header (name and value), in bytes.
    pub longest_header: usize,
    pub body: String,
}

impl Page {
    pub fn has(&self, text: &str) -> bool {
        self.body.contains(text)
    }
}

impl Browser {
    pub fn new(app: &TestApp) -> Browser {
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        Browser { client, base: app.address.clone() }
    }

    async fn read(response: reqwest::Response) -> Page {
        let status = response.status().as_u16();
        let header = |name: &str| response.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_string);
        let (location, cache_control) = (header("location"), header("cache-control"));
        let longest_header = response.headers().iter().map(|(k, v)| k.as_str().len() + v.len()).max().unwrap_or(0);
        let body = response.text().await.unwrap_or_default();
        Page { status, location, cache_control, longest_header, body }
    }

    pub async fn get(&self, path: &str) -> Page {
        Self::read(
            self.client.get(format!("{}{path}", self.base)).header("accept", "text/html").send().await.expect("GET"),
        )
        .await
    }

    /// The raw body of a download (a PDF), after checking it is served as one.
    pub async fn bytes(&self, path: &str) -> Vec<u8> {
        let response = self.client.get(format!("{}{path}", self.base)).send().await.expect("GET");
        assert_eq!(response.status().as_u16(), 200, "GET {path}");
        let kind = response.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
        assert_eq!(kind, "application/pdf", "GET {path}");
        response.bytes().await.expect("body").to_vec()
    }

    /// Posts a form the way a page does; `path` is the form's action.
    pub async fn post(&self, path: &str, form: &[(&str, &str)]) -> Page {
        let response = self
            .client
            .post(format!("{}{path}", self.base))
            .header("accept", "text/html")
            .header("origin", self.base.clone())
            .header("referer", format!("{}/", self.base))
            .form(form)
            .send()
            .await
            .expect("POST");
        Self::read(response).await
    }

    /// Posts, checks it redirects, and opens where it leads.
    pub async fn submit(&self, path: &str, form: &[(&str, &str)]) -> Page {
        let answer = self.post(path, form).await;
        assert_eq!(answer.status, 302, "POST {path} should redirect; got {} {}", answer.status, answer.body);
        let location = answer.location.expect("Location");
        let target =
            location.strip_prefix(&self.base).unwrap_or(&location).split('#').next().unwrap_or_default().to_string();
        self.get(&target).await
    }
}

impl Browser {
    /// Any request on this browser's cookies, with these headers only (no `Accept: text/html`
    /// unless given: a server function called as an island calls it answers with its own
    /// status). Transport errors (a handler that panicked and dropped the connection) come
    /// back as `Err`.
    pub async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        headers: &[(&str, &str)],
        body: Vec<u8>,
    ) -> Result<Page, reqwest::Error> {
        let mut request = self.client.request(method, format!("{}{path}", self.base)).header("origin", &self.base);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        Ok(Self::read(request.body(body).send().await?).await)
    }
}
