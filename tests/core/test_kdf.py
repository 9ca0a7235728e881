"""Argon2id parameters: safe defaults, the creation floor, and bounds on values read from files."""

from __future__ import annotations

import logging

import pytest

from intake_app.crypto import kdf
from intake_app.crypto.kdf import (
    DEFAULT_PARAMS,
    FLOOR_MEMORY_KIB,
    KdfParams,
    KdfParamsError,
    check_params,
    creation_params,
    derive_key,
)
from intake_app.errors import IntakeError

SMALL = KdfParams(memory_kib=1024, iterations=1, lanes=1)
SALT = bytes(range(16))


def test_defaults_are_256_mib_t3_p4(monkeypatch):
    monkeypatch.delenv("INTAKE_INSECURE_TEST_KDF", raising=False)
    assert KdfParams(memory_kib=262144, iterations=3, lanes=4) == DEFAULT_PARAMS
    assert creation_params() == DEFAULT_PARAMS
    assert FLOOR_MEMORY_KIB == 64 * 1024


@pytest.mark.parametrize("value", ["0", "true", "yes", "", " 1"])
def test_only_exact_test_setting_lowers_params(monkeypatch, value):
    monkeypatch.setenv("INTAKE_INSECURE_TEST_KDF", value)
    assert creation_params() == DEFAULT_PARAMS


def test_test_setting_gives_small_params_and_warns(monkeypatch, caplog):
    monkeypatch.setenv("INTAKE_INSECURE_TEST_KDF", "1")
    with caplog.at_level(logging.WARNING, logger=kdf.__name__):
        assert creation_params() == KdfParams(1024, 1, 1)
    assert any("insecure test kdf" in r.getMessage().lower() for r in caplog.records)


def test_floor_enforced_when_creating(monkeypatch):
    monkeypatch.delenv("INTAKE_INSECURE_TEST_KDF", raising=False)
    with pytest.raises(KdfParamsError) as info:
        check_params(KdfParams(FLOOR_MEMORY_KIB - 1, 3, 4), creating=True)
    assert isinstance(info.value, IntakeError)
    assert info.value.message
    check_params(KdfParams(FLOOR_MEMORY_KIB, 3, 4), creating=True)
    check_params(DEFAULT_PARAMS, creating=True)


def test_below_floor_accepted_when_reading_or_under_test_setting(monkeypatch):
    monkeypatch.delenv("INTAKE_INSECURE_TEST_KDF", raising=False)
    check_params(SMALL, creating=False)
    monkeypatch.setenv("INTAKE_INSECURE_TEST_KDF", "1")
    check_params(SMALL, creating=True)


@pytest.mark.parametrize(
    "params",
    [
        KdfParams(4 * 1024 * 1024 + 1, 3, 4),
        KdfParams(2**32 - 1, 3, 4),
        KdfParams(262144, 65, 4),
        KdfParams(262144, 0, 4),
        KdfParams(262144, 3, 0),
        KdfParams(262144, 3, 65),
        KdfParams(0, 1, 1),
        KdfParams(-1, 1, 1),
        KdfParams(8, 1, 2),  # Argon2 needs 8 KiB per lane
    ],
)
@pytest.mark.parametrize("creating", [True, False])
def test_absurd_params_refused(monkeypatch, params, creating):
    monkeypatch.setenv("INTAKE_INSECURE_TEST_KDF", "1")  # absurd values are refused even in tests
    with pytest.raises(KdfParamsError):
        check_params(params, creating=creating)


def test_derive_key_refuses_absurd_params_before_allocating():
    with pytest.raises(KdfParamsError):
        derive_key(b"secret", SALT, KdfParams(2**32 - 1, 1, 1))


def test_derive_key_is_deterministic_and_salt_sensitive():
    key = derive_key(b"secret", SALT, SMALL)
    assert len(key) == 32
    assert derive_key(b"secret", SALT, SMALL) == key
    assert derive_key(b"secret", bytes(16), SMALL) != key
    assert derive_key(b"secreT", SALT, SMALL) != key
    assert derive_key(b"secret", SALT, KdfParams(1024, 2, 1)) != key


def test_derive_key_into_matches_derive_key():
    out = bytearray(32)
    kdf.derive_key_into(b"secret", SALT, SMALL, out)
    assert bytes(out) == derive_key(b"secret", SALT, SMALL)
