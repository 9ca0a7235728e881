"""What the wizard proposes: exact matches marked, synonyms and close matches only suggested."""

from __future__ import annotations

from intake_app.spreadsheet.mapping import Mapping
from intake_app.spreadsheet.plan import make_plan
from intake_app.spreadsheet.reading import read_csv
from intake_app.spreadsheet.suggest import build_mapping, column_choices, value_choices


def test_suggestions_mark_what_is_certain_and_build_a_working_mapping() -> None:
    text = "種類,仮名,性別,状況,備考欄\r\nケース,花子,女性（成人）,中国で潜伏中,メモ\r\n"
    sheet = read_csv(text.encode("utf-8"))
    tables = column_choices(sheet, Mapping())
    (choices,) = tables
    by_header = {c.header: c for c in choices.columns}
    assert choices.record_type is None and by_header["種類"].is_type_column
    assert (by_header["仮名"].field, by_header["仮名"].exact) == ("alias", True)
    assert (by_header["状況"].field, by_header["状況"].exact) == ("situation", False)  # a synonym: to check
    values = value_choices(tables, Mapping())
    sex = next(v for v in values if v.list_name == "sexes")
    assert (sex.text, sex.key, sex.exact) == ("女性（成人）", "female", False)
    mapping = build_mapping(Mapping(), tables, {}, values)
    assert mapping.type_column == "種類"
    plan = make_plan(sheet, mapping)
    assert not plan.problems, [p.text() for p in plan.problems]
