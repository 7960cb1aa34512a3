#!/usr/bin/env bash
# Keeps the server equal to its API description: runs schemathesis (PyPI, pinned below) with every
# check against /openapi.json of a `serve --demo` server on a loopback port and a temporary SQLite
# database of its own, signed in with an admin API token made by the command line. Fails on any
# failure. Usage: scripts/schemathesis.sh [BINARY]
set -uo pipefail
cd "$(dirname "$0")/.."

SCHEMATHESIS_VERSION=4.32.5
# Enough examples per operation to find what the earlier runs found, few enough to stay well
# under five minutes on two cores; the seed makes a failure reproducible (override to explore).
EXAMPLES="${SCHEMATHESIS_EXAMPLES:-40}"
SEED="${SCHEMATHESIS_SEED:-20261201}"

BIN="${1:-.build/debug/baiqiang}"
WORK=$(mktemp -d /tmp/bq-schemathesis.XXXXXX)
DB="$WORK/schemathesis.sqlite"
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

# The pinned version in a virtual environment kept between runs (installing takes a minute).
VENV="${XDG_CACHE_HOME:-$HOME/.cache}/baiqiang-schemathesis-$SCHEMATHESIS_VERSION"
if ! "$VENV/bin/schemathesis" --version 2>/dev/null | grep -q "$SCHEMATHESIS_VERSION"; then
  rm -rf "$VENV"
  { "$PYTHON" -m venv "$VENV" && "$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"; } \
    >"$WORK/pip.log" 2>&1 || { cat "$WORK/pip.log"; fail_setup "pip install schemathesis==$SCHEMATHESIS_VERSION failed"; }
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

# An administrator of its own, made the way an operator would, and a token for it.
echo 'Heshan-2026-api-check' | "$BIN" user create --username schemathesis --role admin --password-stdin --database "$DB" \
  >/dev/null || fail_setup "user create failed"
TOKEN=$("$BIN" token create --username schemathesis --name schemathesis --database "$DB") || fail_setup "token create failed"

start=$(date +%s)
# Run inside the temporary folder: schemathesis keeps a cache of crashes in the working directory.
CONFIG="$PWD/scripts/schemathesis.toml"
(cd "$WORK" && "$VENV/bin/schemathesis" --config-file "$CONFIG" run "$BASE/openapi.json" \
  --url "$BASE" --header "Authorization: Bearer $TOKEN" \
  --checks all --max-examples "$EXAMPLES" --seed "$SEED" --workers 2 \
  --request-timeout 10 --no-color --output-sanitize true)
STATUS=$?
echo "schemathesis: $(( $(date +%s) - start )) s, exit $STATUS"
if [ $STATUS -ne 0 ]; then
  echo "--- server log (last lines)"; tail -20 "$WORK/server.log"
fi
exit $STATUS
