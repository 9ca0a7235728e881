"""Field: export what changed into encrypted, signed bundle files for headquarters.

What goes: every record whose change counter is above the last counter HQ acknowledged with a receipt
(everything with `full`), its attachments' bytes with it. Until a receipt comes back, each export carries
everything since the last acknowledged counter again, so a lost or seized stick loses nothing and HQ
merges the repeats as no-ops. Identifying fields are removed unless the deployment profile allows them,
and attachments marked identifying stay in the field unless it allows those.

An export that would exceed a bundle's limits (records, their bytes, the file size) is cut into several
bundles, each with its own sequence number and counter range, written one after the other.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from intake_app.domain.models import utc_now
from intake_app.domain.validation import identifying_fields
from intake_app.errors import IntakeError
from intake_app.i18n import N_, P_, _
from intake_app.outcomes import Outcome
from intake_app.sync import child, keystore, profile
from intake_app.sync.limits import DEFAULT_LIMITS, Limits
from intake_app.sync.writer import BundlePlan, WrittenBundle, entry_size, write_bundle
from intake_app.vault import audit, status
from intake_app.vault.attachments import AttachmentStore
from intake_app.vault.connection import Connection
from intake_app.vault.records import canonical_json
from intake_app.vault.vault import Role, Vault

log = logging.getLogger(__name__)

ACKNOWLEDGED_SEQ = "sync_acknowledged_change_seq"
_BATCH = 500

Progress = Callable[[int, int], None]


class ExportOutcome(Outcome):
    WRITTEN = "written", N_("Bundle written.")
    NOTHING_NEW = "nothing_new", N_(
        "Nothing changed since headquarters last acknowledged an export: no bundle was written.")


@dataclass(frozen=True)
class ExportedBundle:
    path: Path
    bundle_id: str
    sequence: int
    records: int
    attachments: int
    size: int


@dataclass(frozen=True)
class ExportResult:
    outcome: ExportOutcome
    bundles: tuple[ExportedBundle, ...] = ()
    kept_back: int = 0  # identifying attachments the policy keeps in the field

    @property
    def path(self) -> Path | None:
        return self.bundles[0].path if self.bundles else None

    @property
    def records(self) -> int:
        return sum(b.records for b in self.bundles)

    @property
    def attachments(self) -> int:
        return sum(b.attachments for b in self.bundles)

    @property
    def message(self) -> str:
        if self.outcome is ExportOutcome.NOTHING_NEW:
            return self.outcome.text()
        bundles = P_("{n} bundle written", "{n} bundles written", len(self.bundles)).format(n=len(self.bundles))
        records = P_("{n} record", "{n} records", self.records).format(n=self.records)
        attachments = P_("{n} attachment", "{n} attachments", self.attachments).format(n=self.attachments)
        return _("{bundles}: {records}, {attachments}.").format(bundles=bundles, records=records,
                                                                 attachments=attachments)


class ExportError(IntakeError):
    pass


@dataclass
class _Draft:
    after: int
    records: bytearray = field(default_factory=bytearray)
    count: int = 0
    attachments: dict[str, int] = field(default_factory=dict)
    plain: int = 0
    last_included: int = 0


def _apply_policy(envelope: dict[str, Any], policy: profile.ExportPolicy) -> dict[str, Any] | None:
    """The envelope as it may leave the field, or None when it must stay."""
    if envelope["deleted"]:
        return envelope
    record_type, data = envelope["type"], envelope["data"]
    if record_type == "attachment" and data.get("identifying") and not policy.include_identifying_attachments:
        return None
    withheld = {k for k in set(identifying_fields(record_type)) - policy.allowed_identifying(record_type)
                if data.get(k) is not None}
    if withheld:  # emptied, not removed: the record keeps its shape, HQ sees "not given"
        envelope = {**envelope, "data": {k: (None if k in withheld else v) for k, v in data.items()}}
    return envelope


def _ancestors(lineage: dict[tuple[str, int], tuple[str | None, int | None]], parent: dict[str, Any] | None,
               limit: int) -> list[list[Any]]:
    out: list[list[Any]] = []
    current = None if parent is None else (parent["device"], int(parent["counter"]))
    while current is not None and len(out) < limit:
        out.append([current[0], current[1]])
        step = lineage.get(current)
        current = None if step is None or step[0] is None else (step[0], int(step[1] or 0))
    return out


def _batch(conn: Connection, after: int, upper: int) -> tuple[list[Any], dict[str, dict[Any, Any]], dict[str, int]]:
    rows = conn.execute("SELECT change_seq, id, type, body, parent_device, parent_counter FROM records"
                        " WHERE change_seq > ? AND change_seq <= ? ORDER BY change_seq LIMIT ?",
                        (after, upper, _BATCH)).fetchall()
    ids = [row[1] for row in rows]
    lineage: dict[str, dict[Any, Any]] = {}
    blobs: dict[str, int] = {}
    if ids:
        marks = ",".join("?" * len(ids))
        for rid, device, counter, parent_device, parent_counter in conn.execute(
                f"SELECT record_id, device, counter, parent_device, parent_counter FROM version_lineage"  # noqa: S608
                f" WHERE record_id IN ({marks})", ids):
            lineage.setdefault(rid, {})[(device, counter)] = (parent_device, parent_counter)
        blobs = dict(conn.execute(
            f"SELECT b.sha256, b.size FROM blobs b JOIN records r ON r.type = 'attachment' AND r.deleted = 0"  # noqa: S608
            f" AND json_extract(r.body, '$.data.sha256') = b.sha256 WHERE r.id IN ({marks})", ids).fetchall())
    return rows, lineage, blobs


@cache
def _needs_policy(record_type: str) -> bool:
    return record_type == "attachment" or bool(identifying_fields(record_type))


def _record_line(row: Any, lineage: dict[str, dict[Any, Any]], policy: profile.ExportPolicy,
                 limits: Limits) -> tuple[bytes, dict[str, Any] | None] | None:
    """The records.ndjson line of one stored record (and its envelope when it had to be read), or None when
    the policy keeps it in the field. The stored body is already canonical JSON: most records go as is."""
    _seq, record_id, record_type, body, parent_device, parent_counter = row
    envelope = None
    if _needs_policy(record_type):
        envelope = json.loads(body)
        shaped = _apply_policy(envelope, policy)
        if shaped is None:
            return None
        if shaped is not envelope:
            envelope, body = shaped, canonical_json(shaped)
    parent = None if parent_device is None else {"device": parent_device, "counter": parent_counter}
    ancestors = _ancestors(lineage.get(record_id, {}), parent, limits.max_ancestors)
    listed = json.dumps(ancestors, separators=(",", ":")).encode("ascii") if ancestors else b"[]"
    line = b'{"ancestors":' + listed + b',"record":' + body.encode("utf-8") + b"}\n"
    if len(line) > limits.max_record_line_bytes:
        raise ExportError(_("Record {id} is too large to export.").format(id=record_id))
    return line, envelope


def _drafts(vault: Vault, start: int, upper: int, policy: profile.ExportPolicy, limits: Limits,
            kept_back: list[int]) -> Iterator[tuple[_Draft, int]]:
    """Bundles' worth of records, each within the limits; yields (draft, counter it covers through)."""
    draft = _Draft(after=start)
    cursor = start
    while True:
        with vault.reading() as conn:
            rows, lineage, blobs = _batch(conn, cursor, upper)
        if not rows:
            break
        for row in rows:
            cursor = change_seq = row[0]
            made = _record_line(row, lineage, policy, limits)
            if made is None:
                kept_back[0] += 1
                continue
            line, envelope = made
            blob: tuple[str, int] | None = None
            if envelope is not None and envelope["type"] == "attachment" and not envelope["deleted"]:
                sha = envelope["data"]["sha256"]
                if sha not in blobs:
                    raise ExportError(_("The content of attachment {id} is missing from the vault; run `intake-app "
                                        "verify`.").format(id=row[1]))
                if sha not in draft.attachments:
                    blob = (sha, blobs[sha])
            extra = len(line) + (entry_size(blob[1]) if blob else 0)
            full = (draft.count + 1 > limits.max_records or len(draft.records) + len(line) > limits.max_records_bytes
                    or len(draft.attachments) + 1 > limits.max_entries - 3
                    or draft.plain + extra > limits.max_plain_budget)
            if full and draft.count:
                yield draft, draft.last_included
                draft = _Draft(after=draft.last_included)
            draft.records += line
            draft.count += 1
            draft.plain += extra
            if blob:
                draft.attachments[blob[0]] = blob[1]
            draft.last_included = change_seq
    if draft.count:
        yield draft, upper


@dataclass(frozen=True)
class _Reserved:
    sequence: int
    previous_sequence: int | None
    previous_sha256: str | None
    audit_length: int
    audit_head: str
    audit_at_previous: tuple[int, str | None] | None


def _audit_anchor(conn: Connection) -> tuple[int, str, tuple[int, str | None] | None]:
    """The audit chain now (length, head) and its hash at the length the last written bundle announced:
    HQ compares that with what it recorded, so a chain cut or rewritten since then shows there."""
    length = int(conn.execute("SELECT count(*) FROM audit").fetchone()[0])
    head = audit.head(conn)
    row = conn.execute("SELECT audit_length FROM export_log WHERE status = 'written' AND audit_length IS NOT NULL"
                       " ORDER BY sequence DESC LIMIT 1").fetchone()
    if row is None:
        return length, head, None
    then = int(row[0])
    if then == 0:
        return length, head, (0, audit.GENESIS.hex())
    found = conn.execute("SELECT hash FROM audit WHERE seq = ?", (then,)).fetchone()
    return length, head, (then, bytes(found[0]).hex() if found else None)


def _reserve(vault: Vault, bundle_id: str, draft: _Draft, through: int, full: bool) -> _Reserved:
    """Take the next sequence number (kept even if a crash follows: a number is never used twice)."""
    with vault.transaction() as conn:
        last = conn.execute("SELECT max(sequence) FROM export_log").fetchone()[0]
        previous = conn.execute("SELECT sequence, sha256 FROM export_log WHERE status = 'written'"
                                " ORDER BY sequence DESC LIMIT 1").fetchone()
        sequence = (last or 0) + 1
        length, head, at_previous = _audit_anchor(conn)
        conn.execute("INSERT INTO export_log (sequence, bundle_id, status, full, counter_after, counter_through,"
                     " started_at, audit_length, audit_head) VALUES (?, ?, 'writing', ?, ?, ?, ?, ?, ?)",
                     (sequence, bundle_id, int(full), draft.after, through, utc_now(), length, head))
    return _Reserved(sequence, previous[0] if previous else None, previous[1] if previous else None,
                     length, head, at_previous)


def _mark_written(vault: Vault, sequence: int, through: int, draft: _Draft, written: WrittenBundle) -> None:
    now = utc_now()
    with vault.transaction() as conn:
        conn.execute("UPDATE export_log SET status = 'written', sha256 = ?, size = ?, record_count = ?,"
                     " attachment_count = ?, exported_at = ? WHERE sequence = ?",
                     (written.manifest_sha256, written.size, draft.count, len(draft.attachments), now, sequence))
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (status.LAST_EXPORT_SEQ,)).fetchone()
        exported = max(int(row[0]) if row else 0, through)
        for key, value in ((status.LAST_EXPORT_SEQ, str(exported)), (status.LAST_EXPORT_AT, now)):
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE"
                         " SET value = excluded.value", (key, value))
        audit.append(conn, "export", detail=(f"{written.manifest.bundle_id} seq {sequence} records {draft.count}"
                                             f" attachments {len(draft.attachments)}"))


def export_bundle(vault: Vault, out_dir: Path, *, full: bool = False, progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None, limits: Limits = DEFAULT_LIMITS,
                  isolated: bool = True) -> ExportResult:
    """Write the bundle(s) of what changed into `out_dir`; see the module docstring."""
    keystore.require_role(vault, Role.FIELD)
    deployment = profile.require_profile(vault)
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise ExportError(_("The folder {path} does not exist.").format(path=out_dir))
    if isolated:
        child.prepare()  # its start overlaps with reading the records out of the vault
    signing_key = keystore.device_signing_key(vault)
    age_recipient = keystore.device_age_recipient(vault)
    start = 0 if full else int(vault.meta(ACKNOWLEDGED_SEQ, "0") or 0)
    upper = int(vault.meta("change_seq", "0") or 0)
    attachments = AttachmentStore(vault)
    kept_back = [0]
    bundles: list[ExportedBundle] = []
    done_before = 0
    for draft, through in _drafts(vault, start, upper, deployment.export_policy, limits, kept_back):
        bundle_id = str(uuid.uuid4())
        reserved = _reserve(vault, bundle_id, draft, through, full)
        sequence = reserved.sequence
        plan = BundlePlan(bundle_id=bundle_id, created_at=utc_now(), device_id=vault.info.device_id,
                          sequence=sequence, counter_after=draft.after, counter_through=through, full=full,
                          previous_sequence=reserved.previous_sequence, previous_sha256=reserved.previous_sha256,
                          recipients=list(deployment.hq_recipients), records=draft.records,
                          record_count=draft.count, attachments=draft.attachments,
                          device_age_recipient=age_recipient, audit_length=reserved.audit_length,
                          audit_head=reserved.audit_head, audit_at_previous=reserved.audit_at_previous)

        def report(done: int, total: int, before: int = done_before) -> None:
            if progress is not None:
                progress(before + done, before + total)

        try:
            written = write_bundle(plan, signing_key, out_dir, attachments.iter_chunks, progress=report,
                                   cancelled=cancelled, isolated=isolated)
        except BaseException:
            # The file was removed: the number never left this laptop and may serve again.
            with vault.transaction() as conn:
                conn.execute("DELETE FROM export_log WHERE sequence = ? AND status = 'writing'", (sequence,))
            raise
        _mark_written(vault, sequence, through, draft, written)
        done_before += written.size
        bundles.append(ExportedBundle(path=written.path, bundle_id=bundle_id, sequence=sequence,
                                      records=draft.count, attachments=len(draft.attachments), size=written.size))
        log.info("bundle %d written (%d records)", sequence, draft.count)
    if not bundles:
        return ExportResult(ExportOutcome.NOTHING_NEW, kept_back=kept_back[0])
    return ExportResult(ExportOutcome.WRITTEN, tuple(bundles), kept_back=kept_back[0])
