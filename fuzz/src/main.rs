//! `fuzz-domain`: feeds every parser of the domain crate generated inputs (valid seeds, their
//! mutations, random and very long text), on stable Rust, and checks that none panics and that
//! what each accepts holds up. Usage:
//!
//! `fuzz-domain [--inputs N] [--seed S] [--only NAME]... [--skip NAME]...`
//!
//! N inputs per parser (default 100000); S repeats a run (default: from the clock, printed);
//! `--only` picks parsers by name, `--skip` leaves some out. Exits 1 on any panic or broken property, printing the input.

mod gen;
mod report;
mod seeds;
mod targets;

use report::Report;
use std::process::ExitCode;
use std::time::{Instant, SystemTime, UNIX_EPOCH};
use targets::TARGETS;

struct Options {
    inputs: u64,
    seed: u64,
    only: Vec<String>,
    skip: Vec<String>,
}

fn options() -> Result<Options, String> {
    let clock = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64);
    let mut options = Options { inputs: 100_000, seed: clock, only: Vec::new(), skip: Vec::new() };
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--inputs" => options.inputs = value()?.replace('_', "").parse().map_err(|e| format!("--inputs: {e}"))?,
            "--seed" => options.seed = value()?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--only" => options.only.push(value()?),
            "--skip" => options.skip.push(value()?),
            _ => return Err(format!("unknown argument {flag:?}")),
        }
    }
    let names: Vec<&str> = TARGETS.iter().map(|t| t.name).collect();
    if let Some(unknown) = options.only.iter().chain(&options.skip).find(|name| !names.contains(&name.as_str())) {
        return Err(format!("no parser {unknown:?}; there are: {}", names.join(", ")));
    }
    Ok(options)
}

/// Each parser gets its own stream, so `--only` repeats exactly what a full run did.
fn stream_seed(seed: u64, name: &str) -> u64 {
    name.bytes().fold(seed ^ 0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x100_0000_01b3))
}

fn main() -> ExitCode {
    let options = match options() {
        Ok(options) => options,
        Err(message) => {
            eprintln!(
                "fuzz-domain: {message}\nusage: fuzz-domain [--inputs N] [--seed S] [--only NAME]... [--skip NAME]..."
            );
            return ExitCode::from(2);
        }
    };
    report::quiet_panics();
    println!("fuzz-domain: {} inputs per parser, --seed {}", options.inputs, options.seed);
    println!("{:<26} {:>12} {:>10} {:>7} {:>9}", "parser", "inputs", "seconds", "panics", "failures");
    let (mut inputs, mut bad, started) = (0, 0, Instant::now());
    let chosen = |name: &str| {
        (options.only.is_empty() || options.only.iter().any(|o| o == name)) && !options.skip.iter().any(|s| s == name)
    };
    for target in TARGETS.iter().filter(|t| chosen(t.name)) {
        let mut g = gen::Gen::new(stream_seed(options.seed, target.name));
        let mut report = Report::default();
        let start = Instant::now();
        for _ in 0..options.inputs {
            (target.run)(&mut g, &mut report);
        }
        let seconds = start.elapsed().as_secs_f64();
        println!(
            "{:<26} {:>12} {:>10.1} {:>7} {:>9}",
            target.name, report.inputs, seconds, report.panics, report.failures
        );
        for shown in &report.shown {
            println!("  {shown}");
        }
        inputs += report.inputs;
        bad += report.panics + report.failures;
    }
    println!("total: {inputs} inputs in {:.1} s, {bad} failing", started.elapsed().as_secs_f64());
    if bad == 0 {
        ExitCode::SUCCESS
    } else {
        println!("repeat with: --seed {} --only <parser>", options.seed);
        ExitCode::FAILURE
    }
}
