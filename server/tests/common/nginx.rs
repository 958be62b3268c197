//! A real nginx in front of a test server, configured the usual way for a reverse proxy
//! (`Host $host`, `X-Forwarded-For $proxy_add_x_forwarded_for`, `X-Forwarded-Proto`,
//! `X-Forwarded-Host`), from a generated configuration in a temporary folder, on a free port.
//! `Nginx::deployment` runs the shipped `deploy/nginx/pagoscuola.conf` over TLS instead.
//! Outside CI a missing nginx skips loudly (install it: `scripts/setup.sh --tests`); with
//! CI=true it fails.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

pub struct Nginx {
    pub url: String,
    child: Child,
    _folder: tempfile::TempDir,
}

fn binary() -> Option<&'static str> {
    ["nginx", "/usr/sbin/nginx"].into_iter().find(|candidate| {
        Command::new(candidate).arg("-v").stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok()
    })
}

impl Nginx {
    /// nginx on 127.0.0.1:<free port>, proxying to `backend` (`http://127.0.0.1:PORT`).
    pub async fn start(backend: &str) -> Option<Nginx> {
        let nginx = binary_or_skip()?;
        let folder = tempfile::tempdir().expect("temporary folder");
        let port = free_port();
        let site = format!(
            r#"server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass {backend};
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_set_header X-Forwarded-Host $http_host;
        }}
    }}"#
        );
        let mut proxy = Nginx::run(nginx, folder, &site, port).await;
        proxy.url = format!("http://127.0.0.1:{port}");
        Some(proxy)
    }

    /// The shipped `deploy/nginx/pagoscuola.conf`, as it is, but for its ports, its upstream
    /// processes (`http://127.0.0.1:PORT` each) and a self-signed certificate made here.
    pub async fn deployment(https_port: u16, backends: &[&str]) -> Option<Deployment> {
        let nginx = binary_or_skip()?;
        let folder = tempfile::tempdir().expect("temporary folder");
        let dir = folder.path().display().to_string();
        let made = Command::new("openssl")
            .args(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1"])
            .args(["-addext", "subjectAltName=IP:127.0.0.1", "-addext", "basicConstraints=critical,CA:FALSE"])
            .args(["-keyout", &format!("{dir}/key.pem"), "-out", &format!("{dir}/cert.pem")])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("openssl runs");
        assert!(made.success(), "openssl made the certificate");
        let http_port = free_port();
        let shipped = include_str!("../../../deploy/nginx/pagoscuola.conf");
        let upstreams: String =
            backends.iter().map(|b| format!("    server {};\n", b.trim_start_matches("http://"))).collect();
        let mut site = shipped.to_string();
        for (from, to) in [
            ("    server 127.0.0.1:3000;\n    server 127.0.0.1:3001;\n", upstreams),
            ("listen 80;", format!("listen 127.0.0.1:{http_port};")),
            ("listen 443 ssl http2;", format!("listen 127.0.0.1:{https_port} ssl http2;")),
            ("/etc/letsencrypt/live/pagoscuola.example.it/fullchain.pem", format!("{dir}/cert.pem")),
            ("/etc/letsencrypt/live/pagoscuola.example.it/privkey.pem", format!("{dir}/key.pem")),
        ] {
            assert!(site.contains(from), "deploy/nginx/pagoscuola.conf no longer has {from:?}");
            site = site.replace(from, &to);
        }
        let certificate = std::fs::read(folder.path().join("cert.pem")).expect("certificate");
        let access_log = folder.path().join("access.log");
        let proxy = Nginx::run(nginx, folder, &site, https_port).await;
        Some(Deployment {
            https_url: format!("https://127.0.0.1:{https_port}"),
            http_url: format!("http://127.0.0.1:{http_port}"),
            certificate,
            access_log,
            _proxy: proxy,
        })
    }

    /// nginx with `site` inside its `http` block, once it listens on `port`. Its access log
    /// names the upstream process of each request.
    async fn run(nginx: &str, folder: tempfile::TempDir, site: &str, port: u16) -> Nginx {
        let dir = folder.path().display().to_string();
        let config = format!(
            r#"daemon off;
master_process off;
pid {dir}/nginx.pid;
error_log {dir}/error.log warn;
events {{ worker_connections 256; }}
http {{
    log_format upstreams '$upstream_addr $status $request_id';
    access_log {dir}/access.log upstreams;
    client_body_temp_path {dir}/body;
    proxy_temp_path {dir}/proxy;
    fastcgi_temp_path {dir}/fastcgi;
    uwsgi_temp_path {dir}/uwsgi;
    scgi_temp_path {dir}/scgi;
    {site}
}}
"#
        );
        let file = folder.path().join("nginx.conf");
        std::fs::write(&file, config).expect("nginx.conf");
        let child = Command::new(nginx)
            .args(["-p", &dir, "-e", &format!("{dir}/error.log"), "-c"])
            .arg(&file)
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("nginx starts");
        let proxy = Nginx { url: String::new(), child, _folder: folder };
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
                return proxy;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!(
            "nginx did not listen on {port}: {}",
            std::fs::read_to_string(format!("{dir}/error.log")).unwrap_or_default()
        );
    }
}

/// The shipped configuration running: its HTTPS and HTTP addresses, the certificate to trust,
/// and the access log (`upstream status request-id` per line).
pub struct Deployment {
    pub https_url: String,
    pub http_url: String,
    pub certificate: Vec<u8>,
    pub access_log: std::path::PathBuf,
    _proxy: Nginx,
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("free port").port()
}

fn binary_or_skip() -> Option<&'static str> {
    let found = binary();
    if found.is_none() {
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!("nginx is required in CI (scripts/setup.sh --tests installs it)");
        }
        eprintln!("\n*** SKIPPED: proxy test — nginx is not installed ***\n*** run scripts/setup.sh --tests; with CI=true this is a failure ***\n");
    }
    found
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
