"""`records import`: the documented example imports; a bad line writes nothing and names itself."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intake_app.vault.jsonl_import import ImportLineError, import_jsonl
from intake_app.vault.records import RecordStore
from intake_app.vault.vault import Vault

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "records.jsonl"


def test_documented_example_imports(vault: Vault) -> None:
    added = import_jsonl(vault, EXAMPLE.read_bytes().splitlines())
    assert added == {"case": 2, "aid": 2, "testimony": 1}
    store = RecordStore(vault)
    child = store.list("case", order="label")[0]
    assert child.alias == "Little Pine"  # type: ignore[attr-defined]
    mother_id = child.household[0].case_id  # type: ignore[attr-defined]
    assert store.get(mother_id).alias == "Magpie"  # type: ignore[union-attr]


@pytest.mark.parametrize(("bad_line", "reason"), [
    ("{not json", "JSON"),
    ('{"type": "case", "alias": "X", "alias": "Y", "sex": "female", "situation": "unknown"}', "JSON"),
    ('{"type": "case", "alias": "X", "sex": "female", "situation": "unknown", "birth_year": NaN}', "JSON"),
    ('["a list"]', "object"),
    ('{"type": "spaceship"}', "type"),
    ('{"type": "case", "alias": "X", "sex": "female", "situation": "on_the_moon"}', "situation"),
    ('{"type": "aid", "case_ref": "NOPE", "date": "2026-01-01", "category": "food", "items": []}',
     "NOPE"),
    ('{"type": "case", "alias": "X", "sex": "female", "situation": "unknown", "favourite_colour": "red"}',
     "favourite_colour"),
    ('{"type": "case", "alias": "X", "sex": "female", "situation": "unknown", "version": 3}', "version"),
    ('{"type": "case", "alias": "X", "sex": "female", "situation": "unknown", "notes": ' + "[" * 40 + "]" * 40 + "}",
     "deep"),
])
def test_bad_line_is_named_and_nothing_written(vault: Vault, bad_line: str, reason: str) -> None:
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    lines.insert(3, bad_line)
    with pytest.raises(ImportLineError) as err:
        import_jsonl(vault, lines)
    assert err.value.line_no == 4
    assert reason.lower() in err.value.message.lower()
    assert RecordStore(vault).counts() == {"case": 0, "aid": 0, "testimony": 0, "attachment": 0}


def test_reference_to_existing_case_by_code(vault: Vault) -> None:
    import_jsonl(vault, EXAMPLE.read_bytes().splitlines()[:1])
    code = RecordStore(vault).list("case")[0].code  # type: ignore[attr-defined]
    line = json.dumps({"type": "aid", "case_code": code.lower(), "date": "2026-03-01", "category": "medicine",
                       "items": [{"name": "antibiotics", "quantity": 1, "unit": "pack"}]})
    assert import_jsonl(vault, [line])["aid"] == 1
