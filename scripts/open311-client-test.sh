#!/usr/bin/env bash
# Proves the Open311 GeoReport v2 interface with a real client: starts the server on a temporary
# SQLite database, issues an api_key with `baiqiang open311 key create`, and runs
# scripts/open311_client_test.py (PyPI's `georeport` package, installed here when missing).
# Usage: scripts/open311-client-test.sh [BINARY]. Prints 'N passed, N failed'; non-zero on failure.
set -uo pipefail
cd "$(dirname "$0")/.."

BIN="${1:-.build/debug/baiqiang}"
WORK=$(mktemp -d /tmp/bq-open311.XXXXXX)
DB="$WORK/open311.sqlite"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

fail_setup() { echo "setup failed: $1"; echo "0 passed, 1 failed"; exit 1; }

[ -x "$BIN" ] || fail_setup "no binary at $BIN (run swift build first)"
PYTHON=$(command -v python3 || true)
[ -n "$PYTHON" ] || fail_setup "python3 is required"

# The client library, in a folder of this run unless it is installed already.
if ! "$PYTHON" -c 'import georeport' 2>/dev/null; then
  "$PYTHON" -m pip install --quiet --disable-pip-version-check --target "$WORK/py" georeport >"$WORK/pip.log" 2>&1 \
    || { cat "$WORK/pip.log"; fail_setup "pip install georeport failed"; }
  export PYTHONPATH="$WORK/py${PYTHONPATH:+:$PYTHONPATH}"
fi

PORT=$("$PYTHON" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')

# --demo seeds a registry with demo firms and accounts, so a firm's credit code is at hand.
"$BIN" serve --demo --port "$PORT" --database "$DB" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 600); do
  if "$PYTHON" -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:$PORT/healthz', timeout=1)" 2>/dev/null; then
    break
  fi
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log"; fail_setup "the server exited"; }
  sleep 0.2
done

KEY=$("$BIN" open311 key create --name "georeport client test" --database "$DB") || fail_setup "open311 key create failed"
[ "$(printf '%s\n' "$KEY" | wc -l)" -eq 1 ] || fail_setup "open311 key create printed more than the key"
CREDIT=$("$BIN" user list --database "$DB" | awk -F'\t' '$2 == "enterprise" { print $3; exit }')
if [ -z "$CREDIT" ] && command -v sqlite3 >/dev/null; then
  CREDIT=$(sqlite3 "$DB" "SELECT credit_code FROM enterprises ORDER BY credit_code LIMIT 1")
fi
[ -n "$CREDIT" ] || fail_setup "no enterprise to file requests for"

"$PYTHON" scripts/open311_client_test.py "http://127.0.0.1:$PORT/open311/v2" "$KEY" "$CREDIT"
STATUS=$?
if [ $STATUS -ne 0 ]; then
  echo "--- server log (last lines)"; tail -20 "$WORK/server.log"
fi
exit $STATUS
