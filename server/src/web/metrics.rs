//! The operator's view: Prometheus text at `/metrics`, on a listener of its own
//! (`PAGOSCUOLA_METRICS_ADDR`, e.g. loopback or the private network) so the public site never
//! shows it. Counters and histograms are this process's (requests, log-ins, payment callbacks,
//! mail sent); the gauges read from the database at each scrape (outbox, payments by state)
//! are the whole installation's, the same from every process.

use super::AppState;
use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use std::net::SocketAddr;
use std::sync::{Mutex, OnceLock};

pub const PATH: &str = "/metrics";

/// Request latency buckets, in seconds: a page should answer in tens of milliseconds.
const LATENCY_BUCKETS: [f64; 12] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0];

pub struct Metrics {
    handle: PrometheusHandle,
    listener: Mutex<Option<std::net::TcpListener>>,
    /// Where `/metrics` answers (the port is known even when `:0` was asked).
    pub address: SocketAddr,
}

impl std::fmt::Debug for Metrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Metrics").field("address", &self.address).finish()
    }
}

impl Metrics {
    /// Binds the metrics listener and installs the process's recorder (once per process).
    pub fn bind(address: SocketAddr) -> std::io::Result<Metrics> {
        let listener = std::net::TcpListener::bind(address)?;
        listener.set_nonblocking(true)?;
        let address = listener.local_addr()?;
        Ok(Metrics { handle: recorder().clone(), listener: Mutex::new(Some(listener)), address })
    }
}

fn recorder() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let builder = PrometheusBuilder::new();
        let builder = builder
            .set_buckets_for_metric(Matcher::Suffix("_seconds".into()), &LATENCY_BUCKETS)
            .unwrap_or_else(|_| PrometheusBuilder::new());
        let recorder = builder.build_recorder();
        let handle = recorder.handle();
        if metrics::set_global_recorder(recorder).is_err() {
            tracing::warn!("a metrics recorder was already installed");
        }
        handle
    })
}

/// Starts serving `/metrics` when it is configured.
pub fn spawn_listener(state: &AppState) -> std::io::Result<Option<tokio::task::JoinHandle<()>>> {
    let Some(metrics) = &state.metrics else { return Ok(None) };
    let Some(listener) = metrics.listener.lock().unwrap_or_else(|p| p.into_inner()).take() else { return Ok(None) };
    let listener = tokio::net::TcpListener::from_std(listener)?;
    tracing::info!(address = %metrics.address, "metrics listening");
    let app = Router::new().route(PATH, get(render)).with_state(state.clone());
    Ok(Some(tokio::spawn(async move {
        if let Err(error) = axum::serve(listener, app).await {
            tracing::error!(%error, "metrics listener stopped");
        }
    })))
}

async fn render(State(state): State<AppState>) -> impl IntoResponse {
    let pool_size = state.pool.size();
    metrics::gauge!("db_pool_connections", "state" => "open").set(f64::from(pool_size));
    metrics::gauge!("db_pool_connections", "state" => "idle").set(state.pool.num_idle() as f64);
    metrics::gauge!("background_tasks_running").set(state.background.running() as f64);
    match app::store::operations::snapshot(&state.pool).await {
        Ok(snapshot) => {
            metrics::gauge!("outbox_unsent").set(snapshot.outbox_unsent as f64);
            metrics::gauge!("outbox_retrying").set(snapshot.outbox_retrying as f64);
            for (payment_state, count) in snapshot.payments_by_state {
                metrics::gauge!("payments", "state" => payment_state).set(count as f64);
            }
            metrics::gauge!("database_up").set(1.0);
        }
        Err(error) => {
            tracing::warn!(%error, "metrics: database figures unavailable");
            metrics::gauge!("database_up").set(0.0);
        }
    }
    let Some(metrics) = &state.metrics else { return String::new().into_response() };
    metrics.handle.run_upkeep();
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], metrics.handle.render()).into_response()
}
