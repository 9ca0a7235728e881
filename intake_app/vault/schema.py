"""The vault's tables, versioned by `PRAGMA user_version`; each migration runs in one transaction.

Add a migration by appending to MIGRATIONS: never edit one that has shipped, since vaults in the
field were built by it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from intake_app.errors import IntakeError
from intake_app.i18n import _
from intake_app.vault.connection import Connection
from intake_app.vault.schema_evidence import migrate_v6
from intake_app.vault.schema_lists import V5_LIST_ORDERS
from intake_app.vault.schema_person import V7_PERSON
from intake_app.vault.schema_search import migrate_search_index
from intake_app.vault.schema_sync import V4_SYNC
from intake_app.vault.schema_trust import V3_TRUST

log = logging.getLogger(__name__)

V1_CORE = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE records (
    rid INTEGER PRIMARY KEY,          -- stable rowid: the full-text index refers to it
    id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    body TEXT NOT NULL,               -- the whole record envelope, canonical JSON
    version_device TEXT NOT NULL,
    version_counter INTEGER NOT NULL,
    parent_device TEXT,
    parent_counter INTEGER,
    origin_device TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    label TEXT NOT NULL DEFAULT '',   -- what lists sort and show first (alias, date…)
    event_date TEXT,                  -- the date a date filter applies to
    change_seq INTEGER NOT NULL       -- this vault's change counter when last written (incremental export)
);
CREATE INDEX records_type_label ON records(type, deleted, label);
CREATE INDEX records_type_date ON records(type, deleted, event_date);
CREATE INDEX records_change_seq ON records(change_seq);

-- One row per filterable value of a record (aid category, violation type, province…), so every
-- filter is an index lookup instead of a scan of the JSON bodies.
CREATE TABLE record_facets (
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    rid INTEGER NOT NULL REFERENCES records(rid) ON DELETE CASCADE,
    PRIMARY KEY (facet, value, rid)
) WITHOUT ROWID;
CREATE INDEX record_facets_rid ON record_facets(rid);

-- Contentless: the index keeps no second copy of the text, and rows can still be deleted.
CREATE VIRTUAL TABLE records_fts USING fts5(
    text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
);

-- Every version a record went through (ids only, no content), so a merge can tell descent.
CREATE TABLE version_lineage (
    record_id TEXT NOT NULL,
    device TEXT NOT NULL,
    counter INTEGER NOT NULL,
    parent_device TEXT,
    parent_counter INTEGER,
    PRIMARY KEY (record_id, device, counter)
) WITHOUT ROWID;

CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    record_type TEXT,
    record_id TEXT,
    version TEXT,
    detail TEXT NOT NULL DEFAULT '',
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL
);
"""

V2_BLOBS = """
-- Attachment bytes, addressed by SHA-256 and cut in chunks so no file needs to fit in memory twice.
CREATE TABLE blobs (
    rid INTEGER PRIMARY KEY,
    sha256 TEXT UNIQUE,               -- NULL while a blob is being written
    size INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE blob_chunks (
    blob_rid INTEGER NOT NULL REFERENCES blobs(rid) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (blob_rid, seq)
);
"""

Migration = Callable[[Connection], None]


def _sql(script: str) -> Migration:
    def run(conn: Connection) -> None:
        for statement in script.split(";\n"):
            if statement.strip():
                conn.execute(statement)
    return run


MIGRATIONS: Sequence[Migration] = (_sql(V1_CORE), _sql(V2_BLOBS), _sql(V3_TRUST), _sql(V4_SYNC),
                                   _sql(V5_LIST_ORDERS), migrate_v6, migrate_search_index, _sql(V7_PERSON))
CURRENT_VERSION = len(MIGRATIONS)


class SchemaTooNewError(IntakeError):
    pass


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection, target: int = CURRENT_VERSION) -> int:
    """Bring the database up to `target`; each step and its version bump commit together or not at all."""
    current = schema_version(conn)
    if current > CURRENT_VERSION:
        raise SchemaTooNewError(
            _("This vault was written by a newer version of Field Intake; update the app to open it.")
        )
    for version in range(current, target):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        log.info("vault schema migrated to version %d", version + 1)
    return schema_version(conn)
