"""Fixtures shared by the GUI tests."""

from __future__ import annotations

import pytest

from intake_app.ui import qt_fixes
from tests.core.bundle_helpers import make_hq

# pytest-qt calls QApplication.processEvents() after every test: see intake_app/ui/qt_fixes.py.
qt_fixes.install()


@pytest.fixture
def hq_profile(tmp_path):
    """An HQ vault and its deployment profile written to a file, as a field worker would be given it."""
    hq, profile = make_hq(tmp_path / "hq")
    path = tmp_path / "profile.json"
    path.write_bytes(profile)
    yield hq, path
    from intake_app.ui.workers import wait_for_tasks

    wait_for_tasks()  # nothing of the test may still be using the vault when it closes
    hq.close()
