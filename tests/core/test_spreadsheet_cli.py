"""`records import FILE.csv|FILE.xlsx` and `backup` / `restore` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intake_app.cli import main
from tests.conftest import PASSPHRASE


@pytest.fixture
def common(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    pw = tmp_path / "pw.txt"
    pw.write_text(PASSPHRASE + "\n", encoding="utf-8")
    args = ["--data-dir", str(tmp_path / "vault"), "--passphrase-file", str(pw)]
    assert main(["init", *args]) == 0
    capsys.readouterr()
    return args


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def _count(capsys, common, kind: str) -> str:
    code, out, _err = run(capsys, "records", "count", "--type", kind, *common)
    assert code == 0
    return out.strip()


def test_without_mapping_recognised_columns_import_and_the_mapping_is_printed(capsys, tmp_path, common) -> None:
    path = tmp_path / "cases.csv"
    path.write_bytes("가명,성별,현재 상황\r\n김순희,여성,중국에서 은신 중\r\n".encode("cp949"))
    code, out, err = run(capsys, "records", "import", str(path), "--type", "case", *common)
    assert code == 0, err
    printed = json.loads(out[out.index("{"): out.rindex("}") + 1])
    assert printed["columns"]["case"] == {"가명": "alias", "성별": "sex", "현재 상황": "situation"}
    assert printed["values"]["sexes"] == {"여성": "female"}
    assert "1 case" in out and "SSD" in err
    assert _count(capsys, common, "case") == "1"
    # The printed mapping is a valid --mapping file.
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps(printed, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "records", "import", str(path), "--mapping", str(mapping), "--dry-run", *common)
    assert code == 0, err
    assert "nothing was written" in out and _count(capsys, common, "case") == "1"


def test_an_unmapped_column_is_an_error_naming_it(capsys, tmp_path, common) -> None:
    path = tmp_path / "cases.csv"
    path.write_text("alias,sex,situation,favourite colour\nA,female,unknown,blue\n", encoding="utf-8")
    code, _out, err = run(capsys, "records", "import", str(path), "--type", "case", *common)
    assert code == 2 and "favourite colour" in err and "nothing was written" in err
    assert _count(capsys, common, "case") == "0"


def test_a_bad_row_is_named_and_nothing_is_written(capsys, tmp_path, common) -> None:
    path = tmp_path / "aid.csv"
    path.write_text("alias,sex,situation\nA,female,unknown\nB,female,on the moon\n", encoding="utf-8")
    code, _out, err = run(capsys, "records", "import", str(path), "--type", "case", *common)
    assert code == 2 and "Row 3" in err and "situation" in err
    assert _count(capsys, common, "case") == "0"


def test_encoding_must_be_named_when_unsure_and_options_need_a_spreadsheet(capsys, tmp_path, common) -> None:
    path = tmp_path / "odd.csv"
    path.write_bytes(b"alias,sex\r\n\x80\xff\x80,female\r\n")
    code, _out, err = run(capsys, "records", "import", str(path), "--type", "case", *common)
    assert code == 2 and "--encoding" in err
    jsonl = tmp_path / "r.jsonl"
    jsonl.write_text("", encoding="utf-8")
    code, _out, err = run(capsys, "records", "import", str(jsonl), "--dry-run", *common)
    assert code == 2 and ".csv" in err


def test_backup_and_restore_commands(capsys, tmp_path, common) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    code, out, err = run(capsys, "backup", "--out", str(stick), *common)
    assert code == 0, err
    (made,) = list(stick.iterdir())
    assert str(made) in out
    code, _out, err = run(capsys, "restore", str(made), *common)  # the vault is there: refused
    assert code == 1 and "never writes over" in err
    other = ["--data-dir", str(tmp_path / "new"), *common[2:]]
    code, out, err = run(capsys, "restore", str(made), *other)
    assert code == 0, err
    assert "today" in out
    assert run(capsys, "verify", *other)[0] == 0
