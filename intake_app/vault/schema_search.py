"""A schema step: a search index that knows the taxonomy's words and the cases' names.

`records_fts` is built again with two columns (see `vault.indexing`): `text`, the record's own words
and the labels of its taxonomy values in English, Korean, Japanese and Chinese, and `names`, a case's
alias and code, through which a search also finds the aid and testimonies of that case. The index is
contentless, so the text cannot be copied over: every live record is indexed again from its body,
inside the migration's transaction (nothing leaves the encrypted database). Dropping the old table
with `secure_delete` on overwrites its pages.

A later change to what is indexed (new labels in a taxonomy update, say) appends a migration that
calls `rebuild_search_index` again.
"""

from __future__ import annotations

import json
import logging
import time

from intake_app.vault.connection import Connection
from intake_app.vault.indexing import fts_row, index_entry

log = logging.getLogger(__name__)

_TWO_COLUMN_FTS = """CREATE VIRTUAL TABLE records_fts USING fts5(
    text, names, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
)"""
# The statement of this step, kept here so the migration reads the same whatever later versions do.
_TWO_COLUMN_INSERT = "INSERT INTO records_fts (rowid, text, names) VALUES (?, ?, ?)"
_BATCH = 500


def rebuild_search_index(conn: Connection) -> int:
    """Index every live record again from its body (the caller holds the transaction); returns how many."""
    conn.execute("DELETE FROM records_fts")
    done = 0
    cursor = conn.execute("SELECT rid, body FROM records WHERE deleted = 0 ORDER BY rid")
    while rows := cursor.fetchmany(_BATCH):
        values = [fts_row(rid, index_entry(json.loads(body))) for rid, body in rows]
        conn.executemany(_TWO_COLUMN_INSERT, [v for v in values if v is not None])
        done += len(rows)
    return done


def migrate_search_index(conn: Connection) -> None:
    started = time.perf_counter()
    conn.execute("DROP TABLE records_fts")
    conn.execute(_TWO_COLUMN_FTS)
    n = rebuild_search_index(conn)
    conn.execute("INSERT INTO records_fts (records_fts) VALUES ('optimize')")
    # Counts and time only: nothing about what the records hold.
    log.info("search index rebuilt for %d records in %.1f s", n, time.perf_counter() - started)
