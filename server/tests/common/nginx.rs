//! A real nginx in front of a test server, configured the usual way for a reverse proxy
//! (`Host $host`, `X-Forwarded-For $proxy_add_x_forwarded_for`, `X-Forwarded-Proto`,
//! `X-Forwarded-Host`), from a generated configuration in a temporary folder, on a free port.
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
        let Some(nginx) = binary() else {
            if std::env::var("CI").as_deref() == Ok("true") {
                panic!("nginx is required in CI (scripts/setup.sh --tests installs it)");
            }
            eprintln!("\n*** SKIPPED: proxy test — nginx is not installed ***\n*** run scripts/setup.sh --tests; with CI=true this is a failure ***\n");
            return None;
        };
        let folder = tempfile::tempdir().expect("temporary folder");
        let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("free port").port();
        let dir = folder.path().display().to_string();
        let config = format!(
            r#"daemon off;
master_process off;
pid {dir}/nginx.pid;
error_log {dir}/error.log warn;
events {{ worker_connections 256; }}
http {{
    access_log off;
    client_body_temp_path {dir}/body;
    proxy_temp_path {dir}/proxy;
    fastcgi_temp_path {dir}/fastcgi;
    uwsgi_temp_path {dir}/uwsgi;
    scgi_temp_path {dir}/scgi;
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass {backend};
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_set_header X-Forwarded-Host $http_host;
        }}
    }}
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
        let proxy = Nginx { url: format!("http://127.0.0.1:{port}"), child, _folder: folder };
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
                return Some(proxy);
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!(
            "nginx did not listen on {port}: {}",
            std::fs::read_to_string(format!("{dir}/error.log")).unwrap_or_default()
        );
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
