#!/usr/bin/env python3
"""What an attacker with write access to a SQLite database might do to its audit log, for
scripts/cli-tests.sh to show that `baiqiang audit verify` notices. Usage:

  audit-tamper.py DB drop-tail N [keep|drop|rewrite]   delete the newest N rows; keep, delete, or
                                                       rewrite the head to the new last row
  audit-tamper.py DB drop-all                          delete every row and the head
  audit-tamper.py DB edit SEQ                          edit row SEQ and nothing else
  audit-tamper.py DB edit-plain SEQ                    edit row SEQ, recompute a plain SHA-256 chain
  audit-tamper.py DB edit-keyed SEQ KEYFILE            edit row SEQ, recompute the chain with the key
  audit-tamper.py DB save-head FILE                    write the head row to FILE
  audit-tamper.py DB restore-head FILE                 delete rows after FILE's head, put it back
  audit-tamper.py DB make-plain                        turn the log into the former plain chain, as
                                                       a database from before keying has it
"""
import hashlib
import hmac
import json
import sqlite3
import sys

GENESIS = "0" * 64


def canonical(row):
    fields = [str(row["sequence"]), row["at"], row["actor"], row["role"], row["action"], row["entity"],
              row["entity_id"], row["before"], row["after"], row["request_id"], row["previous_hash"]]
    return "".join("-|" if f is None else f"{len(f.encode())}:{f}|" for f in fields)


def plain(row):
    return hashlib.sha256(canonical(row).encode()).hexdigest()


def keyed(key):
    return lambda row: hmac.new(key, ("row|" + canonical(row)).encode(), hashlib.sha256).hexdigest()


def head_mac(key, sequence, last):
    s = str(sequence)
    text = f"head|{len(s)}:{s}|{len(last)}:{last}|"
    return hmac.new(key, text.encode(), hashlib.sha256).hexdigest()


def rows(db):
    return [dict(r) for r in db.execute("SELECT * FROM audit_entries ORDER BY sequence")]


def relink(db, start, link):
    previous = GENESIS
    for row in rows(db):
        if row["sequence"] >= start:
            row["previous_hash"] = previous
            row["hash"] = link(row)
            db.execute("UPDATE audit_entries SET previous_hash = ?, hash = ? WHERE id = ?",
                       (row["previous_hash"], row["hash"], row["id"]))
        previous = row["hash"]
    return previous


def last(db):
    row = db.execute("SELECT sequence, hash FROM audit_entries ORDER BY sequence DESC LIMIT 1").fetchone()
    return (row["sequence"], row["hash"]) if row else (0, GENESIS)


def main():
    db = sqlite3.connect(sys.argv[1])
    db.row_factory = sqlite3.Row
    command, args = sys.argv[2], sys.argv[3:]
    if command == "drop-tail":
        n, head = int(args[0]), (args[1] if len(args) > 1 else "keep")
        newest = db.execute("SELECT max(sequence) FROM audit_entries").fetchone()[0]
        db.execute("DELETE FROM audit_entries WHERE sequence > ?", (newest - n,))
        if head == "drop":
            db.execute("DELETE FROM audit_head")
        elif head == "rewrite":
            db.execute("UPDATE audit_head SET sequence = ?, hash = ?", last(db))
    elif command == "drop-all":
        db.execute("DELETE FROM audit_entries")
        db.execute("DELETE FROM audit_head")
    elif command == "edit":
        db.execute("UPDATE audit_entries SET actor = 'mallory' WHERE sequence = ?", (int(args[0]),))
    elif command in ("edit-plain", "edit-keyed"):
        sequence = int(args[0])
        db.execute("UPDATE audit_entries SET actor = 'mallory' WHERE sequence = ?", (sequence,))
        if command == "edit-plain":
            db.execute("UPDATE audit_head SET hash = ?", (relink(db, sequence, plain),))
        else:
            key = bytes.fromhex(open(args[1]).read().strip())
            final = relink(db, sequence, keyed(key))
            newest, _ = last(db)
            db.execute("UPDATE audit_head SET hash = ?, mac = ?", (final, head_mac(key, newest, final)))
    elif command == "save-head":
        head = dict(db.execute("SELECT sequence, hash, mac FROM audit_head").fetchone())
        with open(args[0], "w") as f:
            json.dump(head, f)
    elif command == "restore-head":
        with open(args[0]) as f:
            head = json.load(f)
        db.execute("DELETE FROM audit_entries WHERE sequence > ?", (head["sequence"],))
        db.execute("UPDATE audit_head SET sequence = ?, hash = ?, mac = ?", (head["sequence"], head["hash"], head["mac"]))
    elif command == "make-plain":
        final = relink(db, 1, plain)
        db.execute("UPDATE audit_head SET hash = ?", (final,))
        db.execute("ALTER TABLE audit_head DROP COLUMN mac")
        db.execute("DELETE FROM _fluent_migrations WHERE name IN ('040_add_audit_head_mac', '041_key_audit_chain')")
    else:
        sys.exit(__doc__)
    db.commit()


if __name__ == "__main__":
    main()
