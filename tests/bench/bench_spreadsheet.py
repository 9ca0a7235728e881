"""Spreadsheet import and backup speed as ratios against the same work done the plainest way in the same
run (`make bench`): the import against JSON Lines import of the same records (which saves through the
same store), the backup against copying the vault's files byte for byte. Nothing here asserts a time.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

from intake_app.spreadsheet.importer import run_import
from intake_app.spreadsheet.mapping import Mapping
from intake_app.spreadsheet.plan import make_plan
from intake_app.spreadsheet.reading import read_spreadsheet
from intake_app.vault.backup import make_backup
from intake_app.vault.files import vault_files
from intake_app.vault.jsonl_import import import_jsonl
from intake_app.vault.vault import Vault
from tests.conftest import PASSPHRASE

N_ROWS = 3_000


def test_spreadsheet_import_against_jsonl(tmp_path: Path) -> None:
    rows = [(f"Person {i}", "female", "in_hiding_china", "north_hamgyong", 1940 + i % 60) for i in range(N_ROWS)]
    csv_path = tmp_path / "cases.csv"
    csv_path.write_text("alias,sex,situation,province of origin,birth year\n"
                        + "\n".join(",".join(str(v) for v in r) for r in rows), encoding="utf-8")
    lines = [json.dumps({"type": "case", "alias": a, "sex": s, "situation": t, "province_of_origin": p,
                         "birth_year": y}) for a, s, t, p, y in rows]
    jsonl_vault, _r = Vault.create(tmp_path / "a", PASSPHRASE)
    with jsonl_vault:
        start = time.perf_counter()
        import_jsonl(jsonl_vault, lines)
        jsonl_s = time.perf_counter() - start
    sheet_vault, _r = Vault.create(tmp_path / "b", PASSPHRASE)
    with sheet_vault:
        start = time.perf_counter()
        report = run_import(sheet_vault, make_plan(read_spreadsheet(csv_path), Mapping(record_type="case")))
        sheet_s = time.perf_counter() - start
        assert report.ok
        stick = tmp_path / "stick"
        stick.mkdir()
        start = time.perf_counter()
        make_backup(sheet_vault, stick)
        backup_s = time.perf_counter() - start
        start = time.perf_counter()
        plain = tmp_path / "plain"
        plain.mkdir()
        for path in vault_files(sheet_vault.base):
            shutil.copyfile(path, plain / path.name)
        copy_s = time.perf_counter() - start
    print(f"\nspreadsheet import of {N_ROWS} rows: {sheet_s / jsonl_s:.2f}x JSON Lines import of the same records "
          f"({N_ROWS / sheet_s:.0f} rows/s)")
    print(f"verified backup: {backup_s / copy_s:.1f}x a plain file copy of the vault (which is neither consistent "
          "nor checked)")
