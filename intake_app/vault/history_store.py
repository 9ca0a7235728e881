"""The append-only store of record versions (`record_history`), written at headquarters only.

HQ keeps every version of every record it ever received or made: the body exactly as it arrived, its
version and parent, the bundle it came in (id and manifest hash) and when. `records` holds only the head.
The table's triggers refuse UPDATE and DELETE, so no code path can rewrite what was kept. A field vault
writes nothing here: its purge must be able to forget delivered records.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from intake_app.vault.connection import Connection

_INSERT = ("INSERT OR IGNORE INTO record_history (record_id, record_type, device, counter, parent_device,"
           " parent_counter, deleted, body, body_sha256, bundle_id, bundle_sha256, received_at, made_at_hq,"
           " reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")

HistoryRow = tuple[str, str, str, int, str | None, int | None, int, str, str, str | None, str | None, str, int,
                   str | None]


def history_row(env: dict[str, Any], body: str, *, received_at: str, bundle_id: str | None = None,
                bundle_sha256: str | None = None, made_at_hq: bool = False, reason: str | None = None) -> HistoryRow:
    """The row for one version; `body` is the envelope's canonical JSON."""
    version, parent = env["version"], env["parent"] or {}
    return (env["id"], env["type"], version["device"], int(version["counter"]), parent.get("device"),
            parent.get("counter"), int(bool(env["deleted"])), body,
            hashlib.sha256(body.encode("utf-8")).hexdigest(), bundle_id, bundle_sha256, received_at,
            int(made_at_hq), reason)


def add_versions(conn: Connection, rows: Iterable[HistoryRow]) -> None:
    """Keep these versions (a version already kept with the same body is kept once)."""
    conn.executemany(_INSERT, rows)
