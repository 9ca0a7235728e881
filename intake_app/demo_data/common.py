"""Shared pieces of the demo generator: the demo's calendar and small random helpers."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta

from intake_app.domain.models import _CODE_ALPHABET

# The demo's "now": aid and interviews fall in this span, withdrawals of consent no later than the end.
AID_FROM = date(2024, 1, 1)
AID_TO = date(2026, 10, 31)
LATEST = date(2026, 11, 15)
REFERENCE_YEAR = 2026  # ages (child, elderly) are counted at this year


# -- small helpers ------------------------------------------------------------------------------------


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _code(rng: random.Random) -> str:
    chars = "".join(rng.choice(_CODE_ALPHABET) for _ in range(7))
    return f"{chars[:3]}-{chars[3:]}"


def _weighted(rng: random.Random, weights: dict[str, float]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _day_between(rng: random.Random, start: date, end: date) -> date:
    if end <= start:
        return start
    return start + timedelta(days=rng.randrange((end - start).days + 1))


def _add_months(d: date, months: int) -> date:
    month0 = d.month - 1 + months
    return date(d.year + month0 // 12, month0 % 12 + 1, min(d.day, 28))
