"""age X25519 keys: generation, recipient parsing, identity files (checked with Debian's age)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pyrage
import pytest
from pyrage import x25519

from intake_app.crypto.age_keys import (
    KeyFormatError,
    generate_identity,
    identity_file_text,
    parse_identity,
    parse_recipient,
    recipient_of,
)
from intake_app.errors import IntakeError
from tests.reference import needs_tools

needs_age = needs_tools("age")


def test_generate_and_derive() -> None:
    identity, recipient = generate_identity()
    assert identity.startswith("AGE-SECRET-KEY-1") and recipient.startswith("age1")
    assert recipient_of(identity) == recipient
    assert parse_recipient(recipient) == recipient
    assert parse_recipient("  " + recipient + "\n") == recipient
    assert generate_identity()[0] != identity


def test_keys_work_with_pyrage() -> None:
    identity, recipient = generate_identity()
    sealed = pyrage.encrypt(b"hello", [x25519.Recipient.from_str(parse_recipient(recipient))])
    assert pyrage.decrypt(sealed, [parse_identity(identity)]) == b"hello"


@pytest.mark.parametrize("text", [
    "", "age1", "hello", "age1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq",
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHn1Zt5x3Vb0ZcK0wH1KJ3p6ofHcs8jWgzvR3M1cBq9M user@host",
    "age1" + "x" * 300,
])
def test_bad_recipients_refused(text: str) -> None:
    with pytest.raises(KeyFormatError) as info:
        parse_recipient(text)
    assert isinstance(info.value, IntakeError) and info.value.message


def test_recipient_checksum_and_case() -> None:
    _identity, recipient = generate_identity()
    flipped = recipient[:-1] + ("q" if recipient[-1] != "q" else "p")
    with pytest.raises(KeyFormatError):
        parse_recipient(flipped)
    with pytest.raises(KeyFormatError):
        parse_recipient(recipient.upper())


def test_identity_is_not_a_recipient() -> None:
    identity, _recipient = generate_identity()
    with pytest.raises(KeyFormatError):
        parse_recipient(identity)
    with pytest.raises(KeyFormatError):
        recipient_of("AGE-SECRET-KEY-1NOTAKEY")


def test_identity_file_layout() -> None:
    (id1, r1), (id2, r2) = generate_identity(), generate_identity()
    text = identity_file_text([id1, id2], "HQ backup\nkeep offline", created_at=["2026-01-01T00:00:00Z",
                                                                               "2026-02-01T00:00:00Z"])
    assert text.startswith("# HQ backup\n# keep offline\n")
    assert ("# created: 2026-01-01T00:00:00Z\n# public key: " + r1 + "\n" + id1 + "\n") in text
    assert ("# created: 2026-02-01T00:00:00Z\n# public key: " + r2 + "\n" + id2 + "\n") in text
    secrets = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert secrets == [id1, id2]


@needs_age
def test_age_decrypts_with_identity_file(tmp_path: Path) -> None:
    (id1, r1), (id2, r2) = generate_identity(), generate_identity()
    key_file = tmp_path / "keys.txt"
    key_file.write_text(identity_file_text([id2, id1], "test"))
    for recipient, message in ((r1, b"to the old key"), (r2, b"to the new key")):
        sealed = pyrage.encrypt(message, [x25519.Recipient.from_str(recipient)])
        result = subprocess.run(["age", "-d", "-i", str(key_file)], input=sealed, capture_output=True,
                                timeout=30, check=False)
        assert result.returncode == 0, result.stderr
        assert result.stdout == message
    if shutil.which("age-keygen"):
        listed = subprocess.run(["age-keygen", "-y", str(key_file)], capture_output=True, text=True,
                                timeout=30, check=True).stdout.split()
        assert listed == [r2, r1]
