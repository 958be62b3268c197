//! `pagoscuola serve | migrate | demo-data | measure-login`

use clap::{Parser, Subcommand};
use server::config::Config;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "pagoscuola", version, about = "PagoScuola: school payments for Italian families")]
struct Cli {
    #[command(flatten)]
    config: Config,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand, Clone, Copy)]
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

async fn run(cli: Cli) -> Result<(), server::ServerError> {
    let mut config = cli.config;
    match cli.command.unwrap_or(Command::Serve) {
        Command::Migrate => {
            config.demo = false;
            server::prepare(&config).await?;
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
                let hash = app::auth::password::hash(format!("una frase di prova {round}")).await.map_err(|_| server::ServerError::Measure)?;
                let _ = app::auth::password::verify(format!("una frase di prova {round}"), Some(hash)).await;
                times.push(started.elapsed().as_secs_f64() * 500.0); // hash + verify, per operation in ms
            }
            times.sort_by(f64::total_cmp);
            println!("argon2id (19 MiB, 2 passes, 1 lane): median {:.1} ms per hash, slowest {:.1} ms", times[times.len() / 2], times[times.len() - 1]);
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
