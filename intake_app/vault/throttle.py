"""A growing delay after repeated wrong passphrases, kept across restarts.

This slows someone guessing at the keyboard; it cannot slow an attacker who copied the files (the
Argon2id cost does that). The file holds only a count and a time, nothing about the vault's content.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from intake_app import paths
from intake_app.fileutil import atomic_write

FREE_ATTEMPTS = 3
MAX_DELAY_S = 120.0


def delay_after(failures: int) -> float:
    """Seconds to wait before the next attempt: none for the first few, then doubling, capped."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return float(min(MAX_DELAY_S, 2 ** (failures - FREE_ATTEMPTS)))


@dataclass
class UnlockThrottle:
    path: Path
    clock: Callable[[], float] = time.time

    def _load(self) -> tuple[int, float]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return int(data["failures"]), float(data["last_failure"])
        except (OSError, ValueError, KeyError, TypeError):
            return 0, 0.0

    @property
    def failures(self) -> int:
        return self._load()[0]

    def wait_remaining(self) -> float:
        """Seconds left before another attempt is allowed (0 when allowed now)."""
        failures, last = self._load()
        remaining = last + delay_after(failures) - self.clock()
        return max(0.0, remaining)

    def record_failure(self) -> float:
        failures, _ = self._load()
        failures += 1
        atomic_write(self.path, json.dumps({"failures": failures, "last_failure": self.clock()}).encode())
        return delay_after(failures)

    def record_success(self) -> None:
        if self.path.exists():
            self.path.unlink()


def throttle_for(base: Path) -> UnlockThrottle:
    """The failure counter of the vault in `base` (the unlock dialog reads it before the vault stack loads)."""
    return UnlockThrottle(paths.throttle_path(base))
