"""Recovery keys: formatting, tolerant parsing, and the checksum."""

from __future__ import annotations

import re

import pytest

from intake_app.crypto.recovery import (
    RecoveryKeyError,
    format_recovery_key,
    generate_recovery_key,
    parse_recovery_key,
    recovery_groups,
)

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
FIXED = bytes.fromhex("00112233445566778899aabbccddeeff")


def test_generate_is_16_random_bytes():
    keys = {generate_recovery_key() for _ in range(20)}
    assert len(keys) == 20
    assert all(len(k) == 16 for k in keys)


def test_round_trip():
    for _ in range(50):
        raw = generate_recovery_key()
        assert parse_recovery_key(format_recovery_key(raw)) == raw


def test_format_is_8_groups_of_4_base32():
    text = format_recovery_key(generate_recovery_key())
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){7}", text)
    assert len(text.replace("-", "")) == 32


def test_format_refuses_wrong_length():
    with pytest.raises(ValueError):
        format_recovery_key(b"short")


def test_lowercase_spaces_newlines_tolerated():
    text = format_recovery_key(FIXED)
    compact = text.replace("-", "")
    variants = [
        text.lower(),
        " ".join(text.split("-")),
        "\n".join(text.split("-")[:4]) + "\n" + " ".join(text.split("-")[4:]),
        compact,
        "  " + compact.lower() + "  \n",
        text.replace("-", "\u2013"),  # en dash from a word processor
        "".join(chr(ord(c) + 0xFEE0) if c.isalnum() else c for c in text),  # full-width (CJK IME)
    ]
    for variant in variants:
        assert parse_recovery_key(variant) == FIXED, variant


def test_lookalike_digits_tolerated():
    # Find keys whose text contains O, I and B, then type them as 0, 1 and 8.
    for _ in range(200):
        raw = generate_recovery_key()
        text = format_recovery_key(raw)
        if all(c in text for c in "OIB"):
            break
    typed = text.replace("O", "0").replace("I", "1").replace("B", "8")
    assert parse_recovery_key(typed) == raw


def test_every_single_character_change_is_caught():
    compact = format_recovery_key(FIXED).replace("-", "")
    for position in range(32):
        for replacement in ALPHABET:
            if replacement == compact[position]:
                continue
            typo = compact[:position] + replacement + compact[position + 1 :]
            with pytest.raises(RecoveryKeyError) as info:
                parse_recovery_key(typo)
            assert "checksum" in info.value.message


def test_swapped_groups_are_caught():
    groups = format_recovery_key(FIXED).split("-")
    groups[0], groups[1] = groups[1], groups[0]
    with pytest.raises(RecoveryKeyError):
        parse_recovery_key("-".join(groups))


@pytest.mark.parametrize("drop", [1, 4, 31])
def test_wrong_length_message(drop):
    compact = format_recovery_key(FIXED).replace("-", "")
    with pytest.raises(RecoveryKeyError) as info:
        parse_recovery_key(compact[:-drop])
    assert info.value.message == f"The recovery key has {32 - drop} characters; it should have 32."


def test_too_long_message():
    compact = format_recovery_key(FIXED).replace("-", "")
    with pytest.raises(RecoveryKeyError) as info:
        parse_recovery_key(compact + "A")
    assert "33 characters" in info.value.message


def test_empty_input():
    with pytest.raises(RecoveryKeyError) as info:
        parse_recovery_key("")
    assert "0 characters" in info.value.message


@pytest.mark.parametrize("bad", ["9", "!", "é", "가"])
def test_invalid_character_message(bad):
    compact = format_recovery_key(FIXED).replace("-", "")
    with pytest.raises(RecoveryKeyError) as info:
        parse_recovery_key(compact[:10] + bad + compact[11:])
    assert "not in a recovery key" in info.value.message
    assert info.value.message.endswith(bad.upper())


def test_invisible_invalid_character_is_shown_as_code_point():
    compact = format_recovery_key(FIXED).replace("-", "")
    with pytest.raises(RecoveryKeyError) as info:
        parse_recovery_key(compact[:10] + "\u200b" + compact[11:])
    assert info.value.message.endswith("U+200B")


def test_recovery_groups():
    text = format_recovery_key(FIXED)
    groups = recovery_groups(text.lower().replace("-", " "))
    assert groups == text.split("-")
    assert len(groups) == 8
    assert all(len(g) == 4 for g in groups)
    with pytest.raises(RecoveryKeyError):
        recovery_groups(text[:-1] + ("A" if text[-1] != "A" else "B"))
