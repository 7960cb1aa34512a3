#!/usr/bin/env bash
# The plan pages benchmark, run by hand (not part of the tests): `baiqiang serve --demo` on a fresh
# SQLite file (Heshan's plan and the generated demo county), then wrk against the cockpit `/plan`
# (signed in as the demo leader), the big screen `/plan/screen`, the public page `/public/plan` and
# `/healthz` of the same server, one after the other in one run, CONNECTIONS connections each.
# Target: each page at least 25% of /healthz's requests per second, p99 under 50 ms
# at 8 connections on two cores.
# Usage: Benchmarks/plan/run.sh
#   BAIQIANG=path/to/baiqiang skips the release build; PORT (default 8743); DURATION (default 20s);
#   CONNECTIONS (default 8); THREADS (wrk threads, default 2); DATABASE (an empty database to serve
#   the demo from, e.g. a postgres:// URL; default a fresh SQLite file).
set -euo pipefail
cd "$(dirname "$0")/../.."
. Benchmarks/lib/server.sh
PORT="${PORT:-8743}"
DURATION="${DURATION:-20s}"
CONNECTIONS="${CONNECTIONS:-8}"
THREADS="${THREADS:-2}"
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/bq-plan.XXXXXX)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$WORK"' EXIT
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
if [ -z "${BAIQIANG:-}" ]; then
  swift build -c release --product baiqiang >/dev/null
  BAIQIANG=.build/release/baiqiang
fi
BAIQIANG=$(realpath "$BAIQIANG")

DATABASE="${DATABASE:-$WORK/bench.sqlite}"
"$BAIQIANG" serve --demo --port "$PORT" --database "$DATABASE" >"$WORK/serve.log" 2>&1 &
server=$!
wait_ready "$BASE" 600
PASSWORD=$(awk '$1 == "leader" { print $2; exit }' "$WORK/serve.log")
[ -n "$PASSWORD" ] || { echo "no demo leader in the server's banner" >&2; cat "$WORK/serve.log" >&2; exit 1; }

JAR="$WORK/jar"
sign_in "$BASE" "$JAR" leader "$PASSWORD"
SESSION=$(awk '$6 == "bq_session" { print $7 }' "$JAR")
COOKIE="Cookie: bq_session=$SESSION"

# What each page shows first (an ended plan shows its final review), and a warm-up request.
for path in /plan /plan/screen /public/plan; do
  code=$(curl -s -H "$COOKIE" -o "$WORK/page" -w '%{http_code}' "$BASE$path")
  echo "$path: HTTP $code, $(wc -c <"$WORK/page") bytes, final review shown: $(grep -c '终期评估' "$WORK/page" || true)"
done

printf '\n%-14s %12s %9s %9s %9s %10s\n' "path" "requests/s" "p50" "p90" "p99" "of healthz"
healthz_rps=""
for path in /healthz /plan /plan/screen /public/plan; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "$COOKIE" "$BASE$path" >"$WORK/wrk.txt"
  rps=$(awk '/^Requests\/sec:/ { print $2 }' "$WORK/wrk.txt")
  p50=$(awk '$1 == "50%" { print $2 }' "$WORK/wrk.txt")
  p90=$(awk '$1 == "90%" { print $2 }' "$WORK/wrk.txt")
  p99=$(awk '$1 == "99%" { print $2 }' "$WORK/wrk.txt")
  errors=$(awk '/Non-2xx or 3xx responses:/ { print $5 }' "$WORK/wrk.txt")
  [ -z "$healthz_rps" ] && healthz_rps="$rps"
  share=$(awk -v a="$rps" -v b="$healthz_rps" 'BEGIN { printf "%.0f%%", 100 * a / b }')
  printf '%-14s %12s %9s %9s %9s %10s%s\n' "$path" "$rps" "$p50" "$p90" "$p99" "$share" "${errors:+  non-2xx: $errors}"
done
