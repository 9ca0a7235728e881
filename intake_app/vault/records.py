"""Save, read, list and delete records. Every write is validated, versioned, indexed and audited in
one transaction.

`prepare` is the one place a record gets the metadata the vault stamps on it (version, parent, times,
origin) and is checked against the schemas: `save` uses it, and so does an editor's live check, so the
form cannot accept what the vault would refuse, and a save checks the record once.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from intake_app.domain.models import (
    HQ_RECORD_TYPES,
    RECORD_TYPES,
    AidDistribution,
    Record,
    Version,
    new_id,
    record_from_envelope,
    utc_now,
)
from intake_app.domain.validation import record_problems
from intake_app.errors import IntakeError, ValidationFailed
from intake_app.i18n import _
from intake_app.vault import audit, history_store, match
from intake_app.vault.connection import Connection
from intake_app.vault.indexing import FTS_INSERT, fts_row, index_entry
from intake_app.vault.vault import Role, Vault

ORDERS = {
    "label": "label COLLATE NOCASE, rid",
    "date": "event_date, rid",
    "updated": "updated_at, rid",
    "created": "created_at, rid",
}
# The sort column of each order, for keyset paging (continue after the last row seen).
_ORDER_COLUMN = {"label": "label COLLATE NOCASE", "date": "event_date", "updated": "updated_at",
                 "created": "created_at"}


class RecordNotFoundError(IntakeError):
    pass


class StaleRecordError(IntakeError):
    """The record changed since it was read: saving would silently drop the other change."""


class RecordInvalid(ValidationFailed):
    """The record does not fit its schema; `problems` are the translated reasons, one each."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = tuple(problems)


PREVIEW_COUNTER = 1
"""The version counter a record is checked with before a save: the real one is only drawn inside the
write transaction, and the schema asks no more of it than being positive."""


@dataclass(frozen=True)
class PreparedRecord:
    """A record as the vault would write it, with what stops it from being written (empty: nothing)."""

    envelope: dict[str, Any]
    problems: tuple[str, ...]


# Made once: `json.dumps` with options builds a new encoder on every call, a cost an import pays per record.
_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def canonical_json(obj: Any) -> str:
    """The one text form of a record (sorted keys, no spaces, UTF-8 as is): what is stored, hashed and sent."""
    return _CANONICAL.encode(obj)


@dataclass(frozen=True)
class RecordRow:
    """What a list shows without decoding the body."""

    id: str
    type: str
    label: str
    event_date: str | None
    updated_at: str
    deleted: bool
    rid: int = 0            # the row's stable id, for keyset paging
    created_at: str = ""
    origin_device: str = ""  # the device that created the record (HQ lists show it by name)


def _sort_value(row: RecordRow, order: str) -> str | None:
    return {"label": row.label, "date": row.event_date, "updated": row.updated_at,
            "created": row.created_at or None}[order]


class RecordStore:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    # -- writing ---------------------------------------------------------------------------------------

    def prepare(self, record: Record, *, conn: Connection | None = None, counter: int | None = None,
                reason: str | None = None) -> PreparedRecord:
        """Stamp `record` as a save would (version, parent, times, origin, reason) and check it.

        Without `conn` (an editor's live check) the stamps come from the record as it was read, with no
        query; `save` passes its transaction, so they come from the stored head and the drawn counter,
        and the case's match tokens are computed from its identifying details.
        """
        head = self._head(conn, record.id) if conn is not None else self._head_as_read(record)
        device = self.vault.info.device_id
        now = utc_now()
        env = record.to_envelope()
        env.update(
            version={"device": device, "counter": PREVIEW_COUNTER if counter is None else counter},
            parent=(None if head is None else
                    {"device": head["version_device"], "counter": head["version_counter"]}),
            created_at=now if head is None else head["created_at"] or now,
            updated_at=now,
            origin_device=device if head is None else head["origin_device"] or device,
        )
        # `reason` (why this change was made) belongs to this version only: a later save without one carries none.
        env.pop("reason", None)
        if reason and reason.strip():
            env["reason"] = reason.strip()
        if conn is not None:
            match.refresh_tokens(conn, env)
        return PreparedRecord(env, tuple(record_problems(env)))

    def save(self, record: Record, *, reason: str | None = None) -> Record:
        """Write a new version of `record` (creating it if new) and return it as stored.

        `reason` (why this change was made) is kept with this version only. At headquarters the version is
        also kept in its history.

        Raises RecordInvalid (with every reason) when it does not fit its schema: nothing is written.
        """
        vault = self.vault
        with vault.transaction() as conn:
            current = self._head(conn, record.id)
            if current is not None:
                head = Version(current["version_device"], current["version_counter"])
                if record.version is not None and record.version != head:
                    raise StaleRecordError(
                        _("This record was changed elsewhere since you opened it; reopen it and "
                          "make your change again."))
                if current["type"] != record.TYPE:
                    raise IntakeError(_("A record with this id already exists with another type."))
            counter = vault.next_change_seq(conn)
            prepared = self.prepare(record, conn=conn, counter=counter, reason=reason)
            if prepared.problems:
                raise RecordInvalid(prepared.problems)
            env = prepared.envelope
            self._check_references(conn, env)
            self.write_envelope(conn, env, counter)
            if vault.info.role is Role.HQ:
                history_store.add_versions(conn, [history_store.history_row(
                    env, canonical_json(env), received_at=env["updated_at"], made_at_hq=True, reason=reason)])
            action = "delete" if env["deleted"] else ("create" if current is None else "update")
            audit.append(conn, action, record_type=env["type"], record_id=env["id"],
                         version=f"{vault.info.device_id}:{counter}")
        return record_from_envelope(env)

    def save_for_each_case(self, aid: AidDistribution, case_ids: Sequence[str]) -> list[Record]:
        """Quick entry: the same aid handed to several people, one new distribution per case.

        All are written in one transaction, so a failure for one person leaves nobody half-recorded.
        """
        if not case_ids:
            raise ValidationFailed(_("Cases: choose at least one case."))
        saved: list[Record] = []
        with self.vault.transaction():
            for case_id in case_ids:
                one = copy.deepcopy(aid)
                one.id, one.case_id, one.version = new_id(), case_id, None
                saved.append(self.save(one))
        return saved

    def delete(self, record_id: str) -> Record:
        """Replace the record by a tombstone: its content is gone, its id and history remain."""
        record = self.get(record_id)
        if record is None:
            raise RecordNotFoundError(_("No such record."))
        tombstone = type(record)(id=record.id, version=record.version, deleted=True)
        return self.save(tombstone)

    @staticmethod
    def write_envelope(conn: Connection, env: dict[str, Any], change_seq: int) -> None:
        """Store a validated envelope as the record's head, with its index rows. Caller holds the transaction."""
        RecordStore.write_envelopes(conn, [(env, canonical_json(env), change_seq)])

    @staticmethod
    def write_envelopes(conn: Connection, items: Sequence[tuple[dict[str, Any], str, int]]) -> None:
        """Store validated envelopes as their records' heads, with their index rows, a few statements for the
        lot (an import writes thousands). Each item: (envelope, its canonical JSON, change counter). Caller
        holds the transaction.

        The same as writing them one by one with `write_envelope`, in order: new records get their row ids in
        the order given, and a record given twice ends with the later version.
        """
        for run in _runs_of_distinct_ids(items):
            _write_run(conn, run)

    def _check_references(self, conn: Connection, env: dict[str, Any]) -> None:
        if env["deleted"]:
            return
        data = env["data"]
        refs: list[str] = []
        if env["type"] == "aid":
            refs.append(data["case_id"])
        elif env["type"] == "testimony":
            refs.append(data["witness_case_id"])
        elif env["type"] == "case":
            refs.extend(h["case_id"] for h in data.get("household", []))
        for ref in refs:
            row = conn.execute("SELECT type, deleted FROM records WHERE id = ?", (ref,)).fetchone()
            if row is None or row[0] != "case" or row[1]:
                raise IntakeError(_("The record refers to a case that does not exist: {id}").format(id=ref))

    # -- reading ---------------------------------------------------------------------------------------

    @staticmethod
    def _head(conn: Connection, record_id: str) -> dict[str, Any] | None:
        cur = conn.execute(
            "SELECT type, version_device, version_counter, created_at, origin_device FROM records"
            " WHERE id = ?", (record_id,))
        row = cur.fetchone()
        if row is None:
            return None
        return dict(zip(("type", "version_device", "version_counter", "created_at", "origin_device"),
                        row, strict=True))

    @staticmethod
    def _head_as_read(record: Record) -> dict[str, Any] | None:
        """The head `record` was read from (None for a new record), in the shape of `_head`."""
        if record.version is None:
            return None
        return {"type": record.TYPE, "version_device": record.version.device,
                "version_counter": record.version.counter, "created_at": record.created_at,
                "origin_device": record.origin_device}

    def get_envelope(self, record_id: str) -> dict[str, Any] | None:
        with self.vault.reading() as conn:
            row = conn.execute("SELECT body FROM records WHERE id = ?", (record_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def get(self, record_id: str, *, include_deleted: bool = False) -> Record | None:
        env = self.get_envelope(record_id)
        if env is None or (env["deleted"] and not include_deleted):
            return None
        return record_from_envelope(env)

    def find_case_by_code(self, code: str) -> Record | None:
        with self.vault.reading() as conn:
            row = conn.execute(
                "SELECT body FROM records WHERE type = 'case' AND deleted = 0"
                " AND json_extract(body, '$.data.code') = ?", (code.strip().upper(),)).fetchone()
        return record_from_envelope(json.loads(row[0])) if row else None

    def count(self, record_type: str | None = None, *, include_deleted: bool = False) -> int:
        sql = "SELECT count(*) FROM records WHERE 1 = 1"
        args: list[Any] = []
        if record_type:
            sql += " AND type = ?"
            args.append(record_type)
        if not include_deleted:
            sql += " AND deleted = 0"
        with self.vault.reading() as conn:
            return int(conn.execute(sql, args).fetchone()[0])

    def counts(self) -> dict[str, int]:
        """Per record type; headquarters' own types (links, events, assessments) only where there are some."""
        found = {t: self.count(t) for t in RECORD_TYPES}
        return {t: n for t, n in found.items() if n or t not in HQ_RECORD_TYPES}

    def list_rows(self, record_type: str, *, offset: int = 0, limit: int = 200, order: str = "label",
                  descending: bool = False, after: RecordRow | None = None) -> list[RecordRow]:
        """One page of a list, sorted by an indexed column.

        With `after` (the last row of the previous page) the page starts right after it through the
        index (keyset paging): the 500th page of 100,000 rows costs what the first does, where an
        OFFSET would step over every row before it.
        """
        direction = " DESC" if descending else ""
        order_sql = ", ".join(part + direction for part in ORDERS[order].split(", "))
        where, args = "type = ? AND deleted = 0", [record_type]
        key = None if after is None else _sort_value(after, order)
        if key is not None and after is not None and after.rid:
            column, cmp = _ORDER_COLUMN[order], "<" if descending else ">"
            # NULLs sort first ascending, last descending: going down, rows without a value still follow.
            nulls_after = " OR event_date IS NULL" if descending and order == "date" else ""
            where += f" AND ({column} {cmp} ? OR ({column} = ? AND rid {cmp} ?){nulls_after})"
            args += [key, key, after.rid]
            offset = 0
        with self.vault.reading() as conn:
            rows = conn.execute(
                f"SELECT id, type, label, event_date, updated_at, deleted, rid, created_at, origin_device"  # noqa: S608
                f" FROM records"
                f" WHERE {where} ORDER BY {order_sql} LIMIT ? OFFSET ?",
                (*args, limit, offset)).fetchall()
        return [RecordRow(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6], r[7], r[8]) for r in rows]

    def list(self, record_type: str, *, offset: int = 0, limit: int = 200, order: str = "label",
             descending: bool = False) -> list[Record]:
        rows = self.list_rows(record_type, offset=offset, limit=limit, order=order, descending=descending)
        out = []
        for row in rows:
            record = self.get(row.id)
            if record is not None:
                out.append(record)
        return out

    def iter_envelopes(self, *, changed_after: int = 0, include_deleted: bool = True,
                       batch: int = 500) -> Iterator[dict[str, Any]]:
        """Every record changed after a change counter, oldest change first, in batches (bounded memory)."""
        last = changed_after
        while True:
            with self.vault.reading() as conn:
                rows = conn.execute(
                    "SELECT change_seq, body, deleted FROM records WHERE change_seq > ?"
                    " ORDER BY change_seq LIMIT ?", (last, batch)).fetchall()
            if not rows:
                return
            for seq, body, deleted in rows:
                last = seq
                if include_deleted or not deleted:
                    yield json.loads(body)


# -- batched writing ---------------------------------------------------------------------------------------

_IN_LIMIT = 500  # ids per `IN (...)` list: far below SQLite's variable limit, long enough to pay off
_INSERT_RECORD = (
    "INSERT INTO records (rid, type, body, version_device, version_counter, parent_device, parent_counter,"
    " origin_device, created_at, updated_at, deleted, label, event_date, change_seq, id)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
_UPDATE_RECORD = (
    "UPDATE records SET type = ?, body = ?, version_device = ?, version_counter = ?, parent_device = ?,"
    " parent_counter = ?, origin_device = ?, created_at = ?, updated_at = ?, deleted = ?, label = ?,"
    " event_date = ?, change_seq = ? WHERE rid = ?")


def in_chunks(values: Sequence[Any], size: int = _IN_LIMIT) -> Iterator[Sequence[Any]]:
    """`values` in slices short enough for one `IN (?, ...)` list each."""
    for start in range(0, len(values), size):
        yield values[start:start + size]


def placeholders(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


def record_rids(conn: Connection, ids: Sequence[str]) -> dict[str, int]:
    """The row id of each of `ids` that names a stored record."""
    found: dict[str, int] = {}
    for part in in_chunks(ids):
        found.update(conn.execute(
            f"SELECT id, rid FROM records WHERE id IN ({placeholders(part)})", part))  # noqa: S608
    return found


def _runs_of_distinct_ids(items: Sequence[tuple[dict[str, Any], str, int]]) -> Iterator[
        Sequence[tuple[dict[str, Any], str, int]]]:
    """`items` cut where an id comes again, so each run writes a record at most once."""
    start, seen = 0, set()
    for n, (env, _body, _seq) in enumerate(items):
        if env["id"] in seen:
            yield items[start:n]
            start, seen = n, set()
        seen.add(env["id"])
    if start < len(items):
        yield items[start:]


def _write_run(conn: Connection, run: Sequence[tuple[dict[str, Any], str, int]]) -> None:
    existing = record_rids(conn, [env["id"] for env, _body, _seq in run])
    next_rid: int | None = None
    inserts, updates, replaced = [], [], []
    facets: list[tuple[str, str, int]] = []
    texts: list[tuple[int, str, str]] = []
    lineage = []
    for env, body, change_seq in run:
        entry = index_entry(env)
        version, parent = env["version"], env["parent"] or {}
        values = (env["type"], body, version["device"], version["counter"], parent.get("device"),
                  parent.get("counter"), env["origin_device"], env["created_at"], env["updated_at"],
                  int(env["deleted"]), entry.label, entry.event_date, change_seq)
        rid = existing.get(env["id"])
        if rid is None:
            if next_rid is None:  # the row id SQLite itself would give: one above the highest
                next_rid = int(conn.execute("SELECT coalesce(max(rid), 0) + 1 FROM records").fetchone()[0])
            rid, next_rid = next_rid, next_rid + 1
            inserts.append((rid, *values, env["id"]))
        else:
            updates.append((*values, rid))
            replaced.append((rid,))
        facets.extend((facet, value, rid) for facet, value in sorted(entry.facets))
        fts_values = fts_row(rid, entry)
        if fts_values is not None:
            texts.append(fts_values)
        lineage.append((env["id"], version["device"], version["counter"], parent.get("device"),
                        parent.get("counter")))
    if replaced:
        conn.executemany("DELETE FROM record_facets WHERE rid = ?", replaced)
        conn.executemany("DELETE FROM records_fts WHERE rowid = ?", replaced)
        conn.executemany(_UPDATE_RECORD, updates)
    if inserts:
        conn.executemany(_INSERT_RECORD, inserts)
    conn.executemany("INSERT INTO record_facets (facet, value, rid) VALUES (?, ?, ?)", facets)
    conn.executemany(FTS_INSERT, texts)
    conn.executemany(
        "INSERT OR IGNORE INTO version_lineage (record_id, device, counter, parent_device, parent_counter)"
        " VALUES (?, ?, ?, ?, ?)", lineage)
