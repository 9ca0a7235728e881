"""Recovery keys: 128 random bits, printed once as base32 with a checksum.

Display form: the 16 key bytes followed by a 4-byte checksum (SHA-256 over a fixed label and the
key) encode to exactly 32 RFC 4648 base32 characters (160 bits, no padding), shown as 8 groups of 4
joined by "-". The checksum catches typing mistakes before we spend an Argon2 run on them.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
import unicodedata

from intake_app.errors import IntakeError
from intake_app.i18n import _

KEY_BYTES = 16
CHECKSUM_BYTES = 4
TEXT_LENGTH = 32
GROUP_SIZE = 4
GROUP_COUNT = TEXT_LENGTH // GROUP_SIZE

_CHECKSUM_LABEL = b"field-intake recovery v1"
_ALPHABET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")

# Digits that are not in the base32 alphabet but are easily typed for the letters they resemble.
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})

# Separators a user may type or paste between groups; all are ignored. NFKC (applied first) already
# folds full-width forms from CJK input methods to their ASCII equivalents.
_SEPARATORS = frozenset("-_.\u2010\u2011\u2012\u2013\u2014\u2015\u2212")


class RecoveryKeyError(IntakeError):
    """A recovery key that was typed wrongly; the message says what is wrong."""


def generate_recovery_key() -> bytes:
    """Return 16 new random bytes for a recovery key."""
    return secrets.token_bytes(KEY_BYTES)


def _checksum(raw: bytes) -> bytes:
    return hashlib.sha256(_CHECKSUM_LABEL + raw).digest()[:CHECKSUM_BYTES]


def format_recovery_key(raw: bytes) -> str:
    """Format 16 raw bytes as "XXXX-XXXX-…" (8 groups of 4 base32 characters)."""
    if len(raw) != KEY_BYTES:
        raise ValueError("a recovery key is 16 bytes")
    text = base64.b32encode(raw + _checksum(raw)).decode("ascii")
    return "-".join(text[i : i + GROUP_SIZE] for i in range(0, TEXT_LENGTH, GROUP_SIZE))


def _visible(char: str) -> str:
    """Show a character in a message; invisible or control characters as U+XXXX."""
    if char.isprintable() and not char.isspace():
        return char
    return f"U+{ord(char):04X}"


def _clean(text: str) -> str:
    """Normalise typed input: fold widths and case, drop separators and whitespace, map look-alikes."""
    folded = unicodedata.normalize("NFKC", text).upper().translate(_LOOKALIKES)
    return "".join(c for c in folded if not c.isspace() and c not in _SEPARATORS)


def parse_recovery_key(text: str) -> bytes:
    """Parse a typed recovery key and return its 16 raw bytes.

    Tolerant of case, spaces, dashes, line breaks and 0/1/8 for O/I/B. Raises `RecoveryKeyError`
    with a specific message for an invalid character, a wrong length or a checksum mismatch.
    """
    cleaned = _clean(text)
    # An invalid character is reported first: it points at the exact mistake, whereas the length
    # message would only say that something is off.
    for char in cleaned:
        if char not in _ALPHABET:
            raise RecoveryKeyError(
                _("The recovery key contains a character that is not in a recovery key: {c}").format(
                    c=_visible(char)
                )
            )
    if len(cleaned) != TEXT_LENGTH:
        raise RecoveryKeyError(
            _("The recovery key has {n} characters; it should have 32.").format(n=len(cleaned))
        )
    try:
        decoded = base64.b32decode(cleaned)
    except binascii.Error as exc:  # not expected after the checks above; fail with a clear message
        raise RecoveryKeyError(
            _("The recovery key has a typo: its checksum does not match. Check each group.")
        ) from exc
    raw, checksum = decoded[:KEY_BYTES], decoded[KEY_BYTES:]
    if not hmac.compare_digest(checksum, _checksum(raw)):
        raise RecoveryKeyError(
            _("The recovery key has a typo: its checksum does not match. Check each group.")
        )
    return raw


def recovery_groups(text: str) -> list[str]:
    """Return the 8 canonical groups of a recovery key (validated), e.g. for a type-back check."""
    return format_recovery_key(parse_recovery_key(text)).split("-")
