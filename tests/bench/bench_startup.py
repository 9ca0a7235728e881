"""Time from launch to the first window: the app's unlock dialog against a bare QApplication with a
QMainWindow, both started as fresh processes in the same run (target: at most 2x)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from intake_app.vault.vault import Vault
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]

# Both children stop at the first top-level window shown, caught by an event filter (no product hook).
_FIRST_SHOW = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class FirstShow(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Show and getattr(obj, "isWindow", lambda: False)():
                print("shown", type(obj).__name__, flush=True)
                QTimer.singleShot(0, lambda: __import__("os")._exit(0))
            return False
""")

BASELINE = _FIRST_SHOW + textwrap.dedent("""
    from PySide6.QtWidgets import QMainWindow
    app = QApplication(sys.argv[:1])
    watcher = FirstShow(); app.installEventFilter(watcher)
    window = QMainWindow(); window.setWindowTitle("baseline"); window.show()
    app.exec()
""")

APP = _FIRST_SHOW + textwrap.dedent("""
    from intake_app.ui.app import make_application, run_app
    from pathlib import Path
    app = make_application()
    watcher = FirstShow(); app.installEventFilter(watcher)
    run_app(Path(sys.argv[1]))
""")


def _launch(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env,
                          timeout=120, check=False)
    elapsed = time.perf_counter() - start
    assert "shown" in done.stdout, done.stderr[-2000:]
    return elapsed


def test_start_to_unlock_window(tmp_path: Path) -> None:
    data = tmp_path / "vault"
    Vault.create(data, PASSPHRASE)[0].close()
    _launch(BASELINE)  # warm the disk cache for both
    baseline = statistics.median(_launch(BASELINE) for _ in range(5))
    app = statistics.median(_launch(APP, str(data)) for _ in range(5))
    print()
    print(f"start to first window: bare QMainWindow {baseline * 1000:.0f} ms, unlock dialog {app * 1000:.0f} ms,"
          f" ratio {app / baseline:.2f}x (target <= 2x)")
