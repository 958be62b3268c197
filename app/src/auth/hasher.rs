//! The argon2 workers: one thread per core, each owning ONE argon2 working memory (19 MiB) that
//! it reuses for every hash, behind a bounded queue.
//!
//! Why: each hash used to run on a tokio blocking thread (up to 512 of them) that allocated its
//! own 19 MiB; glibc keeps freed memory in per-thread arenas, so a few hundred concurrent log-ins
//! left the process at gigabytes for good. Here the memory is `workers × 19 MiB`, allocated once,
//! and when more log-ins wait than the workers can serve in about a second the caller is told
//! at once ([`HashError::Busy`]) instead of queueing without end.

use argon2::password_hash::{Output, ParamsString, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender, TrySendError};
use std::sync::{Arc, Mutex, OnceLock};
use tokio::sync::oneshot;

/// Jobs that may wait per worker (a hash takes ~30-60 ms on a server core: 1-2 s of queue; on
/// 2 cores, 64 log-ins at once all wait rather than being refused).
const QUEUE_PER_WORKER: usize = 32;
/// A stored hash may ask for at most this many times our memory (a later parameter change);
/// anything bigger is refused rather than allocated.
const MAX_MEMORY_FACTOR: usize = 4;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HashError {
    /// Too many hashes waiting: try again in a few seconds.
    Busy,
    /// The hasher failed (a broken machine, not input).
    Failed,
}

/// OWASP's first argon2id choice: 19 MiB of memory, 2 passes, 1 lane.
pub fn params() -> Params {
    Params::new(19 * 1024, 2, 1, None).expect("valid argon2 parameters")
}

fn argon2() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params())
}

enum Job {
    Hash {
        password: String,
        reply: oneshot::Sender<Option<String>>,
    },
    /// `stored: None` (no such account) checks against a dummy hash: the same work.
    Verify {
        password: String,
        stored: Option<String>,
        reply: oneshot::Sender<bool>,
    },
}

struct Workers {
    queue: SyncSender<Job>,
    count: usize,
}

impl Workers {
    fn new(count: usize, queue_length: usize) -> Workers {
        let (queue, jobs) = sync_channel(queue_length);
        let jobs = Arc::new(Mutex::new(jobs));
        // A thread the system refuses is logged; with none at all every hash answers `Failed`
        // (the queue has no receiver left), never a panic.
        let started = (0..count)
            .filter(|index| {
                let jobs = Arc::clone(&jobs);
                let spawned = std::thread::Builder::new().name(format!("argon2-{index}")).spawn(move || work(&jobs));
                spawned.map_err(|error| tracing::error!(%error, "a password hashing thread did not start")).is_ok()
            })
            .count();
        Workers { queue, count: started }
    }

    fn submit(&self, job: Job) -> Result<(), HashError> {
        self.queue.try_send(job).map_err(|error| match error {
            TrySendError::Full(_) => HashError::Busy,
            TrySendError::Disconnected(_) => HashError::Failed,
        })
    }

    async fn verify(&self, password: String, stored: Option<String>) -> Result<bool, HashError> {
        let (reply, answer) = oneshot::channel();
        self.submit(Job::Verify { password, stored, reply })?;
        answer.await.map_err(|_| HashError::Failed)
    }
}

fn workers() -> &'static Workers {
    static WORKERS: OnceLock<Workers> = OnceLock::new();
    WORKERS.get_or_init(|| {
        let count = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
        Workers::new(count, count * QUEUE_PER_WORKER)
    })
}

/// How many hashes run at once (the machine's cores).
pub fn worker_count() -> usize {
    workers().count
}

/// Starts the workers and allocates their memory now, not on the first log-in.
pub fn start() {
    workers();
}

fn work(jobs: &Mutex<Receiver<Job>>) {
    yield_to_pages();
    let mut memory = vec![Block::new(); params().block_count()];
    loop {
        let job = jobs.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).recv();
        let Ok(job) = job else { return };
        match job {
            // A caller that has gone (a closed connection) needs no answer: skip the work.
            Job::Hash { reply, .. } if reply.is_closed() => {}
            Job::Verify { reply, .. } if reply.is_closed() => {}
            Job::Hash { password, reply } => {
                let _ = reply.send(hash_with(&mut memory, password.as_bytes()));
            }
            Job::Verify { password, stored, reply } => {
                let known = stored.is_some();
                let stored = match stored {
                    Some(stored) => stored,
                    None => {
                        DUMMY_HASH.get_or_init(|| hash_with(&mut memory, DUMMY_PASSWORD).unwrap_or_default()).clone()
                    }
                };
                let _ = reply.send(verify_with(&mut memory, password.as_bytes(), &stored) && known);
            }
        }
    }
}

/// The hashing threads' nice value. Pages and payments come first: on a deadline day the log-ins
/// (slow by design, and each a single request) would otherwise take the cores the family pages
/// need; at 5 a hash still gets a third of a busy core's share, so log-ins slow down but go on.
const HASH_NICENESS: i32 = 5;

/// Lowers the calling thread's priority (Linux keeps a nice value per thread).
#[cfg(target_os = "linux")]
fn yield_to_pages() {
    // SAFETY: setpriority reads only its integer arguments; on Linux `PRIO_PROCESS, 0` is the
    // calling thread.
    let done = unsafe { libc::setpriority(libc::PRIO_PROCESS, 0, HASH_NICENESS) };
    if done != 0 {
        tracing::warn!(error = %std::io::Error::last_os_error(), "the password hashing thread kept its priority");
    }
}

#[cfg(not(target_os = "linux"))]
fn yield_to_pages() {}

static DUMMY_HASH: OnceLock<String> = OnceLock::new();
const DUMMY_PASSWORD: &[u8] = b"no account has this password";

/// A new PHC string (`$argon2id$v=19$m=19456,t=2,p=1$salt$hash`) for `password`.
pub async fn hash(password: String) -> Result<String, HashError> {
    let (reply, answer) = oneshot::channel();
    workers().submit(Job::Hash { password, reply })?;
    answer.await.ok().flatten().ok_or(HashError::Failed)
}

/// Whether `password` matches the stored PHC string; with none, the same work and `false`.
pub async fn verify(password: String, stored: Option<String>) -> Result<bool, HashError> {
    workers().verify(password, stored).await
}

fn hash_with(memory: &mut [Block], password: &[u8]) -> Option<String> {
    let salt_bytes = super::tokens::random_bytes::<16>();
    let salt = SaltString::encode_b64(&salt_bytes).ok()?;
    let argon2 = argon2();
    let output = Output::init_with(Params::DEFAULT_OUTPUT_LEN, |out| {
        argon2.hash_password_into_with_memory(password, &salt_bytes, out, &mut *memory).map_err(|error| {
            tracing::error!(%error, "password hashing failed");
            argon2::password_hash::Error::Password
        })
    })
    .ok()?;
    let phc = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(argon2.params()).ok()?,
        salt: Some(salt.as_salt()),
        hash: Some(output),
    };
    Some(phc.to_string())
}

/// Parses a PHC string and recomputes it with the worker's memory; compares in constant time.
fn verify_with(memory: &mut Vec<Block>, password: &[u8], stored: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(stored) else { return false };
    let Ok(algorithm) = Algorithm::try_from(parsed.algorithm) else { return false };
    let Ok(version) = parsed.version.map(Version::try_from).transpose() else { return false };
    let Ok(params) = Params::try_from(&parsed) else { return false };
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else { return false };
    let mut salt_buffer = [0u8; 64];
    let Ok(salt) = salt.decode_b64(&mut salt_buffer) else { return false };
    let needed = params.block_count();
    if needed > memory.len() {
        if needed > MAX_MEMORY_FACTOR * self::params().block_count() {
            tracing::error!(blocks = needed, "a stored password hash asks for too much memory");
            return false;
        }
        memory.resize(needed, Block::new());
    }
    let argon2 = Argon2::new(algorithm, version.unwrap_or_default(), params);
    let computed = Output::init_with(expected.len(), |out| {
        argon2
            .hash_password_into_with_memory(password, salt, out, &mut memory[..])
            .map_err(|_| argon2::password_hash::Error::Password)
    });
    // `Output`'s equality is constant-time.
    computed.is_ok_and(|computed| computed == expected)
}

#[cfg(test)]
mod tests {
    use super::*;
    use argon2::password_hash::{PasswordHasher, PasswordVerifier};

    #[test]
    fn phc_strings_are_compatible_both_ways() {
        let mut memory = vec![Block::new(); params().block_count()];
        // A hash stored by the previous code (argon2's own PasswordHasher) still verifies...
        let salt = SaltString::encode_b64(&[9u8; 16]).unwrap();
        let old = argon2().hash_password(b"una frase lunga e mia", &salt).unwrap().to_string();
        assert!(verify_with(&mut memory, b"una frase lunga e mia", &old));
        assert!(!verify_with(&mut memory, b"una frase lunga e tua", &old));
        // ...and ours verifies with argon2's own verifier.
        let new = hash_with(&mut memory, b"una frase lunga e mia").unwrap();
        assert!(new.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{new}");
        let parsed = PasswordHash::new(&new).unwrap();
        assert!(argon2().verify_password(b"una frase lunga e mia", &parsed).is_ok());
        assert!(!verify_with(&mut memory, b"x", "not a phc string"));
        assert_eq!(memory.len(), params().block_count(), "the memory is reused, not grown");
    }

    #[tokio::test]
    async fn a_full_queue_answers_busy_at_once() {
        // Its own small pool (one worker, two places), so other tests' hashes do not interfere.
        let workers: &'static Workers = Box::leak(Box::new(Workers::new(1, 2)));
        let jobs: Vec<_> = (0..8).map(|i| tokio::spawn(workers.verify(format!("p{i}"), None))).collect();
        let mut answers = Vec::new();
        for job in jobs {
            answers.push(job.await.unwrap());
        }
        let busy = answers.iter().filter(|a| **a == Err(HashError::Busy)).count();
        assert!((5..=7).contains(&busy), "8 at once on 1 worker + 2 places: {answers:?}");
        assert!(answers.contains(&Ok(false)), "the others were answered");
        assert_eq!(workers.verify("p".into(), None).await, Ok(false), "the queue drains and works again");
    }

    #[cfg(target_os = "linux")]
    #[tokio::test]
    async fn hashing_threads_run_below_the_pages_priority() {
        let workers: &'static Workers = Box::leak(Box::new(Workers::new(1, 2)));
        assert_eq!(workers.verify("p".into(), None).await, Ok(false));
        // /proc/self/task/<tid>/stat: "tid (name) state ..." with the nice value 17 fields on.
        let nice_of = |name: &str| -> Vec<i32> {
            std::fs::read_dir("/proc/self/task")
                .unwrap()
                .filter_map(|task| std::fs::read_to_string(task.ok()?.path().join("stat")).ok())
                .filter(|stat| stat.contains(&format!("({name})")))
                .filter_map(|stat| stat.rsplit(')').next()?.split_whitespace().nth(16)?.parse().ok())
                .collect()
        };
        let hashers = nice_of("argon2-0");
        assert!(!hashers.is_empty(), "the hashing thread is running");
        assert!(hashers.iter().all(|nice| *nice == HASH_NICENESS), "{hashers:?}");
        let me = std::thread::current().name().map(str::to_owned).unwrap_or_default();
        let mine = nice_of(&me[..me.len().min(15)]);
        assert!(mine.iter().all(|nice| *nice < HASH_NICENESS), "the caller keeps its priority: {mine:?}");
    }
}
