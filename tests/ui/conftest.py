"""Fixtures shared by the GUI tests."""

from __future__ import annotations

import pytest

from intake_app.sync.profile import ExportPolicy
from intake_app.ui import qt_fixes
from intake_app.ui.workers import wait_for_tasks
from tests.core.bundle_helpers import make_field, make_hq

# pytest-qt calls QApplication.processEvents() after every test: see intake_app/ui/qt_fixes.py.
qt_fixes.install()


@pytest.fixture
def hq_profile(tmp_path):
    """An HQ vault and its deployment profile written to a file, as a field worker would be given it."""
    hq, profile = make_hq(tmp_path / "hq")
    path = tmp_path / "profile.json"
    path.write_bytes(profile)
    yield hq, path
    wait_for_tasks()  # nothing of the test may still be using the vault when it closes
    hq.close()


def _enrolled_pair(tmp_path, policy: ExportPolicy | None = None):  # type: ignore[no-untyped-def]
    hq, profile = make_hq(tmp_path / "hq", policy)
    field = make_field(tmp_path / "field", hq, profile)
    yield hq, field
    wait_for_tasks()  # nothing of the test may still be using the vaults when they close
    hq.close()
    field.close()


@pytest.fixture
def pair(tmp_path):
    """An HQ vault and a field vault enrolled with it, under the default export policy."""
    yield from _enrolled_pair(tmp_path)


@pytest.fixture
def purging_pair(tmp_path):
    """The same, under a profile whose delivered records may be purged at once (no waiting days)."""
    yield from _enrolled_pair(tmp_path, ExportPolicy(purge_delay_days=0))
