"""Device enrollment at HQ: requests, approval (by file or quarantined id), revocation, listing; receipts."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from pyrage import x25519

from intake_app.crypto.signed_json import DocumentError, sign_document
from intake_app.crypto.signing import SignatureError, SigningKey
from intake_app.errors import ValidationFailed
from intake_app.hq import devices
from intake_app.hq.devices import (
    ApprovalOutcome,
    DeviceRefusal,
    DeviceRefusedError,
    DeviceStatus,
    RevocationOutcome,
)
from intake_app.sync import keystore
from intake_app.sync.receipt_format import ReceiptDeviceError, sign_receipt, verify_receipt
from intake_app.vault.vault import Vault

_RECIPIENT = str(x25519.Identity.generate().to_public())


def _rows(vault: Vault) -> list[tuple[object, ...]]:
    with vault.reading() as conn:
        return [tuple(r) for r in conn.execute("SELECT * FROM devices ORDER BY device_id")]


def _forged_request(device_id: str, key: SigningKey, label: str = "") -> bytes:
    body = {"format": 2, "device_id": device_id, "device_signing_key": key.public.b64(),
            "created_at": "2026-05-01T10:00:00Z", "device_age_recipient": _RECIPIENT}
    if label:
        body["label"] = label
    return sign_document(key, "request", body, f"field-intake enrollment-request {device_id}")


def test_request_approve_list(hq: Vault, field: Vault) -> None:
    data = devices.create_request(field, "  Laptop   A ")
    request = devices.read_request(data)
    device_key = keystore.device_signing_key(field).public
    assert request.device_id == field.info.device_id and request.signing_key == device_key
    assert request.label == "Laptop A"

    result = devices.approve(hq, data)
    assert result.outcome is ApprovalOutcome.APPROVED and field.info.device_id in result.message
    assert devices.approve(hq, data).outcome is ApprovalOutcome.ALREADY_APPROVED
    [info] = devices.list_devices(hq)
    assert info.device_id == field.info.device_id and info.status is DeviceStatus.APPROVED
    assert info.label == "Laptop A" and info.key_fingerprint == devices.key_fingerprint(device_key)
    assert info.enrolled_at and info.last_sequence is None and info.gaps == 0
    with hq.reading() as conn:
        assert devices.device_public_key(conn, field.info.device_id) == (device_key, "approved")
        assert devices.device_public_key(conn, str(uuid.uuid4())) is None


def test_tampered_request_refused(hq: Vault, field: Vault) -> None:
    data = devices.create_request(field)
    doc = json.loads(data)
    for key, value in (("device_id", str(uuid.uuid4())),
                       ("device_signing_key", SigningKey.generate().public.b64()),
                       ("created_at", "2020-01-01T00:00:00Z")):
        tampered = json.loads(data)
        tampered["request"][key] = value
        with pytest.raises(SignatureError):
            devices.approve(hq, json.dumps(tampered).encode())
    doc["request"]["extra"] = 1
    with pytest.raises(DocumentError):
        devices.approve(hq, json.dumps(doc).encode())
    with pytest.raises(DocumentError):
        devices.approve(hq, b"x" * (devices.MAX_REQUEST_SIZE + 1))
    # Signed by a key other than the one it presents: no proof of possession.
    device_id = str(uuid.uuid4())
    claimed, signer = SigningKey.generate(), SigningKey.generate()
    body = {"format": 2, "device_id": device_id, "device_signing_key": claimed.public.b64(),
            "created_at": "2026-05-01T10:00:00Z", "device_age_recipient": _RECIPIENT}
    with pytest.raises(SignatureError):
        devices.approve(hq, sign_document(signer, "request", body, f"field-intake enrollment-request {device_id}"))
    assert _rows(hq) == []


def test_quarantined_device_approved_by_id(hq: Vault) -> None:
    device_id, key = str(uuid.uuid4()), SigningKey.generate()
    with hq.transaction() as conn:
        devices.record_unknown_device(conn, device_id, key.public.b64())
        devices.record_unknown_device(conn, device_id, key.public.b64())  # the same again: no change
    [info] = devices.list_devices(hq)
    assert info.status is DeviceStatus.PENDING and not info.key_conflict and info.enrolled_at is None
    result = devices.approve(hq, device_id=device_id)
    assert result.outcome is ApprovalOutcome.APPROVED and result.device.signing_key == key.public
    with hq.reading() as conn:
        assert devices.device_public_key(conn, device_id) == (key.public, "approved")


def test_conflicting_keys_need_the_request_file(hq: Vault) -> None:
    device_id, genuine, rogue = str(uuid.uuid4()), SigningKey.generate(), SigningKey.generate()
    with hq.transaction() as conn:
        devices.record_unknown_device(conn, device_id, rogue.public.b64())
        devices.record_unknown_device(conn, device_id, genuine.public.b64())
    assert devices.list_devices(hq)[0].key_conflict
    with pytest.raises(DeviceRefusedError) as info:
        devices.approve(hq, device_id=device_id)
    assert info.value.reason is DeviceRefusal.KEY_CONFLICT
    result = devices.approve(hq, _forged_request(device_id, genuine, "Laptop B"))
    assert result.device.signing_key == genuine.public and not result.device.key_conflict
    assert result.device.label == "Laptop B"


def test_known_devices_are_not_changed_by_bundle_claims(hq: Vault, field: Vault) -> None:
    devices.approve(hq, devices.create_request(field))
    before = _rows(hq)
    with hq.transaction() as conn:
        devices.record_unknown_device(conn, field.info.device_id, SigningKey.generate().public.b64())
    assert _rows(hq) == before


def test_refusals(hq: Vault, field: Vault) -> None:
    with pytest.raises(DeviceRefusedError) as info:
        devices.approve(hq, device_id=str(uuid.uuid4()))
    assert info.value.reason is DeviceRefusal.UNKNOWN
    with pytest.raises(ValidationFailed):
        devices.approve(hq, device_id="not-an-id")
    devices.approve(hq, devices.create_request(field))
    other_key = _forged_request(field.info.device_id, SigningKey.generate())
    with pytest.raises(DeviceRefusedError) as info:
        devices.approve(hq, other_key)
    assert info.value.reason is DeviceRefusal.KEY_MISMATCH


def test_revoke(hq: Vault, field: Vault) -> None:
    device_id = field.info.device_id
    devices.approve(hq, devices.create_request(field))
    today = datetime.now(UTC).date()
    result = devices.revoke(hq, device_id)
    assert result.outcome is RevocationOutcome.REVOKED
    assert result.device.status is DeviceStatus.REVOKED and result.device.revoked_since == today.isoformat()
    with hq.reading() as conn:
        assert devices.device_public_key(conn, device_id)[1] == "revoked"  # type: ignore[index]
    earlier = (today - timedelta(days=10)).isoformat()
    again = devices.revoke(hq, device_id, since=earlier)
    assert again.outcome is RevocationOutcome.ALREADY_REVOKED and again.device.revoked_since == earlier
    # Revocation is never loosened: a later date does not move it.
    assert devices.revoke(hq, device_id, since=today.isoformat()).device.revoked_since == earlier
    with pytest.raises(DeviceRefusedError) as info:
        devices.approve(hq, devices.create_request(field))
    assert info.value.reason is DeviceRefusal.REVOKED
    with pytest.raises(DeviceRefusedError):
        devices.approve(hq, device_id=device_id)


def test_revoke_input_checks(hq: Vault, field: Vault) -> None:
    devices.approve(hq, devices.create_request(field))
    tomorrow = (datetime.now(UTC).date() + timedelta(days=1)).isoformat()
    for since in (tomorrow, "2026-13-01", "yesterday", "2026-1-1"):
        with pytest.raises(ValidationFailed):
            devices.revoke(hq, field.info.device_id, since=since)
    with pytest.raises(DeviceRefusedError):
        devices.revoke(hq, str(uuid.uuid4()))
    assert devices.list_devices(hq)[0].status is DeviceStatus.APPROVED
    result = devices.revoke(hq, field.info.device_id, since="2024-01-15")
    assert result.device.revoked_since == "2024-01-15"


def test_record_bundle(hq: Vault, field: Vault) -> None:
    devices.approve(hq, devices.create_request(field))
    with hq.transaction() as conn:
        devices.record_bundle(conn, field.info.device_id, 1, False)
        devices.record_bundle(conn, field.info.device_id, 3, True)
        devices.record_bundle(conn, field.info.device_id, 2, False)  # late arrival: the maximum stays
    [info] = devices.list_devices(hq)
    assert info.last_sequence == 3 and info.gaps == 1 and info.last_bundle_at
    with pytest.raises(ValueError), hq.transaction() as conn:
        devices.record_bundle(conn, str(uuid.uuid4()), 1, False)


def test_wrong_roles(hq: Vault, field: Vault) -> None:
    with pytest.raises(keystore.WrongRoleError):
        devices.create_request(hq)
    data = devices.create_request(field)
    for call in (lambda: devices.approve(field, data), lambda: devices.revoke(field, field.info.device_id)):
        with pytest.raises(keystore.WrongRoleError):
            call()


# -- receipts --------------------------------------------------------------------------------------------


def _payload(device_id: str) -> dict[str, object]:
    return {"format": 1, "device_id": device_id, "issued_at": "2026-05-02T08:00:00Z",
            "bundles": [{"bundle_id": str(uuid.uuid4()), "sequence": 1, "sha256": "ab" * 32}],
            "versions": [[str(uuid.uuid4()), device_id, 5], [str(uuid.uuid4()), device_id, 6]]}


def test_receipt_round_trip_and_tamper(hq: Vault, field: Vault) -> None:
    key = keystore.hq_signing_key(hq)
    payload = _payload(field.info.device_id)
    data = sign_receipt(key, payload)
    assert verify_receipt(data, key.public, device_id=field.info.device_id) == payload
    with pytest.raises(ReceiptDeviceError):
        verify_receipt(data, key.public, device_id=str(uuid.uuid4()))
    with pytest.raises(SignatureError):
        verify_receipt(data, SigningKey.generate().public)
    tampered = json.loads(data)
    tampered["receipt"]["versions"].append([str(uuid.uuid4()), field.info.device_id, 7])
    with pytest.raises(SignatureError):
        verify_receipt(json.dumps(tampered).encode(), key.public)
    readdressed = json.loads(data)
    readdressed["receipt"]["device_id"] = str(uuid.uuid4())
    with pytest.raises(SignatureError):
        verify_receipt(json.dumps(readdressed).encode(), key.public)
    # A profile or enrollment signature is not a receipt signature.
    wrong_purpose = sign_document(key, "receipt", payload, "field-intake deployment-profile 1")
    with pytest.raises(SignatureError):
        verify_receipt(wrong_purpose, key.public)


def test_receipt_schema(hq: Vault) -> None:
    key = keystore.hq_signing_key(hq)
    bad = _payload(str(uuid.uuid4()))
    bad["versions"] = [["x", "y", 0]]
    with pytest.raises(DocumentError):
        sign_receipt(key, bad)
    with pytest.raises(DocumentError):
        verify_receipt(b"{}", key.public)


def test_enrollment_refuses_hqs_own_id_and_an_id_under_another_key(hq: Vault, field: Vault) -> None:
    before = _rows(hq)
    with pytest.raises(DeviceRefusedError) as info:
        devices.approve(hq, _forged_request(hq.info.device_id, SigningKey.generate(), "HQ twin"))
    assert info.value.reason is DeviceRefusal.OWN_ID
    assert _rows(hq) == before
    devices.approve(hq, devices.create_request(field))
    enrolled = _rows(hq)
    with pytest.raises(DeviceRefusedError) as info:
        devices.approve(hq, _forged_request(field.info.device_id, SigningKey.generate(), "Impostor"))
    assert info.value.reason is DeviceRefusal.KEY_MISMATCH
    assert _rows(hq) == enrolled


def test_the_request_carries_the_devices_age_recipient(hq: Vault, field: Vault) -> None:
    request = devices.read_request(devices.create_request(field))
    assert request.age_recipient == keystore.device_age_recipient(field)
    devices.approve(hq, devices.create_request(field))
    info = devices.get_device(hq, field.info.device_id)
    assert info is not None and info.age_recipient == request.age_recipient
    assert len(info.fingerprint_words.split()) == 8
