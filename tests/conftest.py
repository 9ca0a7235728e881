"""Shared fixtures: every test gets its own data folder, and fast (insecure) KDF settings.

The Argon2id default (256 MiB, 1 s) would make hundreds of vault creations take minutes; the
explicit test setting below is the only way to lower it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "orchid lantern river demo 42"


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    from intake_app import paths

    data = tmp_path / "data"
    monkeypatch.setenv("INTAKE_DATA_DIR", str(data))
    monkeypatch.setenv("INTAKE_INSECURE_TEST_KDF", "1")
    paths.set_data_dir(data)
    yield data
    paths.set_data_dir(None)


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def vault(isolated_data_dir: Path) -> Iterator[object]:
    from intake_app.vault.vault import Vault

    v, _recovery = Vault.create(isolated_data_dir, PASSPHRASE)
    yield v
    v.close()


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[object]:
    """An unlocked headquarters vault beside the test's data folder."""
    from intake_app.vault.vault import Role, Vault

    vault, _recovery = Vault.create(tmp_path / "hq", PASSPHRASE, Role.HQ)
    yield vault
    vault.close()


@pytest.fixture
def field(tmp_path: Path) -> Iterator[object]:
    """An unlocked field vault beside the test's data folder."""
    from intake_app.vault.vault import Role, Vault

    vault, _recovery = Vault.create(tmp_path / "field", PASSPHRASE, Role.FIELD)
    yield vault
    vault.close()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "reference_tools(*names): runs these reference tools (tests/reference.py)")


def pytest_runtest_setup(item: pytest.Item) -> None:
    from tests.reference import check_tools

    for marker in item.iter_markers("reference_tools"):
        check_tools(marker.args)
