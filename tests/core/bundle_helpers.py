"""Builders for the bundle tests: a field device enrolled at an HQ, records, hostile bundles, content digests."""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pyrage import x25519

from intake_app.crypto.signing import SigningKey
from intake_app.domain.models import utc_now
from intake_app.hq import devices, history
from intake_app.hq.importer import import_bundle
from intake_app.sync import age_stream, keystore, manifest, padding, tarstream
from intake_app.sync.export import export_bundle
from intake_app.sync.profile import ExportPolicy, create_profile, import_profile
from intake_app.sync.receipts import create_receipt, import_receipt
from intake_app.vault.attachments import AttachmentStore
from intake_app.vault.records import RecordStore
from intake_app.vault.vault import Role, Vault
from tests.conftest import PASSPHRASE
from tests.core.helpers import make_aid, make_case, make_testimony


def make_hq(base: Path, policy: ExportPolicy | None = None) -> tuple[Vault, bytes]:
    hq, _recovery = Vault.create(base, PASSPHRASE, Role.HQ)
    keystore.ensure_hq_keys(hq)
    profile = create_profile(hq, "Test NGO", policy or ExportPolicy())
    return hq, profile


def make_field(base: Path, hq: Vault, profile: bytes, *, approve: bool = True) -> Vault:
    field_vault, _recovery = Vault.create(base, PASSPHRASE, Role.FIELD)
    import_profile(field_vault, profile)
    if approve:
        devices.approve(hq, devices.create_request(field_vault))
    return field_vault


def deliver(field_vault: Vault, hq: Vault, out: Path) -> None:
    """The field's unsent records to HQ and HQ's receipt back: they are then delivered (and purgeable)."""
    import_bundle(hq, export_bundle(field_vault, out).path)
    import_receipt(field_vault, create_receipt(hq, field_vault.info.device_id))


def add_records(vault: Vault, cases: int = 3, *, attachment: bytes | None = None) -> list[str]:
    """`cases` cases, each with an aid distribution; a testimony for the first; optionally an attachment."""
    store = RecordStore(vault)
    ids = []
    for n in range(cases):
        case = make_case(store, f"Alias {n}")
        ids.append(case.id)
        ids.append(make_aid(store, case.id).id)
    if cases:
        ids.append(make_testimony(store, ids[0]).id)
        if attachment is not None:
            ids.append(AttachmentStore(vault).add(ids[0], io.BytesIO(attachment), filename="photo.jpg",
                                                  media_type="image/jpeg").id)
    return ids


def content_digest(vault: Vault, *, ledger: bool = True) -> str:
    """A hash of everything an import may change: every version HQ holds (hq.history.content_digest), records,
    lineage, blobs, conflicts, quarantine, devices' bundle state and (optionally) the bundle ledger."""
    digest = hashlib.sha256()
    with vault.reading() as conn:
        digest.update(history.content_digest(conn, provenance=ledger).encode())
    queries = [
        "SELECT id, body, version_device, version_counter, deleted FROM records ORDER BY id",
        "SELECT record_id, device, counter, parent_device, parent_counter FROM version_lineage"
        " ORDER BY record_id, device, counter",
        "SELECT sha256, size FROM blobs ORDER BY sha256",
        "SELECT b.sha256, c.seq, c.data FROM blob_chunks c JOIN blobs b ON b.rid = c.blob_rid ORDER BY b.sha256, c.seq",
        "SELECT pair_key, version_a, version_b, winner, status FROM conflicts ORDER BY pair_key",
        "SELECT (SELECT count(*) FROM records_fts), (SELECT count(*) FROM record_facets)",
    ]
    if ledger:
        queries += [
            "SELECT bundle_id, device_id, sequence, sha256, gap FROM bundle_ledger ORDER BY bundle_id",
            "SELECT * FROM bundle_versions ORDER BY bundle_id, record_id",
            "SELECT bundle_id, device_id, status FROM quarantine ORDER BY bundle_id",
            "SELECT quarantine_id, seq, data FROM quarantine_chunks ORDER BY quarantine_id, seq",
            "SELECT device_id, status, last_sequence, gaps FROM devices ORDER BY device_id",
            "SELECT value FROM meta WHERE key = 'change_seq'",
        ]
    with vault.reading() as conn:
        for sql in queries:
            for row in conn.execute(sql):
                digest.update(repr(tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)).encode())
            digest.update(b"|")
    return digest.hexdigest()


# -- hand-made bundles ----------------------------------------------------------------------------------------


@dataclass
class Crafted:
    """A bundle built piece by piece, to break one rule at a time."""

    device_id: str
    key: SigningKey
    recipients: list[str]
    records: bytes = b""
    attachments: dict[str, bytes] = field(default_factory=dict)
    sequence: int = 1
    record_count: int | None = None
    extra_members: list[tuple[tarfile.TarInfo, bytes]] = field(default_factory=list)
    records_tar_size: int | None = None  # lie about records.ndjson's size in the tar header
    manifest_override: dict[str, Any] = field(default_factory=dict)
    signer: SigningKey | None = None
    bundle_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    age_recipient: str = field(default_factory=lambda: str(x25519.Identity.generate().to_public()))
    old_order: bool = False  # the format-1 order: records and attachments first, the manifest last

    def manifest_bytes(self) -> bytes:
        entries = [{"name": tarstream.RECORDS, "size": len(self.records),
                    "sha256": hashlib.sha256(self.records).hexdigest()}]
        entries += [{"name": tarstream.attachment_name(sha), "size": len(data), "sha256": sha}
                    for sha, data in sorted(self.attachments.items())]
        value = {
            "format": manifest.MANIFEST_FORMAT, "format_version": manifest.FORMAT_VERSION, "bundle_id": self.bundle_id,
            "created_at": utc_now(), "device_id": self.device_id, "device_signing_key": self.key.public.b64(),
            "sequence": self.sequence, "counter_range": {"after": 0, "through": 1000}, "full": False,
            "previous": None, "hq_recipients": [manifest.recipient_fingerprint(r) for r in self.recipients],
            "record_count": self.record_count if self.record_count is not None else self.records.count(b"\n"),
            "entries": entries, "device_age_recipient": self.age_recipient,
            "field_audit": {"length": 0, "head": "0" * 64, "at_previous": None}}
        value.update(self.manifest_override)
        return manifest.encode(value)

    def tar(self) -> bytes:
        out = io.BytesIO()
        data = self.manifest_bytes()
        signature = (self.signer or self.key).sign(
            data, manifest.trusted_comment(self.bundle_id, self.device_id, self.sequence)).encode()

        def add(name: str, payload: bytes, size: int | None = None) -> None:
            out.write(tarstream.member_header(name, len(payload) if size is None else size))
            out.write(payload)
            out.write(bytes(tarstream.block_padding(len(payload))))

        if not self.old_order:
            add(tarstream.MANIFEST, data)
            add(tarstream.SIGNATURE, signature)
        add(tarstream.RECORDS, self.records, self.records_tar_size)
        for sha, blob in sorted(self.attachments.items()):
            add(tarstream.attachment_name(sha), blob)
        for info, payload in self.extra_members:
            out.write(info.tobuf(format=tarfile.USTAR_FORMAT))
            out.write(payload)
            out.write(bytes(tarstream.block_padding(len(payload))))
        if self.old_order:
            add(tarstream.MANIFEST, data)
            add(tarstream.SIGNATURE, signature)
        out.write(tarstream.END_OF_ARCHIVE)
        size = out.tell()
        out.write(bytes(padding.padded_size(size) - size))
        return out.getvalue()

    def write(self, path: Path, plaintext: bytes | None = None) -> Path:
        with path.open("wb") as fh:
            age_stream.encrypt(io.BytesIO(self.tar() if plaintext is None else plaintext), fh, self.recipients)
        return path


def crafted_for(field_vault: Vault, hq: Vault, **kw: Any) -> Crafted:
    return Crafted(device_id=field_vault.info.device_id, key=keystore.device_signing_key(field_vault),
                   recipients=keystore.hq_recipients(hq), **kw)


def record_line(envelope: dict[str, Any], ancestors: list[list[Any]] | None = None) -> bytes:
    return json.dumps({"record": envelope, "ancestors": ancestors or []}, sort_keys=True,
                      separators=(",", ":")).encode() + b"\n"
