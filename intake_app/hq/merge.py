"""Merge one incoming record version into HQ's vault, by version lineage; never a silent overwrite.

Ownership first: the sender must own the record (the reader checked origin, version and ancestors; here
the record HQ already holds must also have the sender as its origin). Every version that arrives is kept
in the append-only history (vault/history_store.py), whatever the merge decides about the head.

- no record yet: stored;
- the same version: nothing to do (the same version with other content is a conflict: a cloned device);
- the incoming version descends from the head (its ancestors, sent in the bundle, include the head, or
  HQ's lineage says so): fast-forward;
- the head descends from the incoming version: HQ already has something newer, nothing changes;
- otherwise a conflict: both envelopes are kept in `conflicts`, a deterministic winner (later
  `updated_at`, then the higher (device, counter), then the content hash) is shown as the head, and the
  conflict waits for a coordinator. A pair already decided by a coordinator stays decided.

A version HQ made by resolving a conflict (`resolved …`) only chose one of two: an incoming version that
descends from the chosen one fast-forwards over it, as it would have over the chosen one.

Only versions HQ holds get a `version_lineage` row (ids only: the version and its parent), so a sender's
claims about ancestors it never sent cannot teach HQ a descent that would later drop a real edit.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from intake_app.domain.models import utc_now
from intake_app.i18n import N_
from intake_app.outcomes import Outcome
from intake_app.vault import audit, history_store
from intake_app.vault.connection import Connection
from intake_app.vault.records import RecordStore, canonical_json

_MAX_WALK = 100_000


class MergeResult(Outcome):
    NEW = "new", N_("new")
    SAME = "same", N_("already held")
    FAST_FORWARD = "fast_forward", N_("updated")
    KEPT_CURRENT = "kept_current", N_("kept (headquarters holds a newer version)")
    CONFLICT = "conflict", N_("conflict")


RESOLVED = "resolved"  # reason of an HQ version that keeps one side of a conflict: "resolved DEVICE:COUNTER"
RESTORED = "restored"  # reason of an HQ version that restores an earlier one: "restored DEVICE:COUNTER"


class TypeChanged(Exception):
    """The incoming version has another record type than HQ's head: never merged."""


class NotItsRecord(Exception):
    """The record HQ holds under this id was created by another device (or by HQ): never merged."""


@dataclass(frozen=True)
class Arrival:
    """Where incoming versions come from, for their history rows. With `pending` (a list), the rows are
    gathered there for one batched insert by the caller (`flush`), instead of one insert per record: no
    lookup during the same bundle needs them, since a bundle carries each record once."""

    sender: str
    bundle_id: str | None
    bundle_sha256: str | None
    received_at: str
    pending: list[history_store.HistoryRow] | None = None

    def flush(self, conn: Connection) -> None:
        if self.pending:
            history_store.add_versions(conn, self.pending)
            self.pending.clear()


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


def add_lineage(conn: Connection, record_id: str, version: tuple[str, int], parent: tuple[str, int] | None) -> None:
    """Remember a version HQ holds, and its parent (which HQ may or may not hold)."""
    conn.execute("INSERT OR IGNORE INTO version_lineage (record_id, device, counter, parent_device,"
                 " parent_counter) VALUES (?, ?, ?, ?, ?)",
                 (record_id, version[0], version[1], None if parent is None else parent[0],
                  None if parent is None else parent[1]))


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


def _keep(conn: Connection, incoming: dict[str, Any], body: str, arrival: Arrival) -> None:
    row = history_store.history_row(incoming, body, received_at=arrival.received_at, bundle_id=arrival.bundle_id,
                                    bundle_sha256=arrival.bundle_sha256)
    if arrival.pending is None:
        history_store.add_versions(conn, [row])
    else:
        arrival.pending.append(row)


def _held(conn: Connection, record_id: str, version: tuple[str, int], body: str) -> bool:
    sha = hashlib.sha256(body.encode("utf-8")).hexdigest()
    return conn.execute("SELECT 1 FROM record_history WHERE record_id = ? AND device = ? AND counter = ?"
                        " AND body_sha256 = ?", (record_id, version[0], version[1], sha)).fetchone() is not None


def _chosen_by_resolution(conn: Connection, record_id: str, head: tuple[str, int]) -> tuple[str, int] | None:
    """The version an HQ resolution chose, when the head is such a resolution."""
    row = conn.execute("SELECT reason, parent_device, parent_counter FROM record_history WHERE record_id = ?"
                       " AND device = ? AND counter = ? AND made_at_hq = 1 LIMIT 1",
                       (record_id, head[0], head[1])).fetchone()
    if row is None or not (row[0] or "").startswith(RESOLVED + " ") or row[1] is None:
        return None
    return str(row[1]), int(row[2])


def merge_envelope(conn: Connection, store: RecordStore, incoming: dict[str, Any],
                   ancestors: Sequence[tuple[str, int]], counter: ChangeCounter, arrival: Arrival) -> MergeResult:
    """Merge a validated envelope (with its ancestors, nearest first) inside the caller's transaction."""
    record_id, version = incoming["id"], _key(incoming)
    parent = incoming["parent"]
    row = conn.execute("SELECT type, body, version_device, version_counter, origin_device FROM records"
                       " WHERE id = ?", (record_id,)).fetchone()
    if row is not None and row[4] != arrival.sender:
        raise NotItsRecord(record_id)
    if row is not None and row[0] != incoming["type"]:
        raise TypeChanged(record_id)
    body = canonical_json(incoming)
    if row is None:  # HQ never held this record (a record's first version always becomes its head)
        _keep(conn, incoming, body, arrival)
        store.write_envelope(conn, incoming, counter.next())  # its lineage row too
        return MergeResult.NEW
    if _held(conn, record_id, version, body):
        return MergeResult.SAME  # merged once already: a repeat brings nothing (and reopens nothing)
    _keep(conn, incoming, body, arrival)
    add_lineage(conn, record_id, version, None if parent is None else (parent["device"], int(parent["counter"])))
    head_body, head_version = row[1], (row[2], int(row[3]))
    if head_version == version:
        if head_body == body:
            return MergeResult.SAME
        return _conflict(conn, store, json.loads(head_body), head_body, incoming, body, counter, arrival.bundle_id)
    effective = _chosen_by_resolution(conn, record_id, head_version) or head_version
    if effective == version:
        return MergeResult.KEPT_CURRENT
    if effective in ancestors or is_ancestor(conn, record_id, effective, version):
        store.write_envelope(conn, incoming, counter.next())
        return MergeResult.FAST_FORWARD
    if is_ancestor(conn, record_id, version, head_version):
        return MergeResult.KEPT_CURRENT
    return _conflict(conn, store, json.loads(head_body), head_body, incoming, body, counter, arrival.bundle_id)


def collect_garbage(conn: Connection) -> int:
    """Drop blobs no live attachment, no open conflict and no kept version refers to (and unfinished ones):
    an attachment's bytes stay as long as HQ keeps a version naming them, which is for ever."""
    cur = conn.execute(
        "DELETE FROM blobs WHERE sha256 IS NULL OR sha256 NOT IN ("
        " SELECT f.value FROM record_facets f JOIN records r ON r.rid = f.rid"
        "  WHERE f.facet = 'sha256' AND r.deleted = 0"
        " UNION SELECT json_extract(body_a, '$.data.sha256') FROM conflicts"
        "  WHERE status = 'open' AND record_type = 'attachment'"
        " UNION SELECT json_extract(body_b, '$.data.sha256') FROM conflicts"
        "  WHERE status = 'open' AND record_type = 'attachment'"
        " UNION SELECT json_extract(body, '$.data.sha256') FROM record_history"
        "  WHERE record_type = 'attachment' AND deleted = 0)")
    return cur.rowcount
