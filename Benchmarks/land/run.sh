#!/usr/bin/env bash
# The land map benchmark, run by hand (not part of the tests): one town of COUNT parcels
# (default 10,000) imported with `baiqiang import parcels`, then the server's drawing of that
# town, `/land/map.svg?town=gonghe`, timed with hyperfine and measured in bytes; the same for
# the map page and for a window an eighth of the town wide (what a zoomed-in view asks for).
# Target: the map of one town with 10,000 parcels in under 300 ms and under 2 MB.
# Usage: Benchmarks/land/run.sh [COUNT]
#   BAIQIANG=path/to/baiqiang skips the release build; PORT (default 8742); RUNS (default 10).
set -euo pipefail
cd "$(dirname "$0")/../.."
. Benchmarks/lib/server.sh
COUNT="${1:-10000}"
PORT="${PORT:-8742}"
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/bq-land.XXXXXX)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$WORK"' EXIT
command -v hyperfine >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine >/dev/null; }
if [ -z "${BAIQIANG:-}" ]; then
  swift build -c release --product baiqiang >/dev/null
  BAIQIANG=.build/release/baiqiang
fi
BAIQIANG=$(realpath "$BAIQIANG")
DB="$WORK/bench.sqlite"

python3 Benchmarks/land/make-town.py "$COUNT" "$WORK/town.geojson"
"$BAIQIANG" migrate --database "$DB" >/dev/null 2>&1
/usr/bin/time -f "import of $COUNT parcels: %e s, peak %M KiB" "$BAIQIANG" import parcels "$WORK/town.geojson" --database "$DB" >/dev/null
PASSWORD='Map-bench-2026-county'
echo "$PASSWORD" | "$BAIQIANG" user create --username mapbench --role leader --password-stdin --database "$DB" >/dev/null
"$BAIQIANG" serve --port "$PORT" --database "$DB" >"$WORK/serve.log" 2>&1 &
server=$!
wait_ready "$BASE"

JAR="$WORK/jar"
sign_in "$BASE" "$JAR" mapbench "$PASSWORD"

# make-town.py lays the town over 112.62-112.73 E, 22.55-22.63 N; an eighth of its width:
ZOOMED="bbox=112.660000,22.580000,112.673750,22.590000"
for path in "/land/map.svg?town=gonghe" "/land/map?town=gonghe" "/land/map.svg?town=gonghe&$ZOOMED"; do
  curl -sf -b "$JAR" -o "$WORK/out" -w "$path: %{size_download} bytes, first request %{time_total} s\n" "$BASE$path"
  echo "   parcels drawn: $(grep -o '<path class="parcel"' "$WORK/out" | wc -l)"
done
hyperfine --warmup 1 --runs "${RUNS:-10}" --export-markdown "$WORK/map.md" \
  -n "map.svg, whole town" "curl -sf -b $JAR -o /dev/null '$BASE/land/map.svg?town=gonghe'" \
  -n "map page, whole town" "curl -sf -b $JAR -o /dev/null '$BASE/land/map?town=gonghe'" \
  -n "map.svg, zoomed window" "curl -sf -b $JAR -o /dev/null '$BASE/land/map.svg?town=gonghe&$ZOOMED'"
cat "$WORK/map.md"
