"""Argon2id key derivation with safe defaults and bounds on parameters read from disk.

The defaults follow DESIGN.md section 3: 256 MiB, t=3, p=4, with a floor of 64 MiB for new vaults.
The only way to lower them is the explicit test setting `INTAKE_INSECURE_TEST_KDF=1`, so a
misconfigured installation can never silently create a cheap-to-crack key file.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from intake_app.errors import IntakeError
from intake_app.i18n import _

logger = logging.getLogger(__name__)

KEY_LENGTH = 32
"""Bytes of key material produced by `derive_key` (AES-256)."""

MIN_SALT_LENGTH = 16
"""Shortest salt `derive_key` accepts; Argon2 itself allows 8 but we always use 16 random bytes."""

TEST_KDF_ENV = "INTAKE_INSECURE_TEST_KDF"
"""Environment variable that, when exactly "1", allows cheap parameters (tests only)."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters: memory in KiB, passes, and parallel lanes."""

    memory_kib: int
    iterations: int
    lanes: int


DEFAULT_PARAMS = KdfParams(memory_kib=262144, iterations=3, lanes=4)
FLOOR_MEMORY_KIB = 65536
TEST_PARAMS = KdfParams(memory_kib=1024, iterations=1, lanes=1)

# Upper bounds for parameters read from a file. A tampered or corrupt key file must not be able to
# make us allocate unbounded memory or spin for hours before the unlock fails.
MAX_MEMORY_KIB = 4 * 1024 * 1024  # 4 GiB
MAX_ITERATIONS = 64
MAX_LANES = 64


class KdfParamsError(IntakeError):
    """Key derivation parameters that are too weak for a new vault, or implausible in a file."""


def insecure_test_kdf_enabled() -> bool:
    """Whether the explicit test setting is on (only the exact value "1" counts)."""
    return os.environ.get(TEST_KDF_ENV) == "1"


def creation_params() -> KdfParams:
    """Parameters for a new key file: the defaults, or cheap ones under the explicit test setting."""
    if insecure_test_kdf_enabled():
        logger.warning(
            "Insecure test KDF parameters are in use (%s=1); never use this setting with real data.",
            TEST_KDF_ENV,
        )
        return TEST_PARAMS
    return DEFAULT_PARAMS


def check_params(params: KdfParams, *, creating: bool) -> None:
    """Raise `KdfParamsError` if `params` are implausible, or too weak when creating a key file.

    Parameters read from an existing file are accepted below the floor (an older or test vault
    must still open), but never outside the sanity bounds.
    """
    values = (params.memory_kib, params.iterations, params.lanes)
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        raise KdfParamsError(_("The key derivation settings are not valid."))
    if (
        params.iterations < 1
        or params.iterations > MAX_ITERATIONS
        or params.lanes < 1
        or params.lanes > MAX_LANES
        or params.memory_kib > MAX_MEMORY_KIB
        # Argon2 itself needs at least 8 KiB per lane; checking here keeps a tampered file from
        # surfacing as a ValueError deep inside the crypto library.
        or params.memory_kib < 8 * params.lanes
    ):
        raise KdfParamsError(_("The key derivation settings are not plausible; the key file may be damaged."))
    if creating and params.memory_kib < FLOOR_MEMORY_KIB and not insecure_test_kdf_enabled():
        raise KdfParamsError(
            _("The key derivation settings are too weak: at least {n} MiB of memory is required.").format(
                n=FLOOR_MEMORY_KIB // 1024
            )
        )


def _argon2(salt: bytes, params: KdfParams) -> Argon2id:
    """Build an Argon2id instance after checking the salt and the sanity bounds.

    The bounds are checked here too, so no caller can trigger an unbounded allocation.
    """
    if len(salt) < MIN_SALT_LENGTH:
        raise ValueError("salt too short")
    check_params(params, creating=False)
    return Argon2id(
        salt=salt,
        length=KEY_LENGTH,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )


def derive_key(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    """Derive a 32-byte key from `secret` with Argon2id."""
    return _argon2(salt, params).derive(secret)


def derive_key_into(secret: bytes, salt: bytes, params: KdfParams, out: bytearray) -> None:
    """Like `derive_key`, but write into a caller-owned buffer that the caller can wipe afterwards."""
    if len(out) != KEY_LENGTH:
        raise ValueError("output buffer must be 32 bytes")
    _argon2(salt, params).derive_into(secret, out)
