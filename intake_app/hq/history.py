"""HQ: the history of a record (every version HQ ever received or made), and restoring an earlier one.

The history is append-only (vault/history_store.py); the head in `records` is a pointer into it. A
coordinator never edits the past: resolving a conflict or restoring an earlier version makes a new HQ
version (device = HQ's own id) whose parent is the head it replaces, with the reason it was made.

`content_digest` hashes everything HQ holds as evidence (every version, not only heads, with lineage,
conflicts and attachment bytes): the hostile-bundle tests assert it does not move.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from intake_app.domain.models import record_from_envelope, utc_now
from intake_app.domain.validation import validate_record
from intake_app.errors import IntakeError
from intake_app.hq.merge import RESOLVED, RESTORED, version_text
from intake_app.i18n import _
from intake_app.sync import keystore
from intake_app.vault import audit, history_store
from intake_app.vault.connection import Connection
from intake_app.vault.records import RecordStore, canonical_json
from intake_app.vault.vault import Role, Vault


class HistoryError(IntakeError):
    pass


@dataclass(frozen=True)
class VersionInfo:
    record_id: str
    record_type: str
    device: str
    counter: int
    parent: str | None  # "DEVICE:COUNTER"
    body: dict[str, Any] | None  # the record's data; None for a tombstone
    deleted: bool
    bundle_id: str | None
    bundle_sha256: str | None
    imported_at: str | None  # when HQ received it (None for a version HQ made)
    made_at_hq: bool
    reason: str | None  # why HQ made it: "resolved DEVICE:COUNTER", "restored DEVICE:COUNTER", …
    is_head: bool
    envelope: dict[str, Any] | None = None  # the whole envelope as kept
    made_at: str = ""  # when HQ received or made it

    @property
    def version(self) -> str:
        return version_text(self.device, self.counter)


_COLUMNS = ("record_id, record_type, device, counter, parent_device, parent_counter, deleted, body, bundle_id,"
            " bundle_sha256, received_at, made_at_hq, reason")


def _info(row: Any, head: tuple[str, int, str] | None) -> VersionInfo:
    envelope = json.loads(row[7])
    deleted = bool(row[6])
    made_at_hq = bool(row[11])
    return VersionInfo(
        record_id=row[0], record_type=row[1], device=row[2], counter=int(row[3]),
        parent=None if row[4] is None else version_text(row[4], int(row[5])),
        body=None if deleted else envelope.get("data"), deleted=deleted, bundle_id=row[8], bundle_sha256=row[9],
        imported_at=None if made_at_hq else row[10], made_at_hq=made_at_hq, reason=row[12],
        is_head=head is not None and (row[2], int(row[3]), row[7]) == head, envelope=envelope, made_at=row[10])


def record_versions(conn: Connection, record_id: str) -> list[VersionInfo]:
    """Every version of the record HQ holds, oldest first (in the order HQ received or made them)."""
    found = conn.execute("SELECT version_device, version_counter, body FROM records WHERE id = ?",
                         (record_id,)).fetchone()
    head = None if found is None else (str(found[0]), int(found[1]), str(found[2]))
    rows = conn.execute(f"SELECT {_COLUMNS} FROM record_history WHERE record_id = ? ORDER BY hid",  # noqa: S608
                        (record_id,)).fetchall()
    return [_info(row, head) for row in rows]


def versions_of(vault: Vault, record_id: str) -> list[VersionInfo]:
    keystore.require_role(vault, Role.HQ)
    with vault.reading() as conn:
        return record_versions(conn, record_id)


def write_hq_version(conn: Connection, vault: Vault, source: dict[str, Any], reason: str, *,
                     parent: dict[str, Any] | None = None) -> dict[str, Any]:
    """A new HQ version of `source`'s record with `source`'s content, on top of the current head (or of
    `parent`, a version); kept in the history with `reason`. Inside the caller's transaction."""
    head = conn.execute("SELECT body FROM records WHERE id = ?", (source["id"],)).fetchone()
    if head is None:
        raise HistoryError(_("No such record."))
    current = json.loads(head[0])
    counter = vault.next_change_seq(conn)
    env = {**current, "type": source["type"], "deleted": source["deleted"],
           "version": {"device": vault.info.device_id, "counter": counter},
           "parent": dict(parent or current["version"]), "updated_at": utc_now()}
    if "data" in source:
        env["data"] = source["data"]
    else:
        env.pop("data", None)
    validate_record(env)
    body = canonical_json(env)
    RecordStore.write_envelope(conn, env, counter)
    history_store.add_versions(conn, [history_store.history_row(env, body, received_at=env["updated_at"],
                                                                made_at_hq=True, reason=reason)])
    audit.append(conn, "hq_version", record_type=env["type"], record_id=env["id"],
                 version=version_text(vault.info.device_id, counter), detail=reason)
    return env


def restore_version(vault: Vault, record_id: str, version: str) -> VersionInfo:
    """Make the content of an earlier version (`DEVICE:COUNTER`) the record's head again, as a new HQ
    version; nothing is overwritten. Returns the new version."""
    keystore.require_role(vault, Role.HQ)
    with vault.transaction() as conn:
        versions = record_versions(conn, record_id)
        chosen = [v for v in versions if v.version == version]
        if not chosen:
            raise HistoryError(_("Record {id} has no version {version} at headquarters.").format(
                id=record_id, version=version))
        source = chosen[-1].envelope or {}
        if source.get("type") == "attachment" and not source.get("deleted") and conn.execute(
                "SELECT 1 FROM blobs WHERE sha256 = ?", (source["data"]["sha256"],)).fetchone() is None:
            raise HistoryError(_("The content of this attachment version is no longer at headquarters."))
        record_from_envelope(source)  # the version must still read as a record of today's schema
        write_hq_version(conn, vault, source, f"{RESTORED} {version}")
        return record_versions(conn, record_id)[-1]


def reason_text(reason: str | None) -> str:
    """A version's reason, in words (stable keys are stored, words are shown)."""
    if not reason:
        return ""
    kind, _sep, version = reason.partition(" ")
    version = version.rsplit(":", 1)[-1]  # the counter, as the history table shows versions
    if kind == RESOLVED:
        return _("conflict resolved: kept {version}").format(version=version)
    if kind == RESTORED:
        return _("restored version {version}").format(version=version)
    if reason == "kept before history":
        return _("held before headquarters kept every version")
    return _("edited at headquarters")


_DIGEST_QUERIES = (
    "SELECT record_id, device, counter, parent_device, parent_counter, deleted, body, bundle_id, bundle_sha256,"
    " made_at_hq, reason FROM record_history ORDER BY record_id, device, counter, body_sha256",
    "SELECT id, body, version_device, version_counter, deleted FROM records ORDER BY id",
    "SELECT record_id, device, counter, parent_device, parent_counter FROM version_lineage"
    " ORDER BY record_id, device, counter",
    "SELECT b.sha256, c.seq, c.data FROM blob_chunks c JOIN blobs b ON b.rid = c.blob_rid"
    " WHERE b.sha256 IS NOT NULL ORDER BY b.sha256, c.seq",
    "SELECT pair_key, version_a, body_a, version_b, body_b, winner, status, kept_version FROM conflicts"
    " ORDER BY pair_key",
)


_CONTENT_ONLY = (
    "SELECT record_id, device, counter, parent_device, parent_counter, deleted, body, made_at_hq, reason"
    " FROM record_history ORDER BY record_id, device, counter, body_sha256",
)


def content_digest(conn: Connection, *, provenance: bool = True) -> str:
    """SHA-256 over every version HQ holds (not only heads), heads, lineage, attachment bytes and conflicts.
    Without `provenance`, which bundle first brought a version is left out (it depends on arrival order)."""
    digest = hashlib.sha256()
    for sql in (_DIGEST_QUERIES if provenance else _CONTENT_ONLY + _DIGEST_QUERIES[1:]):
        for row in conn.execute(sql):
            digest.update(repr(tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)).encode())
        digest.update(b"|")
    return digest.hexdigest()
