#!/usr/bin/env bash
# Backup and restore on PostgreSQL, end to end: a demo county in one database, `baiqiang backup`
# (pg_dump), `baiqiang restore` into an empty database, the audit log verified there, the rows
# all present; a restore into a database that holds data is refused and changes nothing.
# Run under scripts/with-postgres.sh: scripts/with-postgres.sh scripts/postgres-backup-test.sh [BINARY]
set -uo pipefail

BIN="${1:-.build/debug/baiqiang}"
: "${BAIQIANG_TEST_DATABASE_URL:?run this under scripts/with-postgres.sh}"
PSQL=/usr/lib/postgresql/15/bin/psql
WORK=$(mktemp -d /tmp/bq-pgbackup.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
BASE="${BAIQIANG_TEST_DATABASE_URL%/*}"
SOURCE="$BASE/bq_backup_source"
TARGET="$BASE/bq_backup_target"
export BAIQIANG_AUDIT_KEY
BAIQIANG_AUDIT_KEY=$(printf '%064x' 20221220)
passed=0
failed=0

check() { # check NAME COMMAND... : passes when the command succeeds
  local name=$1; shift
  if "$@" >"$WORK/out" 2>"$WORK/err"; then
    passed=$((passed + 1)); echo "ok   $name"
  else
    failed=$((failed + 1)); echo "FAIL $name"; sed 's/^/     | /' "$WORK/out" "$WORK/err" | tail -15
  fi
}
sql() { PGOPTIONS="-c client_min_messages=warning" "$PSQL" -X -q -t -A -v ON_ERROR_STOP=1 "$1" -c "$2"; }
counts() { sql "$1" "SELECT (SELECT count(*) FROM enterprises) || '/' || (SELECT count(*) FROM audit_entries) || '/' || (SELECT count(*) FROM users)"; }

for name in bq_backup_source bq_backup_target; do
  sql "$BAIQIANG_TEST_DATABASE_URL" "DROP DATABASE IF EXISTS $name" && sql "$BAIQIANG_TEST_DATABASE_URL" "CREATE DATABASE $name"
done

check "a demo county is loaded into PostgreSQL" "$BIN" demo --firms 300 --database "$SOURCE"
check "backup on PostgreSQL writes a dump with pg_dump" bash -c "'$BIN' backup --to '$WORK/county.dump' --database '$SOURCE' && [ -s '$WORK/county.dump' ]"
check "backup refuses to overwrite the dump" bash -c "! '$BIN' backup --to '$WORK/county.dump' --database '$SOURCE' 2>/dev/null"
check "restore into an empty database verifies the audit log" bash -c "'$BIN' restore --from '$WORK/county.dump' --database '$TARGET' | grep -q verifies"
check "audit verify passes on the restored database" bash -c "'$BIN' audit verify --database '$TARGET' | grep -q intact"
# The source has one audit row more than the dump: the backup's own record, written after it.
firms_accounts() { sql "$1" "SELECT (SELECT count(*) FROM enterprises) || '/' || (SELECT count(*) FROM users)"; }
audit_rows() { sql "$1" "SELECT count(*) FROM audit_entries"; }
check "the restored database holds the dump's firms and accounts" [ "$(firms_accounts "$TARGET")" = "$(firms_accounts "$SOURCE")" ]
check "and its audit rows (all but the backup's own record)" [ "$(audit_rows "$TARGET")" -eq $(( $(audit_rows "$SOURCE") - 1 )) ]
before=$(counts "$TARGET")
check "restore into a database that holds data is refused" bash -c "! '$BIN' restore --from '$WORK/county.dump' --database '$TARGET' 2> '$WORK/rerr' && grep -q 'empty database' '$WORK/rerr'"
check "and leaves that database as it was" [ "$before" = "$(counts "$TARGET")" ]

echo "postgres backup tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
