#!/usr/bin/env bash
# The real-browser suite (scripts/browser/): Debian's chromium and chromium-driver driven by
# selenium (PyPI, pinned below) against a `serve --demo` server on a loopback port and a temporary
# SQLite database of its own, signed in with the demo accounts it prints. Fails on any problem a
# page shows or any step of the flows that fails. Usage: scripts/browser.sh [BINARY]
set -uo pipefail
cd "$(dirname "$0")/.."

SELENIUM_VERSION=4.51.0

BIN="${1:-.build/debug/baiqiang}"
WORK=$(mktemp -d /tmp/bq-browser.XXXXXX)
DB="$WORK/browser.sqlite"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

fail_setup() { echo "setup failed: $1"; exit 1; }

[ -x "$BIN" ] || fail_setup "no binary at $BIN (run swift build first)"
PYTHON=$(command -v python3 || true)
[ -n "$PYTHON" ] || fail_setup "python3 is required"
command -v chromium >/dev/null && command -v chromedriver >/dev/null \
  || fail_setup "chromium and chromium-driver are required (apt-get install -y chromium chromium-driver)"

# The pinned version in a virtual environment kept between runs.
VENV="${XDG_CACHE_HOME:-$HOME/.cache}/baiqiang-browser-$SELENIUM_VERSION"
if ! "$VENV/bin/python" -c "import selenium, sys; sys.exit(selenium.__version__ != '$SELENIUM_VERSION')" 2>/dev/null; then
  rm -rf "$VENV"
  { "$PYTHON" -m venv "$VENV" && "$VENV/bin/pip" install --quiet --disable-pip-version-check "selenium==$SELENIUM_VERSION"; } \
    >"$WORK/pip.log" 2>&1 || { cat "$WORK/pip.log"; fail_setup "pip install selenium==$SELENIUM_VERSION failed"; }
fi

PORT=$("$PYTHON" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
BASE="http://127.0.0.1:$PORT"

"$BIN" serve --demo --hostname 127.0.0.1 --port "$PORT" --database "$DB" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 600); do
  curl -sf "$BASE/readyz" >/dev/null 2>&1 && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log"; fail_setup "the server exited"; }
  sleep 0.2
done
curl -sf "$BASE/readyz" >/dev/null 2>&1 || { tail -20 "$WORK/server.log"; fail_setup "the server did not become ready"; }

# The demo accounts and the passwords the server prints once, one `username password` a line.
# The server's standard output reaches the file in blocks: wait for the accounts to arrive.
for _ in $(seq 1 150); do
  sed -n '/Demo accounts/,$p' "$WORK/server.log" \
    | awk 'NF >= 3 && $1 ~ /^[a-z][a-z0-9._-]*$/ && $1 !~ /^ts=/ { print $1, $2 }' >"$WORK/accounts"
  [ "$(wc -l <"$WORK/accounts")" -ge 7 ] && break
  sleep 0.2
done
[ -s "$WORK/accounts" ] || { cat "$WORK/server.log" | head -20; fail_setup "no demo accounts in the server's output"; }

"$VENV/bin/python" scripts/browser/suite.py "$BASE" "$WORK/accounts"
STATUS=$?
if [ $STATUS -ne 0 ]; then
  echo "--- server log (last lines)"; grep -v 'level=info' "$WORK/server.log" | tail -20
fi
exit $STATUS
