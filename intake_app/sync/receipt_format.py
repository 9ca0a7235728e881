"""The receipt file HQ signs for a field device: which bundles and record versions it holds.

Inside: `{"receipt": {format, device_id, issued_at, bundles: [{bundle_id, sequence, sha256}], versions:
[[record_id, device, counter], …]}, "signature": "<minisign text by the HQ signing key>"}`. The file is
that JSON encrypted with age (binary, X25519) to the device's own recipient: it names no device, bundle or
record to anyone else. A receipt that is not encrypted to the device is refused unread. What to put in
it and what to do with it (marking records delivered) is the receipt flow's business; this module only
writes and checks the file.
"""

from __future__ import annotations

import io
from typing import Any

import pyrage
from pyrage import x25519

from intake_app.crypto.signed_json import check_schema, read_document, sign_document, verify_document
from intake_app.crypto.signing import PublicKey, SigningKey
from intake_app.errors import IntakeError
from intake_app.i18n import _
from intake_app.sync.age_stream import AgeError, check_header

RECEIPT_FORMAT = 1
MAX_RECEIPT_SIZE = 64 * 1024 * 1024
TRUSTED_COMMENT = "field-intake receipt"


class ReceiptDeviceError(IntakeError):
    """A genuine receipt, but for another device."""


class ReceiptNotForUs(IntakeError):
    """Not a receipt encrypted to this device (plain text, damaged, or for another device)."""


def encrypt_receipt(signed: bytes, recipient: str) -> bytes:
    """The signed receipt, age-encrypted to the device's recipient."""
    out = io.BytesIO()
    pyrage.encrypt_io(io.BytesIO(signed), out, [x25519.Recipient.from_str(recipient)])
    return out.getvalue()


def decrypt_receipt(data: bytes, identity: str) -> bytes:
    """The signed receipt inside `data`, which must be age-encrypted to `identity` (X25519 only)."""
    refusal = _("This file is not a receipt for this device: a receipt from headquarters is encrypted to this "
                "device's key. Nothing was changed.")
    if len(data) > MAX_RECEIPT_SIZE:
        raise ReceiptNotForUs(refusal)
    try:
        check_header(data[:16 * 1024])
    except AgeError as exc:
        raise ReceiptNotForUs(refusal) from exc
    out = io.BytesIO()
    try:
        pyrage.decrypt_io(io.BytesIO(data), out, [x25519.Identity.from_str(identity)])
    except (pyrage.DecryptError, OSError) as exc:
        raise ReceiptNotForUs(refusal) from exc
    return out.getvalue()


def _what() -> str:
    return _("The receipt")


def _comment(device_id: str) -> str:
    return f"{TRUSTED_COMMENT} {device_id}"


def sign_receipt(key: SigningKey, payload: dict[str, Any]) -> bytes:
    """The receipt file for `payload` (checked against the schema first), signed by `key`."""
    check_schema("receipt", {"receipt": payload, "signature": "-"}, what=_what())
    return sign_document(key, "receipt", payload, _comment(payload["device_id"]))


def verify_receipt(data: bytes, trusted: PublicKey, *, device_id: str | None = None) -> dict[str, Any]:
    """Size, form and HQ signature of a receipt; returns its payload. With `device_id`, the receipt must be
    for that device."""
    doc = read_document(data, body_name="receipt", schema_name="receipt", max_size=MAX_RECEIPT_SIZE,
                        what=_what())
    verify_document(doc, trusted, _comment(doc.body["device_id"]), what=_what())
    if device_id is not None and doc.body["device_id"] != device_id:
        raise ReceiptDeviceError(_("This receipt is for another device; nothing was changed."))
    return doc.body
