"""The bundle manifest (`manifest.json`) and its signature (`manifest.minisig`, minisign format).

The manifest names the bundle, the device and its keys (signing key; age recipient for receipts), the
device's bundle sequence number, the change counters covered, the previous bundle's manifest hash, the HQ
recipients, the field vault's audit chain (length, head, and its hash at the length the previous bundle
announced), and every other entry with its size and SHA-256, in the order they follow it in the tar;
`schemas/bundle-manifest.json` is its contract.

Format 2 (this one) puts the manifest and its signature FIRST in the tar, so the reader verifies the
signature before it reads, stages or allocates anything else, and checks each entry against the manifest
as it streams. Format 1 put them last; it is refused (`OldFormat`), never read under the old rules.

"The hash of a bundle" everywhere (ledger, chain, receipt) is the SHA-256 of its manifest.json: it commits
to the whole content through the entry hashes, and unlike the file's hash it does not change when the same
content is encrypted again.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator

from intake_app.crypto.signing import TRUSTED_PREFIX
from intake_app.resources import schema_path
from intake_app.sync.tarstream import ATTACHMENT_PREFIX, RECORDS

MANIFEST_FORMAT = "field-intake-bundle"
FORMAT_VERSION = 2
_COMMENT = re.compile(r"bundle ([0-9a-f-]{36}) device ([0-9a-f-]{36}) seq ([1-9][0-9]{0,15})")


class OldFormat(Exception):
    """A manifest of another format version (`newer` says which way)."""

    def __init__(self, newer: bool) -> None:
        super().__init__("newer" if newer else "older")
        self.newer = newer


class ManifestError(Exception):
    """The manifest does not have the expected form (`where` says where, for the message)."""

    def __init__(self, where: str) -> None:
        super().__init__(where)
        self.where = where


def trusted_comment(bundle_id: str, device_id: str, sequence: int) -> str:
    return f"bundle {bundle_id} device {device_id} seq {sequence}"


def claimed_by_signature(signature_text: str) -> tuple[str, str, int] | None:
    """(bundle id, device id, sequence) the signature's trusted comment claims; proves nothing until the
    signature is verified, but says which device key to verify it with."""
    for line in signature_text.split("\n"):
        if line.startswith(TRUSTED_PREFIX):
            match = _COMMENT.fullmatch(line[len(TRUSTED_PREFIX):])
            if match:
                return match.group(1), match.group(2), int(match.group(3))
    return None


def recipient_fingerprint(recipient: str) -> str:
    return hashlib.sha256(recipient.encode("ascii")).hexdigest()


def encode(value: dict[str, Any]) -> bytes:
    """The exact bytes that are signed: canonical JSON (sorted keys, compact, UTF-8)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


@cache
def _validator() -> Draft202012Validator:
    with schema_path("bundle-manifest.json").open(encoding="utf-8") as fh:
        schema = json.load(fh)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@dataclass(frozen=True)
class Entry:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    bundle_id: str
    created_at: str
    device_id: str
    device_signing_key: str
    sequence: int
    counter_after: int
    counter_through: int
    full: bool
    previous_sequence: int | None
    previous_sha256: str | None
    hq_recipients: tuple[str, ...]
    record_count: int
    entries: tuple[Entry, ...]
    device_age_recipient: str = ""
    audit_length: int = 0
    audit_head: str = "0" * 64
    # The audit chain's hash, now, at the length the previous bundle announced (None: no previous bundle;
    # hash None: the chain is now shorter than that).
    audit_at_previous: tuple[int, str | None] | None = None

    @property
    def comment(self) -> str:
        return trusted_comment(self.bundle_id, self.device_id, self.sequence)

    @property
    def records_entry(self) -> Entry:
        return self.entries[0]

    @property
    def attachments(self) -> dict[str, Entry]:
        return {e.name[len(ATTACHMENT_PREFIX):]: e for e in self.entries[1:]}

    def to_json(self) -> dict[str, Any]:
        previous = (None if self.previous_sequence is None else
                    {"sequence": self.previous_sequence, "sha256": self.previous_sha256})
        return {
            "format": MANIFEST_FORMAT, "format_version": FORMAT_VERSION, "bundle_id": self.bundle_id,
            "created_at": self.created_at, "device_id": self.device_id,
            "device_signing_key": self.device_signing_key, "sequence": self.sequence,
            "counter_range": {"after": self.counter_after, "through": self.counter_through},
            "full": self.full, "previous": previous, "hq_recipients": list(self.hq_recipients),
            "record_count": self.record_count,
            "entries": [{"name": e.name, "size": e.size, "sha256": e.sha256} for e in self.entries],
            "device_age_recipient": self.device_age_recipient,
            "field_audit": {"length": self.audit_length, "head": self.audit_head, "at_previous": (
                None if self.audit_at_previous is None else
                {"length": self.audit_at_previous[0], "hash": self.audit_at_previous[1]})},
        }

    def encode(self) -> bytes:
        return encode(self.to_json())

    @classmethod
    def from_json(cls, value: Any) -> Manifest:
        """Check `value` against the schema and our rules; raises OldFormat or ManifestError."""
        if isinstance(value, dict) and value.get("format") == MANIFEST_FORMAT:
            version = value.get("format_version")
            if type(version) is int and version != FORMAT_VERSION:
                raise OldFormat(newer=version > FORMAT_VERSION)
        error = next(iter(_validator().iter_errors(value)), None)
        if error is not None:
            raise ManifestError("/".join(str(p) for p in error.absolute_path) or "-")
        entries = tuple(Entry(e["name"], e["size"], e["sha256"]) for e in value["entries"])
        names = [e.name for e in entries]
        if names[0] != RECORDS or RECORDS in names[1:] or names[1:] != sorted(set(names[1:])):
            raise ManifestError("entries")
        for entry in entries[1:]:  # an attachment is named by its content's hash
            if entry.name[len(ATTACHMENT_PREFIX):] != entry.sha256:
                raise ManifestError("entries")
        counters = value["counter_range"]
        if counters["after"] > counters["through"]:
            raise ManifestError("counter_range")
        previous = value["previous"]
        if previous is not None and previous["sequence"] >= value["sequence"]:
            raise ManifestError("previous")
        audit = value["field_audit"]
        at_previous = audit["at_previous"]
        return cls(
            bundle_id=value["bundle_id"], created_at=value["created_at"], device_id=value["device_id"],
            device_signing_key=value["device_signing_key"], sequence=value["sequence"],
            counter_after=counters["after"], counter_through=counters["through"], full=value["full"],
            previous_sequence=None if previous is None else previous["sequence"],
            previous_sha256=None if previous is None else previous["sha256"],
            hq_recipients=tuple(value["hq_recipients"]), record_count=value["record_count"], entries=entries,
            device_age_recipient=value["device_age_recipient"], audit_length=audit["length"],
            audit_head=audit["head"], audit_at_previous=(None if at_previous is None else
                                                         (at_previous["length"], at_previous["hash"])))
