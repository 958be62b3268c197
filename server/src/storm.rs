//! `pagoscuola measure-login-storm`: the log-in figures for capacity planning. Starts this same
//! binary as a separate `serve` process (demo data, a temporary SQLite file, loopback listed as
//! a trusted proxy so the wrong log-ins can come from many addresses), then measures its
//! resident memory, log-ins per second and the family page's p99 when calm and during:
//! 1. `--correct` right log-ins, `--concurrent` at a time;
//! 2. `--wrong-concurrent` clients sending wrong passwords for `--wrong-seconds` (each from its own
//!    address and name, so throttling does not stop them before the hash: the worst case).

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[derive(clap::Args, Clone, Debug)]
pub struct StormOptions {
    /// Right log-ins in the first storm.
    #[arg(long, default_value_t = 2_000)]
    pub correct: usize,
    /// How many of them at a time.
    #[arg(long, default_value_t = 64)]
    pub concurrent: usize,
    /// Clients sending wrong passwords in the second storm.
    #[arg(long, default_value_t = 200)]
    pub wrong_concurrent: usize,
    /// How long the second storm lasts.
    #[arg(long, default_value_t = 8)]
    pub wrong_seconds: u64,
}

/// The storm's server and its database folder (removed after).
struct Server {
    process: crate::spawned::Spawned,
    folder: std::path::PathBuf,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.folder);
    }
}

impl Server {
    fn resident_mib(&self) -> u64 {
        self.process.resident_mib()
    }
}

async fn start(site_root: &str) -> std::io::Result<Server> {
    let folder = std::env::temp_dir().join(format!("pagoscuola-storm-{}", std::process::id()));
    std::fs::create_dir_all(&folder)?;
    let process = crate::spawned::Spawned::start(&[
        ("DATABASE_URL", format!("sqlite://{}", folder.join("storm.db").display())),
        ("PAGOSCUOLA_DEMO", "true".into()),
        ("PAGOSCUOLA_TRUSTED_PROXIES", "127.0.0.1".into()),
        ("PAGOSCUOLA_PAYMENT_PROVIDER", "sandbox".into()),
        ("PAGOSCUOLA_SITE_ROOT", site_root.into()),
    ])
    .await?;
    Ok(Server { process, folder })
}

fn client() -> reqwest::Client {
    reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("HTTP client")
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    LoggedIn,
    Refused,
    Busy,
    Other,
}

/// One log-in as a browser posts it; the answer is read from the redirect and its flash.
async fn log_in(client: &reqwest::Client, base: &str, username: &str, password: &str, from: &str) -> Outcome {
    let answer = client
        .post(format!("{base}/api/account/login"))
        .header("origin", base)
        .header("accept", "text/html")
        .header("x-forwarded-for", from)
        .form(&[("username", username), ("password", password)])
        .send()
        .await;
    let Ok(answer) = answer else { return Outcome::Other };
    let cookies: Vec<String> =
        answer.headers().get_all("set-cookie").iter().filter_map(|v| v.to_str().ok()).map(str::to_string).collect();
    if cookies.iter().any(|c| c.starts_with("ps_session=") && !c.starts_with("ps_session=;")) {
        return Outcome::LoggedIn;
    }
    // The flash cookie carries the notice, hex-encoded JSON.
    let flash = cookies.iter().find_map(|c| c.strip_prefix("ps_flash=")).map(|c| c.split(';').next().unwrap_or(""));
    let text = flash.and_then(hex_text).unwrap_or_default();
    if text.contains("LoginBusy") {
        Outcome::Busy
    } else if text.contains("LoginFailed") || text.contains("LoginLocked") {
        Outcome::Refused
    } else {
        Outcome::Other
    }
}

fn hex_text(hex: &str) -> Option<String> {
    let bytes: Option<Vec<u8>> =
        (0..hex.len() / 2).map(|i| u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok()).collect();
    String::from_utf8(bytes?).ok()
}

/// A logged-in family reading its page over and over until `stop`; returns the times in ms.
async fn family_reader(base: String, cookie: String, stop: Arc<AtomicBool>) -> Vec<f64> {
    let client = client();
    let mut times = Vec::new();
    while !stop.load(Ordering::Relaxed) {
        let started = Instant::now();
        let page = client.get(format!("{base}/famiglia")).header("cookie", &cookie).send().await;
        if page.is_ok_and(|p| p.status().is_success()) {
            times.push(started.elapsed().as_secs_f64() * 1000.0);
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    times
}

fn p99(mut times: Vec<f64>) -> String {
    if times.is_empty() {
        return "n/a".into();
    }
    format!("{:.1} ms (of {})", crate::spawned::percentile(&mut times, 99.0), times.len())
}

async fn session_cookie(base: &str) -> Option<String> {
    let answer = client()
        .post(format!("{base}/api/account/login"))
        .header("origin", base)
        .header("accept", "text/html")
        .form(&[("username", "demo2"), ("password", "demo-pagoscuola")])
        .send()
        .await
        .ok()?;
    answer
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("ps_session="))
        .map(|c| c.split(';').next().unwrap_or_default().to_string())
}

async fn read_family_for(base: &str, cookie: &str, during: Duration) -> Vec<f64> {
    let stop = Arc::new(AtomicBool::new(false));
    let reader = tokio::spawn(family_reader(base.to_string(), cookie.to_string(), Arc::clone(&stop)));
    tokio::time::sleep(during).await;
    stop.store(true, Ordering::Relaxed);
    reader.await.unwrap_or_default()
}

pub async fn run(site_root: &str, options: StormOptions) -> Result<(), crate::ServerError> {
    let server = start(site_root).await?;
    let base = server.process.base.clone();
    println!("server pid {} at {base}: resident {} MiB at start", server.process.pid(), server.resident_mib());
    let cookie = session_cookie(&base).await.ok_or(crate::ServerError::Measure)?;
    let calm = read_family_for(&base, &cookie, Duration::from_secs(5)).await;
    println!("family page p99 when calm: {}", p99(calm));

    // 1. Right log-ins, `concurrent` at a time.
    let stop = Arc::new(AtomicBool::new(false));
    let reader = tokio::spawn(family_reader(base.clone(), cookie.clone(), Arc::clone(&stop)));
    let next = Arc::new(AtomicUsize::new(0));
    let counts = Arc::new(Mutex::new(Vec::new()));
    let started = Instant::now();
    let workers: Vec<_> = (0..options.concurrent)
        .map(|_| {
            let (base, next, counts, total) = (base.clone(), Arc::clone(&next), Arc::clone(&counts), options.correct);
            tokio::spawn(async move {
                let client = client();
                while next.fetch_add(1, Ordering::Relaxed) < total {
                    let outcome = log_in(&client, &base, "demo", "demo-pagoscuola", "127.0.0.1").await;
                    counts.lock().expect("counts").push(outcome);
                }
            })
        })
        .collect();
    for worker in workers {
        let _ = worker.await;
    }
    let seconds = started.elapsed().as_secs_f64();
    stop.store(true, Ordering::Relaxed);
    let during = reader.await.unwrap_or_default();
    let outcomes = std::mem::take(&mut *counts.lock().expect("counts"));
    let count = |o: Outcome| outcomes.iter().filter(|x| **x == o).count();
    println!(
        "{} right log-ins, {} at a time: {:.1} s, {:.1} log-ins/s; logged in {}, busy {}, other {}; resident {} MiB; \
         family page p99 during: {}",
        options.correct,
        options.concurrent,
        seconds,
        count(Outcome::LoggedIn) as f64 / seconds,
        count(Outcome::LoggedIn),
        count(Outcome::Busy),
        count(Outcome::Other) + count(Outcome::Refused),
        server.resident_mib(),
        p99(during)
    );

    // 2. Wrong passwords from `wrong_concurrent` clients for `wrong_seconds`.
    let stop = Arc::new(AtomicBool::new(false));
    let reader = tokio::spawn(family_reader(base.clone(), cookie.clone(), Arc::clone(&stop)));
    let deadline = Instant::now() + Duration::from_secs(options.wrong_seconds);
    let slowest = Arc::new(Mutex::new(0f64));
    let workers: Vec<_> = (0..options.wrong_concurrent)
        .map(|worker| {
            let (base, counts, slowest) = (base.clone(), Arc::clone(&counts), Arc::clone(&slowest));
            tokio::spawn(async move {
                let client = client();
                let mut round = 0;
                while Instant::now() < deadline {
                    let started = Instant::now();
                    let from = format!("10.{}.{}.{}", worker / 250, worker % 250, round % 250 + 1);
                    let name = format!("ospite{worker}x{round}");
                    let outcome = log_in(&client, &base, &name, "sbagliata", &from).await;
                    let took = started.elapsed().as_secs_f64();
                    let mut max = slowest.lock().expect("slowest");
                    *max = max.max(took);
                    counts.lock().expect("counts").push(outcome);
                    round += 1;
                }
            })
        })
        .collect();
    for worker in workers {
        let _ = worker.await;
    }
    stop.store(true, Ordering::Relaxed);
    let during = reader.await.unwrap_or_default();
    let outcomes = std::mem::take(&mut *counts.lock().expect("counts"));
    let count = |o: Outcome| outcomes.iter().filter(|x| **x == o).count();
    println!(
        "{} clients with wrong passwords for {} s: {} answered ({} refused after the hash, {} busy, {} other), \
         slowest {:.2} s; resident {} MiB; family page p99 during: {}",
        options.wrong_concurrent,
        options.wrong_seconds,
        outcomes.len(),
        count(Outcome::Refused),
        count(Outcome::Busy),
        count(Outcome::Other) + count(Outcome::LoggedIn),
        *slowest.lock().expect("slowest"),
        server.resident_mib(),
        p99(during)
    );
    let calm = read_family_for(&base, &cookie, Duration::from_secs(5)).await;
    println!("family page p99 calm again: {}; resident {} MiB", p99(calm), server.resident_mib());
    Ok(())
}
