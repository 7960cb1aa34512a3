#!/usr/bin/env bash
# The PostgreSQL benchmarks, run by hand (not part of the tests), on a throwaway PostgreSQL 15
# cluster of their own (Debian's package; default settings, fsync on), each against a named peer
# in the same run:
#  1. first load: FIRMS firms (`baiqiang import enterprises`, timed for the record), then one
#     yearly-figures row for each with `baiqiang import figures`, against psql's \copy of the same
#     file into a staging table plus one INSERT … SELECT into the application's own table
#     (peer-figures.sql), both from the same migrated database of those firms (CREATE DATABASE …
#     TEMPLATE); target at most 1.5x, peak memory under 1 GiB;
#  2. the registry list API over those firms, unfiltered and filtered, 8 connections (wrk): p95
#     under 100 ms;
#  3. an evaluation run over the registry (POST /api/v1/evaluation/runs: the database read, the
#     engine, the results stored) against `baiqiang evaluate` on the same figures exported as its
#     input file (`baiqiang export evaluation-input`); target at most 3x;
#  4. the cockpit, the big screen and the public plan page at 8 connections against /healthz of the
#     same server (Benchmarks/plan/run.sh with the database on PostgreSQL).
# Usage: Benchmarks/postgres/run.sh [FIRMS]   (BAIQIANG=path skips the release build; RUNS; PGPORT)
set -euo pipefail
cd "$(dirname "$0")/../.."
HERE=$(pwd)
FIRMS="${1:-1000000}"
RUNS="${RUNS:-3}"
PGPORT="${PGPORT:-55490}"
PORT="${PORT:-18190}"
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/bq-pgbench.XXXXXX)
chmod 755 "$WORK"
PGBIN=/usr/lib/postgresql/15/bin
server=""
as_postgres() { runuser -u postgres -- "$@"; }
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null
  as_postgres "$PGBIN/pg_ctl" -D "$WORK/cluster" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
[ -x "$PGBIN/initdb" ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null; }
for tool in hyperfine wrk; do command -v "$tool" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine wrk >/dev/null; }; done
if [ -z "${BAIQIANG:-}" ]; then
  swift build -c release --product baiqiang >/dev/null
  BAIQIANG=.build/release/baiqiang
fi
BAIQIANG=$(realpath "$BAIQIANG")

mkdir "$WORK/cluster" && chown postgres:postgres "$WORK/cluster"
as_postgres "$PGBIN/initdb" -D "$WORK/cluster" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_postgres "$PGBIN/pg_ctl" -D "$WORK/cluster" -l "$WORK/cluster/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$PGPORT -c unix_socket_directories=$WORK/cluster" start >/dev/null
PSQL=(psql -X -q -h 127.0.0.1 -p "$PGPORT" -U postgres)
url() { echo "postgres://postgres@127.0.0.1:$PGPORT/$1"; }
# A CHECKPOINT after the copy, so that no run pays for writing out what the one before it left.
fresh() { "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1 TEMPLATE firms" -c "CHECKPOINT"; }
echo "PostgreSQL $("${PSQL[@]}" -d postgres -tAc 'show server_version'), $FIRMS firms, $(nproc) cores"

echo "== 1. first load: baiqiang import figures vs psql \\copy + INSERT … SELECT"
python3 Benchmarks/registry/make-first-load.py "$FIRMS" "$WORK"
"${PSQL[@]}" -d postgres -c "CREATE DATABASE firms"
"$BAIQIANG" migrate --database "$(url firms)" >/dev/null 2>&1
/usr/bin/time -f "   baiqiang import enterprises: %e s, peak %M KiB" \
  "$BAIQIANG" import enterprises "$WORK/enterprises.csv" --database "$(url firms)" >/dev/null
"${PSQL[@]}" -d firms -c "VACUUM ANALYZE"
cat >"$WORK/ours.sh" <<SH
"$BAIQIANG" import figures "$WORK/figures.csv" --database "$(url bq)" >/dev/null
SH
cat >"$WORK/peer.sh" <<SH
cd "$WORK" && psql -X -q -h 127.0.0.1 -p $PGPORT -U postgres -d peer -f "$HERE/Benchmarks/postgres/peer-figures.sql"
SH
for side in bq peer; do
  echo "psql -X -q -h 127.0.0.1 -p $PGPORT -U postgres -d postgres -c 'DROP DATABASE IF EXISTS $side' -c 'CREATE DATABASE $side TEMPLATE firms' -c 'CHECKPOINT'" >"$WORK/fresh-$side.sh"
done
hyperfine --runs "$RUNS" --export-markdown "$WORK/load.md" \
  --prepare "bash $WORK/fresh-peer.sh" -n "psql \\copy + INSERT … SELECT" "bash $WORK/peer.sh" \
  --prepare "bash $WORK/fresh-bq.sh" -n "baiqiang import figures" "bash $WORK/ours.sh"
cat "$WORK/load.md"
fresh bq >/dev/null
/usr/bin/time -f "   baiqiang import figures: %e s, peak %M KiB" bash "$WORK/ours.sh"
fresh peer >/dev/null
/usr/bin/time -f "   psql peer: %e s, peak %M KiB (psql alone; the server's memory is not counted)" bash "$WORK/peer.sh"
[ "$("${PSQL[@]}" -d bq -tAc 'select count(*) from enterprise_year_figures')" = "$("${PSQL[@]}" -d peer -tAc 'select count(*) from enterprise_year_figures')" ]
"${PSQL[@]}" -d bq -c "VACUUM ANALYZE"

echo "== 2. registry list API over $FIRMS firms, 8 connections"
echo 'Province-Load-2026-pg' | "$BAIQIANG" user create --username bench --role admin --password-stdin --database "$(url bq)" >/dev/null
TOKEN=$("$BAIQIANG" token create --username bench --database "$(url bq)")
"$BAIQIANG" serve --port "$PORT" --database "$(url bq)" >"$WORK/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 300); do curl -sf "$BASE/readyz" >/dev/null 2>&1 && break; sleep 0.2; done
for path in "/api/v1/enterprises?limit=50" "/api/v1/enterprises?limit=50&town=gonghe&scale=above"; do
  echo "-- $path"
  curl -sf -H "Authorization: Bearer $TOKEN" "$BASE$path" >/dev/null
  wrk -t2 -c8 -d20s --latency -s Benchmarks/postgres/p95.lua -H "Authorization: Bearer $TOKEN" "$BASE$path" \
    | grep -E "Requests/sec|50%|90%|99%|p95|Non-2xx"
done

echo "== 3. evaluation run over the registry vs baiqiang evaluate on the same figures as a file"
YEAR=2024
for run in $(seq 1 "$RUNS"); do
  curl -sf -o "$WORK/run.json" -w "   run $run over the registry (POST /api/v1/evaluation/runs): %{time_total} s\n" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"method\":\"zhejiang-6\",\"year\":$YEAR}" "$BASE/api/v1/evaluation/runs"
done
echo "   firms evaluated: $(grep -o '"firms":[0-9]*' "$WORK/run.json" | cut -d: -f2)"
echo "   server peak memory: $(awk '/VmHWM/ { print $2, $3 }' /proc/$server/status)"
kill "$server"; wait "$server" 2>/dev/null || true; server=""
/usr/bin/time -f "   baiqiang export evaluation-input: %e s, peak %M KiB" \
  "$BAIQIANG" export evaluation-input --year "$YEAR" "$WORK/input.csv" --database "$(url bq)"
hyperfine --runs "$RUNS" -n "baiqiang evaluate (file)" \
  "$BAIQIANG evaluate --method zhejiang-6 --year $YEAR --input $WORK/input.csv --output $WORK/out.csv"

echo "== 4. plan pages on PostgreSQL against /healthz of the same server"
"${PSQL[@]}" -d postgres -c "CREATE DATABASE plan" >/dev/null
BAIQIANG="$BAIQIANG" DATABASE="$(url plan)" Benchmarks/plan/run.sh
