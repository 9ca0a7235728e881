"""The HQ inbox with a 100 MB bundle (`make bench`): the longest stall of the event loop while it imports,
measured by a 10 ms QTimer heartbeat, against the same heartbeat on an idle event loop (the baseline:
what the machine and Qt give at best in this run). The issue's bar is 100 ms; the default test run does
the same with ~20 MB (tests/ui/test_hq.py)."""

from __future__ import annotations

import time

import pytest

from tests.core.bundle_helpers import make_field, make_hq
from tests.ui.heartbeat import Heartbeat
from tests.ui.shell_support import english_ui
from tests.ui.test_hq import run_heartbeat_import

TOTAL_MB = 100


@pytest.fixture(autouse=True)
def _english():
    with english_ui():
        yield


def _idle_baseline(qtbot, seconds: float = 1.0) -> float:
    with Heartbeat() as beat:
        qtbot.wait(int(seconds * 1000))
    return beat.longest


def test_inbox_heartbeat_during_100_mb_import(qtbot, tmp_path):
    hq, profile = make_hq(tmp_path / "hq")
    field = make_field(tmp_path / "field", hq, profile)
    try:
        baseline = _idle_baseline(qtbot)
        started = time.perf_counter()
        longest = run_heartbeat_import(qtbot, tmp_path, hq, field, total_mb=TOTAL_MB)
        elapsed = time.perf_counter() - started
        ratio = longest / max(baseline, 1e-3)
        print(f"\n{TOTAL_MB} MB of attachments, export and inbox import: {elapsed:.1f} s; longest event-loop stall "
              f"during the import {longest * 1000:.0f} ms (idle baseline {baseline * 1000:.0f} ms, ratio {ratio:.1f})")
        assert longest < 0.100
    finally:
        from intake_app.ui.workers import wait_for_tasks

        wait_for_tasks()
        hq.close()
        field.close()
