"""Ed25519 signatures in the minisign format: layout, strictness, tamper detection, minisign interop."""

from __future__ import annotations

import base64
import hashlib
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from intake_app.crypto.signing import (
    KeyFormatError,
    PublicKey,
    SignatureError,
    SigningKey,
    signature_key_id,
    verify,
)
from tests.reference import needs_tools

DATA = bytes(range(256)) * 2 + b"bundle manifest \xe2\x9c\x93"
COMMENT = "bundle 5f1c device 2871cd36 sequence 7"

needs_minisign = needs_tools("minisign")


def _raw_minisig(seed: bytes, key_id: bytes, data: bytes, comment: bytes, algorithm: bytes = b"ED",
                 untrusted: str = "x") -> str:
    """A signature laid out by hand, to test what `verify` refuses even when the cryptography is sound."""
    private = Ed25519PrivateKey.from_private_bytes(seed)
    message = hashlib.blake2b(data, digest_size=64).digest() if algorithm == b"ED" else data
    signature = private.sign(message)
    global_sig = private.sign(signature + comment)
    return (f"untrusted comment: {untrusted}\n"
            + base64.b64encode(algorithm + key_id + signature).decode() + "\n"
            + "trusted comment: " + comment.decode("utf-8", "surrogateescape") + "\n"
            + base64.b64encode(global_sig).decode() + "\n")


def test_round_trip_and_layout() -> None:
    key = SigningKey.generate()
    text = key.sign(DATA, COMMENT)
    assert verify(key.public, DATA, text) == COMMENT
    lines = text.split("\n")
    assert len(lines) == 5 and lines[4] == ""
    assert lines[0] == "untrusted comment: signature from Field Intake"
    blob = base64.b64decode(lines[1])
    assert blob[:2] == b"ED" and blob[2:10] == key.key_id and len(blob) == 74
    assert lines[2] == "trusted comment: " + COMMENT
    assert len(base64.b64decode(lines[3])) == 64
    assert signature_key_id(text) == key.key_id


def test_key_round_trips() -> None:
    key = SigningKey.generate()
    again = SigningKey.from_secret(key.seed, key.key_id)
    assert again.public == key.public
    assert PublicKey.from_b64(key.public.b64()) == key.public
    assert PublicKey.from_minisign_file(key.public.to_minisign_file()) == key.public
    assert key.public.to_minisign_file().startswith(
        "untrusted comment: minisign public key " + key.public.key_id_hex() + "\n")
    assert key.public.key_id_hex() == format(int.from_bytes(key.key_id, "little"), "X")
    # minisign prints the id without zero padding ("%" PRIX64).
    assert PublicKey(key_id=bytes(7) + b"\x0f", raw=key.public.raw).key_id_hex() == "F00000000000000"
    assert PublicKey(key_id=b"\x01" + bytes(7), raw=key.public.raw).key_id_hex() == "1"
    assert key.seed.hex() not in repr(key)


@pytest.mark.parametrize("line", ["", "RWQ", "not base64 at all!", base64.b64encode(b"Ed" + bytes(41)).decode(),
                                  base64.b64encode(b"ED" + bytes(40)).decode()])
def test_bad_public_keys_refused(line: str) -> None:
    with pytest.raises(KeyFormatError):
        PublicKey.from_b64(line)


def test_every_data_byte_flip_detected() -> None:
    key = SigningKey.generate()
    text = key.sign(DATA, COMMENT)
    for i in range(len(DATA)):
        tampered = bytearray(DATA)
        tampered[i] ^= 0x01
        with pytest.raises(SignatureError):
            verify(key.public, bytes(tampered), text)
    with pytest.raises(SignatureError):
        verify(key.public, DATA[:-1], text)
    with pytest.raises(SignatureError):
        verify(key.public, DATA + b"\0", text)


def test_every_signature_byte_flip_detected() -> None:
    """Every byte of the signature is covered except the untrusted comment's text, which minisign by design
    leaves unauthenticated (nothing of ours reads it)."""
    key = SigningKey.generate()
    raw = key.sign(DATA, COMMENT).encode()
    untrusted_text = range(len("untrusted comment: "), raw.index(b"\n"))
    checked = 0
    for i in range(len(raw)):
        if i in untrusted_text:
            continue
        for mask in (0x01, 0x20, 0x80):
            tampered = bytearray(raw)
            tampered[i] ^= mask
            with pytest.raises(SignatureError):
                verify(key.public, DATA, bytes(tampered).decode("utf-8", "surrogateescape"))
            checked += 1
    assert checked > 600


def test_other_key_refused() -> None:
    key, other = SigningKey.generate(), SigningKey.generate()
    text = key.sign(DATA, COMMENT)
    with pytest.raises(SignatureError, match="another key"):
        verify(other.public, DATA, text)
    # Same key id, different key: the Ed25519 check catches it.
    impostor = PublicKey(key_id=key.key_id, raw=other.public.raw)
    with pytest.raises(SignatureError):
        verify(impostor, DATA, text)


def test_legacy_non_prehashed_mode_refused() -> None:
    key = SigningKey.generate()
    legacy = _raw_minisig(key.seed, key.key_id, DATA, COMMENT.encode(), algorithm=b"Ed")
    with pytest.raises(SignatureError, match="legacy"):
        verify(key.public, DATA, legacy)
    # The same layout with the prehashed algorithm is fine: the refusal is the mode, not the layout.
    assert verify(key.public, DATA, _raw_minisig(key.seed, key.key_id, DATA, COMMENT.encode())) == COMMENT


def test_size_limits() -> None:
    key = SigningKey.generate()
    with pytest.raises(SignatureError):
        key.sign(DATA, "x" * 1025)
    long_comment = _raw_minisig(key.seed, key.key_id, DATA, b"y" * 1025)
    with pytest.raises(SignatureError, match="too long"):
        verify(key.public, DATA, long_comment)
    assert verify(key.public, DATA, _raw_minisig(key.seed, key.key_id, DATA, b"y" * 1024)) == "y" * 1024
    huge = _raw_minisig(key.seed, key.key_id, DATA, b"z", untrusted="u" * 5000)
    with pytest.raises(SignatureError, match="too large"):
        verify(key.public, DATA, huge)


@pytest.mark.parametrize("comment", ["two\nlines", "carriage\rreturn", "nul\0byte"])
def test_comments_must_be_one_line(comment: str) -> None:
    with pytest.raises(SignatureError):
        SigningKey.generate().sign(DATA, comment)


def test_layout_is_strict() -> None:
    key = SigningKey.generate()
    text = key.sign(DATA, COMMENT)
    lines = text.split("\n")[:4]
    variants = [
        text[:-1],                                   # no final newline
        text.replace("\n", "\r\n"),                  # CRLF
        text + "extra\n",                            # a fifth line
        "\n".join(lines[1:]) + "\n",                 # no untrusted comment
        "\n".join([lines[0], lines[1], "trusted comment:" + COMMENT, lines[3]]) + "\n",  # prefix without space
        "\n".join([lines[0], lines[1], "Trusted comment: " + COMMENT, lines[3]]) + "\n",
        "\n".join([lines[0], lines[1] + "=", lines[2], lines[3]]) + "\n",   # base64 with junk
        "\n".join([lines[0], " " + lines[1], lines[2], lines[3]]) + "\n",   # leading space
        "",
    ]
    for variant in variants:
        with pytest.raises(SignatureError):
            verify(key.public, DATA, variant)


def test_non_canonical_base64_refused() -> None:
    key = SigningKey.generate()
    text = key.sign(DATA, COMMENT)
    lines = text.split("\n")
    # 64 bytes end in one byte + "==": the last character before the padding has 4 unused bits.
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    last = lines[3][-3]
    index = alphabet.index(last)
    twin = alphabet[(index & ~0xF) | ((index & 0xF) ^ 0x1)]
    lines[3] = lines[3][:-3] + twin + "=="
    assert base64.b64decode(lines[3]) == base64.b64decode(text.split("\n")[3])  # same bytes, other spelling
    with pytest.raises(SignatureError):
        verify(key.public, DATA, "\n".join(lines))


@needs_minisign
def test_minisign_verifies_our_signature(tmp_path: Path) -> None:
    key = SigningKey.generate()
    (tmp_path / "key.pub").write_text(key.public.to_minisign_file())
    (tmp_path / "data").write_bytes(DATA)
    (tmp_path / "data.minisig").write_text(key.sign(DATA, COMMENT))
    result = subprocess.run(["minisign", "-Vm", str(tmp_path / "data"), "-p", str(tmp_path / "key.pub")],
                            capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=30, check=False)
    assert result.returncode == 0, result.stderr
    assert "Trusted comment: " + COMMENT in result.stdout
    (tmp_path / "data").write_bytes(DATA + b"!")
    tampered = subprocess.run(["minisign", "-Vm", str(tmp_path / "data"), "-p", str(tmp_path / "key.pub")],
                              capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=30, check=False)
    assert tampered.returncode != 0


@needs_minisign
@pytest.mark.parametrize("round_", range(3))
def test_we_verify_minisign_signature(tmp_path: Path, round_: int) -> None:
    pub, sec = tmp_path / "k.pub", tmp_path / "k.sec"
    subprocess.run(["minisign", "-G", "-W", "-p", str(pub), "-s", str(sec)], capture_output=True,
                   stdin=subprocess.DEVNULL, timeout=30, check=True)
    data = tmp_path / "file"
    data.write_bytes(DATA)
    subprocess.run(["minisign", "-S", "-s", str(sec), "-m", str(data), "-t", COMMENT], capture_output=True,
                   stdin=subprocess.DEVNULL, timeout=30, check=True)
    public = PublicKey.from_minisign_file(pub.read_text())
    # Our key id spelling is minisign's own.
    assert pub.read_text().splitlines()[0] == f"untrusted comment: minisign public key {public.key_id_hex()}"
    signature = (tmp_path / "file.minisig").read_text()
    assert verify(public, DATA, signature) == COMMENT
    with pytest.raises(SignatureError):
        verify(public, DATA + b"!", signature)
