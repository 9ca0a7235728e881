"""Blind match tokens: keyed, memory-hard digests of a case's identifying details.

Two field workers who register the same person compute the same tokens, so headquarters can see that two
cases may be one person without ever receiving a name. Each token is Argon2id over the normalised detail
(names.py), with the deployment profile's match secret as Argon2's secret input (K) and a fixed salt per
kind of token. Without the secret nobody can test a guess at all; with it (someone holding the HQ vault and
its keys), every guess costs one Argon2id run at the profile's cost (64 MiB, 3 passes by default): see the
README and `tests/bench/bench_match_tokens.py` for what enumerating names and birth dates then costs.

Kinds: `name_date` (name + exact birth date), `name_year` (name + birth year, for when only the year is
known), `phone` (the national number).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from intake_app.crypto.kdf import KdfParams, check_params, insecure_test_kdf_enabled
from intake_app.identity.names import name_key, phone_key

TOKEN_BYTES = 16
KINDS = ("name_date", "name_year", "phone")
DEFAULT_MATCH_PARAMS = KdfParams(memory_kib=65536, iterations=3, lanes=1)
TEST_MATCH_PARAMS = KdfParams(memory_kib=256, iterations=1, lanes=1)
_SALT_DOMAIN = b"field-intake match token v1 "


@dataclass(frozen=True)
class MatchKey:
    """The profile's match secret and the Argon2id cost every device must use for it."""

    secret: bytes
    params: KdfParams

    @property
    def key_id(self) -> str:
        """Names the secret (not secret itself): tokens under different secrets are never compared."""
        return hashlib.sha256(b"field-intake match key id\n" + self.secret).hexdigest()[:16]

    def to_json(self) -> dict[str, Any]:
        return {"secret": self.secret.hex(), "memory_kib": self.params.memory_kib,
                "iterations": self.params.iterations, "lanes": self.params.lanes}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> MatchKey:
        params = KdfParams(int(data["memory_kib"]), int(data["iterations"]), int(data["lanes"]))
        check_params(params, creating=False)  # a hostile profile cannot make us allocate without bound
        return cls(bytes.fromhex(str(data["secret"])), params)


def default_params() -> KdfParams:
    """The cost HQ writes into a new profile (cheap only under the explicit insecure test setting)."""
    return TEST_MATCH_PARAMS if insecure_test_kdf_enabled() else DEFAULT_MATCH_PARAMS


def token(key: MatchKey, kind: str, value: str) -> str:
    """One token: Argon2id(value, salt = domain + kind, secret = the profile's match secret)."""
    salt = hashlib.sha256(_SALT_DOMAIN + kind.encode("ascii")).digest()[:16]
    kdf = Argon2id(salt=salt, length=TOKEN_BYTES, iterations=key.params.iterations, lanes=key.params.lanes,
                   memory_cost=key.params.memory_kib, secret=key.secret)
    return kdf.derive(value.encode("utf-8")).hex()


def token_inputs(data: Mapping[str, Any]) -> dict[str, str]:
    """What each kind of token is computed from (normalised); kinds without enough details are absent."""
    inputs: dict[str, str] = {}
    name = name_key(data.get("legal_name"))
    birth_date = data.get("birth_date")
    year = birth_date[:4] if birth_date else (str(data["birth_year"]) if data.get("birth_year") else None)
    if name and birth_date:
        inputs["name_date"] = f"{name}\x00{birth_date}"
    if name and year:
        inputs["name_year"] = f"{name}\x00{year}"
    phone = phone_key(data.get("phone"))
    if phone:
        inputs["phone"] = phone
    return inputs


def has_identifying_input(data: Mapping[str, Any]) -> bool:
    return any(data.get(k) for k in ("legal_name", "birth_date", "phone"))


def compute_tokens(key: MatchKey, data: Mapping[str, Any]) -> dict[str, Any] | None:
    """The `match_tokens` value for a case's data, or None when its details allow no token."""
    inputs = sorted(token_inputs(data).items())
    if not inputs:
        return None
    # Argon2id releases the GIL: the kinds run side by side (a save waits for one, not three, on a laptop).
    with ThreadPoolExecutor(max_workers=len(inputs)) as pool:
        values = list(pool.map(lambda item: token(key, item[0], item[1]), inputs))
    return {"key": key.key_id, "tokens": {kind: value for (kind, _v), value in zip(inputs, values, strict=True)}}
