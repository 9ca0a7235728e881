"""Fingerprint words (SLIP-39 list) and grouped hex."""

from __future__ import annotations

import hashlib

import pytest
from shamir_mnemonic.wordlist import WORDLIST

from intake_app.crypto.fingerprint import fingerprint_hex, fingerprint_words


def test_words_are_deterministic_and_from_the_list() -> None:
    words = fingerprint_words(b"hq keys")
    assert len(words) == 8 and words == fingerprint_words(b"hq keys")
    assert all(w in WORDLIST for w in words)
    assert fingerprint_words(b"hq keys!") != words


def test_words_carry_ten_bits_each_from_the_top_of_sha256() -> None:
    digest = int.from_bytes(hashlib.sha256(b"abc").digest(), "big")
    expected = [WORDLIST[(digest >> (246 - 10 * i)) & 1023] for i in range(25)]
    assert fingerprint_words(b"abc", 25) == expected
    assert fingerprint_words(b"abc", 3) == expected[:3]
    for bad in (0, 26):
        with pytest.raises(ValueError):
            fingerprint_words(b"abc", bad)


def test_hex_grouping() -> None:
    text = fingerprint_hex(b"abc")
    assert text == " ".join(hashlib.sha256(b"abc").hexdigest().upper()[i:i + 4] for i in range(0, 32, 4))
    assert len(fingerprint_hex(b"abc", 16).replace(" ", "")) == 64
