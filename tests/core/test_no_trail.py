"""No activity trail outside the vault: notes stay in memory; a log file only for a failed start."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from intake_app import logging_setup, paths
from intake_app.vault.vault import Vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def fresh_logging():
    logging_setup.configure_logging()
    assert logging_setup._startup_file is not None
    logging_setup._startup_file.armed = True  # as in a new process
    yield paths.log_dir()
    logging_setup._startup_file.armed = False


def _all_files(*roots: Path) -> list[Path]:
    return [p for root in roots if root.exists() for p in root.rglob("*") if p.is_file()]


def test_notes_go_to_memory_not_to_disk(isolated_data_dir: Path, fresh_logging: Path) -> None:
    log = logging.getLogger("intake_app.sync.export")
    log.info("bundle 2 written (20005 records)")
    logging.getLogger("intake_app.ui.controller").warning("panic key")
    assert any("bundle 2 written" in line for line in logging_setup.recent_lines())
    assert not fresh_logging.exists() or not _all_files(fresh_logging)


def test_a_failed_start_is_written_then_nothing_after_a_vault_opens(isolated_data_dir: Path,
                                                                     fresh_logging: Path) -> None:
    log = logging.getLogger("intake_app.ui.app")
    log.error("the display could not start")
    failure = fresh_logging / logging_setup.STARTUP_FAILURE_LOG
    assert "the display could not start" in failure.read_text(encoding="utf-8")
    vault, _ = Vault.create(isolated_data_dir, PASSPHRASE)
    vault.close()
    log.error("device key 0123ABCD rejected after export of 42 records")
    assert "0123ABCD" not in failure.read_text(encoding="utf-8")


def test_a_diary_left_by_an_earlier_version_is_deleted(isolated_data_dir: Path) -> None:
    folder = paths.ensure_private_dir(paths.log_dir())
    (folder / "intake.log").write_text("2026-01-01 INFO vault created (role field)\n", encoding="utf-8")
    logging_setup.configure_logging()
    assert not (folder / "intake.log").exists()


def test_database_times_do_not_say_which_one_is_in_use(isolated_data_dir: Path) -> None:
    import os

    vault, _ = Vault.create(isolated_data_dir, PASSPHRASE)
    vault.close()
    for path in paths.vault_db_paths(isolated_data_dir):
        os.utime(path, (1_000_000, 1_000_000))
    with Vault.open(isolated_data_dir, passphrase=PASSPHRASE) as opened:
        opened.set_meta("touch", "1")
    times = {p.stat().st_mtime_ns for p in paths.vault_db_paths(isolated_data_dir)}
    assert len(times) == 1 and times != {1_000_000 * 10**9}
