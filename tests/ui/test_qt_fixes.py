"""PySide6 6.12.0's static processEvents takes a reference from None at every call, until the interpreter
aborts; the app replaces it (intake_app/ui/qt_fixes.py). These tests fail if the guard goes, and say when
an upgraded PySide6 no longer needs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication

from intake_app.ui import qt_fixes

REPO = Path(__file__).resolve().parents[2]
CALLS = 5000


def _none_lost(call) -> int:
    call()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        call()
    return before - sys.getrefcount(None)


def test_with_the_guard_processevents_keeps_none_alive(qapp) -> None:
    qt_fixes.install()
    for call in (QApplication.processEvents, QCoreApplication.processEvents, qapp.processEvents,
                 QEventLoop().processEvents):
        assert _none_lost(call) < CALLS // 100, call


def test_a_worker_waited_on_with_processevents_does_not_abort_the_app() -> None:
    """The failure as a user would meet it, in a fresh interpreter: a thread reads while the window's loop
    spins on processEvents. Unguarded (PySide6 6.12.0) this aborts within a second."""
    script = (
        "import sys, threading\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from intake_app.ui.app import make_application\n"
        "app = make_application()\n"
        "done = []\n"
        "threading.Thread(target=lambda: (sum(1 for _ in [None] * 3_000_000), done.append(1))).start()\n"
        "n = 0\n"
        "while not done or n < 60_000:\n"
        "    QApplication.processEvents(); n += 1\n"
        "print('alive', n)\n")
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=120,
                            env={"PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0 and result.stdout.startswith("alive"), result.stderr[-2000:]
