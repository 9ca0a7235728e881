"""Ed25519 signatures in the minisign format (prehashed mode), which the reference `minisign` tool checks.

A public key is `"Ed" + key id (8 bytes) + Ed25519 key (32)`, base64, on the second line of a `.pub` file.
A signature file has four lines:

    untrusted comment: <anything>
    base64("ED" + key id + Ed25519(BLAKE2b-512(data)))
    trusted comment: <text the signature covers too>
    base64(Ed25519(signature + trusted comment))      (the "global" signature)

Only the prehashed algorithm ("ED") is accepted: the legacy "Ed" mode signs the raw data, and nothing of
ours is ever written that way. The Ed25519 arithmetic is the `cryptography` package's; this module only
lays out and checks the bytes around it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from intake_app.errors import IntakeError, ValidationFailed
from intake_app.i18n import _

KEY_ALGORITHM = b"Ed"
PREHASHED_ALGORITHM = b"ED"
LEGACY_ALGORITHM = b"Ed"
KEY_ID_SIZE = 8
PUBLIC_KEY_SIZE = 32
SIGNATURE_SIZE = 64
MAX_SIGNATURE_TEXT = 4096
MAX_COMMENT_BYTES = 1024
UNTRUSTED_PREFIX = "untrusted comment: "
TRUSTED_PREFIX = "trusted comment: "
DEFAULT_UNTRUSTED_COMMENT = "signature from Field Intake"


class SignatureError(IntakeError):
    """A signature that is malformed, made by another key, or does not match the data."""


class KeyFormatError(ValidationFailed):
    """A key (public signing key, age recipient or identity) that is not in the expected format."""


def _b64decode_strict(text: str, expected_size: int) -> bytes | None:
    """Decode canonical base64 of exactly `expected_size` bytes; None when it is anything else."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        return None
    # Canonical only: a second spelling of the same bytes (non-zero padding bits) is refused.
    if len(raw) != expected_size or base64.b64encode(raw).decode("ascii") != text:
        return None
    return raw


def _key_id_hex(key_id: bytes) -> str:
    # minisign prints it with "%" PRIX64: no zero padding, so a key id may show fewer than 16 digits.
    return format(int.from_bytes(key_id, "little"), "X")


def _check_comment(comment: str) -> bytes:
    encoded = comment.encode("utf-8")
    if len(encoded) > MAX_COMMENT_BYTES or any(c in comment for c in "\r\n\0"):
        raise SignatureError(_("A signature comment must be one line of at most {n} bytes.").format(
            n=MAX_COMMENT_BYTES))
    return encoded


@dataclass(frozen=True)
class PublicKey:
    """An Ed25519 public key with its minisign key id."""

    key_id: bytes
    raw: bytes

    def __post_init__(self) -> None:
        if len(self.key_id) != KEY_ID_SIZE or len(self.raw) != PUBLIC_KEY_SIZE:
            raise KeyFormatError(_("This is not a valid signing public key."))

    def b64(self) -> str:
        return base64.b64encode(KEY_ALGORITHM + self.key_id + self.raw).decode("ascii")

    def key_id_hex(self) -> str:
        """The key id as minisign prints it: the little-endian 64-bit number in upper-case hex."""
        return _key_id_hex(self.key_id)

    def to_minisign_file(self) -> str:
        return f"{UNTRUSTED_PREFIX}minisign public key {self.key_id_hex()}\n{self.b64()}\n"

    @classmethod
    def from_b64(cls, line: str) -> PublicKey:
        raw = _b64decode_strict(line.strip(), len(KEY_ALGORITHM) + KEY_ID_SIZE + PUBLIC_KEY_SIZE)
        if raw is None or raw[:2] != KEY_ALGORITHM:
            raise KeyFormatError(_("This is not a valid signing public key."))
        return cls(key_id=raw[2:2 + KEY_ID_SIZE], raw=raw[2 + KEY_ID_SIZE:])

    @classmethod
    def from_minisign_file(cls, text: str) -> PublicKey:
        lines = text.splitlines()
        if len(text) > MAX_SIGNATURE_TEXT or len(lines) != 2 or not lines[0].startswith(UNTRUSTED_PREFIX):
            raise KeyFormatError(_("This is not a minisign public key file."))
        return cls.from_b64(lines[1])

    def _ed25519(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.raw)


class SigningKey:
    """An Ed25519 secret key (32-byte seed) with its minisign key id."""

    def __init__(self, seed: bytes, key_id: bytes) -> None:
        if len(seed) != 32 or len(key_id) != KEY_ID_SIZE:
            raise KeyFormatError(_("This is not a valid signing secret key."))
        self._seed = bytes(seed)
        self._key_id = bytes(key_id)
        self._private = Ed25519PrivateKey.from_private_bytes(self._seed)
        self._public = PublicKey(key_id=self._key_id, raw=self._private.public_key().public_bytes_raw())

    @classmethod
    def generate(cls) -> SigningKey:
        return cls(secrets.token_bytes(32), secrets.token_bytes(KEY_ID_SIZE))

    @classmethod
    def from_secret(cls, seed: bytes, key_id: bytes) -> SigningKey:
        return cls(seed, key_id)

    @property
    def seed(self) -> bytes:
        return self._seed

    @property
    def key_id(self) -> bytes:
        return self._key_id

    @property
    def public(self) -> PublicKey:
        return self._public

    def __repr__(self) -> str:  # never show the seed, even in a traceback
        return f"SigningKey(key_id={self._public.key_id_hex()})"

    def sign(self, data: bytes, trusted_comment: str,
             untrusted_comment: str = DEFAULT_UNTRUSTED_COMMENT) -> str:
        """The .minisig text of `data` (prehashed), its trusted comment covered by the global signature."""
        trusted = _check_comment(trusted_comment)
        _check_comment(untrusted_comment)
        digest = hashlib.blake2b(data, digest_size=64).digest()
        signature = self._private.sign(digest)
        global_signature = self._private.sign(signature + trusted)
        line2 = base64.b64encode(PREHASHED_ALGORITHM + self._key_id + signature).decode("ascii")
        line4 = base64.b64encode(global_signature).decode("ascii")
        return (f"{UNTRUSTED_PREFIX}{untrusted_comment}\n{line2}\n"
                f"{TRUSTED_PREFIX}{trusted_comment}\n{line4}\n")


@dataclass(frozen=True)
class _ParsedSignature:
    algorithm: bytes
    key_id: bytes
    signature: bytes
    trusted: bytes
    global_signature: bytes


def _parse(signature_text: str) -> _ParsedSignature:
    bad = SignatureError(_("The signature is malformed."))
    if len(signature_text.encode("utf-8", "surrogatepass")) > MAX_SIGNATURE_TEXT:
        raise SignatureError(_("The signature is too large."))
    if not signature_text.endswith("\n"):
        raise bad
    lines = signature_text[:-1].split("\n")
    if len(lines) != 4 or any("\r" in line or "\0" in line for line in lines):
        raise bad
    untrusted, sig_line, trusted_line, global_line = lines
    if not untrusted.startswith(UNTRUSTED_PREFIX) or not trusted_line.startswith(TRUSTED_PREFIX):
        raise bad
    if len(untrusted.encode("utf-8", "surrogatepass")) - len(UNTRUSTED_PREFIX) > MAX_COMMENT_BYTES:
        raise bad
    try:
        trusted = trusted_line[len(TRUSTED_PREFIX):].encode("utf-8")
    except UnicodeEncodeError as exc:
        raise bad from exc
    if len(trusted) > MAX_COMMENT_BYTES:
        raise SignatureError(_("The signature's trusted comment is too long."))
    blob = _b64decode_strict(sig_line, 2 + KEY_ID_SIZE + SIGNATURE_SIZE)
    global_signature = _b64decode_strict(global_line, SIGNATURE_SIZE)
    if blob is None or global_signature is None:
        raise bad
    return _ParsedSignature(algorithm=blob[:2], key_id=blob[2:2 + KEY_ID_SIZE],
                            signature=blob[2 + KEY_ID_SIZE:], trusted=trusted,
                            global_signature=global_signature)


def verify(public: PublicKey, data: bytes, signature_text: str) -> str:
    """Check a minisign signature of `data` by `public`: returns the trusted comment, else SignatureError."""
    parsed = _parse(signature_text)
    if parsed.algorithm == LEGACY_ALGORITHM:
        raise SignatureError(_("The signature uses minisign's legacy mode, which is not accepted."))
    if parsed.algorithm != PREHASHED_ALGORITHM:
        raise SignatureError(_("The signature uses an unknown algorithm."))
    if not secrets.compare_digest(parsed.key_id, public.key_id):
        raise SignatureError(_("The signature was made by another key (key id {found}, expected {expected}).")
                             .format(found=_key_id_hex(parsed.key_id), expected=public.key_id_hex()))
    key = public._ed25519()
    digest = hashlib.blake2b(data, digest_size=64).digest()
    try:
        key.verify(parsed.signature, digest)
    except InvalidSignature as exc:
        raise SignatureError(_("The signature does not match the data: it was altered or is not genuine.")) \
            from exc
    try:
        key.verify(parsed.global_signature, parsed.signature + parsed.trusted)
    except InvalidSignature as exc:
        raise SignatureError(_("The signature's trusted comment was altered.")) from exc
    return parsed.trusted.decode("utf-8")


def signature_key_id(signature_text: str) -> bytes:
    """The key id a (well-formed) signature claims, to pick the key to check it with. Proves nothing."""
    return _parse(signature_text).key_id
