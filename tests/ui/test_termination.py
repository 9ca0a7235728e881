"""SIGTERM ends the app like Quit: the vault is locked and a demo folder is removed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_sigterm_quits_cleanly_and_removes_the_demo_folder(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path), PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "intake_app", "demo", "--cases", "5"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    demo_dirs: list[Path] = []
    while time.monotonic() < deadline and not demo_dirs:
        demo_dirs = [p for p in tmp_path.glob("field-intake-demo-*") if (p / "keyslots.bin").exists()]
        time.sleep(0.2)  # polling another process's files: no Qt event loop here to wait on
    assert demo_dirs, "the demo vault never appeared"
    time.sleep(1.0)  # let the window come up
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=30) == 0
    assert not demo_dirs[0].exists()
