"""The headless CLI, driven in-process like a user at a terminal (exit codes and messages)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from intake_app.cli import main
from tests.conftest import PASSPHRASE

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "records.jsonl"


@pytest.fixture
def pwfile(tmp_path: Path) -> Path:
    path = tmp_path / "pw.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def init(capsys: pytest.CaptureFixture[str], data: Path, pwfile: Path) -> str:
    code, out, _err = run(capsys, "--data-dir", str(data), "--passphrase-file", str(pwfile), "init")
    assert code == 0, out
    match = re.search(r"([A-Z2-7]{4}(?:-[A-Z2-7]{4}){7})", out)
    assert match, out
    return match.group(1)


def test_init_import_count_search_verify(capsys: pytest.CaptureFixture[str], tmp_path: Path, pwfile: Path) -> None:
    data = tmp_path / "vault"
    init(capsys, data, pwfile)
    common = ["--data-dir", str(data), "--passphrase-file", str(pwfile)]
    code, out, err = run(capsys, "records", "import", str(EXAMPLE), *common)
    assert code == 0, err
    assert out.strip() == "Imported 2 cases, 2 aid distributions and 1 testimony."
    assert run(capsys, "records", "count", "--type", "aid", *common)[:2] == (0, "2\n")
    code, out, err = run(capsys, "records", "search", "onsong", *common)
    assert code == 0 and out.count("testimony") == 1 and "1" in err
    code, out, _ = run(capsys, "records", "search", "--category", "clothing", *common)
    assert out.count("\n") == 1
    # The taxonomy's words in any language, and a case's alias for her aid and testimony too.
    code, out, err = run(capsys, "records", "search", "고문", *common)
    assert code == 0 and out.count("testimony") == 1 and err.strip() == "1 record found. (1 testimony)"
    code, out, err = run(capsys, "records", "search", "Magpie", *common)
    assert code == 0 and err.strip() == "3 records found. (1 case, 1 aid distribution, 1 testimony)"
    code, out, _ = run(capsys, "verify", *common)
    assert code == 0 and "FAILED" not in out


def test_init_refuses_existing_vault(capsys: pytest.CaptureFixture[str], tmp_path: Path, pwfile: Path) -> None:
    data = tmp_path / "vault"
    init(capsys, data, pwfile)
    code, _out, err = run(capsys, "--data-dir", str(data), "--passphrase-file", str(pwfile), "init")
    assert code != 0 and "already" in err


def test_bad_import_line_exits_2_and_writes_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                    pwfile: Path) -> None:
    data = tmp_path / "vault"
    init(capsys, data, pwfile)
    bad = tmp_path / "bad.jsonl"
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace('"food"', '"caviar"')
    bad.write_text("\n".join(lines), encoding="utf-8")
    common = ["--data-dir", str(data), "--passphrase-file", str(pwfile)]
    code, _out, err = run(capsys, "records", "import", str(bad), *common)
    assert code == 2 and "Line 3" in err and "category" in err
    assert run(capsys, "records", "count", "--type", "case", *common)[1] == "0\n"


def test_wrong_passphrase_exits_nonzero(capsys: pytest.CaptureFixture[str], tmp_path: Path, pwfile: Path) -> None:
    data = tmp_path / "vault"
    init(capsys, data, pwfile)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("definitely not it\n", encoding="utf-8")
    code, _out, err = run(capsys, "verify", "--data-dir", str(data), "--passphrase-file", str(wrong))
    assert code == 1 and "not correct" in err


def test_passphrase_change_and_recovery_key_file(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                  pwfile: Path) -> None:
    data = tmp_path / "vault"
    recovery = init(capsys, data, pwfile)
    newpw = tmp_path / "new.txt"
    newpw.write_text("quiet mountain ferry lantern 9\n", encoding="utf-8")
    code, _out, err = run(capsys, "passphrase", "change", "--data-dir", str(data), "--passphrase-file", str(pwfile),
                          "--new-passphrase-file", str(newpw))
    assert code == 0, err
    assert run(capsys, "verify", "--data-dir", str(data), "--passphrase-file", str(pwfile))[0] == 1
    assert run(capsys, "verify", "--data-dir", str(data), "--passphrase-file", str(newpw))[0] == 0
    rk = tmp_path / "rk.txt"
    rk.write_text(recovery + "\n", encoding="utf-8")
    assert run(capsys, "verify", "--data-dir", str(data), "--recovery-key-file", str(rk))[0] == 0


def test_weak_new_passphrase_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path, pwfile: Path) -> None:
    data = tmp_path / "vault"
    init(capsys, data, pwfile)
    weak = tmp_path / "weak.txt"
    weak.write_text("password1\n", encoding="utf-8")
    code, _out, err = run(capsys, "passphrase", "change", "--data-dir", str(data), "--passphrase-file", str(pwfile),
                          "--new-passphrase-file", str(weak))
    assert code == 2 and err.strip()


def test_passphrase_from_stdin_in_a_real_process(tmp_path: Path) -> None:
    data = tmp_path / "vault"
    env_cmd = [sys.executable, "-m", "intake_app", "--data-dir", str(data), "--passphrase-file", "-"]
    done = subprocess.run([*env_cmd, "init"], input=PASSPHRASE + "\n", capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr
    done = subprocess.run([*env_cmd, "records", "count"], input=PASSPHRASE + "\n", capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0 and "case\t0" in done.stdout
    assert "PySide6" not in done.stderr


def test_messages_follow_the_language(capsys: pytest.CaptureFixture[str], tmp_path: Path, pwfile: Path) -> None:
    code, _out, err = run(capsys, "--lang", "ko", "--data-dir", str(tmp_path / "none"), "--passphrase-file",
                          str(pwfile), "verify")
    assert code == 1
    assert re.search(r"[\uac00-\ud7a3]", err), err  # Hangul


def test_demo_no_gui(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "demo", "--no-gui", "--cases", "20")
    assert code == 0
    counts = dict(line.split("\t") for line in out.splitlines() if "\t" in line)
    assert int(counts["case"]) == 20 and int(counts["aid"]) > 0
