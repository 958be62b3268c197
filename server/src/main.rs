//! `pagoscuola serve | migrate | demo-data | precompress | measure-login | measure-login-storm | deadline | measure-pdf | refunds | admin`

use clap::{Parser, Subcommand};
use server::config::Config;
use std::process::ExitCode;

/// A page render is mostly small allocations: under load glibc's allocator took a fifth of
/// the family page's time (`perf`), and mimalloc serves them from per-thread pages.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "pagoscuola", version, about = "PagoScuola: school payments for Italian families")]
struct Cli {
    #[command(flatten)]
    config: Config,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand, Clone)]
enum Command {
    /// Migrate the database and serve the site (the default).
    Serve,
    /// Apply the database migrations and exit.
    Migrate,
    /// Migrate and load the demo data (idempotent), then exit.
    DemoData,
    /// Time the password hashing a log-in does on this machine (the figure for capacity
    /// planning: each log-in holds one blocking thread this long).
    MeasureLogin,
    /// Start a demo server as a separate process and measure its memory, log-ins per second and
    /// the family page's p99 under storms of right and wrong log-ins (run on a release build).
    MeasureLoginStorm(server::storm::StormOptions),
    /// Deadline day: a fresh database of families, one or two server processes, and simulated
    /// parents paying two notices each over HTTP; prints carts a minute, each step's
    /// percentiles and memory, and fails if any payment is wrong (run on a release build).
    Deadline(server::deadline::DeadlineOptions),
    /// Time the layout of a receipt, an attestation and a payment notice PDF on this machine;
    /// with a folder argument, also write them there to look at.
    MeasurePdf { folder: Option<std::path::PathBuf> },
    /// Write brotli (quality 11) and gzip copies beside the built site's files, once after
    /// `cargo leptos build --release`; the server serves them from memory.
    Precompress,
    /// List the refunds the schools still have to make (notices paid twice, or paid when no
    /// longer payable), per school.
    Refunds {
        /// Only this school (its codice meccanografico).
        #[arg(long)]
        school: Option<String>,
    },
    /// Platform administrators and office staff: `admin create ...`, `admin add-staff ...`.
    #[command(subcommand)]
    Admin(server::admin::AdminCommand),
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    server::init_logging(cli.config.log_format);
    match run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!(%error, "pagoscuola stopped with an error");
            eprintln!("pagoscuola: {error}");
            ExitCode::FAILURE
        }
    }
}

/// A receipt like the demo's, laid out 20 times each way; prints the median times.
fn measure_pdf(folder: Option<std::path::PathBuf>) -> Result<(), server::ServerError> {
    use app::documents::{attestation_pdf, receipt_pdf, ReceiptRecord};
    use domain::codice_fiscale::{encode, Sex};
    let notice_number = domain::NoticeNumber::parse("302602600000000103").map_err(|_| server::ServerError::Measure)?;
    let debtor = encode("Rossi", "Luca", 2010, 6, 21, Sex::Male, "F205").ok_or(server::ServerError::Measure)?;
    let sample = ReceiptRecord {
        receipt_id: "4f1c2b7e9a0d4c3b8e6f5a4d3c2b1a09".into(),
        notice_number: notice_number.number,
        iuv: "02602600000000103".into(),
        creditor_fiscal_code: domain::OrganisationFiscalCode::parse("97035330154")
            .map_err(|_| server::ServerError::Measure)?,
        company_name: "Istituto Comprensivo Scapponi".into(),
        office_name: "Milano".into(),
        description: "Contributo volontario per l'ampliamento dell'offerta formativa".into(),
        amount: domain::Cents::from_const(8_000),
        debtor_codice_fiscale: debtor,
        debtor_name: "Luca Rossi".into(),
        payer_codice_fiscale: Some("RSSMRA82E55F205X".into()),
        payer_name: Some("Maria Rossi".into()),
        psp_id: "SANDBOX_PAGASUBITO".into(),
        psp_name: "PagaSubito".into(),
        method: "card".into(),
        fee: domain::Cents::from_const(110),
        school_year: domain::SchoolYear::starting(2026),
        tax_deductible: true,
        paid_at: app::auth::now(),
        provider_reference: Some("SBX0123456789ABCDEF0123456789A".into()),
        test_payment: false,
    };
    let lang = app::i18n::Lang::It;
    for (name, render) in [("ricevuta", receipt_pdf as fn(_, &_, _) -> _), ("attestazione", attestation_pdf)] {
        let mut times = Vec::new();
        let mut bytes = Vec::new();
        for _ in 0..20 {
            let started = std::time::Instant::now();
            bytes = render(lang, &sample, sample.paid_at).map_err(|_| server::ServerError::Measure)?;
            times.push(started.elapsed().as_secs_f64() * 1000.0);
        }
        times.sort_by(f64::total_cmp);
        println!(
            "{name} PDF: median {:.1} ms, slowest {:.1} ms, {} KB",
            times[times.len() / 2],
            times[times.len() - 1],
            bytes.len() / 1024
        );
        if let Some(folder) = &folder {
            std::fs::write(folder.join(format!("{name}.pdf")), &bytes)?;
            // The same document of a sandbox payment, with its "no value" band, to look at.
            let test = ReceiptRecord { test_payment: true, ..sample.clone() };
            let bytes = render(lang, &test, test.paid_at).map_err(|_| server::ServerError::Measure)?;
            std::fs::write(folder.join(format!("{name}-prova.pdf")), bytes)?;
        }
    }
    measure_notice_pdf(folder.as_deref())
}

/// A payment notice like the demo's (with the Poste section), laid out 20 times.
fn measure_notice_pdf(folder: Option<&std::path::Path>) -> Result<(), server::ServerError> {
    use app::documents::notice::{notice_pdf, NoticeDocument};
    use domain::birthplace::Date;
    use domain::codice_fiscale::{encode, Sex};
    let notice = NoticeDocument {
        id: 1,
        notice_number: domain::NoticeNumber::parse("301202600000000507")
            .map_err(|_| server::ServerError::Measure)?
            .number,
        amount: domain::Cents::from_const(4_500),
        reason: "Viaggio d'istruzione a Verona".into(),
        due_date: Date::parse("2026-12-30").map_err(|_| server::ServerError::Measure)?,
        expires_on: Date::parse("2027-01-29").map_err(|_| server::ServerError::Measure)?,
        state: domain::NoticeState::Valid,
        school_name: "Istituto Comprensivo Scapponi".into(),
        school_town: "Milano".into(),
        school_province: "MI".into(),
        creditor_fiscal_code: domain::OrganisationFiscalCode::parse("97035330154")
            .map_err(|_| server::ServerError::Measure)?,
        postal_account: Some(domain::PostalAccount::parse("57382049").map_err(|_| server::ServerError::Measure)?),
        pupil_codice_fiscale: encode("Rossi", "Marco", 2015, 9, 2, Sex::Male, "F205")
            .ok_or(server::ServerError::Measure)?,
        pupil_name: "Marco Rossi".into(),
    };
    let mut times = Vec::new();
    let mut bytes = Vec::new();
    for _ in 0..20 {
        let started = std::time::Instant::now();
        bytes = notice_pdf(app::i18n::Lang::It, &notice, app::auth::now()).map_err(|_| server::ServerError::Measure)?;
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "avviso PDF: median {:.1} ms, slowest {:.1} ms, {} KB",
        times[times.len() / 2],
        times[times.len() - 1],
        bytes.len() / 1024
    );
    if let Some(folder) = folder {
        std::fs::write(folder.join("avviso.pdf"), &bytes)?;
    }
    Ok(())
}

async fn run(cli: Cli) -> Result<(), server::ServerError> {
    let mut config = cli.config;
    match cli.command.unwrap_or(Command::Serve) {
        Command::Migrate => {
            // Only the database: no payment provider or other serving settings are needed.
            let (pool, engine) = server::db::connect(&config.database_url, 1).await?;
            server::db::migrate(&pool, engine).await?;
            pool.close().await;
            tracing::info!("migrations applied");
        }
        Command::DemoData => {
            config.demo = true;
            server::prepare(&config).await?;
        }
        Command::MeasureLogin => {
            let mut times = Vec::new();
            for round in 0..12 {
                let started = std::time::Instant::now();
                let hash = app::auth::password::hash(format!("una frase di prova {round}"))
                    .await
                    .map_err(|_| server::ServerError::Measure)?;
                let _ = app::auth::password::verify(format!("una frase di prova {round}"), Some(hash)).await;
                times.push(started.elapsed().as_secs_f64() * 500.0); // hash + verify, per operation in ms
            }
            times.sort_by(f64::total_cmp);
            println!(
                "argon2id (19 MiB, 2 passes, 1 lane): median {:.1} ms per hash, slowest {:.1} ms",
                times[times.len() / 2],
                times[times.len() - 1]
            );
        }
        Command::MeasurePdf { folder } => measure_pdf(folder)?,
        Command::Precompress => {
            let done = server::assets::precompress(std::path::Path::new(&config.site_root))?;
            println!(
                "precompressed {} files of {}: {:.1} KiB, {:.1} KiB as brotli",
                done.files,
                config.site_root,
                done.bytes_before as f64 / 1024.0,
                done.brotli_bytes as f64 / 1024.0
            );
        }
        Command::Refunds { school } => server::refunds::print(&config.database_url, school.as_deref()).await?,
        Command::Admin(command) => server::admin::run(&config.database_url, &command).await?,
        Command::MeasureLoginStorm(options) => server::storm::run(&config.site_root, options).await?,
        Command::Deadline(options) => {
            let outcomes = server::deadline::run(&config.site_root, &options).await?;
            if let Some(wrong) = outcomes.iter().find(|o| !o.is_clean()) {
                return Err(server::ServerError::Usage(format!("deadline: {} went wrong", wrong.setup.name())));
            }
        }
        Command::Serve => {
            if !server::site_is_built(&config.site_root) {
                tracing::warn!(site_root = %config.site_root, "no built site found: build it with `cargo leptos build --release`");
            }
            let state = server::prepare(&config).await?;
            let listener = tokio::net::TcpListener::bind(config.addr).await?;
            server::serve(state, listener).await?;
        }
    }
    Ok(())
}
