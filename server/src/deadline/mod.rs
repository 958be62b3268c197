//! `pagoscuola deadline`: deadline day, measured. Makes a fresh database with N families (each
//! with a child and two notices, at several schools), starts one or two server processes on it,
//! then C simulated parents run the whole flow over HTTP ([`parent`]) for T seconds, each
//! family paying once. Reports completed carts per minute, each step's p50/p95/p99, the errors,
//! each process's resident memory, and checks the database at the end: no notice paid twice,
//! every confirmed payment with its receipts and its email, no hold left.
//! Set-ups: SQLite with one process, Postgres with one, Postgres with two sharing the database
//! (the parents spread over both).

pub mod faults;
pub mod parent;
pub mod seed;

use crate::spawned::{percentile, Spawned};
use parent::{Failure, Parent, Step};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Setup {
    /// SQLite, one server process.
    Sqlite,
    /// Postgres, one server process.
    Postgres,
    /// Postgres, two server processes on the same database.
    #[value(name = "postgres-2")]
    Postgres2,
}

impl Setup {
    pub fn name(self) -> &'static str {
        match self {
            Setup::Sqlite => "SQLite, 1 process",
            Setup::Postgres => "Postgres, 1 process",
            Setup::Postgres2 => "Postgres, 2 processes",
        }
    }
}

#[derive(clap::Args, Clone, Debug)]
pub struct DeadlineOptions {
    /// Families in the database (each pays its two notices once: make it more than the carts).
    #[arg(long, default_value_t = 3_000)]
    pub families: usize,
    /// Parents paying at the same time.
    #[arg(long, default_value_t = 64)]
    pub concurrent: usize,
    /// Seconds during which new carts start (the ones under way then finish).
    #[arg(long, default_value_t = 60)]
    pub seconds: u64,
    /// Schools the children attend.
    #[arg(long, default_value_t = 4)]
    pub schools: usize,
    /// The set-ups to run, comma-separated.
    #[arg(long, value_enum, value_delimiter = ',', default_value = "sqlite,postgres,postgres-2")]
    pub setups: Vec<Setup>,
    /// A Postgres server where a fresh database is made for the run (and dropped after).
    #[arg(long, env = "PAGOSCUOLA_TEST_POSTGRES", default_value = "postgres://postgres@127.0.0.1:5432/test")]
    pub postgres: String,
    /// Database connections of each server process.
    #[arg(long, default_value_t = 16)]
    pub connections: u32,
    /// The fault run: every this many milliseconds on average, one server process is killed
    /// with SIGKILL and started again (0: no kills). Mail then goes over SMTP to a receiver of
    /// the run's own, and what the kills left pending is settled before the checks.
    #[arg(long, default_value_t = 0)]
    pub kill_every_ms: u64,
    /// With kills: fewer than this many is a failed run.
    #[arg(long, default_value_t = 20)]
    pub min_kills: usize,
}

/// One set-up's figures.
#[derive(Debug)]
pub struct Outcome {
    pub setup: Setup,
    pub carts: usize,
    pub carts_per_minute: f64,
    pub errors: usize,
    pub resident_mib: Vec<u64>,
    pub audit: app::store::operations::Audit,
    pub steps: BTreeMap<Step, Vec<f64>>,
    /// Each completed cart's whole time, ms.
    pub whole_carts: Vec<f64>,
    pub first_errors: Vec<String>,
    /// The fault run's kills and the mail received (when `--kill-every-ms` was given).
    pub faults: Option<(faults::Kills, faults::Mails)>,
    pub min_kills: usize,
}

impl Outcome {
    /// Whether the money is right and nothing failed.
    pub fn is_clean(&self) -> bool {
        let a = &self.audit;
        let money_right = a.notices_paid_twice == 0
            && a.receipts_missing == 0
            && a.holds_left == 0
            && a.unsettled_payments == 0
            && a.psp_confirmed_unrecorded == 0
            && a.confirmed_without_psp == 0
            && a.payment_emails == a.confirmed_payments;
        match &self.faults {
            // Without faults every cart completes, and each is one confirmed payment.
            None => money_right && self.errors == 0 && a.confirmed_payments == self.carts as i64,
            // With kills carts are cut short; every payment must still come right, and each
            // email reach the receiver (at least once).
            Some((kills, mails)) => {
                money_right
                    && kills.kills >= self.min_kills
                    && a.emails_unsent == 0
                    && mails.distinct as i64 == a.payment_emails
            }
        }
    }
}

pub async fn run(site_root: &str, options: &DeadlineOptions) -> Result<Vec<Outcome>, crate::ServerError> {
    let mut outcomes = Vec::new();
    for setup in &options.setups {
        let outcome = run_one(*setup, site_root, options).await?;
        print(&outcome, options);
        outcomes.push(outcome);
    }
    Ok(outcomes)
}

/// A fresh database for the run: a SQLite file in a temporary folder, or a new Postgres
/// database (dropped when the guard goes).
struct Database {
    url: String,
    drop_postgres: Option<(String, String)>,
    folder: Option<std::path::PathBuf>,
}

impl Database {
    async fn fresh(setup: Setup, options: &DeadlineOptions) -> Result<Database, crate::ServerError> {
        let tag = format!("{}_{}", std::process::id(), app::auth::now());
        if setup == Setup::Sqlite {
            let folder = std::env::temp_dir().join(format!("pagoscuola-deadline-{tag}"));
            std::fs::create_dir_all(&folder)?;
            let url = format!("sqlite://{}", folder.join("deadline.db").display());
            return Ok(Database { url, drop_postgres: None, folder: Some(folder) });
        }
        let name = format!("pagoscuola_deadline_{tag}");
        let (admin, _) = crate::db::connect(&options.postgres, 1).await?;
        sqlx::query(&format!("CREATE DATABASE \"{name}\"")).execute(&admin).await.map_err(db_error)?;
        admin.close().await;
        let base = options.postgres.rsplit_once('/').map(|(base, _)| base).unwrap_or(&options.postgres);
        Ok(Database {
            url: format!("{base}/{name}"),
            drop_postgres: Some((options.postgres.clone(), name)),
            folder: None,
        })
    }

    async fn remove(self) {
        if let Some((admin_url, name)) = &self.drop_postgres {
            if let Ok((admin, _)) = crate::db::connect(admin_url, 1).await {
                let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)")).execute(&admin).await;
                admin.close().await;
            }
        }
        if let Some(folder) = &self.folder {
            let _ = std::fs::remove_dir_all(folder);
        }
    }
}

fn db_error(error: sqlx::Error) -> crate::ServerError {
    crate::ServerError::Store(error.into())
}

async fn run_one(setup: Setup, site_root: &str, options: &DeadlineOptions) -> Result<Outcome, crate::ServerError> {
    let database = Database::fresh(setup, options).await?;
    let result = measure(setup, site_root, options, &database.url).await;
    database.remove().await;
    result
}

async fn measure(
    setup: Setup,
    site_root: &str,
    options: &DeadlineOptions,
    url: &str,
) -> Result<Outcome, crate::ServerError> {
    let (pool, engine) = crate::db::connect(url, 4).await?;
    crate::db::migrate(&pool, engine).await?;
    let seeding = Instant::now();
    let notices = seed::families(&pool, options.families, options.schools).await?;
    eprintln!(
        "[deadline] {}: {} families, {notices} notices in {:.1} s",
        setup.name(),
        options.families,
        seeding.elapsed().as_secs_f64()
    );
    let fault_run = options.kill_every_ms > 0;
    let receiver = if fault_run { Some(crate::smtp_sink::Receiver::start().await?) } else { None };
    let mut settings = vec![
        ("DATABASE_URL", url.to_string()),
        ("PAGOSCUOLA_PAYMENT_PROVIDER", "sandbox".to_string()),
        ("PAGOSCUOLA_DB_MAX_CONNECTIONS", options.connections.to_string()),
        ("PAGOSCUOLA_SITE_ROOT", site_root.to_string()),
    ];
    if let Some(receiver) = &receiver {
        settings.push(("SMTP_URL", receiver.url()));
    }
    let mut servers = vec![Spawned::start(&settings).await?];
    if setup == Setup::Postgres2 {
        servers.push(Spawned::start(&settings).await?);
    }
    let bases: Vec<String> = servers.iter().map(|s| s.base.clone()).collect();
    let servers = Arc::new(tokio::sync::Mutex::new(servers));
    let deciding = fault_run.then(|| Arc::new(AtomicUsize::new(0)));
    let stop_killing = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let killer = deciding.clone().map(|deciding| {
        let every = Duration::from_millis(options.kill_every_ms);
        tokio::spawn(faults::killer(Arc::clone(&servers), every, Arc::clone(&stop_killing), deciding, pool.clone()))
    });

    let next_family = Arc::new(AtomicUsize::new(0));
    let results: Arc<Mutex<Vec<Result<parent::Timings, Failure>>>> = Arc::default();
    let started = Instant::now();
    let stop_at = started + Duration::from_secs(options.seconds);
    let mut parents = Vec::new();
    for _ in 0..options.concurrent {
        let (next_family, results, bases) = (Arc::clone(&next_family), Arc::clone(&results), bases.clone());
        let (families, deciding) = (options.families, deciding.clone());
        parents.push(tokio::spawn(async move {
            while Instant::now() < stop_at {
                let family = next_family.fetch_add(1, Ordering::Relaxed);
                if family >= families {
                    break;
                }
                let parent = Parent::new(&bases[family % bases.len()], deciding.clone());
                let outcome = parent.pay_two(&seed::username(family), seed::PASSWORD).await;
                results.lock().unwrap_or_else(|p| p.into_inner()).push(outcome);
            }
        }));
    }
    for parent in parents {
        let _ = parent.await;
    }
    let elapsed = started.elapsed();
    if next_family.load(Ordering::Relaxed) >= options.families {
        eprintln!("[deadline] every family paid before the time was up: make --families larger");
    }
    stop_killing.store(true, Ordering::Relaxed);
    let kills = match killer {
        Some(killer) => Some(killer.await.unwrap_or_default()),
        None => None,
    };
    if fault_run {
        faults::settle_everything(&pool, &bases[0]).await?;
    }
    let servers = Arc::try_unwrap(servers).map(tokio::sync::Mutex::into_inner).unwrap_or_default();
    let resident_mib = servers.iter().map(Spawned::resident_mib).collect();
    let audit = app::store::operations::audit(&pool).await?;
    drop(servers);
    pool.close().await;
    let faults = kills.zip(receiver.as_ref().map(faults::payment_mails));

    let results = std::mem::take(&mut *results.lock().unwrap_or_else(|p| p.into_inner()));
    let mut steps: BTreeMap<Step, Vec<f64>> = BTreeMap::new();
    let mut whole_carts = Vec::new();
    let mut carts = 0;
    let mut first_errors = Vec::new();
    let mut errors = 0;
    for result in results {
        match result {
            Ok(timings) => {
                carts += 1;
                let whole: f64 = timings.iter().map(|(_, ms)| ms).sum();
                for (step, ms) in timings {
                    steps.entry(step).or_default().push(ms);
                }
                whole_carts.push(whole);
            }
            Err(failure) => {
                errors += 1;
                if first_errors.len() < 5 {
                    first_errors.push(format!("{}: {}", failure.step.name(), failure.what));
                }
            }
        }
    }
    Ok(Outcome {
        setup,
        carts,
        carts_per_minute: carts as f64 * 60.0 / elapsed.as_secs_f64(),
        errors,
        resident_mib,
        audit,
        steps,
        whole_carts,
        first_errors,
        faults,
        min_kills: options.min_kills,
    })
}

fn print(outcome: &Outcome, options: &DeadlineOptions) {
    let a = &outcome.audit;
    println!(
        "\n{}: {} parents for {} s: {} carts paid ({:.0} a minute), {} errors; resident memory {} MiB",
        outcome.setup.name(),
        options.concurrent,
        options.seconds,
        outcome.carts,
        outcome.carts_per_minute,
        outcome.errors,
        outcome.resident_mib.iter().map(u64::to_string).collect::<Vec<_>>().join(" + ")
    );
    println!("  {:<16} {:>9} {:>9} {:>9}", "step (ms)", "p50", "p95", "p99");
    let row = |name: &str, times: &[f64]| {
        let mut times = times.to_vec();
        let (p50, p95, p99) =
            (percentile(&mut times, 50.0), percentile(&mut times, 95.0), percentile(&mut times, 99.0));
        println!("  {name:<16} {p50:>9.1} {p95:>9.1} {p99:>9.1}");
    };
    for step in Step::ALL {
        row(step.name(), outcome.steps.get(&step).map(Vec::as_slice).unwrap_or_default());
    }
    row("whole cart", &outcome.whole_carts);
    println!(
        "  checks: {} confirmed payments, {} notices paid twice, {} receipts missing, {} emails, {} holds left, \
         {} unsettled: {}",
        a.confirmed_payments,
        a.notices_paid_twice,
        a.receipts_missing,
        a.payment_emails,
        a.holds_left,
        a.unsettled_payments,
        if outcome.is_clean() { "all right" } else { "WRONG" }
    );
    if let Some((kills, mails)) = &outcome.faults {
        println!(
            "  faults: {} kills (SIGKILL, then restarted): {} with a PSP's decision being notified and settled, \
             {} while the outbox was sending; {} carts cut short; \"Pagamento eseguito\" received {} times, \
             {} distinct, for {} payments",
            kills.kills,
            kills.during_decision,
            kills.during_sending,
            outcome.errors,
            mails.received,
            mails.distinct,
            a.confirmed_payments
        );
    }
    let shown = if outcome.faults.is_some() { 3 } else { usize::MAX };
    for error in outcome.first_errors.iter().take(shown) {
        println!("  error: {error}");
    }
}
