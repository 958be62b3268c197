#!/usr/bin/env bash
# What a personal page costs against a public one: requests per second and latency of the
# family page (logged in) and of /privacy, with wrk (64 connections, 2 threads, 10 s each, one
# after the other on the same server), on SQLite and on Postgres. Needs a release build
# (cargo leptos build --release) and wrk (Debian). Usage: scripts/page-cost.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
postgres=${PAGOSCUOLA_TEST_POSTGRES:-postgres://postgres@127.0.0.1:5432/test}
port=3191
base="http://127.0.0.1:$port"
data=$(mktemp -d)
database="pagoscuola_pagecost_$$"
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  rm -rf "$data"
  psql "$postgres" -qc "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
}
trap cleanup EXIT

measure() {
  local name=$1 url=$2
  DATABASE_URL="$url" PAGOSCUOLA_ADDR="127.0.0.1:$port" PAGOSCUOLA_DEMO=true PAGOSCUOLA_DB_MAX_CONNECTIONS=16 \
    RUST_LOG=warn target/release/pagoscuola serve > "$data/$name.log" 2>&1 &
  server=$!
  for _ in $(seq 1 100); do curl -fs "$base/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
  local cookie
  cookie=$(curl -s -o /dev/null -D - -H "origin: $base" -H "accept: text/html" \
    --data "username=demo&password=demo-pagoscuola" "$base/api/account/login" |
    sed -n 's/^set-cookie: \(ps_session=[^;]*\).*/\1/Ip' | head -1)
  [ -n "$cookie" ] || { echo "no session cookie"; exit 1; }
  curl -fs -H "cookie: $cookie" "$base/famiglia" | grep -q "Ciao, Maria" || { echo "not logged in"; exit 1; }
  for page in /privacy /famiglia; do
    local header=()
    [ "$page" = /famiglia ] && header=(-H "cookie: $cookie")
    wrk -t2 -c64 -d"${seconds}s" --latency "${header[@]}" "$base$page" > "$data/wrk.txt"
    local rps p99
    rps=$(awk '/^Requests\/sec/ {print $2}' "$data/wrk.txt")
    p99=$(awk '$1 == "99%" {print $2}' "$data/wrk.txt")
    local errors
    errors=$(awk '/Non-2xx|Socket errors/ {print}' "$data/wrk.txt" | tr '\n' ' ')
    printf '%-9s %-9s %10s req/s   p99 %8s   %s\n' "$name" "$page" "$rps" "$p99" "$errors"
  done
  kill "$server" && wait "$server" 2>/dev/null || true
  server=""
}

echo "page cost: wrk -t2 -c64 -d${seconds}s, one server process with 16 database connections"
measure sqlite "sqlite://$data/pagecost.db"
psql "$postgres" -qc "CREATE DATABASE $database" >/dev/null
measure postgres "${postgres%/*}/$database"
