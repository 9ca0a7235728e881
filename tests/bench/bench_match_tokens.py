"""What a guess at a blind match token costs, and what enumerating Korean names and birth dates would cost.

Measured in the same run against SHA-256 of the same input (what an unkeyed fast hash would cost an attacker:
the ceiling the memory-hard token is compared to) and against the vault's own passphrase KDF. The attacker
assumed here holds the HQ vault and its match secret (without the secret no guess can be tested at all).
Nothing is asserted about time; the figures are printed (`make bench`).
"""

from __future__ import annotations

import hashlib
import time

from intake_app.crypto import kdf
from intake_app.identity.names import name_key
from intake_app.identity.tokens import DEFAULT_MATCH_PARAMS, MatchKey, compute_tokens, token

# Assumptions for the enumeration, stated so they can be argued with:
SURNAMES = 300                   # Korean surnames in use (the ten most common cover about 64 % of people)
GIVEN_NAMES = 500 * 500          # two syllables, each from ~500 syllables used in names: a generous dictionary
BIRTH_DAYS = 96 * 365            # every day from 1930 to 2025
BIRTH_YEARS = 96
PHONE_NUMBERS = 1_700_000_000    # Chinese mobile numbers in service (space of 11-digit 1xx numbers ~ 10^10)
ATTACKER_CORES = 1_000           # a well-funded attacker: a thousand cores, each with the 64 MiB a guess needs
YEAR = 365 * 24 * 3600


def _per_call(fn, rounds: int) -> float:
    start = time.perf_counter()
    for _ in range(rounds):
        fn()
    return (time.perf_counter() - start) / rounds


def test_cost_of_guessing_match_tokens() -> None:
    key = MatchKey(bytes(range(32)), DEFAULT_MATCH_PARAMS)
    value = f"{name_key('Kim Chol-su')}\x001985-03-02"
    sha_s = _per_call(lambda: hashlib.sha256(key.secret + value.encode()).digest(), 20_000)
    token_s = _per_call(lambda: token(key, "name_date", value), 8)
    start = time.perf_counter()
    kdf.derive_key(b"orchid lantern river demo 42", bytes(16), kdf.DEFAULT_PARAMS)
    unlock_s = time.perf_counter() - start

    full = SURNAMES * GIVEN_NAMES
    name_date = full * BIRTH_DAYS
    name_year = full * BIRTH_YEARS
    p = DEFAULT_MATCH_PARAMS
    print()
    print(f"match token bench: Argon2id {p.memory_kib // 1024} MiB, t={p.iterations}, p={p.lanes}")
    print(f"  SHA-256 of the same input: {sha_s * 1e6:.2f} us per guess")
    print(f"  one match token: {token_s * 1e3:.0f} ms per guess, ratio {token_s / sha_s:,.0f}x SHA-256; "
          f"{token_s / unlock_s:.2f}x one vault unlock ({unlock_s:.2f} s)")
    data = {"legal_name": "Kim Chol-su", "birth_date": "1985-03-02", "phone": "+86 138 0013 8000"}
    save_s = _per_call(lambda: compute_tokens(key, data), 2)
    print(f"  a case save that changes the identifying details (3 tokens side by side): {save_s:.1f} s, "
          f"{save_s / unlock_s:.2f}x one vault unlock")
    for label, guesses in (("name + birth date, all Korean names x all days 1930-2025", name_date),
                           ("name + birth year (the weaker token)", name_year),
                           ("phone (every Chinese mobile number in service)", PHONE_NUMBERS)):
        core_years = guesses * token_s / YEAR
        print(f"  {label}: {guesses:.2e} guesses = {core_years:,.0f} core-years; "
              f"{core_years / ATTACKER_CORES:,.1f} years on {ATTACKER_CORES} cores")
    print(f"  confirming one known name against all birth days: {BIRTH_DAYS * token_s / 3600:.1f} core-hours "
          f"(a targeted check is cheap: the tokens protect against bulk enumeration, not a suspicion)")
