"""Read a decrypted bundle stream, trusting nothing until the signed manifest says so.

A bundle's tar starts with manifest.json and manifest.minisig. `read_tar` reads those two (each within its
small limit: the only memory an unverified sender can make us spend) and hands them to `on_manifest`,
which verifies the signature against the key HQ holds for the device (`verify_manifest`) and returns the
trusted manifest, or None to stop reading (a bundle to quarantine, or one imported already). Only then
does it read on, and every following entry must be the next one the manifest lists, with the size it
lists: records.ndjson is read into memory (its size is signed; its lines counted as they come) and its
hash compared, each attachment is handed to `stage` with the hash it must have (the importer writes it into
the vault inside its still-open transaction, so nothing touches the disk and memory stays bounded). After
the last listed entry the archive must end; only zero padding may follow.

`iter_records` then parses records (line and depth limits) and validates each against its schema.
A tar that starts with records.ndjson is the older format (manifest last): refused, never read.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Protocol

from intake_app.crypto.signed_json import DocumentError, parse_json_strict
from intake_app.crypto.signing import PublicKey, SignatureError, verify
from intake_app.domain.validation import record_problems
from intake_app.jsonsafe import json_depth, no_duplicate_keys, refuse_constant
from intake_app.sync import tarstream
from intake_app.sync.limits import DEFAULT_LIMITS, Limits
from intake_app.sync.manifest import Manifest, ManifestError, OldFormat
from intake_app.sync.padding import padded_size
from intake_app.sync.refusal import BundleRefused, Refusal
from intake_app.vault.attachments import Cancelled
from intake_app.vault.records import canonical_json

Progress = Callable[[int, int], None]
_ZEROS = bytes(1 << 20)


class Plaintext(Protocol):
    received: int

    def read(self, size: int) -> bytes: ...

    def read_exact(self, size: int) -> bytes: ...


class EntryReader:
    """Exactly `size` bytes of the stream: what `stage` reads an attachment from."""

    def __init__(self, stream: Plaintext, size: int, tick: Callable[[], None]) -> None:
        self._stream = stream
        self.remaining = size
        self._tick = tick

    def read(self, size: int = -1) -> bytes:
        want = self.remaining if size < 0 else min(size, self.remaining)
        if want == 0:
            return b""
        data = self._stream.read_exact(want)
        if len(data) != want:
            raise BundleRefused(Refusal.ARCHIVE_INVALID)
        self.remaining -= want
        self._tick()
        return data


Stage = Callable[[str, EntryReader, int], None]


@dataclass
class RawBundle:
    """What the tar held, not yet trusted."""

    records: bytes | bytearray = b""
    records_sha256: str = ""
    record_lines: int = 0
    manifest_bytes: bytes | None = None
    signature: str | None = None
    attachments: dict[str, int] = field(default_factory=dict)
    seen_records: bool = False
    stopped: bool = False  # on_manifest said stop: nothing after the signature was read


def _refuse_tar(error: tarstream.TarFormatError) -> BundleRefused:
    if error.kind == "type":
        return BundleRefused(Refusal.ENTRY_TYPE, name=error.name[:100])
    if error.kind == "name":
        return BundleRefused(Refusal.ENTRY_NOT_ALLOWED, name=error.name[:100])
    return BundleRefused(Refusal.ARCHIVE_INVALID)


def _entry_limit(name: str, limits: Limits) -> int:
    if name == tarstream.RECORDS:
        return limits.max_records_bytes
    if name == tarstream.MANIFEST:
        return limits.max_manifest_bytes
    if name == tarstream.SIGNATURE:
        return limits.max_signature_bytes
    return limits.max_entry_bytes


def _read_records(stream: Plaintext, size: int, expected_sha256: str, record_count: int, limits: Limits,
                  raw: RawBundle) -> None:
    buffer = bytearray(size)  # its size is signed and within its limit; filled in place, never copied
    view, digest, lines, done = memoryview(buffer), hashlib.sha256(), 0, 0
    while done < size:
        chunk = stream.read(min(size - done, 1 << 20))
        if not chunk:
            raise BundleRefused(Refusal.ARCHIVE_INVALID)
        view[done:done + len(chunk)] = chunk
        done += len(chunk)
        lines += chunk.count(b"\n")
        if lines > limits.max_records:  # stop now: a million tiny records costs nothing more
            raise BundleRefused(Refusal.TOO_MANY_RECORDS, limit=limits.max_records)
        digest.update(chunk)
    view.release()
    if digest.hexdigest() != expected_sha256 or lines != record_count:
        raise BundleRefused(Refusal.ENTRY_MISMATCH, name=tarstream.RECORDS)
    raw.records = buffer
    raw.records_sha256 = expected_sha256
    raw.record_lines = lines
    raw.seen_records = True


def _next_member(stream: Plaintext, seen: set[str], limits: Limits) -> tarstream.Member | None:
    block = stream.read_exact(tarstream.BLOCK)
    try:
        member = tarstream.parse_header(block)
    except tarstream.TarFormatError as exc:
        raise _refuse_tar(exc) from exc
    if member is None:
        return None
    if member.name in seen:
        raise BundleRefused(Refusal.DUPLICATE_ENTRY, name=member.name)
    seen.add(member.name)
    if len(seen) > limits.max_entries:
        raise BundleRefused(Refusal.TOO_MANY_ENTRIES, limit=limits.max_entries)
    limit = _entry_limit(member.name, limits)
    if member.size > limit:
        raise BundleRefused(Refusal.ENTRY_TOO_LARGE, name=member.name, size=member.size, limit=limit)
    return member


def _skip_padding(stream: Plaintext, size: int) -> None:
    pad = tarstream.block_padding(size)
    if pad and stream.read_exact(pad) != bytes(pad):
        raise BundleRefused(Refusal.ARCHIVE_INVALID)


def _read_small(stream: Plaintext, member: tarstream.Member) -> bytes:
    data = stream.read_exact(member.size)
    if len(data) != member.size:
        raise BundleRefused(Refusal.ARCHIVE_INVALID)
    _skip_padding(stream, member.size)
    return data


OnManifest = Callable[[bytes, str], "Manifest | None"]


def _read_head(stream: Plaintext, seen: set[str], limits: Limits) -> tuple[bytes, str]:
    """manifest.json and manifest.minisig, the first two entries."""
    first = _next_member(stream, seen, limits)
    if first is not None and first.name == tarstream.RECORDS:
        raise BundleRefused(Refusal.OLD_FORMAT)
    if first is None or first.name != tarstream.MANIFEST:
        raise BundleRefused(Refusal.MISSING_ENTRY, name=tarstream.MANIFEST)
    manifest_bytes = _read_small(stream, first)
    second = _next_member(stream, seen, limits)
    if second is None or second.name != tarstream.SIGNATURE:
        raise BundleRefused(Refusal.MISSING_ENTRY, name=tarstream.SIGNATURE)
    try:
        signature = _read_small(stream, second).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BundleRefused(Refusal.BAD_SIGNATURE, device="?") from exc
    return manifest_bytes, signature


def read_tar(stream: Plaintext, stage: Stage, on_manifest: OnManifest, *, limits: Limits = DEFAULT_LIMITS,
             total: int = 0, progress: Progress | None = None,
             cancelled: Callable[[], bool] | None = None) -> RawBundle:
    """Read the bundle's tar (see the module docstring); `raw.stopped` when `on_manifest` said stop."""
    raw = RawBundle()
    seen: set[str] = set()

    def tick() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled(Refusal.CANCELLED.text())
        if progress is not None:
            progress(stream.received, total)

    raw.manifest_bytes, raw.signature = _read_head(stream, seen, limits)
    manifest = on_manifest(raw.manifest_bytes, raw.signature)
    if manifest is None:
        raw.stopped = True
        return raw
    for expected in manifest.entries:
        member = _next_member(stream, seen, limits)
        if member is None:
            raise BundleRefused(Refusal.MISSING_ENTRY, name=expected.name)
        if member.name in (tarstream.MANIFEST, tarstream.SIGNATURE):
            raise BundleRefused(Refusal.DUPLICATE_ENTRY, name=member.name)
        if (member.name, member.size) != (expected.name, expected.size):
            raise BundleRefused(Refusal.ENTRY_MISMATCH, name=member.name)
        if member.name == tarstream.RECORDS:
            _read_records(stream, member.size, expected.sha256, manifest.record_count, limits, raw)
        else:
            entry = EntryReader(stream, member.size, tick)
            stage(expected.sha256, entry, member.size)
            while entry.read(1 << 20):  # whatever the stager left unread
                pass
            raw.attachments[expected.sha256] = member.size
        _skip_padding(stream, member.size)
        tick()
    extra = _next_member(stream, seen, limits)
    if extra is not None:
        raise BundleRefused(Refusal.ENTRY_NOT_ALLOWED, name=extra.name[:100])
    _check_trailer(stream, stream.received)
    return raw


def _check_trailer(stream: Plaintext, end_start: int) -> None:
    """After the first zero block: only zeros, and no more than our padding could add."""
    bound = padded_size(end_start + len(tarstream.END_OF_ARCHIVE))
    while chunk := stream.read(1 << 20):
        if chunk != _ZEROS[:len(chunk)]:
            raise BundleRefused(Refusal.TRAILING_DATA)
        if stream.received > bound:
            raise BundleRefused(Refusal.TRAILING_DATA)


def parse_manifest(manifest_bytes: bytes, limits: Limits = DEFAULT_LIMITS) -> Manifest:
    """The manifest's form (not its signature): for reading the key an unknown device presents."""
    try:
        value = parse_json_strict(manifest_bytes, max_size=limits.max_manifest_bytes, what="manifest")
        return Manifest.from_json(value)
    except OldFormat as exc:
        raise BundleRefused(Refusal.NEWER_FORMAT if exc.newer else Refusal.OLD_FORMAT) from exc
    except DocumentError as exc:
        raise BundleRefused(Refusal.MANIFEST_INVALID, where="-") from exc
    except ManifestError as exc:
        raise BundleRefused(Refusal.MANIFEST_INVALID, where=exc.where) from exc


def verify_manifest(manifest_bytes: bytes, signature: str, public: PublicKey, device_id: str,
                    limits: Limits = DEFAULT_LIMITS) -> Manifest:
    """Signature by `public` (the device key HQ holds), then the manifest's form and its sender."""
    try:
        comment = verify(public, manifest_bytes, signature)
    except SignatureError as exc:
        raise BundleRefused(Refusal.BAD_SIGNATURE, device=device_id) from exc
    manifest = parse_manifest(manifest_bytes, limits)
    if comment != manifest.comment or manifest.device_id != device_id:
        raise BundleRefused(Refusal.BAD_SIGNATURE, device=device_id)
    if manifest.device_signing_key != public.b64():
        raise BundleRefused(Refusal.KEY_MISMATCH, device=device_id)
    if manifest.record_count and manifest.records_entry.size > limits.max_records_bytes:
        raise BundleRefused(Refusal.ENTRY_TOO_LARGE, name=tarstream.RECORDS, size=manifest.records_entry.size,
                            limit=limits.max_records_bytes)
    return manifest


# -- records --------------------------------------------------------------------------------------------

def _ancestors(value: Any, limits: Limits) -> list[tuple[str, int]] | None:
    if not isinstance(value, list) or len(value) > limits.max_ancestors:
        return None
    out = []
    for item in value:
        if (not isinstance(item, list) or len(item) != 2 or not isinstance(item[0], str)
                or type(item[1]) is not int or item[1] < 1):
            return None
        out.append((item[0], item[1]))
    return out


class ParsedRecord(NamedTuple):
    """One checked line of records.ndjson."""

    number: int
    envelope: dict[str, Any]
    ancestors: list[tuple[str, int]]
    body: str  # the envelope's canonical JSON, as HQ stores and hashes it


# Made once (json.loads and json.dumps with options build a new decoder or encoder on every call). The
# ancestors are encoded as the writer encodes them (sync/export.py).
_PLAIN = json.JSONDecoder(parse_constant=refuse_constant)
_STRICT = json.JSONDecoder(object_pairs_hook=no_duplicate_keys, parse_constant=refuse_constant)
_ANCESTORS = json.JSONEncoder(separators=(",", ":"))


def _canonical(text: str) -> tuple[Any, str] | None:
    """The line's value and the record's canonical JSON, when the line is exactly what our writer makes
    (`{"ancestors":[...],"record":<canonical JSON>}`); None for anything else, which then takes the strict
    parse. Parsed without the duplicate-key hook (a Python call per object), yet just as strict: a text equal
    to the canonical encoding of its own value cannot name a key twice, since that encoding never does.
    NaN and Infinity are refused as in the strict parse."""
    try:
        value = _PLAIN.decode(text)
    except (ValueError, RecursionError):
        return None
    if type(value) is not dict or len(value) != 2 or type(value.get("record")) is not dict:
        return None
    body = canonical_json(value["record"])
    listed = _ANCESTORS.encode(value.get("ancestors"))
    if text != f'{{"ancestors":{listed},"record":{body}}}':
        return None
    return value, body


def parse_line(line: bytes, number: int, limits: Limits) -> tuple[dict[str, Any], list[tuple[str, int]], str]:
    """One records.ndjson line: {"record": envelope, "ancestors": [[device, counter], ...]}, checked; returns
    the envelope, its ancestors and its canonical JSON."""
    if len(line) > limits.max_record_line_bytes:
        raise BundleRefused(Refusal.RECORD_TOO_LONG, line=number)
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BundleRefused(Refusal.RECORD_INVALID, line=number, problems="JSON") from exc
    fast = _canonical(text)
    if fast is None:
        try:
            value = _STRICT.decode(text)
        except RecursionError as exc:
            raise BundleRefused(Refusal.RECORD_TOO_DEEP, line=number) from exc
        except ValueError as exc:
            raise BundleRefused(Refusal.RECORD_INVALID, line=number, problems="JSON") from exc
        body = None
    else:
        value, body = fast
    # Counting brackets bounds the depth from above: the exact walk runs only for unusual lines.
    if line.count(b"[") + line.count(b"{") > limits.max_json_depth and json_depth(value) > limits.max_json_depth:
        raise BundleRefused(Refusal.RECORD_TOO_DEEP, line=number)
    if not isinstance(value, dict) or set(value) != {"record", "ancestors"}:
        raise BundleRefused(Refusal.RECORD_INVALID, line=number, problems="record, ancestors")
    ancestors = _ancestors(value["ancestors"], limits)
    if ancestors is None:
        raise BundleRefused(Refusal.RECORD_INVALID, line=number, problems="ancestors")
    envelope = value["record"]
    problems = record_problems(envelope)
    if problems:
        raise BundleRefused(Refusal.RECORD_INVALID, line=number, problems="; ".join(problems))
    parent = envelope["parent"]
    expected = [] if parent is None else [(parent["device"], parent["counter"])]
    if ancestors[:1] != expected:
        raise BundleRefused(Refusal.RECORD_INVALID, line=number, problems="ancestors")
    return envelope, ancestors, canonical_json(envelope) if body is None else body


def iter_records(raw: RawBundle, manifest: Manifest, limits: Limits = DEFAULT_LIMITS) -> Iterator[ParsedRecord]:
    """Every record, each checked, in file order; call only on a verified bundle.

    Ownership: a device sends only records it created (`origin_device`), in versions it made, descending
    only from versions it made. Anything else could rewrite, delete or freeze another device's evidence."""
    data, start, number = raw.records, 0, 0
    sender = manifest.device_id
    while start < len(data):
        end = data.find(b"\n", start)
        if end < 0:
            raise BundleRefused(Refusal.RECORD_INVALID, line=number + 1, problems="newline")
        number += 1
        envelope, ancestors, body = parse_line(data[start:end], number, limits)
        if envelope["version"]["device"] != sender:
            raise BundleRefused(Refusal.RECORD_FOREIGN, line=number)
        if envelope["origin_device"] != sender:
            raise BundleRefused(Refusal.FOREIGN_ORIGIN, line=number)
        if any(device != sender for device, _counter in ancestors):
            raise BundleRefused(Refusal.FOREIGN_ANCESTOR, line=number)
        yield ParsedRecord(number, envelope, ancestors, body)
        start = end + 1
