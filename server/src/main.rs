//! `pagoscuola serve | migrate | demo-data`

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
