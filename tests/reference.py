"""Reference data and tools the tests compare us with: present, or a failure that says how to get them.

A test that cannot reach its reference (Debian's `age` or `minisign`, the C2SP CCTV vectors) FAILS with a
clear message: on a fresh machine `make test` installs them, so a skip would hide that the comparison never
ran. Only an explicit offline run, `INTAKE_TEST_OFFLINE=1 make test`, turns these failures into skips, and
pytest's summary lists each with its reason.
"""

from __future__ import annotations

import os
import shutil
from typing import NoReturn

import pytest

OFFLINE_VARIABLE = "INTAKE_TEST_OFFLINE"


def offline() -> bool:
    return os.environ.get(OFFLINE_VARIABLE, "") == "1"


def unavailable(what: str, how: str) -> NoReturn:
    """Skip in an offline run, fail otherwise; `what` is missing, `how` says how to get it."""
    if offline():
        pytest.skip(f"{what} ({OFFLINE_VARIABLE}=1: offline run)")
    pytest.fail(f"{what}: {how}, or set {OFFLINE_VARIABLE}=1 for an offline run that skips this test",
                pytrace=False)


def needs_tools(*names: str) -> pytest.MarkDecorator:
    """Mark a test (or, as `pytestmark`, a module) that runs these Debian reference tools."""
    return pytest.mark.reference_tools(*names)


def check_tools(names: tuple[str, ...]) -> None:
    missing = [name for name in names if shutil.which(name) is None]
    if missing:
        unavailable(f"the reference tool{'s' if len(missing) > 1 else ''} {' and '.join(missing)} "
                    f"{'are' if len(missing) > 1 else 'is'} not installed",
                    "`make test-deps` installs Debian's packages (`make test` does it first)")
