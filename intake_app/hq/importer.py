"""HQ: import a bundle file, treating every byte as hostile. One transaction: all of it or nothing.

1. The file's size against the limit, before a byte is read.
2. Decryption in the age worker (child.py): header policy first (X25519 only), plaintext over a pipe.
3. The tar as it streams (reader.py): strict entries and limits; attachments staged into the vault inside
   the still-open transaction (nothing on disk, memory bounded).
4. The age verdict (only OK counts), then the signature against the key HQ enrolled for the device the
   signature names, then the manifest and every entry against it.
   Unknown or pending device: the bundle (still encrypted) waits in quarantine (quarantine.py).
   Revoked device: refused, whatever the bundle's date. The creation time inside a bundle is signed by the
   very key that is no longer trusted, so a thief could backdate it at will; `revoked_since` marks which
   bundles imported earlier deserve review, it does not open a door for new ones.
5. Sequence: the same bundle id again is a no-op; a sequence number not above the last imported one under
   a new id is a replay, refused; a jump is imported and flagged as a gap (later bundles carry everything
   since the last receipt, so a lost stick loses nothing).
6. Records parsed and validated, then merged (merge.py); ledger, device record, garbage collection, audit.

Any failure rolls the transaction back: the vault is exactly as before.
"""

from __future__ import annotations

import enum
import hashlib
import logging
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from intake_app.crypto.signed_json import DocumentError, parse_json_strict
from intake_app.crypto.signing import KeyFormatError, PublicKey
from intake_app.domain.models import utc_now
from intake_app.hq import devices
from intake_app.hq.merge import ChangeCounter, MergeResult, TypeChanged, collect_garbage, merge_envelope
from intake_app.i18n import N_, _
from intake_app.sync import child, keystore
from intake_app.sync.age_stream import AgeOutcome
from intake_app.sync.limits import DEFAULT_LIMITS, Limits
from intake_app.sync.manifest import Manifest, ManifestError, claimed_by_signature
from intake_app.sync.reader import EntryReader, RawBundle, iter_records, read_tar, verify_bundle
from intake_app.sync.refusal import BundleRefused, Reason, Refusal
from intake_app.vault import audit
from intake_app.vault.attachments import AttachmentError, AttachmentStore, Cancelled
from intake_app.vault.connection import Connection
from intake_app.vault.records import RecordStore
from intake_app.vault.vault import Role, Vault

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class ImportOutcome(enum.Enum):
    IMPORTED = N_("imported")
    ALREADY_IMPORTED = N_("already imported")
    QUARANTINED = N_("quarantined")
    REFUSED = N_("refused")

    @property
    def label(self) -> str:
        return _(self.value)


@dataclass(frozen=True)
class ImportResult:
    outcome: ImportOutcome
    source: str
    reason: Reason | None = None
    detail: str = ""  # the translated reason of a refusal
    bundle_id: str | None = None
    device_id: str | None = None
    sequence: int | None = None
    records: int = 0
    new: int = 0
    updated: int = 0
    conflicts: int = 0
    attachments: int = 0
    gap: bool = False
    chain_broken: bool = False

    @property
    def message(self) -> str:
        """One line for the CLI and the GUI's list."""
        if self.outcome is ImportOutcome.REFUSED:
            return _("{file}: refused: {reason}").format(file=self.source, reason=self.detail)
        if self.outcome is ImportOutcome.QUARANTINED:
            return _("{file}: quarantined: device {device} is not approved yet; the bundle will be imported "
                     "when it is.").format(file=self.source, device=self.device_id)
        if self.outcome is ImportOutcome.ALREADY_IMPORTED:
            return _("{file}: already imported (bundle {sequence} of device {device}); nothing changed.").format(
                file=self.source, sequence=self.sequence, device=self.device_id)
        line = _("{file}: imported bundle {sequence} of device {device}: {records} records ({new} new, {updated} "
                 "updated, {conflicts} conflicts), {attachments} attachments.").format(
            file=self.source, sequence=self.sequence, device=self.device_id, records=self.records, new=self.new,
            updated=self.updated, conflicts=self.conflicts, attachments=self.attachments)
        if self.gap:
            line += " " + _("Flagged: an earlier bundle of this device never arrived.")
        if self.chain_broken:
            line += " " + _("Flagged: it does not follow the bundle imported before it (a restored or copied "
                            "device?).")
        return line


@dataclass
class Source:
    """Where the ciphertext comes from: a file, or a quarantined copy inside the vault."""

    label: str
    size: int
    path: Path | None = None
    quarantine_id: int | None = None


class _Done(Exception):
    """Leaves the transaction (rolling it back) with a result that changes nothing."""

    def __init__(self, result: ImportResult) -> None:
        super().__init__(result.outcome.name)
        self.result = result


class _Quarantine(Exception):
    def __init__(self, manifest: Manifest) -> None:
        super().__init__(manifest.bundle_id)
        self.manifest = manifest


def open_file_source(path: Path, limits: Limits) -> Source:
    try:
        info = os.stat(path)
    except OSError as exc:
        raise BundleRefused(Refusal.UNREADABLE, error=exc.strerror or type(exc).__name__) from exc
    if not stat.S_ISREG(info.st_mode):
        raise BundleRefused(Refusal.NOT_A_FILE)
    if info.st_size > limits.max_bundle_bytes:
        raise BundleRefused(Refusal.TOO_LARGE, size=info.st_size, limit=limits.max_bundle_bytes)
    return Source(label=path.name, size=info.st_size, path=path)


def import_bundle(vault: Vault, path: Path, *, limits: Limits = DEFAULT_LIMITS, progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None, isolated: bool = True) -> ImportResult:
    """Import one bundle file. Never raises for a bad bundle: the result says what happened."""
    keystore.require_role(vault, Role.HQ)
    try:
        source = open_file_source(Path(path), limits)
    except BundleRefused as exc:
        return ImportResult(ImportOutcome.REFUSED, Path(path).name, exc.reason, exc.message)
    return import_source(vault, source, limits=limits, progress=progress, cancelled=cancelled, isolated=isolated)


def _refused(source: Source, exc: BundleRefused, **known: object) -> ImportResult:
    log.info("bundle refused: %s", exc.reason.name)
    return ImportResult(ImportOutcome.REFUSED, source.label, exc.reason, exc.message, **known)  # type: ignore[arg-type]


def import_source(vault: Vault, source: Source, *, limits: Limits = DEFAULT_LIMITS,
                  progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                  isolated: bool = True, on_imported: Callable[[Connection], None] | None = None) -> ImportResult:
    from intake_app.hq import quarantine

    identities = keystore.hq_identities(vault)
    try:
        with vault.transaction() as conn:
            reading = None if progress is None else (lambda done, _total: progress(done, 2 * source.size))
            raw = _decrypt(conn, vault, source, identities, limits, reading, cancelled, isolated)
            result = _import_verified(conn, vault, source, raw, limits, _Steps(source.size, progress, cancelled))
            if on_imported is not None:
                on_imported(conn)
        return result
    except _Done as done:
        if done.result.outcome is ImportOutcome.ALREADY_IMPORTED and on_imported is not None:
            with vault.transaction() as conn:
                on_imported(conn)
        return done.result
    except _Quarantine as q:
        return quarantine.hold(vault, source, q.manifest, limits)
    except BundleRefused as exc:
        return _refused(source, exc)
    except child.PlaintextTooLarge:
        return _refused(source, BundleRefused(Refusal.EXPANSION))
    except child.ChildFailed:
        return _refused(source, BundleRefused(Refusal.HELPER_FAILED))
    except AttachmentError:
        return _refused(source, BundleRefused(Refusal.ATTACHMENT_INVALID))
    except OSError as exc:
        return _refused(source, BundleRefused(Refusal.UNREADABLE, error=exc.strerror or type(exc).__name__))


def _decrypt(conn: Connection, vault: Vault, source: Source, identities: list[str], limits: Limits,
             progress: Progress | None, cancelled: Callable[[], bool] | None, isolated: bool) -> RawBundle:
    from intake_app.hq import quarantine

    attachments = AttachmentStore(vault)

    def stage(sha256: str, reader: EntryReader, size: int) -> None:
        attachments.put_blob(conn, reader, total=size, expected_sha256=sha256)  # type: ignore[arg-type]

    pull = None if source.quarantine_id is None else quarantine.chunk_puller(conn, source.quarantine_id)
    with child.decrypting(identities, path=source.path, pull=pull, limits=limits,
                          max_bytes=limits.max_plaintext_for(source.size), isolated=isolated) as stream:
        try:
            raw = read_tar(stream, stage, limits=limits, total=source.size, progress=progress, cancelled=cancelled)
        except BundleRefused:
            # A decryption failure cuts the plaintext short, which the tar reader sees first: the worker's
            # verdict is then the reason to report.
            verdict = stream.verdict_if_ended()
            if verdict is not None and verdict is not AgeOutcome.OK:
                raise BundleRefused(verdict) from None
            raise
        outcome = stream.finish()
    if outcome is not AgeOutcome.OK:
        raise BundleRefused(outcome)
    return raw


def _claimed_manifest(raw: RawBundle, limits: Limits) -> tuple[Manifest, PublicKey]:
    """The manifest and key of a bundle from a device HQ does not know, checked against each other."""
    try:
        value = parse_json_strict(raw.manifest_bytes or b"", max_size=limits.max_manifest_bytes, what="manifest")
        claimed = Manifest.from_json(value)
        public = PublicKey.from_b64(claimed.device_signing_key)
    except (DocumentError, KeyFormatError) as exc:
        raise BundleRefused(Refusal.MANIFEST_INVALID, where="-") from exc
    except ManifestError as exc:
        raise BundleRefused(Refusal.MANIFEST_INVALID, where=exc.where) from exc
    return verify_bundle(raw, public, claimed.device_id, limits), public


class _Steps:
    """Progress and cancellation while merging: the second half of the progress bar."""

    def __init__(self, size: int, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
        self.size, self.progress, self.cancelled = size, progress, cancelled

    def __call__(self, done: int, total: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled(Refusal.CANCELLED.text())
        if self.progress is not None and total:
            self.progress(self.size + self.size * done // total, 2 * self.size)


def _import_verified(conn: Connection, vault: Vault, source: Source, raw: RawBundle, limits: Limits,
                     steps: _Steps) -> ImportResult:
    claim = claimed_by_signature(raw.signature or "")
    if claim is None:
        raise BundleRefused(Refusal.BAD_SIGNATURE, device="?")
    device_id = claim[1]
    known = devices.device_public_key(conn, device_id)
    if known is None or known[1] == devices.DeviceStatus.PENDING:
        manifest, _public = _claimed_manifest(raw, limits)
        raise _Quarantine(manifest)
    public, status = known
    if status == devices.DeviceStatus.REVOKED:
        info = devices.get_device(vault, device_id)
        raise BundleRefused(Refusal.REVOKED, device=device_id, since=(info.revoked_since if info else None) or "-")
    manifest = verify_bundle(raw, public, device_id, limits)
    base = ImportResult(ImportOutcome.IMPORTED, source.label, bundle_id=manifest.bundle_id, device_id=device_id,
                        sequence=manifest.sequence, records=manifest.record_count,
                        attachments=len(manifest.attachments))
    if conn.execute("SELECT 1 FROM bundle_ledger WHERE bundle_id = ?", (manifest.bundle_id,)).fetchone():
        raise _Done(replace(base, outcome=ImportOutcome.ALREADY_IMPORTED))
    last = conn.execute("SELECT max(sequence) FROM bundle_ledger WHERE device_id = ?", (device_id,)).fetchone()[0]
    if last is not None and manifest.sequence <= last:
        raise BundleRefused(Refusal.REPLAY, sequence=manifest.sequence, device=device_id, last=last)
    gap = manifest.sequence != (last or 0) + 1
    chain_broken = False
    if manifest.previous_sequence is not None:
        row = conn.execute("SELECT sha256 FROM bundle_ledger WHERE device_id = ? AND sequence = ?",
                           (device_id, manifest.previous_sequence)).fetchone()
        chain_broken = row is not None and row[0] != manifest.previous_sha256
    counts, versions = _merge_records(conn, vault, raw, manifest, limits, steps)
    conn.execute(
        "INSERT INTO bundle_ledger (bundle_id, device_id, sequence, sha256, size, created_at, imported_at,"
        " counter_after, counter_through, record_count, attachment_count, new_records, updated_records,"
        " conflicts, gap, chain_broken) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (manifest.bundle_id, device_id, manifest.sequence, hashlib.sha256(raw.manifest_bytes or b"").hexdigest(),
         source.size, manifest.created_at, utc_now(), manifest.counter_after, manifest.counter_through,
         manifest.record_count, len(manifest.attachments), counts[MergeResult.NEW],
         counts[MergeResult.FAST_FORWARD], counts[MergeResult.CONFLICT], int(gap), int(chain_broken)))
    conn.executemany("INSERT INTO bundle_versions (bundle_id, record_id, version_device, version_counter)"
                     " VALUES (?, ?, ?, ?)", versions)
    devices.record_bundle(conn, device_id, manifest.sequence, gap)
    collect_garbage(conn)
    audit.append(conn, "bundle_imported", detail=(
        f"{manifest.bundle_id} device {device_id} seq {manifest.sequence} records {manifest.record_count}"
        f" new {counts[MergeResult.NEW]} conflicts {counts[MergeResult.CONFLICT]}"
        + (" gap" if gap else "") + (" chain_broken" if chain_broken else "")))
    log.info("bundle imported: %d records", manifest.record_count)
    return replace(base, new=counts[MergeResult.NEW], updated=counts[MergeResult.FAST_FORWARD],
                   conflicts=counts[MergeResult.CONFLICT], gap=gap, chain_broken=chain_broken)


def _merge_records(conn: Connection, vault: Vault, raw: RawBundle, manifest: Manifest, limits: Limits,
                   steps: _Steps) -> tuple[dict[MergeResult, int], list[tuple[str, str, str, int]]]:
    """Validate and merge every record, in file order; returns the counts and the versions carried."""
    store = RecordStore(vault)
    counter = ChangeCounter(conn)
    counts = dict.fromkeys(MergeResult, 0)
    versions = []
    seen: set[str] = set()
    for number, envelope, ancestors in iter_records(raw, manifest, limits):
        if number % 200 == 0:
            steps(number, manifest.record_count)
        if envelope["id"] in seen:
            raise BundleRefused(Refusal.RECORD_INVALID, line=number, problems="id")
        seen.add(envelope["id"])
        if envelope["type"] == "attachment" and not envelope["deleted"]:
            sha = envelope["data"]["sha256"]
            if sha not in raw.attachments and conn.execute(
                    "SELECT 1 FROM blobs WHERE sha256 = ?", (sha,)).fetchone() is None:
                raise BundleRefused(Refusal.ATTACHMENT_MISSING, line=number)
        try:
            result = merge_envelope(conn, store, envelope, ancestors, counter,
                                    complete_lineage=len(ancestors) < limits.max_ancestors,
                                    bundle_id=manifest.bundle_id)
        except TypeChanged as exc:
            raise BundleRefused(Refusal.TYPE_CHANGED, id=envelope["id"]) from exc
        counts[result] += 1
        versions.append((manifest.bundle_id, envelope["id"], envelope["version"]["device"],
                         envelope["version"]["counter"]))
    steps(manifest.record_count, manifest.record_count)
    counter.save()
    return counts, versions
