"""The bundle subcommands end to end: export, import, conflicts, receipt, purge (exit codes and output)."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake_app.cli import main
from tests.conftest import PASSPHRASE
from tests.core.bundle_helpers import add_records, make_field, make_hq


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_export_import_receipt_purge(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    hq, profile = make_hq(tmp_path / "hq")
    field_vault = make_field(tmp_path / "field", hq, profile)
    add_records(field_vault, 2)
    device = field_vault.info.device_id
    field_vault.close()
    hq.close()
    pw = tmp_path / "pw.txt"
    pw.write_text(PASSPHRASE + "\n", encoding="utf-8")
    at_field = ["--data-dir", str(tmp_path / "field"), "--passphrase-file", str(pw)]
    at_hq = ["--data-dir", str(tmp_path / "hq"), "--passphrase-file", str(pw)]
    stick = tmp_path / "stick"
    stick.mkdir()

    code, out, err = run(capsys, "export", "--out", str(stick), *at_field)
    assert code == 0, err
    bundle = Path(out.strip())
    assert bundle.parent == stick and bundle.exists() and "1 bundle written" in err

    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"not a bundle at all")
    code, out, err = run(capsys, "import", str(bundle), str(junk), *at_hq)
    lines = out.strip().split("\n")
    assert code == 1 and len(lines) == 2
    assert lines[0].startswith(f"{bundle.name}: imported bundle 1 of device {device}")
    assert lines[1].startswith("junk.bin: refused: ")
    code, out, _err = run(capsys, "import", str(bundle), *at_hq)
    assert code == 0 and "already imported" in out

    code, out, err = run(capsys, "conflicts", "list", *at_hq)
    assert code == 0 and out == "" and "0 conflicts" in err
    code, _out, err = run(capsys, "conflicts", "resolve", "7", "--keep", "x:1", *at_hq)
    assert code == 1 and "no conflict 7" in err

    receipt = tmp_path / "receipt.json"
    code, out, err = run(capsys, "receipt", "create", "--device", device, "--out", str(receipt), *at_hq)
    assert code == 0 and receipt.exists(), err
    code, out, err = run(capsys, "receipt", "import", str(receipt), *at_field)
    assert code == 0 and "5 records marked delivered" in out, err
    code, out, err = run(capsys, "receipt", "import", str(receipt), *at_hq)
    assert code == 2  # wrong kind of vault

    code, out, _err = run(capsys, "purge", "--delivered", "--yes", *at_field)
    assert code == 0 and "No delivered record is old enough" in out  # the 30-day delay
    code, out, err = run(capsys, "export", "--out", str(stick), *at_field)
    assert code == 0 and out == "" and "Nothing changed" in err
