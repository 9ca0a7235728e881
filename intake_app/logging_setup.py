"""Logging that leaves no activity trail on disk.

- Notes (INFO and up) go to a ring buffer in memory, which the Settings window shows; they vanish
  with the process, and the lock ends the process.
- Warnings go to stderr (notes too with `--verbose`), for a person at a terminal.
- A plain-text file is written only for an error that stops the app before any vault has been
  opened in this process (a missing library, a display that cannot start), so a failed start can be
  diagnosed. Once a vault is open the file is never written again, and nothing about what the app
  did (unlocks, locks, panic, exports, keys, counts) can reach it: those are notes, not errors.
- A log file left by an earlier version, which did keep a diary, is deleted at start.

Log lines never carry record content; keep it so.
"""

from __future__ import annotations

import collections
import contextlib
import logging
import threading
from pathlib import Path

from intake_app import paths

STARTUP_FAILURE_LOG = "startup-failure.log"
_LEGACY_LOGS = ("intake.log", "intake.log.1", "intake.log.2")
MEMORY_LINES = 2000

_handlers: list[logging.Handler] = []


class MemoryLog(logging.Handler):
    """The last MEMORY_LINES formatted notes of this process, kept in memory only."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self._lines: collections.deque[str] = collections.deque(maxlen=MEMORY_LINES)
        self._guard = threading.Lock()
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%H:%M:%S"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = self.format(record)
        except Exception:  # a bad format string must not break the caller
            return
        with self._guard:
            self._lines.append(line)

    def lines(self) -> list[str]:
        with self._guard:
            return list(self._lines)


class StartupFailureFile(logging.Handler):
    """Errors before the first vault opens, to a plain file created only when one happens."""

    def __init__(self, folder: Path) -> None:
        super().__init__(logging.ERROR)
        self.folder = folder
        self.armed = True
        # No time stamp: the file's own date already says more than the diagnosis needs.
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        if not self.armed:
            return
        try:
            folder = paths.ensure_private_dir(self.folder)
            with open(folder / STARTUP_FAILURE_LOG, "a", encoding="utf-8") as fh:
                fh.write(self.format(record) + "\n")
        except OSError:
            pass


memory_log = MemoryLog()
_startup_file: StartupFailureFile | None = None


def vault_opened() -> None:
    """From now on nothing in this process may write a log file (called when a vault opens)."""
    if _startup_file is not None:
        _startup_file.armed = False


def recent_lines() -> list[str]:
    """This process's notes, oldest first (for the Settings window)."""
    return memory_log.lines()


def _remove_legacy_logs(folder: Path) -> None:
    for name in _LEGACY_LOGS:
        with contextlib.suppress(OSError):
            (folder / name).unlink(missing_ok=True)


def configure_logging(*, verbose: bool = False) -> None:
    """(Re)configure for the current data folder; safe to call again after `--data-dir` changes."""
    global _startup_file
    root = logging.getLogger()
    for handler in _handlers:
        root.removeHandler(handler)
        if handler is not memory_log:
            handler.close()
    _handlers.clear()
    root.setLevel(logging.INFO)
    console = logging.StreamHandler()
    console.setLevel(logging.INFO if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    folder = paths.log_dir()
    _remove_legacy_logs(folder)
    was_armed = _startup_file.armed if _startup_file is not None else True
    _startup_file = StartupFailureFile(folder)
    _startup_file.armed = was_armed
    _handlers.extend((console, memory_log, _startup_file))
    for handler in _handlers:
        root.addHandler(handler)
