//! A `pagoscuola serve` started as a separate process of this same binary, for the
//! measurements (`measure-login-storm`, `deadline`): its address and resident memory; killed
//! and waited for when dropped (or on purpose, with SIGKILL, by the fault test).

use std::process::{Child, Command, Stdio};
use std::time::Duration;

pub struct Spawned {
    child: Child,
    pub base: String,
    port: u16,
    settings: Vec<(String, String)>,
}

impl Drop for Spawned {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Spawned {
    /// Starts a server on a free loopback port with these settings (environment variables)
    /// and waits until it is ready.
    pub async fn start(settings: &[(&str, String)]) -> std::io::Result<Spawned> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let settings: Vec<(String, String)> = settings.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
        let child = launch(port, &settings)?;
        let server = Spawned { child, base: format!("http://127.0.0.1:{port}"), port, settings };
        server.wait_ready().await?;
        Ok(server)
    }

    /// SIGKILL, no goodbye: what a crash or an OOM kill does.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Starts it again on the same port with the same settings (after [`Spawned::kill`]).
    pub async fn restart(&mut self) -> std::io::Result<()> {
        self.kill();
        self.child = launch(self.port, &self.settings)?;
        self.wait_ready().await
    }

    async fn wait_ready(&self) -> std::io::Result<()> {
        let client = reqwest::Client::new();
        for _ in 0..600 {
            let ready = client.get(format!("{}{}", self.base, app::routes::HEALTH_READY)).send().await;
            if ready.is_ok_and(|r| r.status().is_success()) {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Err(std::io::Error::other("the server did not become ready in 60 s"))
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn resident_mib(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap_or_default();
        let kib: u64 = status
            .lines()
            .find_map(|line| line.strip_prefix("VmRSS:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0);
        kib / 1024
    }
}

fn launch(port: u16, settings: &[(String, String)]) -> std::io::Result<Child> {
    Command::new(std::env::current_exe()?)
        .arg("serve")
        .env("PAGOSCUOLA_ADDR", format!("127.0.0.1:{port}"))
        .env("PAGOSCUOLA_PUBLIC_URL", format!("http://127.0.0.1:{port}"))
        .env("RUST_LOG", "warn")
        .envs(settings.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .stdout(Stdio::null())
        .spawn()
}

/// The `p`-th percentile (0-100) of `times`, nearest rank; 0 when there are none.
pub fn percentile(times: &mut [f64], p: f64) -> f64 {
    if times.is_empty() {
        return 0.0;
    }
    times.sort_by(f64::total_cmp);
    let rank = ((times.len() as f64 * p / 100.0).ceil() as usize).clamp(1, times.len());
    times[rank - 1]
}
