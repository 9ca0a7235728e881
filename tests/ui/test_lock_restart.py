"""Locking ends the process that held decrypted records; a new process shows the unlock window."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from tests.ui.shell_support import make_closed_vault

ROOT = Path(__file__).resolve().parents[2]
SHOWN = re.compile(r"unlock window shown \(process (\d+)\)")


def test_lock_replaces_the_process_and_the_unlock_window_appears(tmp_path: Path) -> None:
    data = tmp_path / "data"
    make_closed_vault(data)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), INTAKE_DATA_DIR=str(data))
    proc = subprocess.Popen([sys.executable, str(ROOT / "tests" / "ui" / "lock_restart_driver.py"),
                             "--data-dir", str(data), "-v"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    shown: list[int] = []
    new_window = threading.Event()

    def read() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:  # the new process inherits this pipe
            match = SHOWN.search(line)
            if match:
                shown.append(int(match.group(1)))
                if int(match.group(1)) != proc.pid:
                    new_window.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert new_window.wait(timeout=90), f"no new unlock window; seen in {shown}"
        assert proc.wait(timeout=30) == 0  # the process that held the records has ended
        new_pid = shown[-1]
        assert shown[0] == proc.pid and new_pid != proc.pid
        os.kill(new_pid, 0)  # the new process is running
    finally:
        if proc.poll() is None:
            proc.kill()
        for pid in set(shown) - {proc.pid}:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(_alive(pid) for pid in set(shown) - {proc.pid}):
            time.sleep(0.1)  # another process's exit: no event loop here to wait on


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
