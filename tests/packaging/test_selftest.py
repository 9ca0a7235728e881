"""`intake-app --self-test` from source: the same checks the installers run on the frozen app."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from intake_app import selftest

ROOT = Path(__file__).resolve().parents[2]
CHECK_NAMES = [name for name, _check in selftest.CHECKS]


def _clean_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("INTAKE_", "XDG_")) and k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    home = tmp_path / "home"
    home.mkdir()
    temp = tmp_path / "tmp"
    temp.mkdir()
    env.update(HOME=str(home), TMPDIR=str(temp), QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8",
               PYTHONDONTWRITEBYTECODE="1", **extra)
    return env


def test_self_test_passes_from_source_and_leaves_nothing_behind(tmp_path: Path) -> None:
    # The insecure test KDF must not make the self-test's vault cheaper: it uses the real defaults.
    env = _clean_env(tmp_path, INTAKE_INSECURE_TEST_KDF="1")
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "intake_app", "--self-test"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60, check=False)
    elapsed = time.monotonic() - started
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stdout + done.stderr
    assert lines[0].startswith("Field Intake ") and "self-test" in lines[0]
    assert lines[-1].startswith("OK")
    for name in CHECK_NAMES:
        assert any(line.split()[:2] == ["ok", name] for line in lines), (name, done.stdout)
    assert "Argon2id 256 MiB, t=3, p=4" in done.stdout
    assert "platform plugin offscreen" in done.stdout
    assert elapsed < 30, f"the self-test took {elapsed:.1f} s"
    # The private temporary folder is gone, and no data folder was made in the user's home.
    assert list((tmp_path / "tmp").iterdir()) == []
    assert not list((tmp_path / "home").rglob("field-intake"))


def test_a_failing_check_is_named_and_gives_exit_code_1(tmp_path: Path) -> None:
    def broken(ctx: object) -> str:
        raise RuntimeError("deliberately broken")

    lines: list[str] = []
    checks = (("sqlcipher", selftest._check_sqlcipher), ("broken", broken), ("taxonomy", selftest._check_taxonomy))
    original = selftest.CHECKS
    selftest.CHECKS = checks
    try:
        code = selftest.run_self_test(out=lines.append)
    finally:
        selftest.CHECKS = original
    assert code == 1
    assert lines[1].startswith("ok    sqlcipher")
    assert lines[2].startswith("FAIL  broken") and "deliberately broken" in lines[2]
    assert lines[3].startswith("ok    taxonomy")  # later checks still run
    assert lines[-1].startswith("FAILED: broken")


def test_checks_that_need_the_vault_say_so_when_it_is_missing(tmp_path: Path) -> None:
    ctx = selftest._Context(work=tmp_path)
    with pytest.raises(selftest.SelfTestError, match="vault check failed"):
        selftest._check_records(ctx)


def test_a_qt_platform_plugin_that_aborts_is_reported_not_fatal(monkeypatch: pytest.MonkeyPatch,
                                                                tmp_path: Path) -> None:
    # Qt aborts the whole process when the platform plugin cannot be loaded: the check runs in a child, so
    # the report survives and names the check.
    monkeypatch.setenv("QT_QPA_PLATFORM", "no-such-platform")
    with pytest.raises(selftest.SelfTestError, match="Qt stopped the process"):
        selftest._check_qt(selftest._Context(work=tmp_path))
