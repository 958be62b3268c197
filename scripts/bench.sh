#!/usr/bin/env bash
# Benchmarks: long runs whose figures go into closing notes, too slow for scripts/test.sh.
# Each prints its own table; more benchmarks will be added here.
#   page cost: /famiglia logged in against /privacy with wrk, on SQLite and Postgres.
#   deadline: the full deadline-day load generator (pagoscuola deadline), about 5 minutes.
#   fuzzing: 10 million generated inputs for each parser of the domain crate, 0 panics expected
#            (about 10 minutes on a 2-core machine, plus the birthplace search, below).
# A fixed seed repeats a run: scripts/bench.sh --seed 20261130.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "deadline day: 64 parents for 60 s on SQLite, Postgres, and Postgres with two processes"
# A release build (the figures of a debug build mean nothing); fails if any payment is wrong.
cargo leptos build --release
target/release/pagoscuola precompress
target/release/pagoscuola deadline --families 6000 --concurrent 64 --seconds 60

step "a personal page against a public one (wrk), SQLite and Postgres"
scripts/page-cost.sh 10

step "kill -9 while paying: two processes on Postgres, one killed about every second for two minutes"
target/release/pagoscuola deadline --setups postgres-2 --families 6000 --concurrent 32 --seconds 120 \
  --kill-every-ms 1000 --min-kills 60

step "fuzzing the domain parsers, 10 million inputs each"
cargo run --profile fuzz -p fuzz -- --inputs 10000000 --skip birthplace_search "$@"
# Each autocomplete input scans the whole register (about 0.5 ms): 1 million is 8 minutes.
cargo run --profile fuzz -p fuzz -- --inputs 1000000 --only birthplace_search "$@"
