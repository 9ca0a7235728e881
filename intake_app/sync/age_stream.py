"""age v1 encryption and decryption over streams (pyrage), with our policy in front of it.

Policy: a bundle is encrypted to X25519 recipients only. Before pyrage sees a byte, `check_header` parses
the age header strictly (the grammar of the age specification) within a size limit and refuses any
stanza but `X25519` and rage's ignorable grease stanzas: never `scrypt` (a passphrase file, with a work
factor an attacker chooses), never SSH, plugin or post-quantum hybrid stanzas, never the ASCII armor.
Every pyrage failure maps to an `AgeOutcome` class (the classes of the C2SP CCTV age test vectors), so
callers never match error text.

These functions run wherever they are called; `child.py` runs them in a child process for the GUI.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, BinaryIO, Protocol

import pyrage
from pyrage import x25519

from intake_app.errors import IntakeError
from intake_app.i18n import N_, _
from intake_app.outcomes import Outcome
from intake_app.sync.limits import DEFAULT_LIMITS, Limits

VERSION_LINE = b"age-encryption.org/v1\n"
ARMOR_BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
X25519_TYPE = b"X25519"
_BODY = re.compile(rb"[A-Za-z0-9+/]{0,64}")
_ARGUMENT = re.compile(rb"[\x21-\x7e]+")
_MAC_LINE = re.compile(rb"--- [A-Za-z0-9+/]{43}\n")
_BODY_LINE = 64


class AgeOutcome(Outcome):
    """How a decryption ended. The names follow the CCTV vector classes (plus our policy refusals)."""

    OK = "ok", N_("The bundle was decrypted.")
    NOT_AGE = "not_age", N_(
        "This file is not a bundle: it is not in the encrypted format bundles use, or its start is damaged.")
    UNSUPPORTED = "unsupported", N_(
        "This file is encrypted in a way bundles never are (with a passphrase, another kind of key, or as text); "
        "it was refused unopened.")
    HEADER_TOO_LARGE = "header_too_large", N_(
        "This file's encryption header is larger than a bundle's can be; it was refused unopened.")
    NO_MATCH = "no_match", N_("This bundle is not addressed to this headquarters: none of its keys can open it.")
    HEADER_MAC = "header_mac", N_("This bundle's encryption header was altered.")
    DAMAGED = "damaged", N_(
        "This bundle is damaged or was altered: its encrypted content does not check out (a truncated copy, or a "
        "changed byte).")


class AgeError(IntakeError):
    """Decryption or encryption refused or failed; `outcome` says which way."""

    def __init__(self, outcome: AgeOutcome) -> None:
        super().__init__(outcome.text())
        self.outcome = outcome


class EncryptFailed(IntakeError):
    pass


class Reader(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


class Writer(Protocol):
    def write(self, data: bytes, /) -> Any: ...


def _is_grease(stanza_type: bytes) -> bool:
    # rage adds a random "<x>-grease" stanza to every file it writes (pyrage included), so that parsers keep
    # ignoring unknown stanzas; it carries no key. The CCTV vectors spell it plainly "grease".
    return stanza_type == b"grease" or stanza_type.endswith(b"-grease")


def check_header(data: bytes, limits: Limits = DEFAULT_LIMITS) -> int:
    """Check the age header at the start of `data` (at most `limits.max_header_bytes` of the file);
    returns the header's length. Raises AgeError(NOT_AGE | UNSUPPORTED | HEADER_TOO_LARGE | NO_MATCH)."""
    if data.lstrip(b" \t\r\n").startswith(ARMOR_BEGIN):
        raise AgeError(AgeOutcome.UNSUPPORTED)
    if not data.startswith(VERSION_LINE):
        raise AgeError(AgeOutcome.NOT_AGE)
    incomplete = AgeOutcome.HEADER_TOO_LARGE if len(data) >= limits.max_header_bytes else AgeOutcome.NOT_AGE
    pos, stanzas, recipients, forbidden = len(VERSION_LINE), 0, 0, False
    while True:
        end = data.find(b"\n", pos)
        if end < 0 or end >= limits.max_header_bytes:
            raise AgeError(incomplete)
        line = data[pos:end]
        if line.startswith(b"---"):
            if not _MAC_LINE.fullmatch(data, pos, end + 1):
                raise AgeError(AgeOutcome.NOT_AGE)
            break
        if not line.startswith(b"-> "):
            raise AgeError(AgeOutcome.NOT_AGE)
        arguments = line[3:].split(b" ")
        if not all(_ARGUMENT.fullmatch(a) for a in arguments):
            raise AgeError(AgeOutcome.NOT_AGE)
        if arguments[0] == X25519_TYPE:
            recipients += 1
        elif not _is_grease(arguments[0]):
            forbidden = True
        stanzas += 1
        if stanzas > limits.max_stanzas:
            raise AgeError(AgeOutcome.HEADER_TOO_LARGE)
        pos = end + 1
        while True:  # body: full 64-column lines, then one shorter (possibly empty) final line
            end = data.find(b"\n", pos)
            if end < 0 or end >= limits.max_header_bytes:
                raise AgeError(incomplete)
            if not _BODY.fullmatch(data, pos, end):
                raise AgeError(AgeOutcome.NOT_AGE)
            short = end - pos < _BODY_LINE
            pos = end + 1
            if short:
                break
    # The whole header is parsed before the policy applies, so a malformed header is always reported as
    # such; either way pyrage never sees a file with a scrypt, SSH, plugin or hybrid stanza.
    if forbidden:
        raise AgeError(AgeOutcome.UNSUPPORTED)
    if recipients == 0:
        raise AgeError(AgeOutcome.NO_MATCH)
    return end + 1


def read_prefix(reader: Reader, size: int) -> bytes:
    """Up to `size` bytes (fewer only at the end of the stream)."""
    parts, got = [], 0
    while got < size:
        chunk = reader.read(size - got)
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


class _Replay:
    """A reader that gives back bytes already read for the header check, then the rest of the stream."""

    def __init__(self, prefix: bytes, rest: Reader) -> None:
        self._prefix = memoryview(prefix)
        self._rest = rest

    def read(self, size: int = -1) -> bytes:
        if self._prefix:
            size = len(self._prefix) if size < 0 else size
            out = bytes(self._prefix[:size])
            self._prefix = self._prefix[size:]
            return out
        return self._rest.read(size)


def _classify(exc: Exception) -> AgeOutcome | None:
    if isinstance(exc, pyrage.DecryptError):
        text = str(exc)
        if "No matching keys" in text:
            return AgeOutcome.NO_MATCH
        if "MAC" in text:
            return AgeOutcome.HEADER_MAC
        return AgeOutcome.NOT_AGE
    # pyrage reports a STREAM failure (bad tag, truncation, trailing data) as an OSError of its own, without
    # an errno; a real I/O error of the reader or writer keeps its errno and is not ours to rename.
    if type(exc) is OSError and exc.errno is None:
        return AgeOutcome.DAMAGED
    return None


def decrypt(reader: BinaryIO | Reader, writer: Writer, identities: Sequence[str],
            limits: Limits = DEFAULT_LIMITS) -> AgeOutcome:
    """Decrypt `reader` into `writer` after the header check; returns the outcome (OK or why not).

    Plaintext is written as it is authenticated, chunk by chunk, so a consumer must trust nothing before
    OK comes back: a truncated or altered file fails only at the chunk concerned. Exceptions raised by the
    writer (a consumer refusing the content) pass through unchanged.
    """
    keys = [x25519.Identity.from_str(i) for i in identities]
    prefix = read_prefix(reader, limits.max_header_bytes)
    try:
        check_header(prefix, limits)
    except AgeError as exc:
        return exc.outcome
    source: Any
    if getattr(reader, "seekable", lambda: False)():
        reader.seek(0)  # type: ignore[union-attr]
        source = reader  # pyrage reads the file object directly: no Python call per 8 KiB
    else:
        source = _Replay(prefix, reader)
    try:
        pyrage.decrypt_io(source, writer, keys)
    except Exception as exc:
        outcome = _classify(exc)
        if outcome is None:
            raise
        return outcome
    return AgeOutcome.OK


def parse_recipients(recipients: Sequence[str]) -> list[x25519.Recipient]:
    if not recipients:
        raise EncryptFailed(_("There is no headquarters key to encrypt to: import the deployment profile."))
    try:
        return [x25519.Recipient.from_str(r) for r in recipients]
    except (pyrage.RecipientError, ValueError) as exc:
        raise EncryptFailed(_("A headquarters key in the deployment profile is not an age X25519 key.")) \
            from exc


def encrypt(reader: BinaryIO | Reader, writer: Writer, recipients: Sequence[str]) -> None:
    """Encrypt `reader` to every X25519 recipient into `writer` (binary age v1, no armor)."""
    keys = parse_recipients(recipients)
    try:
        pyrage.encrypt_io(reader, writer, keys)
    except pyrage.EncryptError as exc:
        raise EncryptFailed(_("Encryption failed.")) from exc
