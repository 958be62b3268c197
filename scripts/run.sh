#!/usr/bin/env bash
# Sets up, builds (release) and starts PagoScuola on http://127.0.0.1:3000 with demo data in
# an SQLite file under ./data/. Any variable of the README's configuration table applies.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
cargo leptos build --release
target/release/pagoscuola precompress
export DATABASE_URL="${DATABASE_URL:-sqlite://data/pagoscuola.db}"
export PAGOSCUOLA_SITE_ROOT="${PAGOSCUOLA_SITE_ROOT:-target/site}"
export PAGOSCUOLA_DEMO="${PAGOSCUOLA_DEMO:-true}"
exec target/release/pagoscuola serve
