"""HQ: bundles from devices that are not approved yet wait here, still encrypted, inside the vault.

A bundle from an unknown (or only pending) device is decrypted as far as its manifest and signature (the
first two entries: nothing else is read), and its signature must verify with the key its own manifest
presents; then its ciphertext, exactly as it arrived, is stored in `quarantine_chunks` (the stick may be
gone by the time the device is approved) and the device is recorded as pending with that key
(hq/devices.py). Nothing of its content enters the vault. Once a coordinator approves the device,
`importer.import_quarantined` runs every waiting bundle of it through the normal import, oldest first.

Anyone who holds HQ's public key (it is in every profile) can make up a device and sign for it, so the
quarantine has limits, checked before a byte is stored, and settable at HQ (Devices, `devices quarantine`):

- 10 pending devices: more than an NGO enrolls at once; each pending device is a coordinator's question.
- 20 waiting bundles: a device that is not approved after a few exports is lost or not ours.
- 256 MiB in all: what a coordinator's laptop absorbs without noticing. A larger first bundle simply waits
  on its stick (or is exported again) until the enrollment request is approved; nothing is lost.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from intake_app.domain.models import utc_now
from intake_app.errors import ValidationFailed
from intake_app.hq import devices
from intake_app.hq.results import ImportOutcome, ImportResult, Source, refused
from intake_app.i18n import P_, _
from intake_app.sync import child, keystore
from intake_app.sync.age_stream import AgeOutcome
from intake_app.sync.limits import DEFAULT_LIMITS, MIB, Limits
from intake_app.sync.manifest import Manifest
from intake_app.sync.refusal import Reason, Refusal
from intake_app.vault import audit
from intake_app.vault.connection import Connection
from intake_app.vault.vault import Role, Vault

log = logging.getLogger(__name__)

_MAX_DEVICES, _MAX_BUNDLES, _MAX_BYTES = "quarantine_max_devices", "quarantine_max_bundles", "quarantine_max_bytes"


@dataclass(frozen=True)
class QuarantineLimits:
    devices: int = 10
    bundles: int = 20
    bytes: int = 256 * MIB


DEFAULT_QUARANTINE = QuarantineLimits()


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


@dataclass(frozen=True)
class QuarantineUse:
    devices: int
    bundles: int
    bytes: int


def _limits_in(conn: Connection) -> QuarantineLimits:
    values = dict(conn.execute("SELECT key, value FROM meta WHERE key IN (?, ?, ?)",
                               (_MAX_DEVICES, _MAX_BUNDLES, _MAX_BYTES)).fetchall())
    return QuarantineLimits(int(values.get(_MAX_DEVICES, DEFAULT_QUARANTINE.devices)),
                            int(values.get(_MAX_BUNDLES, DEFAULT_QUARANTINE.bundles)),
                            int(values.get(_MAX_BYTES, DEFAULT_QUARANTINE.bytes)))


def _use_in(conn: Connection) -> QuarantineUse:
    row = conn.execute("SELECT count(DISTINCT device_id), count(*), coalesce(sum(size), 0) FROM quarantine"
                       " WHERE status = 'waiting'").fetchone()
    return QuarantineUse(int(row[0]), int(row[1]), int(row[2]))


def quarantine_limits(vault: Vault) -> QuarantineLimits:
    keystore.require_role(vault, Role.HQ)
    with vault.reading() as conn:
        return _limits_in(conn)


def quarantine_use(vault: Vault) -> QuarantineUse:
    keystore.require_role(vault, Role.HQ)
    with vault.reading() as conn:
        return _use_in(conn)


def set_quarantine_limits(vault: Vault, limits: QuarantineLimits) -> QuarantineLimits:
    """HQ: new limits (each at least 0; 0 refuses every bundle of an unapproved device)."""
    keystore.require_role(vault, Role.HQ)
    for value in (limits.devices, limits.bundles, limits.bytes):
        if value < 0 or value > 1 << 50:
            raise ValidationFailed(_("A quarantine limit must be a whole number of at least 0."))
    with vault.transaction() as conn:
        for key, value in ((_MAX_DEVICES, limits.devices), (_MAX_BUNDLES, limits.bundles),
                           (_MAX_BYTES, limits.bytes)):
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE"
                         " SET value = excluded.value", (key, str(value)))
        audit.append(conn, "quarantine_limits", detail=f"{limits.devices} {limits.bundles} {limits.bytes}")
    return limits


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


def _over_limit(conn: Connection, device_id: str, size: int) -> str | None:
    """What would be exceeded by one more bundle of `size` bytes from `device_id` (translated), or None."""
    limits, use = _limits_in(conn), _use_in(conn)
    known = conn.execute("SELECT 1 FROM quarantine WHERE device_id = ? AND status = 'waiting' LIMIT 1",
                         (device_id,)).fetchone()
    if known is None and use.devices + 1 > limits.devices:
        return P_("at most {n} device may wait for approval", "at most {n} devices may wait for approval",
                  limits.devices).format(n=limits.devices)
    if use.bundles + 1 > limits.bundles:
        return P_("at most {n} bundle may wait", "at most {n} bundles may wait", limits.bundles).format(
            n=limits.bundles)
    if use.bytes + size > limits.bytes:
        return _("at most {n} MiB may wait; this bundle has {size} MiB").format(
            n=limits.bytes // MIB, size=-(-size // MIB))
    return None


def hold(conn: Connection, source: Source, manifest: Manifest, limits: Limits = DEFAULT_LIMITS) -> ImportResult:
    """Inside the import's transaction: keep the (signature-checked) bundle in quarantine, within the
    quarantine's limits, and note its device as pending. Returns the result; a refusal stores nothing."""
    known = conn.execute("SELECT 1 FROM quarantine WHERE bundle_id = ?", (manifest.bundle_id,)).fetchone()
    if known is None and source.path is not None:
        over = _over_limit(conn, manifest.device_id, source.size)
        if over is not None:
            log.info("bundle of an unapproved device refused: quarantine full")
            return refused(source.label, Refusal.QUARANTINE_FULL, Refusal.QUARANTINE_FULL.text(what=over),
                           bundle_id=manifest.bundle_id, device_id=manifest.device_id)
        cur = conn.execute(
            "INSERT INTO quarantine (bundle_id, device_id, signing_key, sequence, size, received_at)"
            " VALUES (?, ?, ?, ?, 0, ?)", (manifest.bundle_id, manifest.device_id, manifest.device_signing_key,
                                           manifest.sequence, utc_now()))
        quarantine_id = int(cur.lastrowid or 0)
        size = seq = 0
        with open(source.path, "rb") as fh:
            while chunk := fh.read(child.CHUNK):
                size += len(chunk)
                if size > min(limits.max_bundle_bytes, source.size):
                    raise OSError("the file grew")
                conn.execute("INSERT INTO quarantine_chunks (quarantine_id, seq, data) VALUES (?, ?, ?)",
                             (quarantine_id, seq, chunk))
                seq += 1
        conn.execute("UPDATE quarantine SET size = ? WHERE id = ?", (size, quarantine_id))
        audit.append(conn, "bundle_quarantined", detail=(
            f"{manifest.bundle_id} device {manifest.device_id} seq {manifest.sequence}"))
    devices.record_unknown_device(conn, manifest.device_id, manifest.device_signing_key,
                                  manifest.device_age_recipient)
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


def waiting_bundles(vault: Vault, device_id: str) -> list[tuple[int, str, int]]:
    """(quarantine id, bundle id, size) of the device's waiting bundles, oldest first."""
    with vault.reading() as conn:
        return [(int(a), str(b), int(c)) for a, b, c in conn.execute(
            "SELECT id, bundle_id, size FROM quarantine WHERE device_id = ? AND status = 'waiting'"
            " ORDER BY sequence", (device_id,)).fetchall()]


def mark_refused(vault: Vault, quarantine_id: int, reason: str | None) -> None:
    with vault.transaction() as conn:
        conn.execute("UPDATE quarantine SET status = 'refused', reason = ? WHERE id = ?", (reason, quarantine_id))


def later_outcomes(vault: Vault, bundle_ids: Iterable[str]) -> dict[str, ImportResult]:
    """What became of bundles that went to quarantine, once their device was approved: imported (as the ledger
    records them) or refused. Bundles still waiting, or unknown, are left out. `source` is left empty."""
    keystore.require_role(vault, Role.HQ)
    wanted = list(dict.fromkeys(bundle_ids))
    found: dict[str, ImportResult] = {}
    with vault.reading() as conn:
        for bundle_id in wanted:
            row = conn.execute("SELECT device_id, sequence, record_count, new_records, updated_records, conflicts,"
                               " attachment_count, gap, chain_broken, audit_broken FROM bundle_ledger"
                               " WHERE bundle_id = ?", (bundle_id,)).fetchone()
            if row is not None:
                found[bundle_id] = ImportResult(
                    ImportOutcome.IMPORTED, "", bundle_id=bundle_id, device_id=row[0], sequence=row[1],
                    records=row[2], new=row[3], updated=row[4], conflicts=row[5], attachments=row[6],
                    gap=bool(row[7]), chain_broken=bool(row[8]), audit_broken=bool(row[9]))
                continue
            held = conn.execute("SELECT device_id, sequence, status, reason FROM quarantine WHERE bundle_id = ?",
                                (bundle_id,)).fetchone()
            if held is not None and held[2] == "refused":
                reason = _reason(held[3])
                found[bundle_id] = refused("", reason, reason.text() if reason else _("refused"),
                                           bundle_id=bundle_id, device_id=held[0], sequence=held[1])
    return found


def _reason(key: str | None) -> Reason | None:
    for kind in (Refusal, AgeOutcome):
        try:
            return kind.from_key(key or "")  # type: ignore[return-value]
        except ValueError:
            continue
    return None
