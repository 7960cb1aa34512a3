#!/usr/bin/env bash
# Registry benchmarks, run by hand — not part of the tests:
#  1. importing a 1,000,000-row yearly-figures CSV into SQLite with `baiqiang import figures`
#     against the sqlite3 shell's `.import` of the same file into a table of the same columns
#     (target: at most 3x), with peak memory (target: under 1 GiB);
#  2. the registry list API with 100,000 firms under load (target: p95 under 100 ms), with wrk;
#  3. a large registry's first load: FIRMS firms, then one yearly-figures row for each, both files
#     in random credit-code order, `baiqiang import figures` against the sqlite3 shell loading the
#     same file into the app's own schema (`.schema` of a migrated database: same tables and
#     indexes), by `.import` into a staging table and one INSERT … SELECT, both starting from the
#     same registry of firms (target: at most 1.5x, peak memory under 1 GiB).
# Usage: Benchmarks/registry/run.sh [ROWS [FIRMS]]   (BAIQIANG=path/to/baiqiang to skip the release
# build; ONLY=3 runs the third part alone)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS="${1:-1000000}"
FIRMS="${2:-1000000}"
WORK=$(mktemp -d /tmp/bq-bench.XXXXXX)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
command -v hyperfine >/dev/null && command -v wrk >/dev/null && command -v sqlite3 >/dev/null || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine wrk sqlite3 >/dev/null; }
if [ -z "${BAIQIANG:-}" ]; then
  swift build -c release --product baiqiang >/dev/null
  BAIQIANG=.build/release/baiqiang
fi
BAIQIANG=$(realpath "$BAIQIANG")
HERE=$(pwd)

first_load() {
  echo "== first load of $FIRMS firms and their yearly figures: baiqiang import figures vs sqlite3 into the same schema"
  python3 Benchmarks/registry/make-first-load.py "$FIRMS" "$WORK"
  "$BAIQIANG" migrate --database "$WORK/bq-firms.sqlite" >/dev/null 2>&1
  sqlite3 "$WORK/bq-firms.sqlite" .schema | grep -v sqlite_sequence > "$WORK/schema.sql"
  sqlite3 "$WORK/peer-firms.sqlite" < "$WORK/schema.sql"
  # The firms first, each side its own way (timed once, for the record).
  /usr/bin/time -f "   baiqiang import enterprises: %e s, peak %M KiB" "$BAIQIANG" import enterprises "$WORK/enterprises.csv" \
    --database "$WORK/bq-firms.sqlite" >/dev/null
  (cd "$WORK" && /usr/bin/time -f "   sqlite3 enterprises:         %e s, peak %M KiB" \
    sqlite3 peer-firms.sqlite < "$HERE/Benchmarks/registry/peer-enterprises.sql")
  for db in bq-firms peer-firms; do sqlite3 "$WORK/$db.sqlite" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null; done
  (cd "$WORK" && hyperfine --runs "${RUNS:-3}" --export-markdown "$WORK/first-load.md" \
    --prepare "cp $WORK/peer-firms.sqlite $WORK/peer.sqlite && rm -f $WORK/peer.sqlite-*" \
    "sqlite3 $WORK/peer.sqlite < $HERE/Benchmarks/registry/peer-figures.sql" \
    --prepare "cp $WORK/bq-firms.sqlite $WORK/bq.sqlite && rm -f $WORK/bq.sqlite-*" \
    "$BAIQIANG import figures $WORK/figures.csv --database $WORK/bq.sqlite")
  cat "$WORK/first-load.md"
  cp "$WORK/peer-firms.sqlite" "$WORK/peer.sqlite" && rm -f "$WORK"/peer.sqlite-*
  (cd "$WORK" && /usr/bin/time -v sqlite3 peer.sqlite < "$HERE/Benchmarks/registry/peer-figures.sql" 2>&1 >/dev/null) \
    | grep -E "Maximum resident|Elapsed" | sed 's/^/   sqlite3 /'
  cp "$WORK/bq-firms.sqlite" "$WORK/bq.sqlite" && rm -f "$WORK"/bq.sqlite-*
  /usr/bin/time -v "$BAIQIANG" import figures "$WORK/figures.csv" --database "$WORK/bq.sqlite" 2>&1 >/dev/null \
    | grep -E "Maximum resident|Elapsed" | sed 's/^/   baiqiang /'
  [ "$(sqlite3 "$WORK/bq.sqlite" 'select count(*) from enterprise_year_figures')" = "$(sqlite3 "$WORK/peer.sqlite" 'select count(*) from enterprise_year_figures')" ]
}
if [ "${ONLY:-}" = 3 ]; then first_load; exit; fi
python3 scripts/make-yearly-csv.py "$ROWS" "$WORK/yearly.csv"
echo "== import of $ROWS rows: baiqiang import figures vs sqlite3 .import"
"$BAIQIANG" migrate --database "$WORK/template.sqlite" >/dev/null 2>&1
cat > "$WORK/peer.sql" <<'SQL'
CREATE TABLE figures (credit_code TEXT, name TEXT, town TEXT, industry TEXT, year INTEGER, revenue_wan REAL,
  output_wan REAL, value_added_wan REAL, tax_wan REAL, electricity_wkwh REAL, energy_tce REAL, emission_t REAL,
  rd_wan REAL, staff INTEGER, land_mu REAL, above_scale INTEGER);
SQL
hyperfine --runs "${RUNS:-3}" --export-markdown "$WORK/import.md" \
  --prepare "rm -f $WORK/peer.sqlite* && sqlite3 $WORK/peer.sqlite < $WORK/peer.sql" \
  "sqlite3 $WORK/peer.sqlite '.mode csv' '.import --skip 1 $WORK/yearly.csv figures'" \
  --prepare "rm -f $WORK/bq.sqlite* && cp $WORK/template.sqlite $WORK/bq.sqlite" \
  "$BAIQIANG import figures $WORK/yearly.csv --database $WORK/bq.sqlite"
cat "$WORK/import.md"
rm -f "$WORK"/bq.sqlite* && cp "$WORK/template.sqlite" "$WORK/bq.sqlite"
/usr/bin/time -v "$BAIQIANG" import figures "$WORK/yearly.csv" --database "$WORK/bq.sqlite" 2>&1 >/dev/null \
  | grep -E "Maximum resident|Elapsed" | sed 's/^/   baiqiang /'

echo "== registry list with 100,000 firms: GET /api/v1/enterprises under wrk"
"$BAIQIANG" demo --firms 100000 --database "$WORK/list.sqlite" >/dev/null
echo 'Heshan-2026-top100' | "$BAIQIANG" user create --username bench --role leader --password-stdin --database "$WORK/list.sqlite" >/dev/null
TOKEN=$("$BAIQIANG" token create --username bench --database "$WORK/list.sqlite")
"$BAIQIANG" serve --port 18181 --database "$WORK/list.sqlite" >/dev/null 2>&1 &
for _ in $(seq 1 100); do curl -sf localhost:18181/readyz >/dev/null && break; sleep 0.2; done
for path in "/api/v1/enterprises?limit=50" "/api/v1/enterprises?limit=50&town=gonghe&scale=above"; do
  for connections in 1 8; do  # one user at a time, then eight at once on two cores
    echo "-- $path, $connections connection(s)"
    wrk -t1 -c"$connections" -d15s --latency -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:18181$path" | grep -E "Requests/sec|50%|90%|99%"
  done
done

first_load
