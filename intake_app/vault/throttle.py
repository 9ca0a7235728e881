"""A growing delay after repeated wrong passphrases, kept across restarts.

This slows someone guessing at the keyboard; it cannot slow an attacker who copied the files (the
Argon2id cost does that). What is on disk is kept to the minimum the delay needs:

- the file exists only while there are failures not yet followed by a successful unlock, and holds
  nothing but their number (no time, nothing about the vault);
- its modification time is set to the key file's, so it does not date the failures either;
- the time of the last failure stays in this process's memory. A new process therefore counts the
  whole delay from its own start: restarting the app never shortens a wait.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from intake_app import paths
from intake_app.fileutil import atomic_write

FREE_ATTEMPTS = 3
MAX_DELAY_S = 120.0

# Clock reading of the last failure (or of the first look, in a new process), per counter file.
_reference_times: dict[str, float] = {}


def delay_after(failures: int) -> float:
    """Seconds to wait before the next attempt: none for the first few, then doubling, capped."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return float(min(MAX_DELAY_S, 2 ** (failures - FREE_ATTEMPTS)))


@dataclass
class UnlockThrottle:
    path: Path
    clock: Callable[[], float] = time.monotonic

    def _load(self) -> int:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return max(0, int(data["failures"]))
        except (OSError, ValueError, KeyError, TypeError):
            return 0

    @property
    def failures(self) -> int:
        return self._load()

    def _reference(self) -> float:
        return _reference_times.setdefault(str(self.path), self.clock())

    def wait_remaining(self) -> float:
        """Seconds left before another attempt is allowed (0 when allowed now)."""
        failures = self._load()
        if failures < FREE_ATTEMPTS:
            return 0.0
        return max(0.0, self._reference() + delay_after(failures) - self.clock())

    def record_failure(self) -> float:
        failures = self._load() + 1
        atomic_write(self.path, json.dumps({"failures": failures}).encode())
        self._pin_mtime()
        _reference_times[str(self.path)] = self.clock()
        return delay_after(failures)

    def record_success(self) -> None:
        _reference_times.pop(str(self.path), None)
        if self.path.exists():
            self.path.unlink()

    def _pin_mtime(self) -> None:
        keyslots = self.path.with_name(paths.KEYSLOTS_NAME)
        try:
            stamp = keyslots.stat()
            os.utime(self.path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
        except OSError:
            pass


def throttle_for(base: Path) -> UnlockThrottle:
    """The failure counter of the vault in `base` (the unlock dialog reads it before the vault stack loads)."""
    return UnlockThrottle(paths.throttle_path(base))
