"""Merge one incoming record version into HQ's vault, by version lineage; never a silent overwrite.

- no record yet: stored;
- the same version: nothing to do (the same version with other content is a conflict: a cloned device);
- the incoming version descends from the head (its ancestors, sent in the bundle, include the head, or
  HQ's lineage says so): fast-forward;
- the head descends from the incoming version: HQ already has something newer, nothing changes;
- otherwise a conflict: both envelopes are kept in `conflicts`, a deterministic winner (later
  `updated_at`, then the higher (device, counter), then the content hash) is shown as the head, and the
  conflict waits for a coordinator. A pair already decided by a coordinator stays decided.

Every version seen is added to `version_lineage` (ids only), so later descent checks know it.
"""

from __future__ import annotations

import enum
import hashlib
import itertools
import json
from collections.abc import Sequence
from typing import Any

from intake_app.domain.models import utc_now
from intake_app.vault import audit
from intake_app.vault.connection import Connection
from intake_app.vault.records import RecordStore, canonical_json

_MAX_WALK = 100_000


class MergeResult(enum.Enum):
    NEW = "new"
    SAME = "same"
    FAST_FORWARD = "fast_forward"
    KEPT_CURRENT = "kept_current"
    CONFLICT = "conflict"


class TypeChanged(Exception):
    """The incoming version has another record type than HQ's head: never merged."""


class ChangeCounter:
    """HQ's change counter for a whole import: read once, written back once (one counter per write)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self.value = int(conn.execute("SELECT value FROM meta WHERE key = 'change_seq'").fetchone()[0])

    def next(self) -> int:
        self.value += 1
        return self.value

    def save(self) -> None:
        self._conn.execute("UPDATE meta SET value = ? WHERE key = 'change_seq'", (str(self.value),))


def version_text(device: str, counter: int) -> str:
    return f"{device}:{counter}"


def _key(env: dict[str, Any]) -> tuple[str, int]:
    return env["version"]["device"], int(env["version"]["counter"])


def is_ancestor(conn: Connection, record_id: str, ancestor: tuple[str, int], of: tuple[str, int]) -> bool:
    """Whether `ancestor` is a strict ancestor of version `of`, by HQ's lineage."""
    row = conn.execute(
        "WITH RECURSIVE chain(device, counter, depth) AS ("
        " SELECT parent_device, parent_counter, 1 FROM version_lineage"
        "  WHERE record_id = ?1 AND device = ?2 AND counter = ?3"
        " UNION"
        " SELECT l.parent_device, l.parent_counter, c.depth + 1 FROM version_lineage l"
        "  JOIN chain c ON l.record_id = ?1 AND l.device = c.device AND l.counter = c.counter"
        "  WHERE c.depth < ?6)"
        " SELECT 1 FROM chain WHERE device = ?4 AND counter = ?5 LIMIT 1",
        (record_id, of[0], of[1], ancestor[0], ancestor[1], _MAX_WALK)).fetchone()
    return row is not None


def add_lineage(conn: Connection, record_id: str, version: tuple[str, int], ancestors: Sequence[tuple[str, int]],
                *, complete: bool) -> None:
    """Remember `version` and its ancestors (nearest first). `complete`: the last ancestor is the root."""
    chain = [version, *ancestors]
    rows: list[tuple[str, str, int, str | None, int | None]] = [
        (record_id, v[0], v[1], p[0], p[1]) for v, p in itertools.pairwise(chain)]
    if complete:
        rows.append((record_id, chain[-1][0], chain[-1][1], None, None))
    conn.executemany("INSERT OR IGNORE INTO version_lineage (record_id, device, counter, parent_device,"
                     " parent_counter) VALUES (?, ?, ?, ?, ?)", rows)


def _rank(env: dict[str, Any], body: str) -> tuple[str, str, int, str]:
    return (env["updated_at"], env["version"]["device"], int(env["version"]["counter"]),
            hashlib.sha256(body.encode("utf-8")).hexdigest())


def _conflict(conn: Connection, store: RecordStore, head: dict[str, Any], head_body: str,
              incoming: dict[str, Any], incoming_body: str, counter: ChangeCounter,
              bundle_id: str | None) -> MergeResult:
    pair = sorted([(head, head_body), (incoming, incoming_body)], key=lambda p: _rank(p[0], p[1]))
    pair_key = hashlib.sha256("\n".join(sorted((head_body, incoming_body))).encode("utf-8")).hexdigest()
    existing = conn.execute("SELECT status FROM conflicts WHERE pair_key = ?", (pair_key,)).fetchone()
    if existing is not None:
        return MergeResult.KEPT_CURRENT  # already known: open (head is its winner) or decided by a person
    (low, low_body), (high, high_body) = sorted(pair, key=lambda p: (_key(p[0]), p[1]))
    winner = pair[-1][0]
    conn.execute(
        "INSERT INTO conflicts (record_id, record_type, pair_key, version_a, body_a, version_b, body_b, winner,"
        " detected_at, bundle_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (incoming["id"], incoming["type"], pair_key, version_text(*_key(low)), low_body,
         version_text(*_key(high)), high_body, version_text(*_key(winner)), utc_now(), bundle_id))
    if winner is incoming:
        store.write_envelope(conn, incoming, counter.next())
    audit.append(conn, "conflict", record_type=incoming["type"], record_id=incoming["id"],
                 version=version_text(*_key(incoming)), detail=f"head {version_text(*_key(winner))}")
    return MergeResult.CONFLICT


def merge_envelope(conn: Connection, store: RecordStore, incoming: dict[str, Any],
                   ancestors: Sequence[tuple[str, int]], counter: ChangeCounter, *, complete_lineage: bool = True,
                   bundle_id: str | None = None) -> MergeResult:
    """Merge a validated envelope (with its ancestors, nearest first) inside the caller's transaction."""
    record_id, version = incoming["id"], _key(incoming)
    add_lineage(conn, record_id, version, ancestors, complete=complete_lineage)
    row = conn.execute("SELECT type, body, version_device, version_counter FROM records WHERE id = ?",
                       (record_id,)).fetchone()
    if row is None:
        store.write_envelope(conn, incoming, counter.next())
        return MergeResult.NEW
    head_type, head_body, head_version = row[0], row[1], (row[2], int(row[3]))
    if head_type != incoming["type"]:
        raise TypeChanged(record_id)
    body = canonical_json(incoming)
    if head_version == version:
        if head_body == body:
            return MergeResult.SAME
    elif head_version in ancestors or is_ancestor(conn, record_id, head_version, version):
        store.write_envelope(conn, incoming, counter.next())
        return MergeResult.FAST_FORWARD
    elif is_ancestor(conn, record_id, version, head_version):
        return MergeResult.KEPT_CURRENT
    return _conflict(conn, store, json.loads(head_body), head_body, incoming, body, counter, bundle_id)


def collect_garbage(conn: Connection) -> int:
    """Drop blobs no live attachment and no open conflict refers to (and unfinished ones)."""
    cur = conn.execute(
        "DELETE FROM blobs WHERE sha256 IS NULL OR sha256 NOT IN ("
        " SELECT f.value FROM record_facets f JOIN records r ON r.rid = f.rid"
        "  WHERE f.facet = 'sha256' AND r.deleted = 0"
        " UNION SELECT json_extract(body_a, '$.data.sha256') FROM conflicts"
        "  WHERE status = 'open' AND record_type = 'attachment'"
        " UNION SELECT json_extract(body_b, '$.data.sha256') FROM conflicts"
        "  WHERE status = 'open' AND record_type = 'attachment')")
    return cur.rowcount
