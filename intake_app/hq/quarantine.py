"""HQ: bundles from devices that are not approved yet wait here, still encrypted, inside the vault.

A bundle from an unknown (or only pending) device is decrypted and checked like any other, and its
signature must verify with the key its own manifest presents; then its ciphertext, exactly as it arrived,
is stored in `quarantine_chunks` (the stick may be gone by the time the device is approved) and the device
is recorded as pending with that key (hq/devices.py). Nothing of its content enters the vault. Once a
coordinator approves the device, `import_quarantined` runs every waiting bundle of it through the normal
import, against the approved key, oldest first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from intake_app.domain.models import utc_now
from intake_app.hq import devices
from intake_app.hq.importer import ImportOutcome, ImportResult, Source, import_source
from intake_app.i18n import _
from intake_app.sync import child, keystore
from intake_app.sync.limits import DEFAULT_LIMITS, Limits
from intake_app.sync.manifest import Manifest
from intake_app.vault import audit
from intake_app.vault.connection import Connection
from intake_app.vault.vault import Role, Vault

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class QuarantinedBundle:
    id: int
    bundle_id: str
    device_id: str
    sequence: int
    size: int
    received_at: str
    status: str
    reason: str | None


def chunk_puller(conn: Connection, quarantine_id: int) -> Callable[[], bytes]:
    """The stored ciphertext chunk by chunk (b"" at the end), read inside the caller's transaction."""
    position = 0

    def pull() -> bytes:
        nonlocal position
        row = conn.execute("SELECT data FROM quarantine_chunks WHERE quarantine_id = ? AND seq = ?",
                           (quarantine_id, position)).fetchone()
        if row is None:
            return b""
        position += 1
        return bytes(row[0])

    return pull


def hold(vault: Vault, source: Source, manifest: Manifest, limits: Limits = DEFAULT_LIMITS) -> ImportResult:
    """Keep the (already checked) bundle in quarantine and note its device as pending."""
    with vault.transaction() as conn:
        known = conn.execute("SELECT 1 FROM quarantine WHERE bundle_id = ?", (manifest.bundle_id,)).fetchone()
        if known is None and source.path is not None:
            cur = conn.execute(
                "INSERT INTO quarantine (bundle_id, device_id, signing_key, sequence, size, received_at)"
                " VALUES (?, ?, ?, ?, 0, ?)", (manifest.bundle_id, manifest.device_id, manifest.device_signing_key,
                                               manifest.sequence, utc_now()))
            quarantine_id = int(cur.lastrowid or 0)
            size = seq = 0
            with open(source.path, "rb") as fh:
                while chunk := fh.read(child.CHUNK):
                    size += len(chunk)
                    if size > limits.max_bundle_bytes:
                        raise OSError("the file grew")
                    conn.execute("INSERT INTO quarantine_chunks (quarantine_id, seq, data) VALUES (?, ?, ?)",
                                 (quarantine_id, seq, chunk))
                    seq += 1
            conn.execute("UPDATE quarantine SET size = ? WHERE id = ?", (size, quarantine_id))
            audit.append(conn, "bundle_quarantined", detail=(
                f"{manifest.bundle_id} device {manifest.device_id} seq {manifest.sequence}"))
        devices.record_unknown_device(conn, manifest.device_id, manifest.device_signing_key)
    log.info("bundle of an unapproved device held in quarantine")
    return ImportResult(ImportOutcome.QUARANTINED, source.label, bundle_id=manifest.bundle_id,
                        device_id=manifest.device_id, sequence=manifest.sequence, records=manifest.record_count,
                        attachments=len(manifest.attachments))


def list_quarantined(vault: Vault) -> list[QuarantinedBundle]:
    keystore.require_role(vault, Role.HQ)
    with vault.reading() as conn:
        rows = conn.execute("SELECT id, bundle_id, device_id, sequence, size, received_at, status, reason"
                            " FROM quarantine ORDER BY device_id, sequence").fetchall()
    return [QuarantinedBundle(*row) for row in rows]


def import_quarantined(vault: Vault, device_id: str, *, limits: Limits = DEFAULT_LIMITS,
                       isolated: bool = True) -> list[ImportResult]:
    """Import the waiting bundles of `device_id` (call after approving it), oldest first."""
    keystore.require_role(vault, Role.HQ)
    with vault.reading() as conn:
        rows = conn.execute("SELECT id, bundle_id, size FROM quarantine WHERE device_id = ? AND status = 'waiting'"
                            " ORDER BY sequence", (device_id,)).fetchall()
    results = []
    for quarantine_id, bundle_id, size in rows:
        source = Source(label=_("quarantined bundle {id}").format(id=bundle_id), size=size,
                        quarantine_id=quarantine_id)

        def release(conn: Connection, quarantine_id: int = quarantine_id) -> None:
            conn.execute("DELETE FROM quarantine WHERE id = ?", (quarantine_id,))

        result = import_source(vault, source, limits=limits, isolated=isolated, on_imported=release)
        if result.outcome is ImportOutcome.REFUSED:
            with vault.transaction() as conn:
                conn.execute("UPDATE quarantine SET status = 'refused', reason = ? WHERE id = ?",
                             (result.reason.name if result.reason else None, quarantine_id))
        results.append(result)
    return results

