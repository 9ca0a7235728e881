"""The key-slot file, and the atomic writer it is saved with."""

from __future__ import annotations

import os
import secrets
import unicodedata

import pytest

from intake_app.crypto.kdf import KdfParams, KdfParamsError
from intake_app.errors import IntakeError
from intake_app.fileutil import atomic_write
from intake_app.vault import keyslots
from intake_app.vault.keyslots import (
    FILE_SIZE,
    HEADER_SIZE,
    SLOT_SIZE,
    KeySlotFileError,
    SecretInUseError,
    SlotRole,
    WrongSecretError,
    build_keyslot_file,
    change_passphrase,
    clear_slot,
    parse_header,
    rewrap_slot,
    set_recovery_key,
    unlock_with_passphrase,
    unlock_with_recovery_key,
)

PASSPHRASE = "marble tundra pilgrim lantern oxide"
SMALL = KdfParams(memory_kib=1024, iterations=1, lanes=1)


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch):
    monkeypatch.setenv("INTAKE_INSECURE_TEST_KDF", "1")


@pytest.fixture
def data_key() -> bytes:
    return secrets.token_bytes(32)


@pytest.fixture
def recovery() -> bytes:
    return secrets.token_bytes(16)


@pytest.fixture
def blob(data_key, recovery) -> bytes:
    return build_keyslot_file(data_key, PASSPHRASE, recovery)


def _slot(image: bytes, role: SlotRole) -> bytes:
    start = HEADER_SIZE + role * SLOT_SIZE
    return image[start : start + SLOT_SIZE]


def test_layout_constants():
    assert HEADER_SIZE == 40
    assert SLOT_SIZE == 60
    assert FILE_SIZE == 280


def test_size_fixed_with_or_without_recovery(data_key, recovery):
    with_recovery = build_keyslot_file(data_key, PASSPHRASE, recovery)
    without = build_keyslot_file(data_key, PASSPHRASE, None)
    assert len(with_recovery) == len(without) == FILE_SIZE


def test_header_records_params(blob):
    header = parse_header(blob)
    assert header.version == 1
    assert header.slot_count == 4
    assert header.params == KdfParams(1024, 1, 1)
    assert len(header.salt) == 16
    assert header.raw == blob[:HEADER_SIZE]
    assert blob.startswith(b"FIKSLOT1")


def test_unlock_with_passphrase(blob, data_key):
    unlocked = unlock_with_passphrase(blob, PASSPHRASE)
    assert unlocked.data_key == data_key
    assert unlocked.role is SlotRole.PASSPHRASE
    assert data_key.hex() not in repr(unlocked)


def test_passphrase_is_nfc_normalised(data_key):
    composed = "바람이 부는 날 우리는 강을 건넜다"
    image = build_keyslot_file(data_key, unicodedata.normalize("NFD", composed), None)
    assert unlock_with_passphrase(image, composed).data_key == data_key


def test_unlock_with_recovery(blob, data_key, recovery):
    unlocked = unlock_with_recovery_key(blob, recovery)
    assert unlocked.data_key == data_key
    assert unlocked.role is SlotRole.RECOVERY


def test_wrong_passphrase(blob):
    with pytest.raises(WrongSecretError) as info:
        unlock_with_passphrase(blob, PASSPHRASE + "x")
    assert info.value.message == "The passphrase is not correct."


def test_wrong_recovery_key(blob):
    with pytest.raises(WrongSecretError) as info:
        unlock_with_recovery_key(blob, secrets.token_bytes(16))
    assert info.value.message == "The recovery key is not correct."


def test_no_recovery_slot_means_recovery_fails(data_key, recovery):
    image = build_keyslot_file(data_key, PASSPHRASE, None)
    with pytest.raises(WrongSecretError):
        unlock_with_recovery_key(image, recovery)


def test_passphrase_cannot_open_recovery_slot(data_key):
    # Domain separation: the recovery secret is prefixed, so text equal to the key does not open it.
    recovery = b"A" * 16
    image = build_keyslot_file(data_key, PASSPHRASE, recovery)
    with pytest.raises(WrongSecretError):
        unlock_with_passphrase(image, "A" * 16)


def test_one_argon2_run_per_unlock(blob, monkeypatch):
    calls = []
    original = keyslots.kdf.derive_key_into

    def counting(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(keyslots.kdf, "derive_key_into", counting)
    unlock_with_passphrase(blob, PASSPHRASE)
    assert len(calls) == 1
    with pytest.raises(WrongSecretError):
        unlock_with_passphrase(blob, "not it at all")
    assert len(calls) == 2


def _flip_positions():
    return list(range(HEADER_SIZE)) + list(range(HEADER_SIZE, HEADER_SIZE + SLOT_SIZE))


@pytest.mark.parametrize("mask", [0x01, 0xFF])
def test_any_flipped_byte_in_header_or_passphrase_slot_fails_cleanly(blob, mask):
    for position in _flip_positions():
        damaged = bytearray(blob)
        damaged[position] ^= mask
        with pytest.raises((WrongSecretError, KeySlotFileError)):
            unlock_with_passphrase(bytes(damaged), PASSPHRASE)


def test_moved_slot_fails(blob, data_key, recovery):
    swapped = bytearray(blob)
    swapped[HEADER_SIZE : HEADER_SIZE + SLOT_SIZE] = _slot(blob, SlotRole.RECOVERY)
    swapped[HEADER_SIZE + SLOT_SIZE : HEADER_SIZE + 2 * SLOT_SIZE] = _slot(blob, SlotRole.PASSPHRASE)
    with pytest.raises(WrongSecretError):
        unlock_with_passphrase(bytes(swapped), PASSPHRASE)
    with pytest.raises(WrongSecretError):
        unlock_with_recovery_key(bytes(swapped), recovery)


def test_change_passphrase(blob, data_key, recovery):
    new = "orbit cinnamon harbor velvet quarry"
    changed = change_passphrase(blob, PASSPHRASE, new)
    assert len(changed) == FILE_SIZE
    assert changed[:HEADER_SIZE] == blob[:HEADER_SIZE]
    with pytest.raises(WrongSecretError):
        unlock_with_passphrase(changed, PASSPHRASE)
    unlocked = unlock_with_passphrase(changed, new)
    assert (unlocked.data_key, unlocked.role) == (data_key, SlotRole.PASSPHRASE)
    assert unlock_with_recovery_key(changed, recovery).data_key == data_key
    # Only slot 0 changed.
    assert changed[HEADER_SIZE + SLOT_SIZE :] == blob[HEADER_SIZE + SLOT_SIZE :]


def test_change_passphrase_with_wrong_old(blob):
    with pytest.raises(WrongSecretError):
        change_passphrase(blob, "wrong old passphrase", "orbit cinnamon harbor velvet quarry")


def test_duress_slot(blob, data_key):
    duress = "kettle saffron meadow granite echo"
    image = rewrap_slot(blob, data_key, SlotRole.DURESS, duress)
    unlocked = unlock_with_passphrase(image, duress)
    assert unlocked.role is SlotRole.DURESS
    assert unlock_with_passphrase(image, PASSPHRASE).role is SlotRole.PASSPHRASE
    # The duress passphrase cannot be used to change the real one.
    with pytest.raises(WrongSecretError):
        change_passphrase(image, duress, "orbit cinnamon harbor velvet quarry")
    # A duress passphrase equal to the real one would be ambiguous.
    with pytest.raises(SecretInUseError):
        rewrap_slot(blob, data_key, SlotRole.DURESS, PASSPHRASE)
    with pytest.raises(SecretInUseError):
        change_passphrase(image, PASSPHRASE, duress)


def test_rewrap_slot_type_must_fit_role(blob, data_key):
    with pytest.raises(TypeError):
        rewrap_slot(blob, data_key, SlotRole.RECOVERY, "a passphrase")
    with pytest.raises(TypeError):
        rewrap_slot(blob, data_key, SlotRole.PASSPHRASE, secrets.token_bytes(16))


def test_set_and_clear_recovery_key(data_key):
    image = build_keyslot_file(data_key, PASSPHRASE, None)
    recovery = secrets.token_bytes(16)
    with_recovery = set_recovery_key(image, data_key, recovery)
    assert unlock_with_recovery_key(with_recovery, recovery).role is SlotRole.RECOVERY
    assert unlock_with_passphrase(with_recovery, PASSPHRASE).data_key == data_key
    cleared = clear_slot(with_recovery, SlotRole.RECOVERY)
    assert len(cleared) == FILE_SIZE
    with pytest.raises(WrongSecretError):
        unlock_with_recovery_key(cleared, recovery)
    assert unlock_with_passphrase(cleared, PASSPHRASE).data_key == data_key


def test_passphrase_slot_cannot_be_cleared(blob):
    with pytest.raises(ValueError):
        clear_slot(blob, SlotRole.PASSPHRASE)


def test_unused_slots_are_random(data_key):
    first = build_keyslot_file(data_key, PASSPHRASE, None)
    second = build_keyslot_file(data_key, PASSPHRASE, None)
    for role in (SlotRole.RECOVERY, SlotRole.DURESS, SlotRole.DURESS_DESTROY):
        assert _slot(first, role) != _slot(second, role)
        assert _slot(first, role) != bytes(SLOT_SIZE)
        assert len(set(_slot(first, role))) > 10
    # Salts differ too, so identical passphrases give unrelated files.
    assert parse_header(first).salt != parse_header(second).salt


@pytest.mark.parametrize(
    "image",
    [
        b"",
        b"FIKSLOT1",
        b"NOTASLOT" + bytes(FILE_SIZE - 8),
    ],
)
def test_bad_files(image):
    with pytest.raises(KeySlotFileError) as info:
        unlock_with_passphrase(image, PASSPHRASE)
    assert info.value.message == "The key file is not a Field Intake key file, or it is damaged."


def test_truncated_and_extended(blob):
    for image in (blob[:-1], blob[:HEADER_SIZE], blob + b"\0"):
        with pytest.raises(KeySlotFileError):
            unlock_with_passphrase(image, PASSPHRASE)


def test_wrong_version(blob):
    damaged = bytearray(blob)
    damaged[9] = 2
    with pytest.raises(KeySlotFileError):
        parse_header(bytes(damaged))


def test_absurd_memory_in_file_is_refused_without_allocating(blob):
    damaged = bytearray(blob)
    damaged[12:16] = (2**32 - 1).to_bytes(4, "big")
    with pytest.raises(KeySlotFileError):
        unlock_with_passphrase(bytes(damaged), PASSPHRASE)


def test_small_params_refused_without_test_setting(monkeypatch, data_key):
    monkeypatch.delenv("INTAKE_INSECURE_TEST_KDF")
    with pytest.raises(KdfParamsError):
        build_keyslot_file(data_key, PASSPHRASE, None, params=SMALL)


def test_small_params_allowed_with_test_setting(data_key):
    image = build_keyslot_file(data_key, PASSPHRASE, None, params=SMALL)
    assert parse_header(image).params == SMALL


def test_file_below_floor_still_opens_without_test_setting(monkeypatch, blob, data_key):
    monkeypatch.delenv("INTAKE_INSECURE_TEST_KDF")
    assert unlock_with_passphrase(blob, PASSPHRASE).data_key == data_key


def test_errors_are_intake_errors():
    for error in (KeySlotFileError, WrongSecretError, SecretInUseError):
        assert issubclass(error, IntakeError)


# --- atomic_write ---------------------------------------------------------------------------------


def test_atomic_write_creates_and_replaces(tmp_path, blob):
    target = tmp_path / "keyslots"
    atomic_write(target, b"old")
    atomic_write(target, blob)
    assert target.read_bytes() == blob
    assert os.listdir(tmp_path) == ["keyslots"]
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600


def test_atomic_write_failure_leaves_target_and_no_temp(tmp_path, monkeypatch, blob):
    target = tmp_path / "keyslots"
    atomic_write(target, blob)

    def broken_replace(src, dst):
        raise OSError("simulated failure")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="simulated failure"):
        atomic_write(target, b"new content")
    assert target.read_bytes() == blob
    assert os.listdir(tmp_path) == ["keyslots"]


def test_atomic_write_failure_during_write(tmp_path, monkeypatch):
    target = tmp_path / "keyslots"
    atomic_write(target, b"original")

    def broken_fsync(fd):
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="disk full"):
        atomic_write(target, b"new content")
    assert target.read_bytes() == b"original"
    assert os.listdir(tmp_path) == ["keyslots"]
