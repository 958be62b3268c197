//! One parent on deadline day, as a browser without JavaScript goes (each step one request, its
//! redirect not followed, so each is timed alone): log in, open the family page, pay two notices
//! (the family page's one form: they become the cart and the payment starts), open the checkout,
//! choose the PSP, reach the sandbox PSP, pay there (and come back), wait for "Pagamento
//! eseguito", open the receipts and download one.

use app::functions::account::LogIn;
use app::functions::notices::PaySelected;
use app::functions::payments::{Pay, PaymentState};
use app::functions::sandbox::SandboxDecide;
use app::model::PayAction;
use leptos::server_fn::ServerFn;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    LogIn,
    FamilyPage,
    PayTwo,
    Checkout,
    ChoosePsp,
    PspPage,
    PspPays,
    Outcome,
    Receipts,
    Receipt,
}

impl Step {
    pub const ALL: [Step; 10] = [
        Step::LogIn,
        Step::FamilyPage,
        Step::PayTwo,
        Step::Checkout,
        Step::ChoosePsp,
        Step::PspPage,
        Step::PspPays,
        Step::Outcome,
        Step::Receipts,
        Step::Receipt,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Step::LogIn => "log in",
            Step::FamilyPage => "family page",
            Step::PayTwo => "pay two (cart)",
            Step::Checkout => "checkout page",
            Step::ChoosePsp => "choose PSP",
            Step::PspPage => "PSP page",
            Step::PspPays => "PSP pays, back",
            Step::Outcome => "until paid",
            Step::Receipts => "receipts page",
            Step::Receipt => "receipt PDF",
        }
    }
}

/// A completed cart: each step's time in ms, in [`Step::ALL`]'s order.
pub type Timings = Vec<(Step, f64)>;

/// Where a cart went wrong.
#[derive(Debug)]
pub struct Failure {
    pub step: Step,
    pub what: String,
}

const PSP: &str = "SANDBOX_PAGASUBITO";

pub struct Parent {
    client: reqwest::Client,
    base: String,
    timings: Timings,
    /// Counts the parents between paying at the PSP and seeing the outcome (the fault run
    /// records whether a kill fell there).
    deciding: Option<Arc<AtomicUsize>>,
}

/// Marks one parent inside the decision window while it lives.
struct Window(Arc<AtomicUsize>);

impl Window {
    fn open(count: &Arc<AtomicUsize>) -> Window {
        count.fetch_add(1, Ordering::Relaxed);
        Window(Arc::clone(count))
    }
}

impl Drop for Window {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

impl Parent {
    pub fn new(base: &str, deciding: Option<Arc<AtomicUsize>>) -> Parent {
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(60))
            .build()
            .expect("HTTP client");
        Parent { client, base: base.to_string(), timings: Vec::with_capacity(Step::ALL.len()), deciding }
    }

    /// The whole flow for the family `username`; the times, or the step that failed.
    pub async fn pay_two(mut self, username: &str, password: &str) -> Result<Timings, Failure> {
        let login = self.post(Step::LogIn, LogIn::url(), &[("username", username), ("password", password)]).await?;
        expect_location(Step::LogIn, &login, app::routes::FAMILY)?;
        let family = self.get(Step::FamilyPage, app::routes::FAMILY).await?;
        let ids = payable_ids(&family.body);
        if ids.len() < 2 {
            return Err(fail(Step::FamilyPage, format!("{} payable notices on the page", ids.len())));
        }
        let pick = PayAction::PICK_FIELD;
        let form = [(pick, ids[0].as_str()), (pick, ids[1].as_str()), (PayAction::FIELD, PayAction::Pay.value())];
        let started = self.post(Step::PayTwo, PaySelected::url(), &form).await?;
        let payment = started.location.clone().unwrap_or_default();
        let Some(public_id) = payment.strip_prefix(&format!("{}/", app::routes::PAYMENTS)) else {
            return Err(fail(Step::PayTwo, format!("went to {payment:?}")));
        };
        let public_id = public_id.to_string();
        let checkout = self.get(Step::Checkout, &payment).await?;
        if !checkout.body.contains(PSP) {
            return Err(fail(Step::Checkout, "the sandbox PSP is not offered".into()));
        }
        let form = [("public_id", public_id.as_str()), ("method", "card"), ("psp_id", PSP)];
        let psp = self.post(Step::ChoosePsp, Pay::url(), &form).await?;
        let psp_page = psp.location.unwrap_or_default();
        let Some(transaction) = psp_page.rsplit('/').next().filter(|t| t.starts_with("SBX")) else {
            return Err(fail(Step::ChoosePsp, format!("went to {psp_page:?}")));
        };
        let transaction = transaction.to_string();
        self.get(Step::PspPage, &psp_page).await?;
        let window = self.deciding.as_ref().map(Window::open);
        let back =
            self.post(Step::PspPays, SandboxDecide::url(), &[("id", &transaction), ("outcome", "confirmed")]).await?;
        expect_location(Step::PspPays, &back, &payment)?;
        self.wait_until_paid(&payment, &public_id).await?;
        drop(window);
        let receipts = self.get(Step::Receipts, app::routes::RECEIPTS).await?;
        let Some(pdf) = first_receipt(&receipts.body) else {
            return Err(fail(Step::Receipts, "no receipt listed".into()));
        };
        let started = Instant::now();
        let answer = self
            .client
            .get(format!("{}{pdf}", self.base))
            .send()
            .await
            .map_err(|e| fail(Step::Receipt, e.to_string()))?;
        let is_pdf = answer.headers().get("content-type").is_some_and(|v| v == "application/pdf");
        let bytes = answer.bytes().await.map_err(|e| fail(Step::Receipt, e.to_string()))?;
        if !is_pdf || !bytes.starts_with(b"%PDF") {
            return Err(fail(Step::Receipt, format!("{pdf} is not a PDF")));
        }
        self.add(Step::Receipt, started);
        Ok(self.timings)
    }

    /// The outcome page; while it does not say "paid" (its button to the receipts), the
    /// payment's state every half second, as its island asks, then the page again.
    async fn wait_until_paid(&mut self, payment: &str, public_id: &str) -> Result<(), Failure> {
        let started = Instant::now();
        let mut page = self.fetch(Step::Outcome, reqwest::Method::GET, payment, &[]).await?;
        while !offers_receipts(&page.body) {
            if started.elapsed() > Duration::from_secs(30) {
                return Err(fail(Step::Outcome, "not confirmed within 30 s".into()));
            }
            tokio::time::sleep(Duration::from_millis(500)).await;
            let state =
                self.client.post(format!("{}{}", self.base, PaymentState::url())).form(&[("public_id", public_id)]);
            let state = state.send().await.map_err(|e| fail(Step::Outcome, e.to_string()))?;
            if state.text().await.unwrap_or_default().contains("confirmed") {
                page = self.fetch(Step::Outcome, reqwest::Method::GET, payment, &[]).await?;
            }
        }
        self.add(Step::Outcome, started);
        Ok(())
    }

    async fn get(&mut self, step: Step, path: &str) -> Result<Answer, Failure> {
        let started = Instant::now();
        let answer = self.fetch(step, reqwest::Method::GET, path, &[]).await?;
        if answer.status != 200 {
            return Err(fail(step, format!("GET {path}: {}", answer.status)));
        }
        self.add(step, started);
        Ok(answer)
    }

    async fn post(&mut self, step: Step, path: &str, form: &[(&str, &str)]) -> Result<Answer, Failure> {
        let started = Instant::now();
        let answer = self.fetch(step, reqwest::Method::POST, path, form).await?;
        if answer.status != 302 && answer.status != 303 {
            return Err(fail(step, format!("POST {path}: {}", answer.status)));
        }
        self.add(step, started);
        Ok(answer)
    }

    async fn fetch(
        &self,
        step: Step,
        method: reqwest::Method,
        path: &str,
        form: &[(&str, &str)],
    ) -> Result<Answer, Failure> {
        let mut request =
            self.client.request(method.clone(), format!("{}{path}", self.base)).header("accept", "text/html");
        if method == reqwest::Method::POST {
            request = request.header("origin", &self.base).form(form);
        }
        let response = request.send().await.map_err(|e| fail(step, e.to_string()))?;
        let status = response.status().as_u16();
        let location = response.headers().get("location").and_then(|v| v.to_str().ok()).map(local_path);
        let body = response.text().await.map_err(|e| fail(step, e.to_string()))?;
        Ok(Answer { status, location, body })
    }

    fn add(&mut self, step: Step, started: Instant) {
        self.timings.push((step, started.elapsed().as_secs_f64() * 1000.0));
    }
}

struct Answer {
    status: u16,
    location: Option<String>,
    body: String,
}

fn fail(step: Step, what: String) -> Failure {
    Failure { step, what }
}

fn expect_location(step: Step, answer: &Answer, wanted: &str) -> Result<(), Failure> {
    match answer.location.as_deref() {
        Some(location) if location.split(['?', '#']).next() == Some(wanted) => Ok(()),
        other => Err(fail(step, format!("went to {other:?}, not {wanted}"))),
    }
}

/// A `Location` as a path of this site (`http://host/x` or `/x`).
fn local_path(location: &str) -> String {
    match location.split_once("://") {
        Some((_, rest)) => rest[rest.find('/').unwrap_or(rest.len())..].to_string(),
        None => location.to_string(),
    }
}

/// The ids of the family page's payable notices, in the page's order (the most urgent first).
fn payable_ids(html: &str) -> Vec<String> {
    let field = format!("name=\"{}\"", PayAction::PICK_FIELD);
    html.match_indices(&field)
        .filter_map(|(at, _)| {
            let tag_end = html[at..].find('>')? + at;
            let tag = &html[at..tag_end];
            let value = tag.split("value=\"").nth(1)?.split('"').next()?;
            value.parse::<i64>().ok().map(|_| value.to_string())
        })
        .collect()
}

/// A paid payment's page leads on to the receipts with its main button (the header's link to
/// them is not a button).
fn offers_receipts(html: &str) -> bool {
    let link = format!("href=\"{}\"", app::routes::RECEIPTS);
    html.split("<a ").any(|tag| {
        let tag = tag.split('>').next().unwrap_or_default();
        tag.contains(&link) && tag.contains("button--primary")
    })
}

/// The first receipt's PDF on the receipts page.
fn first_receipt(html: &str) -> Option<String> {
    let start = html.find(&format!("href=\"{}/", app::routes::RECEIPTS))? + "href=\"".len();
    let end = html[start..].find('"')? + start;
    let href = &html[start..end];
    href.ends_with(".pdf").then(|| href.replace("&amp;", "&"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_family_page_and_the_receipts() {
        let page =
            r#"<input type="checkbox" name="notice_ids[]" value="12" id="a"/><input name="notice_ids[]" value="7">"#;
        assert_eq!(payable_ids(page), ["12", "7"]);
        assert_eq!(first_receipt(r#"<a href="/ricevute/ab12.pdf">x</a>"#).as_deref(), Some("/ricevute/ab12.pdf"));
        assert_eq!(local_path("http://127.0.0.1:3/pagamento/x"), "/pagamento/x");
        assert!(offers_receipts(r#"<a href="/ricevute" class="button button--primary">Vai</a>"#));
        assert!(!offers_receipts(
            r#"<a href="/ricevute" class="nav">Ricevute</a><a class="button button--primary" href="/carrello">"#
        ));
    }
}
