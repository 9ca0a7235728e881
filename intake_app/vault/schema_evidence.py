"""Schema version 6: headquarters as an evidence store.

- `record_history`: every version of every record HQ ever received or made, append-only (triggers refuse
  UPDATE and DELETE). `records` keeps the head only, as a pointer for lists and search. A vault that had
  records before this version gets its heads (and both sides of every conflict) as its first history.
- `bundle_ledger` gains the field audit chain each bundle announced (length, head) and whether it fits
  what the device announced before (`audit_broken`).
- `devices` gains the device's age recipient (receipts are encrypted to it).
- `export_log` (field) keeps the audit chain announced in each bundle, for the next bundle to refer to.
- `vault_keys` accepts the field device's age identity (`device_age`): the table is rebuilt, since SQLite
  cannot change a CHECK constraint in place.

Statements are separated by a semicolon at the end of a line (see `schema._sql`): no such sequence may
appear inside a comment or a trigger body.
"""

from __future__ import annotations

import hashlib
import json

from intake_app.vault.connection import Connection

_V6_SQL = """
CREATE TABLE record_history (
    hid INTEGER PRIMARY KEY,
    record_id TEXT NOT NULL,
    record_type TEXT NOT NULL,
    device TEXT NOT NULL,
    counter INTEGER NOT NULL,
    parent_device TEXT,
    parent_counter INTEGER,
    deleted INTEGER NOT NULL CHECK (deleted IN (0, 1)),
    body TEXT NOT NULL,
    body_sha256 TEXT NOT NULL,
    bundle_id TEXT,
    bundle_sha256 TEXT,
    received_at TEXT NOT NULL,
    made_at_hq INTEGER NOT NULL DEFAULT 0 CHECK (made_at_hq IN (0, 1)),
    reason TEXT,
    UNIQUE (record_id, device, counter, body_sha256)
);
CREATE TRIGGER record_history_append_only_update BEFORE UPDATE ON record_history BEGIN
    SELECT RAISE(ABORT, 'record history is append-only'); END;
CREATE TRIGGER record_history_append_only_delete BEFORE DELETE ON record_history BEGIN
    SELECT RAISE(ABORT, 'record history is append-only'); END;
ALTER TABLE bundle_ledger ADD COLUMN audit_length INTEGER;
ALTER TABLE bundle_ledger ADD COLUMN audit_head TEXT;
ALTER TABLE bundle_ledger ADD COLUMN audit_broken INTEGER NOT NULL DEFAULT 0;
ALTER TABLE devices ADD COLUMN age_recipient TEXT;
ALTER TABLE export_log ADD COLUMN audit_length INTEGER;
ALTER TABLE export_log ADD COLUMN audit_head TEXT;
CREATE TABLE vault_keys_v6 (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('device_signing', 'hq_signing', 'hq_age', 'device_age')),
    secret BLOB NOT NULL,
    public TEXT NOT NULL,
    created_at TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
INSERT INTO vault_keys_v6 SELECT seq, id, kind, secret, public, created_at, active FROM vault_keys;
DROP TABLE vault_keys;
ALTER TABLE vault_keys_v6 RENAME TO vault_keys;
CREATE INDEX vault_keys_kind ON vault_keys(kind, active, seq)
"""


def _backfill(conn: Connection) -> None:
    """An HQ vault's heads and conflict sides become its first history (what it held is all it has)."""
    role = conn.execute("SELECT value FROM meta WHERE key = 'role'").fetchone()
    if role is None or role[0] != "hq":
        return
    bodies = [row[0] for row in conn.execute("SELECT body FROM records")]
    for body_a, body_b in conn.execute("SELECT body_a, body_b FROM conflicts").fetchall():
        bodies += [body_a, body_b]
    for body in bodies:
        env = json.loads(body)
        parent = env.get("parent") or {}
        found = conn.execute(
            "SELECT v.bundle_id, b.sha256, b.imported_at FROM bundle_versions v JOIN bundle_ledger b"
            " ON b.bundle_id = v.bundle_id WHERE v.record_id = ? AND v.version_device = ?"
            " AND v.version_counter = ? ORDER BY b.imported_at LIMIT 1",
            (env["id"], env["version"]["device"], env["version"]["counter"])).fetchone()
        conn.execute(
            "INSERT OR IGNORE INTO record_history (record_id, record_type, device, counter, parent_device,"
            " parent_counter, deleted, body, body_sha256, bundle_id, bundle_sha256, received_at, made_at_hq,"
            " reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'kept before history')",
            (env["id"], env["type"], env["version"]["device"], env["version"]["counter"], parent.get("device"),
             parent.get("counter"), int(env["deleted"]), body, hashlib.sha256(body.encode("utf-8")).hexdigest(),
             found[0] if found else None, found[1] if found else None,
             found[2] if found else env["updated_at"]))


def migrate_v6(conn: Connection) -> None:
    for statement in _V6_SQL.split(";\n"):
        if statement.strip():
            conn.execute(statement)
    _backfill(conn)
