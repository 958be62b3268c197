#!/usr/bin/env bash
# Benchmarks: long runs whose figures go into closing notes, too slow for scripts/test.sh.
# Each prints its own table; more benchmarks will be added here.
#   fuzzing: 10 million generated inputs for each parser of the domain crate, 0 panics expected
#            (about 10 minutes on a 2-core machine, plus the birthplace search, below).
# A fixed seed repeats a run: scripts/bench.sh --seed 20261130.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "fuzzing the domain parsers, 10 million inputs each"
cargo run --profile fuzz -p fuzz -- --inputs 10000000 --skip birthplace_search "$@"
# Each autocomplete input scans the whole register (about 0.5 ms): 1 million is 8 minutes.
cargo run --profile fuzz -p fuzz -- --inputs 1000000 --only birthplace_search "$@"
