"""Fingerprints people can compare by phone or in person: words from the SLIP-39 list, or grouped hex.

The SLIP-39 wordlist (1024 words, from the `shamir-mnemonic` package) was designed for reading aloud: every
word is 4 to 8 letters and no two share their first four letters. Each word carries 10 bits of a SHA-256.
"""

from __future__ import annotations

import hashlib

from shamir_mnemonic.wordlist import WORDLIST

BITS_PER_WORD = 10
MAX_WORDS = 256 // BITS_PER_WORD  # 25

if len(WORDLIST) != 1 << BITS_PER_WORD:  # pragma: no cover - a broken dependency must not go unnoticed
    raise RuntimeError("the SLIP-39 wordlist must hold 1024 words")


def fingerprint_words(data: bytes, count: int = 8) -> list[str]:
    """`count` words (10 bits each, 80 bits by default) from the SHA-256 of `data`."""
    if not 1 <= count <= MAX_WORDS:
        raise ValueError(f"count must be between 1 and {MAX_WORDS}")
    number = int.from_bytes(hashlib.sha256(data).digest(), "big")
    return [WORDLIST[(number >> (256 - BITS_PER_WORD * (i + 1))) & 0x3FF] for i in range(count)]


def fingerprint_hex(data: bytes, groups: int = 8) -> str:
    """The first `groups` x 4 hex digits of the SHA-256 of `data`, upper case, in groups of four."""
    if not 1 <= groups <= 16:
        raise ValueError("groups must be between 1 and 16")
    digest = hashlib.sha256(data).hexdigest().upper()[: groups * 4]
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))
