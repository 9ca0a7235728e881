"""The receipt file HQ signs for a field device: which bundles and record versions it imported.

File: `{"receipt": {format, device_id, issued_at, bundles: [{bundle_id, sequence, sha256}], versions:
[[record_id, device, counter], …]}, "signature": "<minisign text by the HQ signing key>"}`. What to put in
it and what to do with it (marking records delivered) is the receipt flow's business; this module only
writes and checks the file.
"""

from __future__ import annotations

from typing import Any

from intake_app.crypto.signed_json import check_schema, read_document, sign_document, verify_document
from intake_app.crypto.signing import PublicKey, SigningKey
from intake_app.errors import IntakeError
from intake_app.i18n import _

RECEIPT_FORMAT = 1
MAX_RECEIPT_SIZE = 64 * 1024 * 1024
TRUSTED_COMMENT = "field-intake receipt"


class ReceiptDeviceError(IntakeError):
    """A genuine receipt, but for another device."""


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
