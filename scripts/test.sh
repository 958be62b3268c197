#!/usr/bin/env bash
# Runs every test: unit and property tests, integration tests on SQLite and Postgres, then a
# release build served on a fresh SQLite file and the end-to-end tests in Debian's Chromium.
# Postgres: PAGOSCUOLA_TEST_POSTGRES (default postgres://postgres@127.0.0.1:5432/test); outside
# CI a missing server skips those tests loudly, with CI=true it fails.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests
source scripts/env.sh
# A one-shot CI build gains nothing from incremental caches, which take most of the disk.
if [ "${CI:-}" = "true" ]; then export CARGO_INCREMENTAL=0; fi
logs=target/test-logs
rm -rf "$logs" && mkdir -p "$logs"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
timed() { local start=$SECONDS; "$@"; echo "$(( SECONDS - start ))" > "$logs/last-duration"; }

step "format and lints (server and browser feature sets)"
cargo fmt --all --check
cargo clippy --workspace --exclude frontend --all-targets -- -D warnings
cargo clippy -p frontend -p app --features app/hydrate --target wasm32-unknown-unknown -- -D warnings

step "domain tests (unit, property, and that it stays free of web and database crates)"
cargo test -p domain 2>&1 | tee "$logs/domain.txt"
step "fuzzing the domain parsers (short run; scripts/bench.sh runs 10 million inputs each)"
# The birthplace autocomplete searches the whole register per input, so it gets fewer.
cargo run --profile fuzz -p fuzz -- --inputs 200000 --skip birthplace_search 2>&1 | tee "$logs/fuzz.txt"
cargo run --profile fuzz -p fuzz -- --inputs 20000 --only birthplace_search 2>&1 | tee -a "$logs/fuzz.txt"
step "unit tests (translations, store helpers, pages)"
cargo test -p app --features ssr 2>&1 | tee "$logs/unit-app.txt"
step "server tests (unit, and integration on SQLite and Postgres)"
cargo test -p server 2>&1 | tee "$logs/server.txt"

step "release build (server + islands bundle)"
timed cargo leptos build --release 2>&1 | tee "$logs/build.txt"
target/release/pagoscuola precompress | tee "$logs/precompress.txt"
# The islands' wasm bundle (every wasm file in the site, should there ever be more than one).
node -e '
  const fs = require("fs"), path = require("path"), zlib = require("zlib");
  const dir = "target/site/pkg", kib = (n) => (n / 1024).toFixed(1);
  let raw = 0, br = 0;
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".wasm")).sort()) {
    const bytes = fs.readFileSync(path.join(dir, file));
    const packed = zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    raw += bytes.length; br += packed;
    console.log(`wasm ${file}: ${kib(bytes.length)} KiB raw, ${kib(packed)} KiB brotli`);
  }
  console.log(`wasm in all: ${kib(raw)} KiB raw, ${kib(br)} KiB brotli`);
' | tee "$logs/wasm-size.txt"

target/release/pagoscuola measure-login | tee "$logs/login-hash.txt"
step "deadline day, small (scripts/bench.sh runs it at full size): SQLite, Postgres, Postgres with two processes"
# Fails when a cart errs or the money is wrong (a notice paid twice, a receipt or email missing, a hold left).
RUST_LOG=warn target/release/pagoscuola deadline --families 800 --concurrent 16 --seconds 6 2>&1 | tee "$logs/deadline.txt"
step "kill -9 while paying (small): two processes on Postgres, one killed and restarted at least 20 times"
# Includes waiting out the killed senders' two-minute claims on the outbox.
RUST_LOG=warn target/release/pagoscuola deadline --setups postgres-2 --families 800 --concurrent 8 --seconds 20 \
  --kill-every-ms 400 --min-kills 20 2>&1 | tee "$logs/faults.txt"
target/release/pagoscuola measure-pdf | tee "$logs/pdf-time.txt"

step "end-to-end tests in Chromium"
port=${E2E_PORT:-3111}
pagopa_port=$((port + 1))  # a second server that pays through pagoPA's checkout
fake_pagopa_port=$((port + 2))  # pagoPA's stand-in, started by end2end/tests/pagopa.spec.ts
data=$(mktemp -d)
DATABASE_URL="sqlite://$data/e2e.db" PAGOSCUOLA_ADDR="127.0.0.1:$port" PAGOSCUOLA_SITE_ROOT=target/site \
  PAGOSCUOLA_DEMO=true target/release/pagoscuola serve > "$logs/e2e-server.log" 2>&1 &
server_pid=$!
DATABASE_URL="sqlite://$data/e2e-pagopa.db" PAGOSCUOLA_ADDR="127.0.0.1:$pagopa_port" PAGOSCUOLA_SITE_ROOT=target/site \
  PAGOSCUOLA_DEMO=true PAGOSCUOLA_PAYMENT_PROVIDER=pagopa \
  PAGOPA_CHECKOUT_API_URL="http://127.0.0.1:$fake_pagopa_port/checkout/ec/v1" \
  PAGOPA_SUBSCRIPTION_KEY=e2e-subscription-key PAGOPA_RECEIPT_SECRET=e2e-receipt-secret \
  target/release/pagoscuola serve > "$logs/e2e-pagopa-server.log" 2>&1 &
pagopa_pid=$!
trap 'kill $server_pid $pagopa_pid 2>/dev/null || true; rm -rf "$data"' EXIT
for address in "$port:$server_pid:e2e-server" "$pagopa_port:$pagopa_pid:e2e-pagopa-server"; do
  IFS=: read -r at pid log <<< "$address"
  for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:$at/healthz" >/dev/null 2>&1 && break
    kill -0 "$pid" 2>/dev/null || { cat "$logs/$log.log"; echo "server did not start"; exit 1; }
    sleep 0.2
  done
done
rm -rf end2end/output
(cd end2end && BASE_URL="http://127.0.0.1:$port" PAGOPA_BASE_URL="http://127.0.0.1:$pagopa_port" \
  PAGOPA_FAKE_PORT=$fake_pagopa_port npx playwright test) 2>&1 | tee "$logs/e2e.txt"
kill -TERM $server_pid $pagopa_pid && wait $server_pid $pagopa_pid || true
grep -q "stopped cleanly" "$logs/e2e-server.log" || { echo "server did not shut down gracefully on SIGTERM"; exit 1; }

step "summary"
rust_passed=$(grep -ho 'test result: ok\. [0-9]* passed' "$logs"/domain.txt "$logs"/unit-app.txt "$logs"/server.txt | awk '{s+=$4} END {print s+0}')
e2e_passed=$(grep -Eo '^ +[0-9]+ passed' "$logs/e2e.txt" | awk '{s+=$1} END {print s+0}')
echo "rust unit + integration: $rust_passed passed; end-to-end: $e2e_passed passed"
sed -n 's/^total: /fuzzing: /p' "$logs/fuzz.txt"
cat "$logs/wasm-size.txt"
grep -E '^(SQLite|Postgres)|whole cart|checks:|faults:' "$logs/deadline.txt" "$logs/faults.txt" || true
cat "$logs/login-hash.txt"
cat "$logs/pdf-time.txt"
echo "release build: $(cat "$logs/last-duration")s"
echo "screenshots: end2end/output/screenshots/"
echo "tests: $((rust_passed + e2e_passed)) passed, 0 failed"
