#!/usr/bin/env bash
# The 100,000-parcel benchmark, run by hand (not part of the tests). Two pairs, each timed with
# hyperfine as whole processes (or requests), peak memory from /usr/bin/time:
#   import: `baiqiang import parcels` of a GeoJSON file of COUNT parcels into a fresh database,
#           against `ogr2ogr` of the same file into a GeoPackage (GDAL, the usual tool for this);
#   rules:  the server's evaluation of every parcel behind the /land totals (one request, signed
#           in), against evaluate.sql, the same rules as one SQL query, run by sqlite3 on the
#           same database file.
# Targets: each within 2x of its peer, peak memory under 1 GiB.
# Usage: Benchmarks/land/run-100k.sh [COUNT]   (BAIQIANG=path skips the release build; RUNS, PORT)
set -euo pipefail
cd "$(dirname "$0")/../.."
. Benchmarks/lib/server.sh
COUNT="${1:-100000}"
RUNS="${RUNS:-3}"
PORT="${PORT:-8743}"
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/bq-land100k.XXXXXX)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$WORK"' EXIT
for tool in ogr2ogr sqlite3 hyperfine; do command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install gdal-bin sqlite3)" >&2; exit 1; }; done
if [ -z "${BAIQIANG:-}" ]; then
  swift build -c release --product baiqiang >/dev/null
  BAIQIANG=.build/release/baiqiang
fi
BAIQIANG=$(realpath "$BAIQIANG")
TODAY=$(TZ=Asia/Shanghai date +%F)

python3 Benchmarks/land/make-town.py "$COUNT" "$WORK/parcels.geojson" facts
echo "file: $(du -h "$WORK/parcels.geojson" | cut -f1), $COUNT parcels"
"$BAIQIANG" migrate --database "$WORK/empty.sqlite" >/dev/null 2>&1

echo "== import: baiqiang import parcels vs ogr2ogr -f GPKG"
# Each run starts from the same migrated, empty database (and no GeoPackage), so runs compare.
cat >"$WORK/import.sh" <<EOF
cp "$WORK/empty.sqlite" "$WORK/bench.sqlite" && "$BAIQIANG" import parcels "$WORK/parcels.geojson" --database "$WORK/bench.sqlite" >/dev/null
EOF
cat >"$WORK/ogr.sh" <<EOF
rm -f "$WORK/peer.gpkg" && ogr2ogr -f GPKG "$WORK/peer.gpkg" "$WORK/parcels.geojson"
EOF
hyperfine --runs "$RUNS" -n "baiqiang import parcels" "bash $WORK/import.sh" -n "ogr2ogr -f GPKG" "bash $WORK/ogr.sh"
/usr/bin/time -f "baiqiang import peak: %M KiB" bash "$WORK/import.sh"
/usr/bin/time -f "ogr2ogr peak: %M KiB" bash "$WORK/ogr.sh"

echo "== rules: the server's /land totals vs evaluate.sql in sqlite3"
PASSWORD='Rules-bench-2026-county'
echo "$PASSWORD" | "$BAIQIANG" user create --username rulesbench --role leader --password-stdin --database "$WORK/bench.sqlite" >/dev/null
"$BAIQIANG" serve --port "$PORT" --database "$WORK/bench.sqlite" >"$WORK/serve.log" 2>&1 &
server=$!
wait_ready "$BASE"
JAR="$WORK/jar"
sign_in "$BASE" "$JAR" rulesbench "$PASSWORD"
echo "server's totals (parcels, area, low-efficiency):"; curl -sf -b "$JAR" "$BASE/land" | grep -o '<dl class="facts">.*</dl>' | sed 's/<[^>]*>/ /g' | tr -s ' ' || true
echo "sqlite3's totals (parcels|mu|low-efficiency|mu):"
sqlite3 "$WORK/bench.sqlite" -cmd ".parameter set :today \"'$TODAY'\"" <Benchmarks/land/evaluate.sql
cat >"$WORK/sql.sh" <<EOF
sqlite3 "$WORK/bench.sqlite" -cmd ".parameter set :today \"'$TODAY'\"" <"$PWD/Benchmarks/land/evaluate.sql"
EOF
hyperfine --warmup 1 --runs "$RUNS" -n "/land (every parcel evaluated)" "curl -sf -o /dev/null -b $JAR $BASE/land" \
  -n "evaluate.sql in sqlite3" "bash $WORK/sql.sh"
echo "server peak (after the runs): $(grep VmHWM /proc/$server/status)"
/usr/bin/time -f "sqlite3 peak: %M KiB" bash "$WORK/sql.sh" >/dev/null
