#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL 15 on a loopback port of its own:
#   scripts/with-postgres.sh CMD ARGS...   (BAIQIANG_TEST_DATABASE_URL is set for CMD)
# Installs Debian's postgresql-15 when it is missing. The cluster lives in a temporary folder
# and is stopped and removed afterwards, whatever CMD's outcome.
set -euo pipefail

PORT="${BAIQIANG_PG_PORT:-55432}"
if ! ls /usr/lib/postgresql/15/bin/initdb >/dev/null 2>&1; then
  echo "== installing PostgreSQL 15 from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
fi
BIN=/usr/lib/postgresql/15/bin
DATA=$(mktemp -d /tmp/bq-pg.XXXXXX)
chown postgres:postgres "$DATA"
as_postgres() { runuser -u postgres -- "$@"; }

cleanup() {
  as_postgres "$BIN/pg_ctl" -D "$DATA/cluster" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DATA"
}
trap cleanup EXIT

as_postgres "$BIN/initdb" -D "$DATA/cluster" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_postgres "$BIN/pg_ctl" -D "$DATA/cluster" -l "$DATA/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$DATA -c fsync=off -c max_connections=1500" start >/dev/null
echo "== PostgreSQL 15 running on 127.0.0.1:$PORT"

export BAIQIANG_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/postgres"
"$@"
