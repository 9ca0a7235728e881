"""A guard against a reference-counting bug of PySide6 6.12.0, installed before any window exists.

Each call of the static `QCoreApplication.processEvents()` (also reached as `QApplication.processEvents`)
takes one reference from Python's `None` and never gives it back. `None` then reaches a count of zero
after some tens of thousands of calls, and the interpreter aborts ("deallocating None"), in whichever
thread happens to drop the last reference: a loop that waits on a worker with processEvents kills the
app within a second, in the middle of a report. `QEventLoop.processEvents()` does the same work for the
calling thread and counts its references correctly (tests/ui/test_qt_fixes.py holds both to that), so the
static one is replaced by it, for our code and for any library that calls it.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop

_loops = threading.local()   # a QEventLoop belongs to the thread that made it
_installed = False


def _process_events(*args: Any) -> None:
    loop = getattr(_loops, "loop", None)
    if loop is None:
        loop = _loops.loop = QEventLoop()
    loop.processEvents(*args)


def install() -> None:
    """Replace the leaking static processEvents (idempotent); call after the QApplication exists."""
    global _installed
    if not _installed:
        QCoreApplication.processEvents = staticmethod(_process_events)  # type: ignore[method-assign,assignment]
        _installed = True
