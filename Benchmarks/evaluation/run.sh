#!/usr/bin/env bash
# `baiqiang evaluate` against DuckDB (2 threads) on the same 1,000,000-row CSV, zhejiang-6 rules.
#
#   Benchmarks/evaluation/run.sh [ROWS]
#
# Needs: python3, DuckDB from PyPI (`pip install duckdb`), hyperfine from Debian
# (`apt-get install -y hyperfine`), GNU time (/usr/bin/time). Installs the last two if missing.
# Both tools are peers for measuring, not dependencies of the project.
set -euo pipefail

ROWS="${1:-1000000}"
YEAR=2024
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="${BENCH_WORK:-/tmp/baiqiang-evaluation-bench}"
mkdir -p "$WORK"

python3 -c 'import duckdb' 2>/dev/null || pip install --quiet duckdb
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine; }
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time; }

# BAIQIANG_EVALUATE="/path/to/binary [subcommand]" measures another build instead (skips the build).
if [ -n "${BAIQIANG_EVALUATE:-}" ]; then
  read -r -a EVAL <<< "$BAIQIANG_EVALUATE"
else
  echo "== building the release binary"
  (cd "$ROOT" && swift build -c release --product baiqiang)
  EVAL=("$(cd "$ROOT" && swift build -c release --product baiqiang --show-bin-path)/baiqiang" evaluate)
fi

INPUT="$WORK/input-$ROWS.csv"
if [ ! -s "$INPUT" ]; then
  echo "== generating $ROWS rows"
  python3 "$HERE/generate_input.py" "$INPUT" "$ROWS"
fi
ls -l "$INPUT"

OURS=(--method zhejiang-6 --year "$YEAR" --input "$INPUT" --output "$WORK/ours.csv")
DUCK=("$HERE/duckdb_evaluate.py" "$INPUT" "$WORK/duckdb.csv" "$YEAR")

echo "== checking that both produce the same output"
"${EVAL[@]}" "${OURS[@]}"
python3 "${DUCK[@]}"
if cmp -s "$WORK/ours.csv" "$WORK/duckdb.csv"; then
  echo "outputs identical ($(wc -l < "$WORK/ours.csv") lines)"
else
  echo "OUTPUTS DIFFER:"; diff "$WORK/ours.csv" "$WORK/duckdb.csv" | head -20; exit 1
fi

echo "== peak memory (/usr/bin/time -v)"
for label in baiqiang duckdb; do
  if [ "$label" = baiqiang ]; then cmd=("${EVAL[@]}" "${OURS[@]}"); else cmd=(python3 "${DUCK[@]}"); fi
  /usr/bin/time -v "${cmd[@]}" 2> "$WORK/time-$label.txt" >/dev/null
  printf '%-9s %s; %s\n' "$label" \
    "$(grep 'Maximum resident' "$WORK/time-$label.txt" | sed 's/.*: //') KiB peak RSS" \
    "$(grep 'Elapsed (wall' "$WORK/time-$label.txt" | sed 's/.*: //') wall"
done

echo "== timing (hyperfine)"
# The DuckDB side is a Python process; its interpreter and `import duckdb` are timed separately
# so the SQL's own time can be read off too.
hyperfine --warmup 1 --runs "${RUNS:-5}" --export-markdown "$WORK/hyperfine.md" --export-json "$WORK/hyperfine.json" \
  -n "baiqiang evaluate" "${EVAL[*]} ${OURS[*]}" \
  -n "duckdb (2 threads)" "python3 ${DUCK[*]}" \
  -n "python3 + import duckdb (overhead only)" "python3 -c 'import duckdb'"
cat "$WORK/hyperfine.md"
python3 - "$WORK/hyperfine.json" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
ours = results["baiqiang evaluate"]["median"]
duck = results["duckdb (2 threads)"]["median"]
overhead = results["python3 + import duckdb (overhead only)"]["median"]
print(f"median: baiqiang {ours:.3f} s, duckdb {duck:.3f} s (of which python + import {overhead:.3f} s)")
print(f"ratio duckdb / baiqiang: {duck / ours:.2f}x (excluding the python overhead: {(duck - overhead) / ours:.2f}x)")
PY
