"""Where each record of a case file came from: every version HQ holds, the device that made it and that
device's key fingerprint, the bundle that carried it (id, SHA-256, import time), its place in the audit
chain, and the SHA-256 of each attachment. All provenance reading is here, on top of `hq.history`.
"""

from __future__ import annotations

from dataclasses import dataclass

from intake_app.crypto.signing import PublicKey
from intake_app.hq.devices import key_fingerprint
from intake_app.hq.history import VersionInfo, record_versions
from intake_app.vault.connection import Connection


@dataclass(frozen=True)
class VersionProvenance:
    version: str               # "device:counter"
    device: str
    device_fingerprint: str    # "" when the device is not known here (made at HQ: HQ's own)
    bundle_id: str
    bundle_sha256: str
    imported_at: str
    audit_seq: int | None      # the audit entry that recorded the import (or the edit at HQ)
    made_at_hq: bool
    is_head: bool


@dataclass(frozen=True)
class AttachmentProvenance:
    attachment_id: str
    filename: str
    sha256: str
    size: int
    original_sha256: str = ""  # the file exactly as picked, before its metadata was removed ("" if unknown)


@dataclass(frozen=True)
class Provenance:
    record_id: str
    origin_device: str
    versions: list[VersionProvenance]
    attachments: list[AttachmentProvenance]


def _fingerprint(conn: Connection, device: str) -> str:
    row = conn.execute("SELECT signing_key FROM devices WHERE device_id = ?", (device,)).fetchone()
    if row is None:
        return ""
    try:
        return key_fingerprint(PublicKey.from_b64(row[0]))
    except Exception:  # a damaged key row must not stop a case file; the device id is still shown
        return ""


def _audit_seq(conn: Connection, record_id: str, bundle_id: str | None, version: str) -> int | None:
    if bundle_id:
        row = conn.execute("SELECT seq FROM audit WHERE action = 'bundle_imported' AND detail LIKE ? ORDER BY seq"
                           " LIMIT 1", (bundle_id + " %",)).fetchone()
    else:
        row = conn.execute("SELECT seq FROM audit WHERE record_id = ? AND version = ? ORDER BY seq LIMIT 1",
                           (record_id, version)).fetchone()
    return int(row[0]) if row else None


def _head_only(conn: Connection, record_id: str) -> list[VersionInfo]:
    """A vault that keeps no history (a field laptop) still names the version it holds."""
    row = conn.execute("SELECT type, version_device, version_counter, deleted FROM records WHERE id = ?",
                       (record_id,)).fetchone()
    if row is None:
        return []
    return [VersionInfo(record_id=record_id, record_type=row[0], device=row[1], counter=int(row[2]), parent=None,
                        body=None, deleted=bool(row[3]), bundle_id=None, bundle_sha256=None, imported_at=None,
                        made_at_hq=False, reason=None, is_head=True)]


def provenance(conn: Connection, record_id: str) -> Provenance:
    versions = record_versions(conn, record_id) or _head_only(conn, record_id)
    origin = conn.execute("SELECT origin_device FROM records WHERE id = ?", (record_id,)).fetchone()
    out = []
    for v in versions:
        label = f"{v.device}:{v.counter}"
        out.append(VersionProvenance(
            version=label, device=v.device, device_fingerprint=_fingerprint(conn, v.device),
            bundle_id=v.bundle_id or "", bundle_sha256=v.bundle_sha256 or "", imported_at=v.imported_at or "",
            audit_seq=_audit_seq(conn, record_id, v.bundle_id, label), made_at_hq=v.made_at_hq, is_head=v.is_head))
    attachments = [
        AttachmentProvenance(row[0], row[1] or "", row[2] or "", int(row[3] or 0), row[4] or "")
        for row in conn.execute(
            "SELECT r.id, json_extract(r.body, '$.data.filename'), json_extract(r.body, '$.data.sha256'),"
            " json_extract(r.body, '$.data.size'), json_extract(r.body, '$.data.original_sha256')"
            " FROM record_facets f JOIN records r ON r.rid = f.rid"
            " WHERE f.facet = 'owner' AND f.value = ? AND r.deleted = 0 ORDER BY r.created_at", (record_id,))
    ]
    return Provenance(record_id, origin[0] if origin else "", out, attachments)
