#!/usr/bin/env bash
# The comparison page benchmark, run by hand (not part of the tests): /counties for UNITS
# county-level units (default 122, all of Guangdong) side by side, an indicator for one period with
# ranks, shares and each unit's yearly sparkline, as a signed-in leader gets it from `serve` on
# SQLite. The province is a generated prefecture profile (make-province.py) added through
# BAIQIANG_PREFECTURE_PROFILES, its 17,568 figures imported by `import regional-figures`.
# Target: under 200 ms. The floor beside it: /healthz of the same server, and the same page
# sorted by growth and for a month period.
# Usage: Benchmarks/counties/run-comparison.sh   (BAIQIANG=path skips the release build; UNITS, RUNS, PORT)
set -euo pipefail
cd "$(dirname "$0")/../.."
. Benchmarks/lib/server.sh
UNITS="${UNITS:-122}"
RUNS="${RUNS:-30}"
PORT="${PORT:-8744}"
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/bq-comparison.XXXXXX)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$WORK"' EXIT
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
if [ -z "${BAIQIANG:-}" ]; then
  swift build -c release --product baiqiang >/dev/null
  BAIQIANG=.build/release/baiqiang
fi
BAIQIANG=$(realpath "$BAIQIANG")

mkdir -p "$WORK/prefectures"
python3 Benchmarks/counties/make-province.py "$UNITS" "$WORK/prefectures/province.yaml" "$WORK/figures.csv"
export BAIQIANG_PREFECTURE_PROFILES="$WORK/prefectures"
"$BAIQIANG" migrate --database "$WORK/bench.sqlite" >/dev/null 2>&1
"$BAIQIANG" import regional-figures "$WORK/figures.csv" --database "$WORK/bench.sqlite"
PASSWORD='Comparison-bench-2026'
echo "$PASSWORD" | "$BAIQIANG" user create --username comparebench --role leader --password-stdin --database "$WORK/bench.sqlite" >/dev/null
"$BAIQIANG" serve --port "$PORT" --database "$WORK/bench.sqlite" >"$WORK/serve.log" 2>&1 &
server=$!
wait_ready "$BASE"
JAR="$WORK/jar"
sign_in "$BASE" "$JAR" comparebench "$PASSWORD"
PAGE="$BASE/counties?indicator=gdp&period=2024"
rows=$(curl -sf -b "$JAR" "$PAGE" | grep -o '<tr' | wc -l)
echo "the page for 2024 has $rows table rows ($(curl -sf -b "$JAR" "$PAGE" | wc -c) bytes)"
hyperfine --warmup 3 --runs "$RUNS" \
  -n "/counties, $UNITS units, GDP 2024" "curl -sf -o /dev/null -b $JAR '$PAGE'" \
  -n "/counties, $UNITS units, by growth" "curl -sf -o /dev/null -b $JAR '$PAGE&sort=growth'" \
  -n "/counties, $UNITS units, Jan-Oct 2025" "curl -sf -o /dev/null -b $JAR '$BASE/counties?indicator=industrial_value_added&period=2025-10'" \
  -n "/healthz (floor)" "curl -sf -o /dev/null $BASE/healthz"
echo "server peak: $(grep VmHWM /proc/$server/status)"
