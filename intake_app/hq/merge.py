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

An import merges a batch at a time (`merge_envelopes`): what HQ holds of the batch's records is read with
a few set-based queries, each record is decided as above, in order, and the heads, history rows and index
rows are written with one statement per table. `merge_envelope` is a batch of one.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from intake_app.domain.models import utc_now
from intake_app.i18n import N_
from intake_app.outcomes import Outcome
from intake_app.vault import audit, history_store
from intake_app.vault.connection import Connection
from intake_app.vault.records import RecordStore, canonical_json, in_chunks, placeholders

_MAX_WALK = 100_000


class MergeResult(Outcome):
    NEW = "new", N_("new")
    SAME = "same", N_("already held")
    FAST_FORWARD = "fast_forward", N_("updated")
    KEPT_CURRENT = "kept_current", N_("kept (headquarters holds a newer version)")
    CONFLICT = "conflict", N_("conflict")


RESOLVED = "resolved"  # reason of an HQ version that keeps one side of a conflict: "resolved DEVICE:COUNTER"
RESTORED = "restored"  # reason of an HQ version that restores an earlier one: "restored DEVICE:COUNTER"


class _Refused(Exception):
    """A record of a batch that must not be merged; `position` is its index in the batch."""

    def __init__(self, record_id: str, position: int = 0) -> None:
        super().__init__(record_id)
        self.record_id = record_id
        self.position = position


class TypeChanged(_Refused):
    """The incoming version has another record type than HQ's head: never merged."""


class NotItsRecord(_Refused):
    """The record HQ holds under this id was created by another device (or by HQ): never merged."""


@dataclass(frozen=True)
class Arrival:
    """Where incoming versions come from, for their history rows."""

    sender: str
    bundle_id: str | None
    bundle_sha256: str | None
    received_at: str


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


def _conflict(conn: Connection, head: dict[str, Any], head_body: str, incoming: dict[str, Any],
              incoming_body: str, bundle_id: str | None) -> tuple[MergeResult, bool]:
    """Record the conflict (once); returns the result and whether the incoming version becomes the head."""
    pair = sorted([(head, head_body), (incoming, incoming_body)], key=lambda p: _rank(p[0], p[1]))
    pair_key = hashlib.sha256("\n".join(sorted((head_body, incoming_body))).encode("utf-8")).hexdigest()
    existing = conn.execute("SELECT status FROM conflicts WHERE pair_key = ?", (pair_key,)).fetchone()
    if existing is not None:
        return MergeResult.KEPT_CURRENT, False  # already known: open (head is its winner) or decided by a person
    (low, low_body), (high, high_body) = sorted(pair, key=lambda p: (_key(p[0]), p[1]))
    winner = pair[-1][0]
    conn.execute(
        "INSERT INTO conflicts (record_id, record_type, pair_key, version_a, body_a, version_b, body_b, winner,"
        " detected_at, bundle_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (incoming["id"], incoming["type"], pair_key, version_text(*_key(low)), low_body,
         version_text(*_key(high)), high_body, version_text(*_key(winner)), utc_now(), bundle_id))
    audit.append(conn, "conflict", record_type=incoming["type"], record_id=incoming["id"],
                 version=version_text(*_key(incoming)), detail=f"head {version_text(*_key(winner))}")
    return MergeResult.CONFLICT, winner is incoming


def _chosen_by_resolution(conn: Connection, record_id: str, head: tuple[str, int]) -> tuple[str, int] | None:
    """The version an HQ resolution chose, when the head is such a resolution."""
    row = conn.execute("SELECT reason, parent_device, parent_counter FROM record_history WHERE record_id = ?"
                       " AND device = ? AND counter = ? AND made_at_hq = 1 LIMIT 1",
                       (record_id, head[0], head[1])).fetchone()
    if row is None or not (row[0] or "").startswith(RESOLVED + " ") or row[1] is None:
        return None
    return str(row[1]), int(row[2])


@dataclass(frozen=True)
class Incoming:
    """One validated envelope to merge: its ancestors (nearest first, as the bundle sent them) and its
    canonical JSON (the reader has it already; computed when not given)."""

    envelope: dict[str, Any]
    ancestors: Sequence[tuple[str, int]]
    body: str = ""

    def text(self) -> str:
        return self.body or canonical_json(self.envelope)


@dataclass(frozen=True)
class _Head:
    record_type: str
    body: str
    version: tuple[str, int]
    origin: str


def _heads(conn: Connection, ids: Sequence[str]) -> dict[str, _Head]:
    found = {}
    for part in in_chunks(ids):
        for record_id, record_type, body, device, counter, origin in conn.execute(
                "SELECT id, type, body, version_device, version_counter, origin_device FROM records"  # noqa: S608
                f" WHERE id IN ({placeholders(part)})", part):
            found[record_id] = _Head(record_type, body, (device, int(counter)), origin)
    return found


def _held_versions(conn: Connection, ids: Sequence[str]) -> set[tuple[str, str, int, str]]:
    """(record id, device, counter, body hash) of every version HQ keeps of these records."""
    held: set[tuple[str, str, int, str]] = set()
    for part in in_chunks(ids):
        held.update((r, d, int(c), h) for r, d, c, h in conn.execute(
            "SELECT record_id, device, counter, body_sha256 FROM record_history"  # noqa: S608
            f" WHERE record_id IN ({placeholders(part)})", part))
    return held


class _Batch:
    """What merging a batch writes, gathered for one statement per table at its end."""

    def __init__(self, arrival: Arrival) -> None:
        self.arrival = arrival
        self.history: list[history_store.HistoryRow] = []
        self.heads: list[tuple[dict[str, Any], str, int]] = []

    def keep(self, incoming: dict[str, Any], body: str) -> None:
        arrival = self.arrival
        self.history.append(history_store.history_row(
            incoming, body, received_at=arrival.received_at, bundle_id=arrival.bundle_id,
            bundle_sha256=arrival.bundle_sha256))

    def write(self, conn: Connection, store: RecordStore) -> None:
        history_store.add_versions(conn, self.history)
        store.write_envelopes(conn, self.heads)


def merge_envelope(conn: Connection, store: RecordStore, incoming: dict[str, Any],
                   ancestors: Sequence[tuple[str, int]], counter: ChangeCounter, arrival: Arrival) -> MergeResult:
    """Merge a validated envelope (with its ancestors, nearest first) inside the caller's transaction."""
    return merge_envelopes(conn, store, [Incoming(incoming, ancestors)], counter, arrival)[0]


def merge_envelopes(conn: Connection, store: RecordStore, batch: Sequence[Incoming], counter: ChangeCounter,
                    arrival: Arrival) -> list[MergeResult]:
    """Merge validated envelopes, in order, inside the caller's transaction; the result of each.

    The same as merging them one at a time (`merge_envelope`), with a few set-based queries and one write
    per table for the lot: what HQ holds of each record is read once for the batch, and each record is
    decided on its own (a bundle carries a record once, so no decision depends on another of the batch;
    a record given twice is merged in two runs). Raises NotItsRecord or TypeChanged, with the position of
    the first record in the batch that must not be merged; the caller's transaction then rolls back.
    """
    results: list[MergeResult] = []
    for start, run in _runs_of_distinct_records(batch):
        try:
            results += _merge_run(conn, store, run, counter, arrival)
        except _Refused as exc:
            exc.position += start
            raise
    return results


def _runs_of_distinct_records(batch: Sequence[Incoming]) -> list[tuple[int, Sequence[Incoming]]]:
    runs, start, seen = [], 0, set()
    for n, item in enumerate(batch):
        if item.envelope["id"] in seen:
            runs.append((start, batch[start:n]))
            start, seen = n, set()
        seen.add(item.envelope["id"])
    if start < len(batch):
        runs.append((start, batch[start:]))
    return runs


def _merge_run(conn: Connection, store: RecordStore, run: Sequence[Incoming], counter: ChangeCounter,
               arrival: Arrival) -> list[MergeResult]:
    heads = _heads(conn, [item.envelope["id"] for item in run])
    held = _held_versions(conn, list(heads)) if heads else set()
    out = _Batch(arrival)
    results = []
    for position, item in enumerate(run):
        incoming = item.envelope
        record_id = incoming["id"]
        head = heads.get(record_id)
        if head is not None and head.origin != arrival.sender:
            raise NotItsRecord(record_id, position)
        if head is not None and head.record_type != incoming["type"]:
            raise TypeChanged(record_id, position)
        body = item.text()
        if head is None:  # HQ never held this record (a record's first version always becomes its head)
            out.keep(incoming, body)
            out.heads.append((incoming, body, counter.next()))  # its lineage row too
            results.append(MergeResult.NEW)
            continue
        result, becomes_head = _merge_known(conn, head, item, body, held, out)
        if becomes_head:
            out.heads.append((incoming, body, counter.next()))
        results.append(result)
    out.write(conn, store)
    return results


def _merge_known(conn: Connection, head: _Head, item: Incoming, body: str, held: set[tuple[str, str, int, str]],
                 out: _Batch) -> tuple[MergeResult, bool]:
    """A version of a record HQ holds: (the result, whether it becomes the head)."""
    incoming = item.envelope
    record_id, version, parent = incoming["id"], _key(incoming), incoming["parent"]
    if (record_id, *version, hashlib.sha256(body.encode("utf-8")).hexdigest()) in held:
        return MergeResult.SAME, False  # merged once already: a repeat brings nothing (and reopens nothing)
    out.keep(incoming, body)
    # Now, not with the batch: the descent walk below starts from this version's own lineage row.
    add_lineage(conn, record_id, version, None if parent is None else (parent["device"], int(parent["counter"])))
    if head.version == version:
        if head.body == body:
            return MergeResult.SAME, False
        return _conflict(conn, json.loads(head.body), head.body, incoming, body, out.arrival.bundle_id)
    effective = _chosen_by_resolution(conn, record_id, head.version) or head.version
    if effective == version:
        return MergeResult.KEPT_CURRENT, False
    if effective in item.ancestors or is_ancestor(conn, record_id, effective, version):
        return MergeResult.FAST_FORWARD, True
    if is_ancestor(conn, record_id, version, head.version):
        return MergeResult.KEPT_CURRENT, False
    return _conflict(conn, json.loads(head.body), head.body, incoming, body, out.arrival.bundle_id)


_UNREFERENCED = (
    " NOT IN (SELECT f.value FROM record_facets f JOIN records r ON r.rid = f.rid"
    "  WHERE f.facet = 'sha256' AND r.deleted = 0"
    " UNION SELECT json_extract(body_a, '$.data.sha256') FROM conflicts"
    "  WHERE status = 'open' AND record_type = 'attachment'"
    " UNION SELECT json_extract(body_b, '$.data.sha256') FROM conflicts"
    "  WHERE status = 'open' AND record_type = 'attachment'"
    " UNION SELECT json_extract(body, '$.data.sha256') FROM record_history"
    "  WHERE record_type = 'attachment' AND deleted = 0)")


def collect_garbage(conn: Connection, staged: Collection[str] | None = None) -> int:
    """Drop blobs no live attachment, no open conflict and no kept version refers to (and unfinished ones):
    an attachment's bytes stay as long as HQ keeps a version naming them, which is for ever.

    With `staged` (the blobs an import just stored) only those are weighed: an import adds references and
    removes none (every version stays in the history), so nothing else can have become garbage, and the
    walk over every attachment version HQ ever kept (which grows with the history) is left out whenever a
    live attachment names each staged blob, as it nearly always does."""
    if staged is None:
        return int(conn.execute("DELETE FROM blobs WHERE sha256 IS NULL OR sha256" + _UNREFERENCED).rowcount)  # noqa: S608
    dropped = int(conn.execute("DELETE FROM blobs WHERE sha256 IS NULL").rowcount)
    unnamed = set(staged)
    for part in in_chunks(sorted(unnamed)):
        unnamed.difference_update(row[0] for row in conn.execute(
            "SELECT f.value FROM record_facets f JOIN records r ON r.rid = f.rid"  # noqa: S608
            f" WHERE f.facet = 'sha256' AND f.value IN ({placeholders(part)}) AND r.deleted = 0", part))
    for part in in_chunks(sorted(unnamed)):
        dropped += int(conn.execute(
            f"DELETE FROM blobs WHERE sha256 IN ({placeholders(part)}) AND sha256" + _UNREFERENCED,  # noqa: S608
            part).rowcount)
    return dropped
