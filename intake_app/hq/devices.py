"""Field devices and their signing keys: enrollment requests (field), approval and revocation (HQ).

A device is known to HQ through its enrollment request (signed by the device key itself: proof that the
sender holds it) or through a bundle from an unknown device, which waits in quarantine while the device is
`pending`. Only an `approved` device's bundles are imported; a `revoked` one's never again.
"""

from __future__ import annotations

import enum
import logging
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from intake_app.crypto.fingerprint import fingerprint_hex, fingerprint_words
from intake_app.crypto.signed_json import read_document, sign_document, verify_document
from intake_app.crypto.signing import PublicKey
from intake_app.domain.models import utc_now
from intake_app.errors import IntakeError, ValidationFailed
from intake_app.i18n import N_, _
from intake_app.outcomes import Outcome
from intake_app.sync import keystore
from intake_app.sync.device_names import DeviceNames
from intake_app.vault import audit
from intake_app.vault.connection import Connection
from intake_app.vault.vault import Role, Vault

log = logging.getLogger(__name__)

REQUEST_FORMAT = 2
MAX_REQUEST_SIZE = 16 * 1024
MAX_LABEL = 64
_DEVICE_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class DeviceStatus(enum.StrEnum):
    """A device's standing at HQ. The values are stored in the device registry: never change them."""

    PENDING = "pending"
    APPROVED = "approved"
    REVOKED = "revoked"

    def text(self) -> str:
        """The status in the current language."""
        return _(_STATUS_TEXT[self])


_STATUS_TEXT = {DeviceStatus.PENDING: N_("pending"), DeviceStatus.APPROVED: N_("approved"),
                DeviceStatus.REVOKED: N_("revoked")}


def key_fingerprint(public: PublicKey) -> str:
    """The short fingerprint of a device key, as `devices request` and `devices list` print it."""
    return fingerprint_hex(public.b64().encode("ascii"), groups=6)


@dataclass(frozen=True)
class DeviceInfo:
    device_id: str
    label: str
    signing_key: PublicKey
    status: DeviceStatus
    key_conflict: bool
    first_seen_at: str
    enrolled_at: str | None
    revoked_since: str | None
    last_sequence: int | None
    last_bundle_at: str | None
    gaps: int
    age_recipient: str | None = None
    audit_broken: bool = False  # a bundle announced a field audit chain cut short or rewritten

    @property
    def key_fingerprint(self) -> str:
        return key_fingerprint(self.signing_key)

    @property
    def fingerprint_words(self) -> str:
        return key_fingerprint_words(self.signing_key)


def key_fingerprint_words(public: PublicKey) -> str:
    """The device key's fingerprint as words, to read aloud and compare before approving."""
    return " ".join(fingerprint_words(public.b64().encode("ascii")))


@dataclass(frozen=True)
class EnrollmentRequest:
    device_id: str
    signing_key: PublicKey
    created_at: str
    label: str
    age_recipient: str


class ApprovalOutcome(Outcome):
    APPROVED = "approved", N_("Device {device} approved (key {fingerprint}).")
    ALREADY_APPROVED = "already_approved", N_("Device {device} was already approved with this key; nothing "
                                              "changed.")


class RevocationOutcome(Outcome):
    REVOKED = "revoked", N_("Device {device} revoked: no bundle of it will be imported again (compromised "
                            "since {since}).")
    ALREADY_REVOKED = "already_revoked", N_("Device {device} was already revoked (compromised since {since}).")


@dataclass(frozen=True)
class DeviceResult:
    outcome: ApprovalOutcome | RevocationOutcome
    device: DeviceInfo

    @property
    def message(self) -> str:
        """The outcome's text naming the device by its id (see `text` for names)."""
        return self.text()

    def text(self, names: DeviceNames | None = None) -> str:
        """The outcome's text, filled in with the device's name (its id without `names`), key fingerprint and
        revocation date."""
        device = self.device
        name = names.name(device.device_id) if names is not None else device.device_id
        return self.outcome.text(device=name, fingerprint=device.key_fingerprint, since=device.revoked_since or "-")


class DeviceRefusal(Outcome):
    UNKNOWN = "unknown", N_("No device {device} is known here: approve it from its enrollment request file.")
    REVOKED = "revoked", N_(
        "Device {device} was revoked and cannot be approved again; the field laptop needs a new vault.")
    KEY_MISMATCH = "key_mismatch", N_(
        "Device {device} is already approved with another key; this request was refused. If the device was "
        "reinstalled, revoke the old entry: the new vault has a new device id.")
    KEY_CONFLICT = "key_conflict", N_(
        "Bundles naming device {device} came signed by more than one key: approve it from its enrollment request "
        "file instead of by id.")
    OWN_ID = "own_id", N_(
        "Device id {device} is the id of this headquarters itself; this request was refused. It can only come "
        "from a copy of this vault or a forgery.")


class DeviceRefusedError(IntakeError):
    def __init__(self, reason: DeviceRefusal, device_id: str) -> None:
        super().__init__(reason.text(device=device_id))
        self.reason = reason


def _comment(device_id: str) -> str:
    return f"field-intake enrollment-request {device_id}"


# -- field side ----------------------------------------------------------------------------------------


def create_request(vault: Vault, label: str | None = None) -> bytes:
    """Field: an enrollment request for this device, signed by its own key."""
    keystore.require_role(vault, Role.FIELD)
    clean = " ".join((label or "").split())
    if len(clean) > MAX_LABEL:
        raise ValidationFailed(_("The device label may have at most {n} characters.").format(n=MAX_LABEL))
    key = keystore.device_signing_key(vault)
    body: dict[str, Any] = {"format": REQUEST_FORMAT, "device_id": vault.info.device_id,
                            "device_signing_key": key.public.b64(), "created_at": utc_now(),
                            "device_age_recipient": keystore.device_age_recipient(vault)}
    if clean:
        body["label"] = clean
    data = sign_document(key, "request", body, _comment(vault.info.device_id))
    with vault.transaction() as conn:
        audit.append(conn, "enrollment_requested", detail=key.public.key_id_hex())
    return data


def read_request(data: bytes) -> EnrollmentRequest:
    """Check an enrollment request: size, form, and the signature by the key it presents."""
    what = _("The enrollment request")
    doc = read_document(data, body_name="request", schema_name="enrollment-request",
                        max_size=MAX_REQUEST_SIZE, what=what)
    public = PublicKey.from_b64(doc.body["device_signing_key"])
    verify_document(doc, public, _comment(doc.body["device_id"]), what=what)
    return EnrollmentRequest(device_id=doc.body["device_id"], signing_key=public,
                             created_at=doc.body["created_at"], label=doc.body.get("label", ""),
                             age_recipient=doc.body["device_age_recipient"])


# -- HQ side -------------------------------------------------------------------------------------------

_COLUMNS = ("device_id, label, signing_key, status, key_conflict, first_seen_at, enrolled_at, revoked_since,"
            " last_sequence, last_bundle_at, gaps, age_recipient, EXISTS (SELECT 1 FROM bundle_ledger b"
            " WHERE b.device_id = devices.device_id AND b.audit_broken = 1)")


def _info(row: Any) -> DeviceInfo:
    return DeviceInfo(device_id=row[0], label=row[1], signing_key=PublicKey.from_b64(row[2]),
                      status=DeviceStatus(row[3]), key_conflict=bool(row[4]), first_seen_at=row[5],
                      enrolled_at=row[6], revoked_since=row[7], last_sequence=row[8], last_bundle_at=row[9],
                      gaps=int(row[10]), age_recipient=row[11], audit_broken=bool(row[12]))


def _get(conn: Connection, device_id: str) -> DeviceInfo | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM devices WHERE device_id = ?", (device_id,)).fetchone()  # noqa: S608
    return _info(row) if row else None


def _must_get(conn: Connection, device_id: str) -> DeviceInfo:
    device = _get(conn, device_id)
    if device is None:  # pragma: no cover - only after the row was just written in this transaction
        raise RuntimeError("device row vanished")
    return device


def _approve_in(conn: Connection, hq_device_id: str, device_id: str,
                request: EnrollmentRequest | None) -> DeviceResult:
    if device_id == hq_device_id:
        raise DeviceRefusedError(DeviceRefusal.OWN_ID, device_id)
    existing = _get(conn, device_id)
    if existing is None and request is None:
        raise DeviceRefusedError(DeviceRefusal.UNKNOWN, device_id)
    if existing is not None and existing.status is DeviceStatus.REVOKED:
        raise DeviceRefusedError(DeviceRefusal.REVOKED, device_id)
    if existing is not None and existing.status is DeviceStatus.APPROVED:
        if request is not None and request.signing_key != existing.signing_key:
            raise DeviceRefusedError(DeviceRefusal.KEY_MISMATCH, device_id)
        return DeviceResult(ApprovalOutcome.ALREADY_APPROVED, existing)
    now = utc_now()
    if request is None:  # a pending device, by id: the key its quarantined bundle presented
        if existing is None or existing.key_conflict:
            raise DeviceRefusedError(DeviceRefusal.KEY_CONFLICT, device_id)
        conn.execute("UPDATE devices SET status = 'approved', enrolled_at = ? WHERE device_id = ?",
                     (now, device_id))
    elif existing is None:
        conn.execute("INSERT INTO devices (device_id, label, signing_key, status, first_seen_at, enrolled_at,"
                     " age_recipient) VALUES (?, ?, ?, 'approved', ?, ?, ?)",
                     (device_id, request.label, request.signing_key.b64(), now, now, request.age_recipient))
    else:  # pending: the request proves possession of its key, which wins over what bundles claimed
        conn.execute("UPDATE devices SET status = 'approved', signing_key = ?, label = ?, key_conflict = 0,"
                     " enrolled_at = ?, age_recipient = ? WHERE device_id = ?",
                     (request.signing_key.b64(), request.label or existing.label, now, request.age_recipient,
                      device_id))
    device = _must_get(conn, device_id)
    audit.append(conn, "device_approved", detail=f"{device_id} {device.signing_key.key_id_hex()}")
    log.info("device %s approved", device_id)
    return DeviceResult(ApprovalOutcome.APPROVED, device)


def approve(vault: Vault, request_bytes: bytes | None = None, device_id: str | None = None) -> DeviceResult:
    """HQ: approve a device from its enrollment request file, or a pending (quarantined) one by id."""
    keystore.require_role(vault, Role.HQ)
    if (request_bytes is None) == (device_id is None):
        raise ValueError("give either an enrollment request or a device id")
    request = read_request(request_bytes) if request_bytes is not None else None
    target = request.device_id if request is not None else _check_device_id(device_id or "")
    with vault.transaction() as conn:
        return _approve_in(conn, vault.info.device_id, target, request)


def _check_device_id(device_id: str) -> str:
    if not _DEVICE_ID.match(device_id):
        raise ValidationFailed(_("“{id}” is not a device id.").format(id=device_id[:80]))
    return device_id


def _check_since(since: str | None) -> str:
    today = datetime.now(UTC).date()
    if since is None:
        return today.isoformat()
    try:
        day = date.fromisoformat(since) if _DATE.match(since) else None
    except ValueError:
        day = None
    if day is None:
        raise ValidationFailed(_("“{date}” is not a date of the form YYYY-MM-DD.").format(date=since[:40]))
    if day > today:
        raise ValidationFailed(_("The revocation date cannot be in the future."))
    return day.isoformat()


def revoke(vault: Vault, device_id: str, since: str | None = None) -> DeviceResult:
    """HQ: revoke a device (lost, seized, or never to be trusted). `since` (YYYY-MM-DD, default today) is
    when it may have been compromised: bundles imported from then on deserve review."""
    keystore.require_role(vault, Role.HQ)
    _check_device_id(device_id)
    day = _check_since(since)
    with vault.transaction() as conn:
        existing = _get(conn, device_id)
        if existing is None:
            raise DeviceRefusedError(DeviceRefusal.UNKNOWN, device_id)
        if existing.status is DeviceStatus.REVOKED:
            if since is not None and existing.revoked_since is not None and day < existing.revoked_since:
                conn.execute("UPDATE devices SET revoked_since = ? WHERE device_id = ?", (day, device_id))
                audit.append(conn, "device_revoked", detail=f"{device_id} since {day}")
            return DeviceResult(RevocationOutcome.ALREADY_REVOKED, _must_get(conn, device_id))
        conn.execute("UPDATE devices SET status = 'revoked', revoked_at = ?, revoked_since = ?"
                     " WHERE device_id = ?", (utc_now(), day, device_id))
        audit.append(conn, "device_revoked", detail=f"{device_id} since {day}")
        device = _must_get(conn, device_id)
    log.info("device %s revoked", device_id)
    return DeviceResult(RevocationOutcome.REVOKED, device)


def list_devices(vault: Vault) -> list[DeviceInfo]:
    """HQ: every known device, pending first, then approved, then revoked."""
    with vault.reading() as conn:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM devices ORDER BY CASE status WHEN 'pending' THEN 0"  # noqa: S608
                            " WHEN 'approved' THEN 1 ELSE 2 END, first_seen_at, device_id").fetchall()
    return [_info(row) for row in rows]


def get_device(vault: Vault, device_id: str) -> DeviceInfo | None:
    with vault.reading() as conn:
        return _get(conn, device_id)


# -- for the bundle importer (inside its transaction) --------------------------------------------------


def device_public_key(conn: Connection, device_id: str) -> tuple[PublicKey, str] | None:
    """The signing key HQ holds for a device and its status ("pending", "approved", "revoked"), or None."""
    row = conn.execute("SELECT signing_key, status FROM devices WHERE device_id = ?", (device_id,)).fetchone()
    return (PublicKey.from_b64(row[0]), str(row[1])) if row else None


def record_unknown_device(conn: Connection, device_id: str, public_b64: str, age_recipient: str | None = None) -> None:
    """A bundle from a device HQ does not know went to quarantine: remember the device as pending, with the
    key its (unverified) manifest presents. A second, different key for a pending device marks a conflict
    (then only an enrollment request file can approve it). Known approved or revoked devices are unchanged."""
    _check_device_id(device_id)
    public = PublicKey.from_b64(public_b64)
    existing = _get(conn, device_id)
    if existing is None:
        conn.execute("INSERT INTO devices (device_id, signing_key, status, first_seen_at, age_recipient)"
                     " VALUES (?, ?, 'pending', ?, ?)", (device_id, public.b64(), utc_now(), age_recipient or None))
        audit.append(conn, "device_pending", detail=f"{device_id} {public.key_id_hex()}")
    elif (existing.status is DeviceStatus.PENDING and existing.signing_key != public
          and not existing.key_conflict):
        conn.execute("UPDATE devices SET key_conflict = 1 WHERE device_id = ?", (device_id,))
        audit.append(conn, "device_key_conflict", detail=f"{device_id} {public.key_id_hex()}")


def record_bundle(conn: Connection, device_id: str, sequence: int, gap: bool, age_recipient: str = "") -> None:
    """An approved device's bundle was imported: note its sequence number, the time, and a gap if any.
    The age recipient its signed manifest names is kept if HQ had none for it (a device approved by id)."""
    cursor = conn.execute(
        "UPDATE devices SET last_sequence = MAX(COALESCE(last_sequence, ?), ?), last_bundle_at = ?,"
        " gaps = gaps + ?, age_recipient = COALESCE(age_recipient, ?) WHERE device_id = ?",
        (sequence, sequence, utc_now(), int(gap), age_recipient or None, device_id))
    if cursor.rowcount != 1:
        raise ValueError("record_bundle: unknown device")
