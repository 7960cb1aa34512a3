#!/usr/bin/env bash
# End-to-end tests of the command line, on a fresh SQLite database (or the PostgreSQL of
# BAIQIANG_TEST_DATABASE_URL for the commands that support it). Usage: scripts/cli-tests.sh [BINARY]
set -uo pipefail

BIN="${1:-.build/debug/baiqiang}"
WORK=$(mktemp -d /tmp/bq-cli.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
DB="$WORK/cli.sqlite"
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

bq() { "$BIN" "$@" --database "$DB"; }

check "version prints the version" bash -c "'$BIN' version | grep -q '^baiqiang [0-9]'"
check "migrate creates and migrates the database" bq migrate
check "migrate again is a no-op" bq migrate
check "user create reads the password from stdin" bash -c "echo 'Heshan-2026-top100' | '$BIN' user create --username ops --role admin --password-stdin --database '$DB'"
check "a weak password is refused with the reason" bash -c "! (echo 'weak' | '$BIN' user create --username weak --role leader --password-stdin --database '$DB' 2>&1) && (echo 'weak' | '$BIN' user create --username weak --role leader --password-stdin --database '$DB' 2>&1 | grep -q 'at least')"
check "a town account needs its town" bash -c "! (echo 'Heshan-2026-top100' | '$BIN' user create --username town1 --role town --password-stdin --database '$DB' 2>/dev/null)"
check "a town account binds to a known town" bash -c "echo 'Heshan-2026-top100' | '$BIN' user create --username town1 --role town --town shaping --password-stdin --database '$DB'"
check "user list shows the accounts" bash -c "'$BIN' user list --database '$DB' | grep -q $'^town1\ttown\tshaping\tactive'"
check "reset-password changes the password" bash -c "echo 'Another-pass-2027' | '$BIN' user reset-password --username town1 --password-stdin --database '$DB'"
check "token create prints only the token" bash -c "'$BIN' token create --username ops --database '$DB' > '$WORK/token' && [ \$(wc -l < '$WORK/token') -eq 1 ] && grep -qE '^bq_[A-Za-z0-9_-]{40,}$' '$WORK/token'"
check "an unknown user is not found: exit 5" bash -c "'$BIN' token create --username nobody --database '$DB' 2> '$WORK/nerr'; [ \$? -eq 5 ] && grep -q 'No user named' '$WORK/nerr'"
check "a weak password is invalid input: exit 1" bash -c "echo 'weak' | '$BIN' user create --username weak --role leader --password-stdin --database '$DB' 2>/dev/null; [ \$? -eq 1 ]"
check "the token is stored only as a digest" bash -c "! grep -qa \"\$(cat '$WORK/token')\" '$DB' '$DB-wal' 2>/dev/null"
check "audit verify passes on an untouched log" bash -c "'$BIN' audit verify --database '$DB' | grep -q 'intact'"
check "backup writes a consistent copy" bq backup --to "$WORK/copy.sqlite"
check "the copy verifies and has the accounts" bash -c "'$BIN' audit verify --database '$WORK/copy.sqlite' && '$BIN' user list --database '$WORK/copy.sqlite' | grep -q '^ops'"
check "backup refuses to overwrite" bash -c "! '$BIN' backup --to '$WORK/copy.sqlite' --database '$DB' 2>/dev/null"
check "restore puts a backup into a new database and verifies its audit log" bash -c "'$BIN' restore --from '$WORK/copy.sqlite' --database '$WORK/restored.sqlite' | grep -q verifies && '$BIN' user list --database '$WORK/restored.sqlite' | grep -q '^ops'"
check "restore refuses a database that exists, and leaves it as it was" bash -c "before=\$(sha256sum < '$WORK/restored.sqlite'); ! '$BIN' restore --from '$WORK/copy.sqlite' --database '$WORK/restored.sqlite' 2> '$WORK/rerr' && grep -q 'restore into a new one' '$WORK/rerr' && [ \"\$before\" = \"\$(sha256sum < '$WORK/restored.sqlite')\" ]"
# The keyed audit chain: its key file, anchors, and what someone who can write the database tries
# (scripts/audit-tamper.py), each on a copy of the database beside it (so with the same key).
KEY="$WORK/audit.key"
snapshot() { python3 -c "import sqlite3, sys; sqlite3.connect(sys.argv[1]).backup(sqlite3.connect(sys.argv[2]))" "$DB" "$1"; }
tamper() { python3 scripts/audit-tamper.py "$@"; }
fails_at() { # fails_at DB ROW [VERIFY OPTIONS...]: audit verify exits 2 naming ROW as the first broken row
  local db=$1 row=$2; shift 2
  "$BIN" audit verify "$@" --database "$db" >/dev/null 2>"$WORK/verr"
  [ $? -eq 2 ] && grep -q "broken at row $row:" "$WORK/verr"
}
rows=$(python3 -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from audit_entries').fetchone()[0])" "$DB")
check "the audit key file is made beside the database, mode 600" bash -c "[ \"\$(stat -c %a '$KEY')\" = 600 ] && grep -qE '^[0-9a-f]{64}$' '$KEY'"
check "audit anchor prints the head as SEQ:MAC" bash -c "'$BIN' audit anchor --database '$DB' > '$WORK/anchor' && grep -qE '^$rows:[0-9a-f]{64}$' '$WORK/anchor'"
check "audit verify --anchor passes on an untouched log" bash -c "'$BIN' audit verify --anchor \"\$(cat '$WORK/anchor')\" --database '$DB' | grep -q 'anchor at row $rows matches'"
check "audit verify --anchor refuses a malformed anchor" bash -c "! '$BIN' audit verify --anchor 12:abc --database '$DB' 2>/dev/null"
snapshot "$WORK/ta.sqlite"; tamper "$WORK/ta.sqlite" drop-tail 2 drop
check "(a) deleting the newest rows together with the head is caught" fails_at "$WORK/ta.sqlite" $((rows - 1))
snapshot "$WORK/tb.sqlite"; tamper "$WORK/tb.sqlite" drop-tail 2 rewrite
check "(b) deleting the newest rows and rewriting the head is caught" fails_at "$WORK/tb.sqlite" $((rows - 1))
snapshot "$WORK/tc.sqlite"; tamper "$WORK/tc.sqlite" drop-all
check "(c) deleting every row and the head is caught" fails_at "$WORK/tc.sqlite" 1
snapshot "$WORK/td.sqlite"; tamper "$WORK/td.sqlite" edit-plain 3
check "(d) editing a row and recomputing a plain SHA-256 chain is caught at that row" fails_at "$WORK/td.sqlite" 3
snapshot "$WORK/te.sqlite"; tamper "$WORK/te.sqlite" save-head "$WORK/head.json"
echo 'Heshan-2026-top100' | "$BIN" user create --username later --role leader --password-stdin --database "$WORK/te.sqlite" >/dev/null
later=$("$BIN" audit anchor --database "$WORK/te.sqlite"); tamper "$WORK/te.sqlite" restore-head "$WORK/head.json"
check "putting back an older head after deleting rows passes the chain alone" bash -c "'$BIN' audit verify --database '$WORK/te.sqlite' >/dev/null"
check "but audit verify --anchor catches the log cut below the anchor" fails_at "$WORK/te.sqlite" "${later%%:*}" --anchor "$later"
snapshot "$WORK/tf.sqlite"; before=$("$BIN" audit anchor --database "$WORK/tf.sqlite"); tamper "$WORK/tf.sqlite" edit-keyed 2 "$KEY"
check "someone holding the key can rewrite row 2 so that the chain alone passes" bash -c "'$BIN' audit verify --database '$WORK/tf.sqlite' >/dev/null"
check "but audit verify --anchor catches a row changed before the anchor" fails_at "$WORK/tf.sqlite" "${before%%:*}" --anchor "$before"
mkdir -p "$WORK/elsewhere"; snapshot "$WORK/elsewhere/moved.sqlite"
check "a keyed database without its key refuses to verify, says how to restore the key, makes none" bash -c "! '$BIN' audit verify --database '$WORK/elsewhere/moved.sqlite' 2> '$WORK/kerr' && grep -q BAIQIANG_AUDIT_KEY '$WORK/kerr' && [ ! -e '$WORK/elsewhere/audit.key' ]"
check "BAIQIANG_AUDIT_KEY gives it the key" bash -c "BAIQIANG_AUDIT_KEY=\$(cat '$KEY') '$BIN' audit verify --database '$WORK/elsewhere/moved.sqlite' | grep -q intact"
check "a wrong key fails verification, exit 2, naming the key" bash -c "BAIQIANG_AUDIT_KEY=$(printf '%064d' 7) '$BIN' audit verify --database '$WORK/elsewhere/moved.sqlite' 2> '$WORK/kerr'; [ \$? -eq 2 ] && grep -q 'audit key does not match' '$WORK/kerr'"
snapshot "$WORK/tg.sqlite"; tamper "$WORK/tg.sqlite" make-plain
check "migrate re-keys a log written with the plain SHA-256 chain" bash -c "'$BIN' migrate --database '$WORK/tg.sqlite' >/dev/null && '$BIN' audit verify --database '$WORK/tg.sqlite' | grep -q 'intact: $rows rows'"
snapshot "$WORK/th.sqlite"; tamper "$WORK/th.sqlite" make-plain; tamper "$WORK/th.sqlite" edit 4
check "migrate refuses a plain log that is already broken, naming the row" bash -c "! '$BIN' migrate --database '$WORK/th.sqlite' 2> '$WORK/merr' && grep -q 'row 4' '$WORK/merr'"
# Export of a date range and its verification on its own; retention and prune.
today=$(TZ=Asia/Shanghai date +%F)
check "audit export writes today's rows as JSON Lines ending in the range record" bash -c "'$BIN' audit export --from $today --to $today --format jsonl --output '$WORK/range.jsonl' --database '$DB' && tail -1 '$WORK/range.jsonl' | grep -q '\"record\":\"range\"'"
check "audit export writes CSV with a BOM to standard output" bash -c "'$BIN' audit export --from $today --to $today --database '$DB' > '$WORK/range.csv' && head -c 3 '$WORK/range.csv' | od -An -tx1 | grep -q 'ef bb bf'"
check "audit verify --file passes on both exports, exit 0" bash -c "'$BIN' audit verify --file '$WORK/range.jsonl' --database '$DB' | grep -q 'export intact' && '$BIN' audit verify --file '$WORK/range.csv' --database '$DB' | grep -q 'export intact'"
check "the export was itself audited" bash -c "'$BIN' audit export --format jsonl --database '$DB' | grep -q '\"action\":\"audit.exported\"'"
python3 - "$WORK/range.jsonl" "$WORK/edited.jsonl" "$WORK/cut.jsonl" <<'PY'
import json, sys
lines = open(sys.argv[1]).read().splitlines()
row = json.loads(lines[2]); row["actor"] = "mallory"
open(sys.argv[2], "w").write("\n".join(lines[:2] + [json.dumps(row)] + lines[3:]) + "\n")
open(sys.argv[3], "w").write("\n".join(lines[:-3] + lines[-1:]) + "\n")
PY
edited=$(python3 -c "import json, sys; print(json.loads(open(sys.argv[1]).read().splitlines()[2])['sequence'])" "$WORK/range.jsonl")
cut=$(python3 -c "import json, sys; print(json.loads(open(sys.argv[1]).read().splitlines()[-3])['sequence'])" "$WORK/range.jsonl")
check "audit verify --file names an edited row, exit 2" bash -c "'$BIN' audit verify --file '$WORK/edited.jsonl' --database '$DB' 2> '$WORK/ferr'; [ \$? -eq 2 ] && grep -q 'broken at row $edited:' '$WORK/ferr'"
check "audit verify --file catches rows cut from the end, exit 2" bash -c "'$BIN' audit verify --file '$WORK/cut.jsonl' --database '$DB' 2> '$WORK/ferr'; [ \$? -eq 2 ] && grep -q 'broken at row $cut:' '$WORK/ferr'"
check "audit prune refuses without a retention, exit 1" bash -c "'$BIN' audit prune --database '$DB' 2> '$WORK/perr'; [ \$? -eq 1 ] && grep -q 'No audit retention is configured' '$WORK/perr'"
check "a retention of 179 days is refused, citing the law" bash -c "BAIQIANG_AUDIT_RETENTION_DAYS=179 '$BIN' audit prune --database '$DB' 2> '$WORK/perr'; [ \$? -eq 1 ] && grep -q 'Cybersecurity Law' '$WORK/perr'"
check "with 180 days prune runs, and audit verify still passes" bash -c "BAIQIANG_AUDIT_RETENTION_DAYS=180 '$BIN' audit prune --database '$DB' | grep -q 'Pruned 0 audit rows' && '$BIN' audit verify --database '$DB' | grep -q intact"
if command -v sqlite3 >/dev/null; then
  sqlite3 "$DB" "UPDATE audit_entries SET actor = 'mallory' WHERE sequence = 3"
  check "audit verify names the edited row and exits non-zero" bash -c "! '$BIN' audit verify --database '$DB' 2> '$WORK/verr' && grep -q 'row 3' '$WORK/verr'"
fi
check "plan export writes the default plan as YAML" bash -c "'$BIN' plan export '$WORK/plan.yaml' --database '$DB' && grep -q '^code: heshan-2022' '$WORK/plan.yaml'"
check "plan export - writes CSV to stdout" bash -c "'$BIN' plan export --format csv - --database '$DB' > '$WORK/plan.csv' && head -1 '$WORK/plan.csv' | grep -q kpi"
check "importing what export wrote changes nothing" bash -c "'$BIN' plan import '$WORK/plan.yaml' --database '$DB' | grep -q 'nothing changed'"
check "importing the CSV export changes nothing" bash -c "'$BIN' plan import '$WORK/plan.csv' --database '$DB' | grep -q 'nothing changed'"
check "a broken plan file is refused, naming the line, exit non-zero" bash -c "sed 's/deadline: 2025-12-31/deadline: someday/' '$WORK/plan.yaml' > '$WORK/bad.yaml'; ! '$BIN' plan import '$WORK/bad.yaml' --database '$DB' 2> '$WORK/planerr' && grep -q 'row [0-9]' '$WORK/planerr'"
check "the refused import left the plan as it was" bash -c "'$BIN' plan export '$WORK/plan2.yaml' --database '$DB' && cmp -s '$WORK/plan.yaml' '$WORK/plan2.yaml'"
python3 scripts/make-yearly-csv.py 2000 "$WORK/yearly.csv"
check "import figures applies a valid file and reports the counts" bash -c "'$BIN' import figures '$WORK/yearly.csv' --database '$DB' | grep -q 'inserted 2000, updated 0, rejected 0'"
check "importing it again updates instead of duplicating" bash -c "'$BIN' import figures '$WORK/yearly.csv' --database '$DB' | grep -q 'inserted 0, updated 2000'"
printf '%s\n' "$(head -1 "$WORK/yearly.csv")" "$(sed -n 2p "$WORK/yearly.csv" | sed 's/,shaping,/,atlantis,/')" > "$WORK/badtown.csv"
check "a bad row is refused with row and column, exit non-zero, nothing written" bash -c "! '$BIN' import figures '$WORK/badtown.csv' --database '$DB' 2> '$WORK/ierr' && grep -q 'row 2, town' '$WORK/ierr'"
check "--partial writes the rejected rows with a reason and exits non-zero" bash -c "cat '$WORK/yearly.csv' <(tail -1 '$WORK/badtown.csv') > '$WORK/mixed.csv'; ! '$BIN' import figures '$WORK/mixed.csv' --partial --database '$DB' 2>/dev/null && head -1 '$WORK/mixed.csv.rejected.csv' | grep -q reason"
# Data commands open the database and its stores only: a copy of the binary whose resources lack
# the OpenAPI document and the static files still imports, while the server refuses to start.
bare="$WORK/bare"
mkdir -p "$bare" && cp "$BIN" "$bare/" && cp -r "$(dirname "$BIN")"/*.resources "$bare/"
rm -rf "$bare"/*_BaiqiangApp.resources/Resources/openapi* "$bare"/*_BaiqiangApp.resources/Resources/Public
check "import works without the OpenAPI document or static files" bash -c "'$bare/$(basename "$BIN")' import figures '$WORK/yearly.csv' --database '$WORK/bare.sqlite' | grep -q 'inserted 2000, updated 0, rejected 0'"
check "the server needs them (the copy above really lacks them)" bash -c "! timeout 60 '$bare/$(basename "$BIN")' serve --port 18399 --database '$WORK/bare.sqlite' >/dev/null 2>&1"
check "demo refuses a registry that is not empty" bash -c "! '$BIN' demo --firms 10 --database '$DB' 2>/dev/null"
check "demo fills an empty registry deterministically" bash -c "'$BIN' demo --firms 30 --seed 5 --database '$WORK/d1.sqlite' >/dev/null && '$BIN' demo --firms 30 --seed 5 --database '$WORK/d2.sqlite' >/dev/null && [ \"\$(sqlite3 '$WORK/d1.sqlite' 'select group_concat(name) from (select name from enterprises order by credit_code)')\" = \"\$(sqlite3 '$WORK/d2.sqlite' 'select group_concat(name) from (select name from enterprises order by credit_code)')\" ]"
# A crash (kill -9) in the middle of an import leaves the database exactly as before it.
python3 scripts/make-yearly-csv.py 400000 "$WORK/big.csv"
crash_db="$WORK/crash.sqlite"
"$BIN" migrate --database "$crash_db" >/dev/null 2>&1
before=$(sqlite3 "$crash_db" "select count(*) from enterprises; select count(*) from enterprise_year_figures; select count(*) from audit_entries")
"$BIN" import figures "$WORK/big.csv" --database "$crash_db" >/dev/null 2>&1 &
importer=$!
for _ in $(seq 1 100); do  # wait until the import is writing (its WAL grows), then kill it
  [ -s "$crash_db-wal" ] && [ "$(stat -c %s "$crash_db-wal")" -gt 4000000 ] && break
  sleep 0.1
done
kill -9 $importer 2>/dev/null; wait $importer 2>/dev/null; status=$?
check "the import was killed mid-way (exit 137)" test "$status" -eq 137
after=$(sqlite3 "$crash_db" "select count(*) from enterprises; select count(*) from enterprise_year_figures; select count(*) from audit_entries")
check "after kill -9 the database is exactly as before (firms, figures, audit rows)" test "$before" = "$after"
check "and passes SQLite's integrity check and the audit chain" bash -c "[ \"\$(sqlite3 '$crash_db' 'pragma integrity_check')\" = ok ] && '$BIN' audit verify --database '$crash_db' >/dev/null"
printf '%s\n' "credit_code,name,town,industry,scale,land_mu,tax_wan,value_added_wan,revenue_wan,energy_tce,emission_t,electricity_wkwh,rd_wan,staff,start_year,flags" \
  "91440784000000017U,Worked example,shaping,3311,above,30,600,3600,12000,1500,0.8,100,360,200,2015," > "$WORK/eval.csv"
check "evaluate scores DOMAIN.md's worked example 89.33 with huangyan-2022" bash -c "'$BIN' evaluate --method huangyan-2022 --year 2022 --input '$WORK/eval.csv' --output '$WORK/eval.out' && grep -q '^91440784000000017U,above,89.327797,1,' '$WORK/eval.out'"
check "evaluate refuses a negative land figure, naming row and column, and writes nothing" bash -c "sed 's/,above,30,/,above,-30,/' '$WORK/eval.csv' > '$WORK/evalbad.csv'; ! '$BIN' evaluate --method zhejiang-6 --year 2022 --input '$WORK/evalbad.csv' --output '$WORK/evalbad.out' 2> '$WORK/everr' && grep -q land_mu '$WORK/everr' && [ ! -e '$WORK/evalbad.out' ]"
check "export evaluation-input writes the registry's figures of a year as baiqiang evaluate reads them, one row a firm" bash -c "year=\$(sqlite3 '$WORK/d1.sqlite' 'select max(year) from enterprise_year_figures') && '$BIN' export evaluation-input --year \$year '$WORK/evin.csv' --database '$WORK/d1.sqlite' && '$BIN' evaluate --method zhejiang-6 --year \$year --input '$WORK/evin.csv' --output '$WORK/evin.out' && [ \$(wc -l < '$WORK/evin.out') = \$(wc -l < '$WORK/evin.csv') ] && [ \$(tail -n +2 '$WORK/evin.csv' | wc -l) = \$(sqlite3 '$WORK/d1.sqlite' \"select count(*) from enterprise_year_figures where year = \$year\") ]"
check "export evaluation-input without --year is refused" bash -c "! '$BIN' export evaluation-input - --database '$WORK/d1.sqlite' 2>/dev/null"
check "calendar deadline crosses the 2025 National Day holiday" bash -c "[ \"\$('$BIN' calendar deadline --from 2025-09-30T10:00:00+08:00 --working-days 1)\" = 2025-10-09T23:59:59+08:00 ]"
# The server as a client meets it: a real socket, the OpenAPI document validated by a peer tool.
python3 -c "import openapi_spec_validator" 2>/dev/null || pip install -q openapi-spec-validator >/dev/null 2>&1
"$BIN" serve --port 18099 --database "$WORK/serve.sqlite" >"$WORK/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 150); do curl -sf localhost:18099/readyz >/dev/null 2>&1 && break; sleep 0.2; done
check "serve answers /healthz and /readyz over HTTP" bash -c "curl -sf localhost:18099/healthz | grep -q ok && curl -sf localhost:18099/readyz | grep -q ready"
check "/openapi.json is a valid OpenAPI 3.1 document (openapi-spec-validator)" bash -c "curl -sf localhost:18099/openapi.json > '$WORK/openapi.json' && python3 -c 'import json,sys; from openapi_spec_validator import validate; validate(json.load(open(sys.argv[1])))' '$WORK/openapi.json'"
check "an unknown API path is a problem+json 404" bash -c "curl -s -o /dev/null -w '%{http_code} %{content_type}' localhost:18099/api/v1/nothing | grep -q '404 application/problem+json'"
check "logs are logfmt lines with the request id" bash -c "grep -q 'msg=request.*request-id=' '$WORK/serve.log'"
kill $server 2>/dev/null; wait $server 2>/dev/null
check "an unopenable database is named in the error, without its password" bash -c "! '$BIN' migrate --database 'postgres://bq:s3cret@127.0.0.1:1/none' 2> '$WORK/perr'; grep -q '127.0.0.1' '$WORK/perr' && ! grep -q s3cret '$WORK/perr'"
check "a path that cannot hold a database is named" bash -c "! '$BIN' migrate --database /dev/null/db.sqlite 2> '$WORK/serr'; grep -q '/dev/null/db.sqlite' '$WORK/serr'"

# Hostile XLSX files (a ZIP64 header claiming a 16 TiB part; a 1 MiB zip bomb unpacking to 1 GiB)
# are refused with the part and the reason, exit 1, and nothing is written.
python3 - "$WORK" <<'PY'
import struct, sys, zlib
def deflate(data):
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()
def write(path, entries):
    out, directory = b"", b""
    for name, packed, size, crc, zip64 in entries:
        extra = struct.pack("<HHQQ", 1, 16, size, len(packed)) if zip64 else b""
        sizes = struct.pack("<II", 0xFFFFFFFF, 0xFFFFFFFF) if zip64 else struct.pack("<II", len(packed), size)
        common = struct.pack("<HHHHHI", 45, 0, 8, 0, 0x21, crc) + sizes + struct.pack("<HH", len(name), len(extra))
        directory += struct.pack("<IH", 0x02014B50, 45) + common + struct.pack("<HHHII", 0, 0, 0, 0, len(out)) + name + extra
        out += struct.pack("<I", 0x04034B50) + common + name + extra + packed
    out += directory + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(directory), len(out), 0)
    open(path, "wb").write(out)
def part(name, text):
    return (name, deflate(text), len(text), zlib.crc32(text), False)
workbook = part(b"xl/workbook.xml", b'<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
rels = part(b"xl/_rels/workbook.xml.rels", b'<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>')
write(sys.argv[1] + "/claim.xlsx", [(b"xl/workbook.xml", deflate(b"<workbook/>"), 1 << 44, 0, True)])
bomb = zlib.compressobj(9, zlib.DEFLATED, -15)
piece = b" " * (1 << 20)
packed = b"".join(bomb.compress(piece) for _ in range(1024)) + bomb.flush()
write(sys.argv[1] + "/bomb.xlsx", [workbook, rels, (b"xl/worksheets/sheet1.xml", packed, 1 << 30, 0, False)])
PY
check "an XLSX claiming a 16 TiB part is refused with the part and reason, exit 1" bash -c "'$BIN' import figures '$WORK/claim.xlsx' --database '$DB' 2> '$WORK/claimerr'; [ \$? -eq 1 ] && grep -q 'xl/workbook.xml declares 17592186044416 bytes unpacked' '$WORK/claimerr'"
check "a 1 MiB XLSX zip bomb is refused with the part and reason, exit 1" bash -c "[ \$(stat -c %s '$WORK/bomb.xlsx') -lt 2097152 ] || exit 1; '$BIN' import figures '$WORK/bomb.xlsx' --database '$DB' 2> '$WORK/bomberr'; [ \$? -eq 1 ] && grep -q 'xl/worksheets/sheet1.xml declares 1073741824 bytes unpacked' '$WORK/bomberr'"

# Industrial parcels: a Gauss-Kruger file (EPSG:4547, as land bureaus survey) imported, exported as
# GeoJSON that GDAL reads, and a file with one bad feature refused whole.
python3 - "$WORK" <<'PY'
import json, math, sys
def gk(lon, lat):
    # Forward transverse Mercator on CGCS2000, central meridian 114E, false easting 500 km: the
    # same projection cs2cs +init=EPSG:4547 uses, enough for a test square.
    a, f = 6378137.0, 1 / 298.257222101
    e2 = f * (2 - f); ep2 = e2 / (1 - e2)
    phi, lam = math.radians(lat), math.radians(lon - 114)
    n = a / math.sqrt(1 - e2 * math.sin(phi) ** 2); t = math.tan(phi) ** 2; c = ep2 * math.cos(phi) ** 2
    A = lam * math.cos(phi)
    m = a * ((1 - e2 / 4 - 3 * e2 ** 2 / 64 - 5 * e2 ** 3 / 256) * phi - (3 * e2 / 8 + 3 * e2 ** 2 / 32 + 45 * e2 ** 3 / 1024) * math.sin(2 * phi)
             + (15 * e2 ** 2 / 256 + 45 * e2 ** 3 / 1024) * math.sin(4 * phi) - (35 * e2 ** 3 / 3072) * math.sin(6 * phi))
    x = n * (A + (1 - t + c) * A ** 3 / 6 + (5 - 18 * t + t * t + 72 * c - 58 * ep2) * A ** 5 / 120) + 500000
    y = m + n * math.tan(phi) * (A * A / 2 + (5 - t + 9 * c + 4 * c * c) * A ** 4 / 24 + (61 - 58 * t + t * t + 600 * c - 330 * ep2) * A ** 6 / 720)
    return [round(x, 3), round(y, 3)]
def square(lon, lat):
    ring = [(lon, lat), (lon + 0.001, lat), (lon + 0.001, lat + 0.001), (lon, lat + 0.001), (lon, lat)]
    return {"type": "Polygon", "coordinates": [[gk(*p) for p in ring]]}
def collection(features):
    return {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": p, "geometry": square(*c)} for p, c in features]}
good = [({"parcel_number": "GK-1", "town": "gonghe", "plot_ratio": 0.7}, (112.80, 22.60)),
        ({"宗地编号": "GK-2", "镇街": "shaping", "供地方式": "出让"}, (112.95, 22.76))]
json.dump(collection(good), open(sys.argv[1] + "/parcels.geojson", "w"), ensure_ascii=False)
bad = good + [({"parcel_number": "GK-3", "town": "atlantis"}, (112.70, 22.55))]
json.dump(collection(bad), open(sys.argv[1] + "/badparcels.geojson", "w"), ensure_ascii=False)
PY
check "import parcels converts EPSG:4547 and reports the counts" bash -c "'$BIN' import parcels '$WORK/parcels.geojson' --crs EPSG:4547 --database '$DB' | grep -q 'inserted 2, updated 0'"
check "a parcels file with one bad feature is refused whole, naming feature and field" bash -c "! '$BIN' import parcels '$WORK/badparcels.geojson' --crs EPSG:4547 --database '$DB' 2> '$WORK/perr' && grep -q 'row 3, town' '$WORK/perr' && '$BIN' export parcels - --database '$DB' | python3 -c 'import json,sys; assert len(json.load(sys.stdin)[\"features\"]) == 2'"
check "export parcels writes GeoJSON back in longitude-latitude" bash -c "'$BIN' export parcels '$WORK/out.geojson' --database '$DB' && python3 -c 'import json,sys; f=json.load(open(sys.argv[1]))[\"features\"]; x,y=f[0][\"geometry\"][\"coordinates\"][0][0]; assert abs(x-112.80)<1e-6 and abs(y-22.60)<1e-6, (x,y)' '$WORK/out.geojson'"
# Disposals of the parcels just imported: the template reads back, a file with a disposal larger
# than its parcel is refused whole naming row and column, --partial applies the good row.
check "import disposals --template prints the Chinese header" bash -c "'$BIN' import disposals --template - | head -1 | grep -q '宗地编号,处置方式,处置面积(亩)'"
printf '宗地编号,处置方式,处置面积(亩),开始日期,状态\nGK-1,技改提升,1,2024-01-01,推进中\nGK-2,close_down,99999,2024-01-01,\n' > "$WORK/disposals.csv"
check "a disposals file with a disposal larger than its parcel is refused whole, naming row and column" bash -c "! '$BIN' import disposals '$WORK/disposals.csv' --database '$DB' 2> '$WORK/derr' && grep -q 'row 3, 处置面积(亩)' '$WORK/derr'"
check "import disposals --partial applies the valid row and writes the rejected one" bash -c "! '$BIN' import disposals '$WORK/disposals.csv' --partial --database '$DB' > '$WORK/dout' 2>/dev/null && grep -q 'inserted 1, updated 0, rejected 1' '$WORK/dout' && grep -q 'GK-2' '$WORK/disposals.csv.rejected.csv'"
# Investment projects: a file with a bad row is refused whole naming row and column; --partial
# writes the good rows and the refused ones to FILE.rejected.csv; the export reads back.
printf '%s\n' "name,codename,year,investment_yi,funds_in_place_yi,town,stage,stage_date" \
    "CLI项目甲,CLI-A,2024,12,3,gonghe,signed,2024-03-01" "CLI项目乙,CLI-B,2024,20000,0,gonghe,lead,2024-03-01" > "$WORK/projects.csv"
check "import projects refuses a file with an investment over 10,000 亿, naming row and column, and writes nothing" bash -c "! '$BIN' import projects '$WORK/projects.csv' --database '$DB' 2> '$WORK/prerr' && grep -q 'investment_yi' '$WORK/prerr' && ! '$BIN' export projects - --database '$DB' | grep -q CLI-A"
check "import projects --partial writes the good row and the bad one to FILE.rejected.csv" bash -c "! '$BIN' import projects '$WORK/projects.csv' --partial --database '$DB' && grep -q CLI项目乙 '$WORK/projects.csv.rejected.csv' && '$BIN' export projects - --database '$DB' | grep -q 'CLI项目甲,CLI-A,2024'"
check "projects stalled prints the four stalled lists with their counts" bash -c "'$BIN' projects stalled --database '$DB' > '$WORK/stalled' && grep -q '^立项未开工 / approved, not started: [0-9]' '$WORK/stalled' && grep -q '^六未 / six stalls: [0-9]' '$WORK/stalled'"
check "projects rates counts the signed project imported above, by year and town" bash -c "'$BIN' projects rates --database '$DB' > '$WORK/rates' && grep -q '^全部 / all' '$WORK/rates' && grep -q '签约年份 / year 2024' '$WORK/rates' && grep -q '镇街 / town gonghe' '$WORK/rates'"
if command -v ogrinfo > /dev/null; then
    check "ogrinfo (GDAL) reads the export" bash -c "ogrinfo -ro -al -so '$WORK/out.geojson' | grep -q 'Feature Count: 2'"
fi

# Industrial chains: a file with a cycle is refused naming its line and column in both languages
# and writes nothing; a good one is imported; export then import gives the same chain.
printf '%s\n' 'code: cli-chain' 'name: {zh: 命令行链, en: CLI chain}' 'nodes:' \
    '  - {code: a, segment: upstream, name: {zh: 甲, en: A}}' '  - {code: b, segment: downstream, name: {zh: 乙, en: B}}' \
    'edges:' '  - {from: a, to: b}' > "$WORK/chain.yaml"
sed 's/  - {from: a, to: b}/  - {from: a, to: b}\n  - {from: b, to: a}/' "$WORK/chain.yaml" > "$WORK/cycle.yaml"
check "import chain refuses a cycle with its line, column and reason in both languages, exits non-zero, writes nothing" bash -c "'$BIN' import chain '$WORK/cycle.yaml' --database '$DB' 2> '$WORK/cherr'; [ \$? -eq 1 ] && grep -q 'cycle.yaml 第 7 行第 5 列：产业链关系形成循环' '$WORK/cherr' && grep -q 'cycle.yaml, line 7, column 5: The chain.s links go round in a circle' '$WORK/cherr' && ! '$BIN' export chain cli-chain - --database '$DB' 2>/dev/null"
check "import chain saves a good file" bash -c "'$BIN' import chain '$WORK/chain.yaml' --database '$DB' | grep -q 'chain cli-chain (CLI chain) created, 2 nodes'"
check "export chain then import chain gives the same chain" bash -c "'$BIN' export chain cli-chain '$WORK/chain-out.yaml' --database '$DB' && '$BIN' import chain '$WORK/chain-out.yaml' --database '$DB' | grep -q replaced && '$BIN' export chain cli-chain - --database '$DB' | cmp -s - '$WORK/chain-out.yaml' && cmp -s '$WORK/chain.yaml' '$WORK/chain-out.yaml'"
check "import chain --county refuses a county the installation does not hold, exit 5" bash -c "'$BIN' import chain '$WORK/chain.yaml' --county 999999 --database '$DB' 2> '$WORK/cherr'; [ \$? -eq 5 ] && grep -q 'There is no county' '$WORK/cherr'"

# Parcels as CSV with WKT: imported, a bad row refused whole or skipped with --partial (exit 3 and
# a rejected-rows file), and the CSV export read back by the import.
printf '%s\n' '宗地编号,镇街,容积率,图形' \
    'CSV-1,gonghe,0.9,"POLYGON ((112.83 22.6, 112.831 22.6, 112.831 22.601, 112.83 22.601, 112.83 22.6))"' > "$WORK/parcels.csv"
printf '%s\n' '宗地编号,镇街,容积率,图形' \
    'CSV-2,gonghe,0.9,"POLYGON ((112.84 22.6, 112.841 22.6, 112.841 22.601, 112.84 22.601, 112.84 22.6))"' \
    'CSV-3,gonghe,0.9,"POLYGON ((22.6 112.85, 22.6 112.851, 22.601 112.851, 22.601 112.85, 22.6 112.85))"' > "$WORK/badparcels.csv"
check "import parcels reads a CSV with WKT" bash -c "'$BIN' import parcels '$WORK/parcels.csv' --database '$DB' | grep -q 'inserted 1, updated 0, rejected 0'"
check "a CSV with one bad row is refused whole, naming row and column, with the swapped-axes hint" bash -c "! '$BIN' import parcels '$WORK/badparcels.csv' --database '$DB' 2> '$WORK/cerr' && grep -q 'row 3, 图形' '$WORK/cerr' && grep -q 'latitude first' '$WORK/cerr' && '$BIN' export parcels --format csv - --database '$DB' | grep -c '^CSV-' | grep -qx 1"
check "with --partial the good row is written, the bad one goes to FILE.rejected.csv, exit 3" bash -c "'$BIN' import parcels '$WORK/badparcels.csv' --partial --database '$DB' > /dev/null 2>&1; [ \$? -eq 3 ] && grep -q '^CSV-3' '$WORK/badparcels.csv.rejected.csv' && '$BIN' export parcels --format csv - --database '$DB' | grep -q '^CSV-2,'"
check "export parcels --format csv writes WKT that import parcels reads back" bash -c "'$BIN' export parcels --format csv '$WORK/out.csv' --database '$DB' && grep -q 'POLYGON ((112.83 22.6' '$WORK/out.csv' && '$BIN' import parcels '$WORK/out.csv' --database '$DB' | grep -q 'inserted 0, updated 4, rejected 0'"
check "import parcels --template writes a header and an example row marked 示例：" bash -c "'$BIN' import parcels --template - | grep -q '宗地编号,镇街,' && '$BIN' import parcels --template - | grep -q '^示例：'"
check "importing untouched templates (parcels, disposals, regional figures) imports nothing, naming the example row" bash -c "for k in parcels disposals regional-figures; do '$BIN' import \$k --template '$WORK/t-\$k.csv' && ! '$BIN' import \$k '$WORK/t-\$k.csv' --database '$DB' 2> '$WORK/terr' > /dev/null && grep -q 'example row' '$WORK/terr' || exit 1; done"

# The prefecture's published figures: a template, a file refused whole for one bad row (row and
# column named), then the good rows; a second figure for the same period only as a correction.
check "import regional-figures --template prints the Chinese header (after Excel's BOM) and a marked example" bash -c "'$BIN' import regional-figures --template - | head -1 | grep -q '区县,指标,期间,数值,增速' && '$BIN' import regional-figures --template - | grep -q '^示例：'"
printf '区县,指标,期间,数值,增速,发布机构,更正原因\n台山市,规上工业增加值,2023,120.5,5.1,台山市统计局,\n开平市,规上工业增加值,2023,110,1001,开平市统计局,\n' > "$WORK/regional.csv"
check "a regional-figures file with a growth over 1000% is refused whole, naming row and column" bash -c "! '$BIN' import regional-figures '$WORK/regional.csv' --database '$DB' 2> '$WORK/rerr' && grep -q 'growth' '$WORK/rerr' && grep -q '3' '$WORK/rerr'"
check "with --partial the good row is recorded and the command still exits non-zero" bash -c "! '$BIN' import regional-figures '$WORK/regional.csv' --partial --database '$DB' > '$WORK/rout' 2>/dev/null && grep -q 'recorded 1' '$WORK/rout'"
printf '区县,指标,期间,数值,增速,发布机构,更正原因\n台山市,规上工业增加值,2023,121,5.2,台山市统计局,\n' > "$WORK/again.csv"
check "the same period again without a reason is refused; with one it is a correction" bash -c "! '$BIN' import regional-figures '$WORK/again.csv' --database '$DB' 2>/dev/null && sed -i 's/台山市统计局,$/台山市统计局,年报修订/' '$WORK/again.csv' && '$BIN' import regional-figures '$WORK/again.csv' --database '$DB' | grep -q 'recorded 1'"

# The reference counties' figures (对标县): refused whole for one bad row (row and column named in
# both languages), an unlisted county named as such, and export → import into a fresh database
# gives back the same file; importing it again records nothing (the figures are unchanged), and a
# different figure for a period needs a correction reason.
printf '对标县,指标,期间,数值,增速,发布机构,标题,更正原因\n博罗县,地区生产总值,2023,1001.5,5.5,博罗县统计局,2023年统计公报,\n四会市,地区生产总值,2023,800,1001,四会市统计局,,\n' > "$WORK/refs.csv"
check "a reference-figures file with one bad row is refused whole, naming row and column in both languages" bash -c "! '$BIN' import reference-figures '$WORK/refs.csv' --database '$DB' 2> '$WORK/referr' && grep -q 'row 3, growth' '$WORK/referr' && grep -q '增速须在' '$WORK/referr' && [ -z \"\$('$BIN' export reference-figures - --database '$DB' | tail -n +2)\" ]"
printf 'county,indicator,period,value,publisher\n江阴市,gdp,2023,5000,江阴市统计局\n' > "$WORK/unlisted.csv"
check "a county not on the list is refused with its row and column" bash -c "! '$BIN' import reference-figures '$WORK/unlisted.csv' --database '$DB' 2> '$WORK/referr' && grep -q 'row 2, county' '$WORK/referr' && grep -q '不在对标县名单中' '$WORK/referr'"
check "the good file is recorded; export then import into a fresh database gives back the same file" bash -c "sed -i 's/,1001,/,4.1,/' '$WORK/refs.csv' && '$BIN' import reference-figures '$WORK/refs.csv' --database '$DB' | grep -q 'recorded 2' && '$BIN' export reference-figures '$WORK/refs-out.csv' --database '$DB' && '$BIN' migrate --database '$WORK/refs2.sqlite' >/dev/null && '$BIN' import reference-figures '$WORK/refs-out.csv' --database '$WORK/refs2.sqlite' | grep -q 'recorded 2' && '$BIN' export reference-figures - --database '$WORK/refs2.sqlite' | cmp -s - '$WORK/refs-out.csv'"
check "importing the same figures again records nothing and says they are unchanged" bash -c "'$BIN' import reference-figures '$WORK/refs-out.csv' --database '$DB' | grep -q 'recorded 0, unchanged 2' && [ \"\$('$BIN' export reference-figures - --database '$DB')\" = \"\$(cat '$WORK/refs-out.csv')\" ]"
check "a different figure for the same period without a correction reason is refused" bash -c "sed 's/,1001.5,/,1002,/' '$WORK/refs-out.csv' > '$WORK/refs-changed.csv'; ! '$BIN' import reference-figures '$WORK/refs-changed.csv' --database '$DB' 2> '$WORK/referr' && grep -q 'mark it a correction' '$WORK/referr'"
check "an unknown --county is refused" bash -c "! '$BIN' export reference-figures - --county 999999 --database '$DB' 2>/dev/null"

# Special supervisors: the yearly summary counts reports by type, unit and outcome and prints no
# report text and no reporter; --year is required.
sqlite3 "$DB" "insert into supervision_reports (id, county_code, supervisor_id, reporter_id, type_code, unit, occurred_on, filed_on, description, status, outcome, is_demo) values ('00000000-0000-0000-0000-000000000001', '440784', '00000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-000000000003', 'graft', 'department:gxj', '2026-03-01', '2026-03-02', 'CLI-SECRET-TEXT', 'concluded', 'substantiated', 0), ('00000000-0000-0000-0000-000000000004', '440784', '00000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-000000000003', 'delay', 'department:gxj', '2026-04-01', '2026-04-02', 'CLI-SECRET-TEXT', 'submitted', null, 0), ('00000000-0000-0000-0000-000000000005', '440784', '00000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-000000000003', 'delay', 'town:shaping', '2025-04-01', '2025-04-02', 'CLI-SECRET-TEXT', 'submitted', null, 0)"
check "export supervision-summary --year counts the year's reports by type, unit and outcome, and prints no text or reporter" bash -c "'$BIN' export supervision-summary --year 2026 --database '$DB' > '$WORK/sup.json' && python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d[\"total\"]==2 and d[\"open\"]==1, d; assert {c[\"key\"]:c[\"count\"] for c in d[\"by_type\"]}=={\"graft\":1,\"delay\":1}, d; assert d[\"by_unit\"][0][\"name_zh\"]==\"工业和信息化局\", d; assert d[\"by_outcome\"]==[{\"key\":\"substantiated\",\"name_zh\":\"属实\",\"name_en\":\"Substantiated\",\"count\":1}], d' '$WORK/sup.json' && ! grep -q 'CLI-SECRET-TEXT\|00000000-0000-0000-0000-000000000003' '$WORK/sup.json'"
check "export supervision-summary without --year is refused" bash -c "! '$BIN' export supervision-summary --database '$DB' 2>/dev/null"
mkdir -p "$WORK/prefectures-bad" "$WORK/prefectures"
printf 'code: "449900"\nname: {zh: 广东省, en: Guangdong}\nunits:\n  - {code: "440784", name: {zh: 鹤山市, en: Heshan}}\n  - {code: "440106", name: {zh: 天河区, en: Tianhe District}}\nfigures: []\nprefectureTotals: []\n' > "$WORK/prefectures/guangdong.yaml"
sed 's/440106/440784/' "$WORK/prefectures/guangdong.yaml" > "$WORK/prefectures-bad/guangdong.yaml"
check "a prefecture profile file with a mistake stops a command at start, naming the file and line" bash -c "BAIQIANG_PREFECTURE_PROFILES='$WORK/prefectures-bad' '$BIN' user list --database '$DB' 2> '$WORK/pferr'; [ \$? -ne 0 ] && grep -q 'guangdong.yaml' '$WORK/pferr' && grep -q 'repeats' '$WORK/pferr'"
check "an added prefecture profile lets regional figures name its units" bash -c "printf '区县,指标,期间,数值,增速,发布机构,标题,发布日期,网址,转载件,更正原因\n天河区,地区生产总值,2023,100,1.0,测试机构,测试数据,,,,\n' > '$WORK/tianhe.csv' && ! '$BIN' import regional-figures '$WORK/tianhe.csv' --database '$DB' >/dev/null 2>&1 && BAIQIANG_PREFECTURE_PROFILES='$WORK/prefectures' '$BIN' import regional-figures '$WORK/tianhe.csv' --database '$DB' | grep -q 'recorded 1'"
check "export land-rules writes the shipped rules before the county changes them" bash -c "'$BIN' export land-rules '$WORK/rules.yaml' --database '$DB' && grep -q 'id: plot_ratio_below' '$WORK/rules.yaml' && grep -q 'minimum: 1.0' '$WORK/rules.yaml'"
check "import land-rules needs --reason" bash -c "! '$BIN' import land-rules '$WORK/rules.yaml' --database '$DB' 2>/dev/null"
check "import land-rules refuses a bad file with its line and reason, and saves nothing" bash -c "sed 's/years: 2/years: 0/' '$WORK/rules.yaml' > '$WORK/rules-bad.yaml'; '$BIN' import land-rules '$WORK/rules-bad.yaml' --reason 试改 --database '$DB' 2> '$WORK/lrerr'; [ \$? -eq 1 ] && grep -q 'years must be a positive number' '$WORK/lrerr' && '$BIN' export land-rules - --database '$DB' | cmp -s - '$WORK/rules.yaml'"
check "import land-rules saves a new version, which export land-rules gives back" bash -c "sed 's/minimum: 1.0/minimum: 1.2/' '$WORK/rules.yaml' > '$WORK/rules-12.yaml' && '$BIN' import land-rules '$WORK/rules-12.yaml' --reason '县政府常务会议调整' --database '$DB' | grep -q 'saved as version 1' && '$BIN' export land-rules - --database '$DB' | cmp -s - '$WORK/rules-12.yaml'"
# Grids (网格): a file refused whole for one bad row (row and column named), then the good file; a
# grid worker account bound to its grid from a workers file; the events exported with Chinese headers.
printf '网格编码,网格名称,镇街编码,村（社区）\nshaping-01,沙坪一网格,shaping,\nbad code,,nowhere,\n' > "$WORK/badgrids.csv"
check "a grids file with one bad row is refused whole, naming row and column, nothing written" bash -c "! '$BIN' import grids '$WORK/badgrids.csv' --database '$DB' 2> '$WORK/gerr' && grep -q 'row 3' '$WORK/gerr' && grep -q 'town' '$WORK/gerr' && [ \"\$(sqlite3 '$DB' 'select count(*) from grids')\" = 0 ]"
printf '网格编码,网格名称,镇街编码,村（社区）\nshaping-01,沙坪一网格,shaping,\nshaping-02,沙坪二网格,shaping,东坑村\n' > "$WORK/grids.csv"
check "import grids writes the good file, and again replaces by code" bash -c "'$BIN' import grids '$WORK/grids.csv' --database '$DB' | grep -q '2 rows written' && '$BIN' import grids '$WORK/grids.csv' --database '$DB' >/dev/null && [ \"\$(sqlite3 '$DB' 'select count(*) from grids')\" = 2 ]"
printf '账号,网格编码,队伍\ngw1,shaping-01,专职\n' > "$WORK/workers.csv"
check "import grid-workers binds a grid worker account to its grid and team" bash -c "echo 'Heshan-2026-top100' | '$BIN' user create --username gw1 --role grid_worker --password-stdin --database '$DB' >/dev/null && '$BIN' import grid-workers '$WORK/workers.csv' --database '$DB' | grep -q '1 rows written' && [ \"\$(sqlite3 '$DB' \"select team from grid_workers\")\" = full_time ]"
check "export grid-events writes CSV with Chinese headers by default, English with --lang en" bash -c "'$BIN' export grid-events - --database '$DB' | head -1 | grep -q '网格编码,网格名称,镇街编码,事件类别' && '$BIN' export grid-events --lang en - --database '$DB' | head -1 | grep -q 'grid,grid_name,town,category'"

# Visits (走访): a visits file imported all or none and audited, refused again (a visit is recorded
# once), exported with Chinese headers and names, and read back into another database holding the
# same firms and leader as the same file.
VDB="$WORK/visits.sqlite"; VDB2="$WORK/visits2.sqlite"
for db in "$VDB" "$VDB2"; do
  "$BIN" demo --firms 20 --seed 5 --database "$db" >/dev/null 2>&1
  echo 'Heshan-2026-top100' | "$BIN" user create --username lishi --display-name 李市长 --role leader --password-stdin --database "$db" >/dev/null 2>&1
done
vfirm1=$(sqlite3 "$VDB" "select credit_code from enterprises order by credit_code limit 1")
vfirm2=$(sqlite3 "$VDB" "select credit_code from enterprises order by credit_code limit 1 offset 1")
printf '统一社会信用代码,领导账号,走访日期,参加人员,企业反映,风险标记\n%s,lishi,2025-03-01,工信局王科长,"订单平稳,希望协调用工",租约到期、裁员\n%s,lishi,2025-06-10,,,\n' "$vfirm1" "$vfirm2" > "$WORK/visits.csv"
printf '统一社会信用代码,领导账号,走访日期\n%s,lishi,2025-03-02\n%s,nobody,2025-03-02\n' "$vfirm1" "$vfirm2" > "$WORK/badvisits.csv"
check "a visits file with an unknown leader is refused whole, naming row and column, nothing written" bash -c "! '$BIN' import visits '$WORK/badvisits.csv' --database '$VDB' 2> '$WORK/verr' && grep -q 'row 3, leader' '$WORK/verr' && [ \"\$(sqlite3 '$VDB' 'select count(*) from visits')\" = 0 ]"
check "import visits writes a good file, each visit audited" bash -c "'$BIN' import visits '$WORK/visits.csv' --database '$VDB' | grep -q '2 visits written' && [ \"\$(sqlite3 '$VDB' \"select count(*) from audit_entries where action = 'visit.import'\")\" = 2 ]"
check "importing the same visits again is refused and writes nothing" bash -c "! '$BIN' import visits '$WORK/visits.csv' --database '$VDB' 2>/dev/null && [ \"\$(sqlite3 '$VDB' 'select count(*) from visits')\" = 2 ]"
check "export visits: Chinese headers, firm and leader names, flags by name; --year keeps that year's" bash -c "'$BIN' export visits '$WORK/visits-out.csv' --database '$VDB' && head -1 '$WORK/visits-out.csv' | grep -q '统一社会信用代码,企业名称,镇街,领导账号,领导姓名,走访日期' && grep -q ',lishi,李市长,2025-03-01,工信局王科长,.*租约到期、裁员' '$WORK/visits-out.csv' && [ \"\$('$BIN' export visits --year 2024 - --database '$VDB' | wc -l)\" = 1 ]"
check "export visits, import into a database with the same firms and leader, export again: the same file" bash -c "'$BIN' import visits '$WORK/visits-out.csv' --database '$VDB2' >/dev/null && '$BIN' export visits '$WORK/visits-back.csv' --database '$VDB2' && cmp '$WORK/visits-out.csv' '$WORK/visits-back.csv'"
check "import visits --template writes the header and an example row that imports nothing" bash -c "'$BIN' import visits --template '$WORK/visits-template.csv' --database '$VDB' && grep -q '示例：' '$WORK/visits-template.csv' && ! '$BIN' import visits '$WORK/visits-template.csv' --database '$VDB' 2>/dev/null && [ \"\$(sqlite3 '$VDB' 'select count(*) from visits')\" = 2 ]"

# demo --prefecture on a database whose county registry is filled already (as serve --demo leaves
# it): only the other units are added, and a second run adds nothing.
check "demo --prefecture after the county's registry is filled adds only the other units, and nothing the second time" bash -c "'$BIN' demo --firms 20 --database '$WORK/pref.sqlite' >/dev/null && '$BIN' demo --prefecture jiangmen --database '$WORK/pref.sqlite' > '$WORK/pref1' && grep -q 'left as it is' '$WORK/pref1' && grep -q 'Demo prefecture: 6 counties, 1800 firms' '$WORK/pref1' && [ \"\$(sqlite3 '$WORK/pref.sqlite' \"select count(*) from enterprises where county_code = '440784'\")\" = 20 ] && '$BIN' demo --prefecture jiangmen --database '$WORK/pref.sqlite' | grep -q 'Demo prefecture: 0 counties, 0 firms, 0 figures'"

# Every export that has an import reads back: export from a demo database, import into a fresh
# one, export again, and the two files agree. Only what must differ may: row order is the
# exporter's (sorted here). The demo makes no parcels, no reference-county figures and only the
# published projects, so the test adds some to the demo database first. What a freshly migrated
# database already holds (the published projects, the prefecture's default figures) is read back
# as unchanged, never as a second copy; the plan's named firms, whose town and industry are not
# known, go back without them. The parcels are given in longitude-latitude: one surveyed in
# Gauss-Kruger comes back in longitude-latitude to 6 decimals, and its area recomputed from those
# differs in the hundredths of a square metre.
RT="$WORK/roundtrip"; mkdir -p "$RT"
"$BIN" demo --firms 30 --seed 5 --database "$RT/demo.sqlite" >/dev/null 2>&1
"$BIN" demo --prefecture jiangmen --database "$RT/demo.sqlite" >/dev/null 2>&1
"$BIN" import parcels "$WORK/parcels.csv" --database "$RT/demo.sqlite" >/dev/null 2>&1
head -2 "$WORK/projects.csv" > "$RT/projects-seed.csv"
"$BIN" import projects "$RT/projects-seed.csv" --database "$RT/demo.sqlite" >/dev/null 2>&1
"$BIN" migrate --database "$RT/fresh.sqlite" >/dev/null 2>&1
# A project linked to a leader's account goes out as the account (and the name, for people) and
# comes back linked to the same account in a database that has it.
for db in "$RT/demo.sqlite" "$RT/fresh.sqlite"; do
  echo 'Heshan-2026-top100' | "$BIN" user create --username zhangshi --display-name 张市长 --role leader --password-stdin --database "$db" >/dev/null 2>&1
done
printf 'name,codename,year,investment_yi,town,leader_account,stage,stage_date\nCLI挂钩项目,CLI-L,2024,15,gonghe,zhangshi,signed,2024-05-06\n' > "$RT/projects-linked.csv"
"$BIN" import projects "$RT/projects-linked.csv" --database "$RT/demo.sqlite" >/dev/null 2>&1
"$BIN" import reference-figures "$WORK/refs.csv" --database "$RT/demo.sqlite" >/dev/null 2>&1
sorted() { { head -1 "$1"; tail -n +2 "$1" | LC_ALL=C sort; }; }
roundtrip() { # roundtrip KIND: export from the demo, import into the fresh database, export again, compare
  local kind=$1
  "$BIN" export "$kind" --format csv "$RT/$kind-1.csv" --database "$RT/demo.sqlite" || return 1
  [ "$(tail -n +2 "$RT/$kind-1.csv" | wc -l)" -gt 0 ] || { echo "the demo exported no $kind"; return 1; }
  "$BIN" import "$kind" "$RT/$kind-1.csv" --database "$RT/fresh.sqlite" || return 1
  "$BIN" export "$kind" --format csv "$RT/$kind-2.csv" --database "$RT/fresh.sqlite" || return 1
  diff <(sorted "$RT/$kind-1.csv") <(sorted "$RT/$kind-2.csv") | head -20
  cmp -s <(sorted "$RT/$kind-1.csv") <(sorted "$RT/$kind-2.csv") || return 1
  # A second import of the same file changes nothing and adds nothing.
  "$BIN" import "$kind" "$RT/$kind-1.csv" --database "$RT/fresh.sqlite" >/dev/null || return 1
  "$BIN" export "$kind" --format csv "$RT/$kind-3.csv" --database "$RT/fresh.sqlite" || return 1
  cmp -s <(sorted "$RT/$kind-1.csv") <(sorted "$RT/$kind-3.csv")
}
for kind in enterprises figures projects parcels regional-figures reference-figures; do
  check "export $kind from a demo database, import into a fresh one, export again: the same file" roundtrip "$kind"
done
check "the plan's named firms went back without a town or industry, and the CLI project as a new one" bash -c "grep -q '^91440784PL0000001A,创维光电,,,' '$RT/enterprises-2.csv' && grep -q '^CLI项目甲,CLI-A,2024' '$RT/projects-2.csv'"
check "a firm row with a town but no industry is refused, naming the column" bash -c "printf 'credit_code,name,town,industry\n91440784PL0000001A,创维光电,shaping,\n' > '$RT/half.csv'; ! '$BIN' import enterprises '$RT/half.csv' --database '$RT/fresh.sqlite' 2> '$RT/halferr' && grep -q 'industry.*同时留空' '$RT/halferr'"
check "a row leaving town and industry empty keeps what the registry holds" bash -c "code=\$(sed -n 2p '$RT/enterprises-1.csv' | cut -d, -f1 | tr -d '\357\273\277'); printf 'credit_code,name,town,industry\n%s,改名企业,,\n' \"\$code\" > '$RT/keep.csv' && '$BIN' import enterprises '$RT/keep.csv' --database '$RT/fresh.sqlite' | grep -q 'updated 1' && [ \"\$(sqlite3 '$RT/fresh.sqlite' \"select name, town_id is not null, industry_code is not null from enterprises where credit_code = '\$code'\")\" = '改名企业|1|1' ]"
check "the linked project went out with the leader's account and name and came back linked to that account" bash -c "grep -q '^CLI挂钩项目,CLI-L,2024,.*,张市长,zhangshi,' '$RT/projects-1.csv' && grep -q '^CLI挂钩项目,CLI-L,2024,.*,张市长,zhangshi,' '$RT/projects-2.csv' && [ \"\$(sqlite3 '$RT/fresh.sqlite' \"select u.username from projects p join users u on u.id = p.linked_leader_id where p.codename = 'CLI-L'\")\" = zhangshi ]"
check "a project file naming an account that is no leader of the county is refused, naming row and column" bash -c "sed 's/,zhangshi,/,nobody,/' '$RT/projects-1.csv' > '$RT/projects-noleader.csv'; ! '$BIN' import projects '$RT/projects-noleader.csv' --database '$RT/fresh.sqlite' 2> '$RT/lerr' && grep -q 'leader_account' '$RT/lerr'"
check "a blank leader account unlinks the stored project; = keeps it" bash -c "python3 -c \"import sqlite3, sys; sqlite3.connect(sys.argv[1]).backup(sqlite3.connect(sys.argv[2]))\" '$RT/fresh.sqlite' '$RT/unlink.sqlite' && sed 's/,张市长,zhangshi,/,张市长,,/' '$RT/projects-1.csv' > '$RT/projects-unlink.csv' && '$BIN' import projects '$RT/projects-unlink.csv' --database '$RT/unlink.sqlite' | grep -q 'leader relinked 1' && [ \"\$(sqlite3 '$RT/unlink.sqlite' \"select count(*) from projects where codename = 'CLI-L' and linked_leader_id is null and linked_leader is null\")\" = 1 ] && sed 's/,张市长,zhangshi,/,张市长,=,/' '$RT/projects-1.csv' > '$RT/projects-keep.csv' && '$BIN' import projects '$RT/projects-keep.csv' --database '$RT/fresh.sqlite' | grep -q 'leader relinked 0' && [ \"\$(sqlite3 '$RT/fresh.sqlite' \"select count(*) from projects where codename = 'CLI-L' and linked_leader_id is not null\")\" = 1 ]"
check "a project row differing from the stored one of its name is still refused" bash -c "sed 's/^CLI项目甲,CLI-A,2024,,12,/CLI项目甲,CLI-A,2024,,13,/' '$RT/projects-1.csv' > '$RT/projects-changed.csv'; ! '$BIN' import projects '$RT/projects-changed.csv' --database '$RT/fresh.sqlite' 2> '$RT/perr' && grep -q 'already exists in 2024' '$RT/perr'"

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
