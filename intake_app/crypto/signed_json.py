"""Small signed JSON documents (deployment profile, enrollment request, receipt): `{"<body>": {...},
"signature": "<minisign text>"}`, the signature covering the canonical JSON of the body.

Canonical JSON: keys sorted, separators `,` and `:`, no ASCII escaping, UTF-8. Reading treats every byte as
hostile: a size limit first, strict UTF-8, no duplicate keys, no NaN/Infinity, bounded nesting, a JSON
Schema, and then the signature, whose trusted comment names the kind of document (so a signature made for
one kind is never accepted for another).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator

from intake_app.crypto.signing import PublicKey, SignatureError, SigningKey, verify
from intake_app.domain.validation import load_schema
from intake_app.errors import ValidationFailed
from intake_app.i18n import _
from intake_app.jsonsafe import json_depth, no_duplicate_keys, refuse_constant

MAX_DEPTH = 32


class DocumentError(ValidationFailed):
    """A file that is not a well-formed document of the expected kind (nothing was changed)."""


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def document_bytes(value: Any) -> bytes:
    """How a document file is written: readable, stable, UTF-8."""
    return (json.dumps(value, sort_keys=True, indent=2, ensure_ascii=False, allow_nan=False) + "\n").encode()








def parse_json_strict(data: bytes, *, max_size: int, what: str) -> Any:
    """Parse untrusted JSON bytes; `what` names the document in error messages (already translated)."""
    if len(data) > max_size:
        raise DocumentError(_("{what} is too large ({size} bytes; at most {limit}).").format(
            what=what, size=len(data), limit=max_size))
    try:
        text = data.decode("utf-8")
        value = json.loads(text, object_pairs_hook=no_duplicate_keys, parse_constant=refuse_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise DocumentError(_("{what} is not valid JSON.").format(what=what)) from exc
    if json_depth(value) > MAX_DEPTH:
        raise DocumentError(_("{what} is nested too deeply.").format(what=what))
    return value


@cache
def _validator(schema_name: str) -> Draft202012Validator:
    schema = load_schema(schema_name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def check_schema(schema_name: str, value: Any, *, what: str) -> None:
    error = next(iter(_validator(schema_name).iter_errors(value)), None)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "-"
        raise DocumentError(_("{what} does not have the expected form (at {where}).").format(
            what=what, where=where))


@dataclass(frozen=True)
class SignedDocument:
    body: dict[str, Any]
    signature: str

    @property
    def canonical_body(self) -> bytes:
        return canonical_json(self.body)


def sign_document(key: SigningKey, body_name: str, body: dict[str, Any], trusted_comment: str) -> bytes:
    signature = key.sign(canonical_json(body), trusted_comment)
    return document_bytes({body_name: body, "signature": signature})


def read_document(data: bytes, *, body_name: str, schema_name: str, max_size: int,
                  what: str) -> SignedDocument:
    """Size, JSON and schema checks (the schema describes the whole file). The signature is not checked."""
    value = parse_json_strict(data, max_size=max_size, what=what)
    check_schema(schema_name, value, what=what)
    return SignedDocument(body=value[body_name], signature=value["signature"])


def verify_document(doc: SignedDocument, public: PublicKey, trusted_comment: str, *, what: str) -> None:
    """Raise SignatureError unless `public` signed this body with exactly `trusted_comment`."""
    comment = verify(public, doc.canonical_body, doc.signature)
    if comment != trusted_comment:
        raise SignatureError(_("{what} carries a signature made for another purpose.").format(what=what))
