"""HQ: import a bundle file, treating every byte as hostile. One transaction: all of it or nothing.

1. The file's size against the limit, before a byte is read.
2. Decryption in the age worker (child.py): header policy first (X25519 only), plaintext over a pipe.
3. The tar's first two entries, manifest.json and manifest.minisig (reader.py), within their small limits,
   and the signature, before anything else is read:
   - the device HQ's own id: refused;
   - unknown or pending device: the signature must verify with the key the manifest presents; the bundle
     (still encrypted, within the quarantine's limits) waits in quarantine (quarantine.py), nothing else read;
   - revoked device: refused, whatever the bundle's date. The creation time inside a bundle is signed by
     the very key that is no longer trusted, so a thief could backdate it at will; `revoked_since` marks
     which bundles imported earlier deserve review, it does not open a door for new ones;
   - approved device: the signature against the key HQ enrolled.
4. Sequence: the same bundle id again is a no-op (nothing more read); a sequence number not above the last
   imported one under a new id is a replay, refused; a jump is imported and flagged as a gap (later
   bundles carry everything since the last receipt, so a lost stick loses nothing).
5. The rest streams, each entry checked against the signed manifest as it comes; attachments are staged
   into the vault inside the still-open transaction (nothing on disk, memory bounded).
6. The age verdict (only OK counts); records parsed, validated, ownership-checked and merged (merge.py),
   a batch at a time (set-based checks, one write per table), every version kept in the history; ledger
   (with the field audit anchor), device record, garbage collection, audit.

Any failure rolls the transaction back: the vault is exactly as before.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import logging
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from intake_app.crypto.signing import KeyFormatError, PublicKey
from intake_app.domain.models import utc_now
from intake_app.hq import devices, quarantine
from intake_app.hq.merge import (
    Arrival,
    ChangeCounter,
    Incoming,
    MergeResult,
    NotItsRecord,
    TypeChanged,
    collect_garbage,
    merge_envelopes,
)
from intake_app.hq.results import ImportOutcome, ImportResult, Source, refused
from intake_app.i18n import _
from intake_app.sync import child, keystore
from intake_app.sync.age_stream import AgeOutcome
from intake_app.sync.limits import DEFAULT_LIMITS, Limits
from intake_app.sync.manifest import Manifest, claimed_by_signature
from intake_app.sync.reader import (
    EntryReader,
    ParsedRecord,
    RawBundle,
    iter_records,
    parse_manifest,
    read_tar,
    verify_manifest,
)
from intake_app.sync.refusal import BundleRefused, Refusal
from intake_app.vault import audit
from intake_app.vault.attachments import AttachmentError, AttachmentStore, Cancelled
from intake_app.vault.connection import Connection
from intake_app.vault.records import RecordStore, in_chunks, placeholders
from intake_app.vault.vault import Role, Vault

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


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
    return refused(source.label, exc.reason, exc.message, **known)


@dataclass
class _Verdict:
    """What the signed manifest decided, set by `_check_manifest` while the tar streams."""

    manifest: Manifest | None = None
    quarantine: bool = False
    already: bool = False
    gap: bool = False
    late: bool = False


def import_source(vault: Vault, source: Source, *, limits: Limits = DEFAULT_LIMITS,
                  progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                  isolated: bool = True, on_imported: Callable[[Connection], None] | None = None) -> ImportResult:
    identities = keystore.hq_identities(vault)
    try:
        with _import_cache(vault), vault.transaction() as conn:
            reading = None if progress is None else (lambda done, _total: progress(done, 2 * source.size))
            verdict = _Verdict()
            raw = _decrypt(conn, vault, source, identities, limits, reading, cancelled, isolated, verdict)
            manifest = verdict.manifest
            assert manifest is not None  # noqa: S101 - read_tar returns only after the manifest was checked
            if verdict.quarantine:
                return quarantine.hold(conn, source, manifest, limits)
            if verdict.already:
                result = ImportResult(ImportOutcome.ALREADY_IMPORTED, source.label, bundle_id=manifest.bundle_id,
                                      device_id=manifest.device_id, sequence=manifest.sequence,
                                      records=manifest.record_count, attachments=len(manifest.attachments))
            else:
                result = _import_verified(conn, vault, source, raw, manifest, verdict, limits,
                                          _Steps(source.size, progress, cancelled))
            if on_imported is not None:
                on_imported(conn)
        return result
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


IMPORT_CACHE_KIB = 32 * 1024
"""SQLite's page cache while a bundle is imported (the vault's usual one is 8 MiB). A bundle's records touch
every index of `records`, `record_history` and `record_facets` at random places: with too small a cache an
index page is encrypted out and decrypted back in again and again before the commit. Pages are taken only
as needed, and given back when the import ends."""


@contextlib.contextmanager
def _import_cache(vault: Vault) -> Iterator[None]:
    with vault.reading() as conn:
        before = int(conn.execute("PRAGMA cache_size").fetchone()[0])
        conn.execute(f"PRAGMA cache_size = -{int(IMPORT_CACHE_KIB)}")
        try:
            yield
        finally:
            conn.execute(f"PRAGMA cache_size = {before}")


def _check_manifest(conn: Connection, vault: Vault, manifest_bytes: bytes, signature: str, limits: Limits,
                    verdict: _Verdict) -> Manifest | None:
    """The signed manifest, checked before anything after it is read; None: read no further."""
    claim = claimed_by_signature(signature)
    if claim is None:
        raise BundleRefused(Refusal.BAD_SIGNATURE, device="?")
    device_id = claim[1]
    if device_id == vault.info.device_id:
        raise BundleRefused(Refusal.OWN_DEVICE_ID)
    known = devices.device_public_key(conn, device_id)
    if known is None or known[1] == devices.DeviceStatus.PENDING:
        claimed = parse_manifest(manifest_bytes, limits)
        try:
            public = PublicKey.from_b64(claimed.device_signing_key)
        except KeyFormatError as exc:
            raise BundleRefused(Refusal.MANIFEST_INVALID, where="device_signing_key") from exc
        verdict.manifest = verify_manifest(manifest_bytes, signature, public, device_id, limits)
        verdict.quarantine = True
        return None
    public, status = known
    if status == devices.DeviceStatus.REVOKED:
        info = devices.get_device(vault, device_id)
        raise BundleRefused(Refusal.REVOKED, device=device_id, since=(info.revoked_since if info else None) or "-")
    manifest = verdict.manifest = verify_manifest(manifest_bytes, signature, public, device_id, limits)
    if conn.execute("SELECT 1 FROM bundle_ledger WHERE bundle_id = ?", (manifest.bundle_id,)).fetchone():
        verdict.already = True
        return None
    if conn.execute("SELECT 1 FROM bundle_ledger WHERE device_id = ? AND sequence = ?",
                    (device_id, manifest.sequence)).fetchone():
        last = conn.execute("SELECT max(sequence) FROM bundle_ledger WHERE device_id = ?", (device_id,)).fetchone()[0]
        raise BundleRefused(Refusal.REPLAY, sequence=manifest.sequence, device=device_id, last=last)
    last = conn.execute("SELECT max(sequence) FROM bundle_ledger WHERE device_id = ?", (device_id,)).fetchone()[0]
    # An older bundle arriving after a newer one (sticks travel by different roads) is imported: its
    # versions are genuine, the history keeps them, and the merge never rolls a head back to them.
    verdict.late = last is not None and manifest.sequence < last
    verdict.gap = manifest.sequence > (last or 0) + 1
    return manifest


def _decrypt(conn: Connection, vault: Vault, source: Source, identities: list[str], limits: Limits,
             progress: Progress | None, cancelled: Callable[[], bool] | None, isolated: bool,
             verdict: _Verdict) -> RawBundle:
    attachments = AttachmentStore(vault)

    def stage(sha256: str, reader: EntryReader, size: int) -> None:
        attachments.put_blob(conn, reader, total=size, expected_sha256=sha256)  # type: ignore[arg-type]

    def on_manifest(manifest_bytes: bytes, signature: str) -> Manifest | None:
        return _check_manifest(conn, vault, manifest_bytes, signature, limits, verdict)

    pull = None if source.quarantine_id is None else quarantine.chunk_puller(conn, source.quarantine_id)
    with child.decrypting(identities, path=source.path, pull=pull, limits=limits,
                          max_bytes=limits.max_plaintext_for(source.size), isolated=isolated) as stream:
        try:
            raw = read_tar(stream, stage, on_manifest, limits=limits, total=source.size, progress=progress,
                           cancelled=cancelled)
        except BundleRefused:
            # A decryption failure cuts the plaintext short, which the tar reader sees first: the worker's
            # verdict is then the reason to report.
            verdict_now = stream.verdict_if_ended()
            if verdict_now is not None and verdict_now is not AgeOutcome.OK:
                raise BundleRefused(verdict_now) from None
            raise
        if raw.stopped:
            return raw  # nothing after the signature was read: the worker is stopped unheard
        outcome = stream.finish()
    if outcome is not AgeOutcome.OK:
        raise BundleRefused(outcome)
    return raw


class _Steps:
    """Progress and cancellation while merging: the second half of the progress bar."""

    def __init__(self, size: int, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
        self.size, self.progress, self.cancelled = size, progress, cancelled

    def __call__(self, done: int, total: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled(Refusal.CANCELLED.text())
        if self.progress is not None and total:
            self.progress(self.size + self.size * done // total, 2 * self.size)


def _audit_broken(conn: Connection, manifest: Manifest) -> bool:
    """Whether the field audit chain this bundle announces contradicts what the device announced before:
    shorter than the one HQ recorded for the device's nearest earlier bundle, or another hash at that length."""
    row = conn.execute("SELECT audit_length, audit_head FROM bundle_ledger WHERE device_id = ? AND sequence < ?"
                       " AND audit_length IS NOT NULL ORDER BY sequence DESC LIMIT 1",
                       (manifest.device_id, manifest.sequence)).fetchone()
    if row is None:
        return False
    length, head = int(row[0]), str(row[1])
    at_previous = manifest.audit_at_previous
    if manifest.audit_length < length or at_previous is None:
        return True
    then, hash_then = at_previous
    if hash_then is None or then < length:
        return True
    return then == length and hash_then != head


def _import_verified(conn: Connection, vault: Vault, source: Source, raw: RawBundle, manifest: Manifest,
                     verdict: _Verdict, limits: Limits, steps: _Steps) -> ImportResult:
    device_id, gap = manifest.device_id, verdict.gap
    base = ImportResult(ImportOutcome.IMPORTED, source.label, bundle_id=manifest.bundle_id, device_id=device_id,
                        sequence=manifest.sequence, records=manifest.record_count,
                        attachments=len(manifest.attachments))
    chain_broken = False
    if manifest.previous_sequence is not None:
        row = conn.execute("SELECT sha256 FROM bundle_ledger WHERE device_id = ? AND sequence = ?",
                           (device_id, manifest.previous_sequence)).fetchone()
        chain_broken = row is not None and row[0] != manifest.previous_sha256
    audit_broken = _audit_broken(conn, manifest)
    bundle_sha = hashlib.sha256(raw.manifest_bytes or b"").hexdigest()
    now = utc_now()
    arrival = Arrival(sender=device_id, bundle_id=manifest.bundle_id, bundle_sha256=bundle_sha, received_at=now)
    counts, versions = _merge_records(conn, vault, raw, manifest, arrival, limits, steps)
    conn.execute(
        "INSERT INTO bundle_ledger (bundle_id, device_id, sequence, sha256, size, created_at, imported_at,"
        " counter_after, counter_through, record_count, attachment_count, new_records, updated_records,"
        " conflicts, gap, chain_broken, audit_length, audit_head, audit_broken)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (manifest.bundle_id, device_id, manifest.sequence, bundle_sha, source.size, manifest.created_at, now,
         manifest.counter_after, manifest.counter_through, manifest.record_count, len(manifest.attachments),
         counts[MergeResult.NEW], counts[MergeResult.FAST_FORWARD], counts[MergeResult.CONFLICT], int(gap),
         int(chain_broken), manifest.audit_length, manifest.audit_head, int(audit_broken)))
    conn.executemany("INSERT INTO bundle_versions (bundle_id, record_id, version_device, version_counter)"
                     " VALUES (?, ?, ?, ?)", versions)
    devices.record_bundle(conn, device_id, manifest.sequence, gap, manifest.device_age_recipient)
    collect_garbage(conn, staged=raw.attachments)
    audit.append(conn, "bundle_imported", detail=(
        f"{manifest.bundle_id} device {device_id} seq {manifest.sequence} records {manifest.record_count}"
        f" new {counts[MergeResult.NEW]} conflicts {counts[MergeResult.CONFLICT]}"
        + (" gap" if gap else "") + (" chain_broken" if chain_broken else "")
        + (" audit_broken" if audit_broken else "")))
    log.info("bundle imported: %d records", manifest.record_count)
    return replace(base, new=counts[MergeResult.NEW], updated=counts[MergeResult.FAST_FORWARD],
                   conflicts=counts[MergeResult.CONFLICT], gap=gap, chain_broken=chain_broken,
                   audit_broken=audit_broken, late=verdict.late)


MERGE_BATCH = 1000
"""Records merged per batch: set-based checks and one statement per table for each batch. Memory stays
small (a batch's envelopes), and a bundle still lands in one transaction, wholly or not at all."""


def _merge_records(conn: Connection, vault: Vault, raw: RawBundle, manifest: Manifest, arrival: Arrival,
                   limits: Limits, steps: _Steps, batch_size: int | None = None,
                   ) -> tuple[dict[MergeResult, int], list[tuple[str, str, str, int]]]:
    """Validate and merge every record, in file order, a batch at a time; returns the counts and the versions
    carried. A refusal names the first record (in file order) that breaks a rule, as one record at a time
    would: the records of a batch before the one refused are checked first."""
    collecting = gc.isenabled()
    # Tens of thousands of short-lived dicts, none in a cycle: the cyclic collector would only walk them again
    # and again. Reference counting frees them all the same.
    gc.disable()
    try:
        return _merge_batches(conn, vault, raw, manifest, arrival, limits, steps, batch_size or MERGE_BATCH)
    finally:
        if collecting:
            gc.enable()


def _merge_batches(conn: Connection, vault: Vault, raw: RawBundle, manifest: Manifest, arrival: Arrival,
                   limits: Limits, steps: _Steps, batch_size: int,
                   ) -> tuple[dict[MergeResult, int], list[tuple[str, str, str, int]]]:
    store = RecordStore(vault)
    counter = ChangeCounter(conn)
    counts = dict.fromkeys(MergeResult, 0)
    versions: list[tuple[str, str, str, int]] = []
    seen: set[str] = set()
    records = iter_records(raw, manifest, limits)
    done = False
    while not done:
        batch, refusal, done = _next_batch(records, batch_size)
        good, refused_here = _checked(conn, batch, seen, raw)
        try:
            results = merge_envelopes(conn, store, [Incoming(r.envelope, r.ancestors, r.body) for r in good],
                                      counter, arrival)
        except TypeChanged as exc:
            raise BundleRefused(Refusal.TYPE_CHANGED, id=exc.record_id) from exc
        except NotItsRecord as exc:
            raise BundleRefused(Refusal.NOT_ITS_RECORD, line=good[exc.position].number) from exc
        if refused_here is not None:
            raise refused_here
        if refusal is not None:
            raise refusal
        for record, result in zip(good, results, strict=True):
            counts[result] += 1
            version = record.envelope["version"]
            versions.append((manifest.bundle_id, record.envelope["id"], version["device"], version["counter"]))
        steps(len(versions), manifest.record_count)
    counter.save()
    return counts, versions


def _next_batch(records: Iterator[ParsedRecord], size: int) -> tuple[list[ParsedRecord], BundleRefused | None, bool]:
    """Up to `size` parsed records; the refusal of the line after them, if any; whether the file ended."""
    batch: list[ParsedRecord] = []
    try:
        for record in records:
            batch.append(record)
            if len(batch) >= size:
                return batch, None, False
    except BundleRefused as exc:
        return batch, exc, True
    return batch, None, True


def _checked(conn: Connection, batch: list[ParsedRecord], seen: set[str],
             raw: RawBundle) -> tuple[list[ParsedRecord], BundleRefused | None]:
    """The records of `batch` up to the first that repeats an id or names an attachment HQ will not hold
    (with that refusal). Attachments are looked up for the whole batch at once."""
    wanted = [r.envelope["data"]["sha256"] for r in batch
              if r.envelope["type"] == "attachment" and not r.envelope["deleted"]]
    missing = {sha for sha in wanted if sha not in raw.attachments}
    stored: set[str] = set()
    unsent = sorted(missing)
    for part in in_chunks(unsent):
        stored.update(row[0] for row in conn.execute(
            f"SELECT sha256 FROM blobs WHERE sha256 IN ({placeholders(part)})", part))  # noqa: S608
    for position, record in enumerate(batch):
        envelope = record.envelope
        if envelope["id"] in seen:
            return batch[:position], BundleRefused(Refusal.RECORD_INVALID, line=record.number, problems="id")
        seen.add(envelope["id"])
        if envelope["type"] == "attachment" and not envelope["deleted"]:
            sha = envelope["data"]["sha256"]
            if sha in missing and sha not in stored:
                return batch[:position], BundleRefused(Refusal.ATTACHMENT_MISSING, line=record.number)
    return batch, None


def import_quarantined(vault: Vault, device_id: str, *, limits: Limits = DEFAULT_LIMITS,
                       isolated: bool = True) -> list[ImportResult]:
    """Import the waiting bundles of `device_id` (call after approving it), oldest first."""
    keystore.require_role(vault, Role.HQ)
    results = []
    for quarantine_id, bundle_id, size in quarantine.waiting_bundles(vault, device_id):
        source = Source(label=_("quarantined bundle {id}").format(id=bundle_id), size=size,
                        quarantine_id=quarantine_id)

        def release(conn: Connection, quarantine_id: int = quarantine_id) -> None:
            conn.execute("DELETE FROM quarantine WHERE id = ?", (quarantine_id,))

        result = import_source(vault, source, limits=limits, isolated=isolated, on_imported=release)
        if result.outcome is ImportOutcome.REFUSED:
            quarantine.mark_refused(vault, quarantine_id, result.reason.value if result.reason else None)
        results.append(result)
    return results
