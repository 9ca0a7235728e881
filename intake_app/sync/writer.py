"""Write one bundle file: a padded ustar stream of manifest.json, manifest.minisig, records.ndjson and
attachments/<sha256>, encrypted with age to every HQ recipient, streamed.

The signed manifest comes first (DESIGN section 5), so HQ verifies the sender before it reads anything
else and checks every entry against it as it streams. Its hashes must therefore be known before the first
byte is written: records are in memory already (within their limit), and the attachments' hashes are
their names in the vault (content-addressed, checked on read by the vault's own chunk reader). Memory
stays bounded by the records' limit plus one chunk, whatever the attachments weigh.

The file is written under a temporary name in the target folder by the age worker (child.py), synced and
read back from the medium as it is written (each segment after dropping it from the page cache where the
system allows), compared with the hash of what was written, and only then renamed.

Names. The final name is 16 random hex digits and `.bin` (e.g. `3f9a0c47d2e81b65.bin`). It names nothing:
no organisation, device, date or counter, and nothing links two bundles. We do not mimic a camera name
(`IMG_4821.dat`): the first bytes of any age file say `age-encryption.org/v1`, so a disguise falls at the
first look and then suggests intent to hide, while a generic binary name is unremarkable.
"""

from __future__ import annotations

import hashlib
import logging
import os
import secrets
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from intake_app.crypto.signing import SigningKey
from intake_app.errors import IntakeError
from intake_app.fileutil import fsync_dir
from intake_app.i18n import _
from intake_app.prefetch import prefetch
from intake_app.sync import child, manifest, tarstream
from intake_app.sync.padding import padded_size
from intake_app.vault.attachments import Cancelled

log = logging.getLogger(__name__)

COALESCE = 64 * 1024
_ZEROS = bytes(child.CHUNK)

BlobChunks = Callable[[str], Iterable[bytes]]
T = TypeVar("T")


class WriteVerifyFailed(IntakeError):
    """What was read back from the medium is not what was written (a failing stick, a full disk)."""


def entry_size(size: int) -> int:
    return tarstream.BLOCK + size + tarstream.block_padding(size)


@dataclass
class BundlePlan:
    """Everything one bundle will hold; `records` is the complete records.ndjson."""

    bundle_id: str
    created_at: str
    device_id: str
    sequence: int
    counter_after: int
    counter_through: int
    full: bool
    previous_sequence: int | None
    previous_sha256: str | None
    recipients: list[str]
    records: bytes | bytearray  # not copied: it is the largest thing in memory
    record_count: int
    attachments: dict[str, int]  # sha256 -> size
    device_age_recipient: str = ""
    audit_length: int = 0
    audit_head: str = "0" * 64
    audit_at_previous: tuple[int, str | None] | None = None

    def tar_size(self) -> int:
        """The tar's size without the manifest, signature and end marker."""
        return sum(entry_size(size) for size in (len(self.records), *self.attachments.values()))


@dataclass(frozen=True)
class WrittenBundle:
    path: Path
    manifest: manifest.Manifest
    manifest_sha256: str
    file_sha256: str
    size: int


def build_manifest(plan: BundlePlan, signing_key: SigningKey) -> tuple[manifest.Manifest, bytes, bytes]:
    """The manifest, its exact bytes and the .minisig text (bytes) signing them."""
    entries = [manifest.Entry(tarstream.RECORDS, len(plan.records), hashlib.sha256(plan.records).hexdigest())]
    entries += [manifest.Entry(tarstream.attachment_name(sha), size, sha)
                for sha, size in sorted(plan.attachments.items())]
    value = manifest.Manifest(
        bundle_id=plan.bundle_id, created_at=plan.created_at, device_id=plan.device_id,
        device_signing_key=signing_key.public.b64(), sequence=plan.sequence,
        counter_after=plan.counter_after, counter_through=plan.counter_through, full=plan.full,
        previous_sequence=plan.previous_sequence, previous_sha256=plan.previous_sha256,
        hq_recipients=tuple(dict.fromkeys(manifest.recipient_fingerprint(r) for r in plan.recipients)),
        record_count=plan.record_count, entries=tuple(entries), device_age_recipient=plan.device_age_recipient,
        audit_length=plan.audit_length, audit_head=plan.audit_head, audit_at_previous=plan.audit_at_previous)
    data = value.encode()
    signature = signing_key.sign(data, value.comment).encode("utf-8")
    return value, data, signature


def _blob_stream(plan: BundlePlan, blob_chunks: BlobChunks) -> Iterator[tuple[str, bytes | None]]:
    """Every attachment's chunks in tar order, each attachment ended by (sha256, None): one read-ahead
    thread for the whole bundle, so the vault is read while the previous attachment is still encrypted."""
    for sha in sorted(plan.attachments):
        for chunk in blob_chunks(sha):
            yield sha, chunk
        yield sha, None


def _entry(name: str, size: int) -> bytes:
    return tarstream.member_header(name, size)


def tar_stream(plan: BundlePlan, manifest_bytes: bytes, signature: bytes,
               blob_chunks: BlobChunks) -> Iterator[bytes]:
    """The padded tar, as pieces of at least 64 KiB (small pieces are gathered to spare pipe writes)."""
    pending = bytearray()

    def pieces() -> Iterator[bytes]:
        for name, data in ((tarstream.MANIFEST, manifest_bytes), (tarstream.SIGNATURE, signature)):
            yield _entry(name, len(data))
            yield data
            yield bytes(tarstream.block_padding(len(data)))
        yield _entry(tarstream.RECORDS, len(plan.records))
        yield plan.records
        yield bytes(tarstream.block_padding(len(plan.records)))
        ahead = prefetch(_blob_stream(plan, blob_chunks))
        try:
            for sha, size in sorted(plan.attachments.items()):
                yield _entry(tarstream.attachment_name(sha), size)
                sent, digest = 0, hashlib.sha256()
                for _sha, chunk in ahead:
                    if chunk is None:
                        break
                    sent += len(chunk)
                    digest.update(chunk)
                    yield chunk
                # The manifest already promised this hash: a damaged blob must stop the export, not reach HQ.
                if sent != size or digest.hexdigest() != sha:
                    raise IntakeError(_("An attachment in the vault does not have the size or content its record "
                                        "says; run `intake-app verify`. No bundle was written."))
                yield bytes(tarstream.block_padding(size))
        finally:
            ahead.close()  # stops the read-ahead thread when the export ends early
        yield tarstream.END_OF_ARCHIVE

    total = 0
    for piece in pieces():
        total += len(piece)
        if len(piece) < COALESCE:
            pending += piece
            if len(pending) < child.CHUNK:
                continue
            piece = bytes(pending)
            pending.clear()
        elif pending:
            yield bytes(pending)
            pending.clear()
        yield piece
    padding = padded_size(total) - total
    while padding:
        step = min(padding, child.CHUNK - len(pending))
        pending += _ZEROS[:step]
        padding -= step
        if len(pending) >= child.CHUNK:
            yield bytes(pending)
            pending.clear()
    if pending:
        yield bytes(pending)


def _free_name(folder: Path, suffix: str) -> Path:
    while True:
        candidate = folder / f"{secrets.token_hex(8)}{suffix}"
        if not candidate.exists() and not candidate.is_symlink():
            return candidate


def write_bundle(plan: BundlePlan, signing_key: SigningKey, out_dir: Path, blob_chunks: BlobChunks, *,
                 progress: child.Progress | None = None, cancelled: Callable[[], bool] | None = None,
                 isolated: bool = True) -> WrittenBundle:
    """Write the bundle into `out_dir`; returns where, and the hashes. Nothing is left behind on failure."""
    value, manifest_bytes, signature = build_manifest(plan, signing_key)
    total = padded_size(plan.tar_size() + entry_size(len(manifest_bytes)) + entry_size(len(signature))
                        + len(tarstream.END_OF_ARCHIVE))
    temp = _free_name(out_dir, ".part")
    with child.encrypting(plan.recipients, temp, progress=progress, total=total, isolated=isolated) as job:
        for piece in tar_stream(plan, manifest_bytes, signature, blob_chunks):
            if cancelled is not None and cancelled():
                raise Cancelled(_("Cancelled; no bundle was written."))
            job.write(piece)
        written = job.finish()
        # The worker read the file back from the medium while writing it, each segment once synced and
        # dropped from the page cache (child.py): equal hashes and sizes prove that the file on the medium is
        # byte for byte the encryption just made, with the signed manifest inside it. A medium that loses,
        # wraps or alters a write (a failing or fake-capacity stick, a full disk) is caught here, before the
        # bundle is reported as written; reading during the writing instead of after it costs no extra time.
        if (written.read_back_sha256, written.read_back_size) != (written.sha256, written.size):
            raise WriteVerifyFailed(
                _("The bundle read back from {folder} differs from what was written: the medium may be "
                  "failing or full. No bundle was written; try another stick.").format(folder=out_dir))
        final = _free_name(out_dir, ".bin")
        os.rename(temp, final)
        # From here on the bundle exists: nothing may fail the export any more.
        job.keep()
        try:
            fsync_dir(out_dir)
        except OSError:  # some stick file systems cannot sync a folder; the file itself is synced
            log.warning("could not sync the folder entry of the new bundle")
    return WrittenBundle(path=final, manifest=value, manifest_sha256=hashlib.sha256(manifest_bytes).hexdigest(),
                         file_sha256=written.sha256, size=written.size)
