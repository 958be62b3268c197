//! A small real SMTP receiver, for the tests and the deadline's fault run: it speaks the
//! protocol over TCP (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT), keeps what it receives, and can
//! refuse the first deliveries with a temporary error to exercise the sender's retries.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

#[derive(Clone, Default)]
pub struct Receiver {
    pub port: u16,
    received: Arc<Mutex<Vec<String>>>,
    refuse_next: Arc<AtomicUsize>,
}

impl Receiver {
    /// Starts listening on a random local port.
    pub async fn start() -> std::io::Result<Receiver> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let receiver = Receiver { port: listener.local_addr()?.port(), ..Default::default() };
        let shared = receiver.clone();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let shared = shared.clone();
                tokio::spawn(async move {
                    let _ = shared.converse(socket).await;
                });
            }
        });
        Ok(receiver)
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// The next `count` messages get "451 try again later".
    pub fn refuse(&self, count: usize) {
        self.refuse_next.store(count, Ordering::SeqCst);
    }

    pub fn messages(&self) -> Vec<String> {
        self.received.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).clone()
    }

    /// Waits (up to 15 s) for a message containing `text`.
    pub async fn wait_for(&self, text: &str) -> Option<String> {
        for _ in 0..150 {
            if let Some(found) = self.messages().into_iter().find(|m| m.contains(text)) {
                return Some(found);
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        None
    }

    async fn converse(&self, socket: tokio::net::TcpStream) -> std::io::Result<()> {
        let (read, mut write) = socket.into_split();
        let mut lines = BufReader::new(read).lines();
        write.write_all(b"220 test-receiver ESMTP\r\n").await?;
        while let Some(line) = lines.next_line().await? {
            let command = line.to_ascii_uppercase();
            let reply: &[u8] = if command.starts_with("EHLO") {
                b"250-test-receiver\r\n250 8BITMIME\r\n"
            } else if command.starts_with("HELO")
                || command.starts_with("MAIL")
                || command.starts_with("RCPT")
                || command.starts_with("RSET")
                || command.starts_with("NOOP")
            {
                b"250 OK\r\n"
            } else if command.starts_with("DATA") {
                write.write_all(b"354 end with <CRLF>.<CRLF>\r\n").await?;
                let mut message = String::new();
                while let Some(data) = lines.next_line().await? {
                    if data == "." {
                        break;
                    }
                    message.push_str(data.strip_prefix('.').unwrap_or(&data));
                    message.push('\n');
                }
                let refuse =
                    self.refuse_next.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1)).is_ok();
                if refuse {
                    b"451 4.3.0 try again later\r\n"
                } else {
                    self.received.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).push(message);
                    b"250 queued\r\n"
                }
            } else if command.starts_with("QUIT") {
                write.write_all(b"221 bye\r\n").await?;
                return Ok(());
            } else {
                b"502 not implemented\r\n"
            };
            write.write_all(reply).await?;
        }
        Ok(())
    }
}
