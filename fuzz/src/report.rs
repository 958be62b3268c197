//! Runs one check on one input, catching panics, and keeps the inputs that failed so they can be
//! printed (escaped) and turned into unit tests.

use std::cell::RefCell;
use std::fmt::Debug;
use std::panic::{self, AssertUnwindSafe};

/// How many failing inputs of one parser are printed; the rest are only counted.
const SHOWN: usize = 5;

/// `Err` with a formatted message unless `condition` holds.
#[macro_export]
macro_rules! ensure {
    ($condition:expr, $($message:tt)+) => {
        if !$condition {
            return Err(format!($($message)+));
        }
    };
}

thread_local! {
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Replaces the default hook (which prints every panic) with one that keeps the message for the
/// report; called once before fuzzing.
pub fn quiet_panics() {
    panic::set_hook(Box::new(|info| {
        let place = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "(no message)".into());
        LAST_PANIC.with(|last| *last.borrow_mut() = Some(format!("{message}{place}")));
    }));
}

#[derive(Default)]
pub struct Report {
    pub inputs: u64,
    pub panics: u64,
    pub failures: u64,
    pub shown: Vec<String>,
}

impl Report {
    /// Runs `check` on `input`; a panic or an `Err` is counted and, for the first few, kept.
    pub fn case<I: Debug>(&mut self, input: I, check: impl FnOnce(&I) -> Result<(), String>) {
        self.inputs += 1;
        let outcome = panic::catch_unwind(AssertUnwindSafe(|| check(&input)));
        let problem = match outcome {
            Ok(Ok(())) => return,
            Ok(Err(property)) => {
                self.failures += 1;
                format!("property failed: {property}")
            }
            Err(_) => {
                self.panics += 1;
                let message = LAST_PANIC.with(|last| last.borrow_mut().take()).unwrap_or_default();
                format!("PANIC: {message}")
            }
        };
        if self.shown.len() < SHOWN {
            let mut shown = format!("{input:?}");
            if shown.len() > 2_000 {
                let cut = (0..=2_000).rev().find(|&at| shown.is_char_boundary(at)).unwrap_or(0);
                shown = format!("{}… ({} characters in all)", &shown[..cut], shown.chars().count());
            }
            self.shown.push(format!("{problem}\n    input: {shown}"));
        }
    }
}
