#!/usr/bin/env bash
# The ranks benchmark, run by hand (not part of the tests): ranks within the prefecture for
# UNITS county-level units (default 3,000, all of China) × 12 indicators × MONTHS months (default
# 60), by value and by growth, equal figures sharing a rank, computed by Core's RegionalRanking
# (`baiqiang county bench-ranks`), against the peer: sqlite3's RANK() window function over the
# same rows, loaded from the CSV the command writes. Target: under a second.
# The comparison page for 122 units is measured by run-comparison.sh.
# Usage: Benchmarks/counties/run.sh   (BAIQIANG=path/to/baiqiang skips the release build)
set -euo pipefail
cd "$(dirname "$0")/../.."
UNITS="${UNITS:-3000}"
MONTHS="${MONTHS:-60}"
WORK=$(mktemp -d /tmp/bq-counties.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
command -v sqlite3 >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 >/dev/null; }
if [ -z "${BAIQIANG:-}" ]; then
  swift build -c release --product baiqiang >/dev/null
  BAIQIANG=.build/release/baiqiang
fi

echo "== Baiqiang (Core RegionalRanking, by value and by growth)"
"$BAIQIANG" county bench-ranks --units "$UNITS" --months "$MONTHS" --csv "$WORK/figures.csv"

echo "== peer: sqlite3 RANK() OVER (PARTITION BY indicator, period), by value and by growth"
sqlite3 "$WORK/peer.sqlite" <<SQL
CREATE TABLE figures (unit TEXT, indicator TEXT, period TEXT, value REAL, growth REAL);
.mode csv
.import --skip 1 $WORK/figures.csv figures
.timer on
CREATE TABLE ranks AS
  SELECT unit, indicator, period,
         RANK() OVER (PARTITION BY indicator, period ORDER BY value DESC) AS rank_by_value,
         RANK() OVER (PARTITION BY indicator, period ORDER BY growth DESC) AS rank_by_growth
  FROM figures;
SELECT count(*) FROM ranks;
SQL
