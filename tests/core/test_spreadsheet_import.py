"""Spreadsheet import: real-world CSV and XLSX files from Korean, Japanese and Chinese offices."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from intake_app.domain import models
from intake_app.domain.models import Case
from intake_app.spreadsheet import reading
from intake_app.spreadsheet.dates import DateProblem, read_date
from intake_app.spreadsheet.importer import run_import
from intake_app.spreadsheet.mapping import Mapping, MappingError, match_value, suggest_value
from intake_app.spreadsheet.plan import make_plan
from intake_app.vault.records import RecordStore
from tests.core.helpers import make_case

# A Korean office's export from Excel: CP949, headers in Korean, values as the app's Korean labels, a
# blank line, trailing spaces, one column the app has no field for, and a short-hand for sex.
KOREAN_CASES = (
    "번호,가명,성별,출생연도,출신지,상황,취약성,생년월일,담당자 메모\r\n"
    "\r\n"
    "K1,김순희 ,여,1979,함경북도 ,중국에서 은신 중,\"아동, 임신부\",1979-02-03,메모 하나\r\n"
    "K2,박영철,남,1983,양강도,이동 중,,,\r\n"
    ",,,,,,,,\r\n"
    "K3, 이정숙,여,,평안북도,제3국 도착,노인,,\r\n"
)
KOREAN_AID = (
    "사례,날짜,분류,품목,수량,단위,금액,통화\r\n"
    "K1,2019년 3월 5일,식량,쌀,10,킬로그램(kg),300,중국 위안(CNY)\r\n"
    "K1,2019.03.07,의약품,진통제,2,팩,,\r\n"
    "K2,2019/3/9,의류 ,겨울 외투,1,개,,\r\n"
    "K3,2019-03-10,통신 수단,휴대전화,1,개,450,CNY\r\n"
)
# Headers the app shows differently (출신지 for 출신 지역, …) are mapped once, as a user would in the wizard.
KOREAN_MAPPING = {"format": 1,
                  "columns": {"case": {"번호": "ref", "출생연도": "birth_year", "출신지": "province_of_origin",
                                       "상황": "situation", "취약성": "vulnerabilities", "생년월일": "birth_date",
                                       "담당자 메모": None},
                              "aid": {"사례": "case_ref", "품목": "item"}},
                  "values": {"sexes": {"여": "female", "남": "male"}}}


def _write(tmp_path: Path, name: str, text: str, encoding: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _import(vault, path: Path, mapping: Mapping | None = None, *, dry_run: bool = False, **kw):
    sheet = reading.read_spreadsheet(path, **kw)
    return run_import(vault, make_plan(sheet, mapping or Mapping()), dry_run=dry_run)


def test_korean_cp949_cases_and_aid_import_after_mapping(vault, tmp_path: Path) -> None:
    cases = _write(tmp_path, "사례.csv", KOREAN_CASES, "cp949")
    sheet = reading.read_spreadsheet(cases)
    assert sheet.encoding == "cp949"
    # Without a mapping only the app's own labels map by themselves; every other header is an error
    # that names its column (with a suggestion where one is close).
    plan = make_plan(sheet, Mapping(record_type="case"))
    assert {p.column for p in plan.problems} == {"번호", "출생연도", "출신지", "상황", "취약성", "생년월일",
                                                 "담당자 메모"}
    assert "Birth year" in next(p.text() for p in plan.problems if p.column == "출생연도")  # the suggestion
    mapping = Mapping.from_json({**KOREAN_MAPPING, "type": "case"})
    report = run_import(vault, make_plan(sheet, mapping))
    assert report.ok, [p.text() for p in report.problems]
    assert report.added["case"] == 3
    assert report.identifying_columns == ["생년월일"]
    store = RecordStore(vault)
    by_alias = {c.alias: c for c in store.list("case")}
    assert set(by_alias) == {"김순희", "박영철", "이정숙"}  # trailing and leading spaces gone
    kim = by_alias["김순희"]
    assert isinstance(kim, Case)
    assert (kim.sex, kim.birth_year, kim.province_of_origin, kim.situation) == (
        "female", 1979, "north_hamgyong", "in_hiding_china")
    assert kim.vulnerabilities == ["child", "pregnant"] and kim.birth_date == "1979-02-03"
    assert by_alias["이정숙"].situation == "third_country"

    codes = {c.alias: c.code for c in store.list("case")}
    aid_text = KOREAN_AID.replace("K1,", f"{codes['김순희']},").replace("K2,", f"{codes['박영철']},").replace(
        "K3,", f"{codes['이정숙']},")
    aid = _write(tmp_path, "지원.csv", aid_text, "cp949")
    report = _import(vault, aid, Mapping.from_json({**KOREAN_MAPPING, "type": "aid"}))
    assert report.ok, [p.text() for p in report.problems]
    dates = sorted(a.date for a in store.list("aid"))
    assert dates == ["2019-03-05", "2019-03-07", "2019-03-09", "2019-03-10"]  # four ways of writing a day
    rice = next(a for a in store.list("aid") if a.date == "2019-03-05")
    assert (rice.category, rice.items[0].unit, rice.value, rice.currency) == ("food", "kg", 300, "CNY")


# A Japanese office: Shift_JIS, cases and testimonies in one sheet told apart by a 種類 column.
JAPANESE_MIXED = (
    "種類,番号,仮名,性別,状況,証言者,面談日,聞き手,言語,情報源,証言,同意,同意方法,人権侵害,事件の日付,加害者\r\n"
    "ケース,J1,花子,女性,中国で潜伏中,,,,,,,,,,,\r\n"
    "証言,,,,,J1,2020年4月2日,職員A,日本語,直接の体験,集結所で殴られた。,証言の保管、本部との共有,口頭,拷問・強制送還,2019年3月,保衛部\r\n"
    "\r\n"
    "証言,,,,,J1,2020/04/03,職員A,韓国・朝鮮語,目撃,二度目の聞き取り。,証言の保管,書面,公開処刑,2018年頃,\r\n"
)


JAPANESE_MAPPING = {"format": 1, "type_column": "種類",
                    "columns": {"case": {"番号": "ref", "状況": "situation"},
                                "testimony": {"証言者": "witness_ref", "面談日": "interview_date",
                                              "聞き手": "interviewer", "証言": "narrative", "同意": "consents",
                                              "同意方法": "consent_method", "人権侵害": "violation_types"}}}


def test_japanese_shift_jis_mixed_sheet_with_a_type_column(vault, tmp_path: Path) -> None:
    path = _write(tmp_path, "記録.csv", JAPANESE_MIXED, "shift_jis")
    assert reading.read_spreadsheet(path).encoding == "cp932"
    report = _import(vault, path, Mapping.from_json(JAPANESE_MAPPING))
    assert report.ok, [p.text() for p in report.problems]
    assert report.added == {"case": 1, "aid": 0, "testimony": 2}
    store = RecordStore(vault)
    (case,) = store.list("case")
    testimonies = sorted(store.list("testimony"), key=lambda t: t.interview_date)
    first, second = testimonies
    assert isinstance(first, models.Testimony) and isinstance(second, models.Testimony)
    assert first.witness_case_id == case.id and first.language == "ja" and first.source_type == "direct"
    assert [c.scope for c in first.consents] == ["store", "share_hq"] and first.consents[0].method == "oral"
    incident = first.incidents[0]
    assert incident.violation_types == ["torture", "refoulement"]
    assert (incident.date.value, incident.date.precision) == ("2019-03", "month")  # 2019年3月
    assert incident.perpetrator == "state_security"  # 保衛部, the short name inside the label
    assert (second.incidents[0].date.value, second.incidents[0].date.precision) == ("2018", "approximate")


def test_chinese_gb18030_and_utf8_with_bom_are_recognised(vault, tmp_path: Path) -> None:
    text = "化名,性别,籍贯,状况\r\n小花,女性,咸镜北道,在中国藏匿\r\n大明,男性,两江道,转移中\r\n"
    gb = _write(tmp_path, "gb.csv", text, "gb18030")
    assert reading.read_spreadsheet(gb).encoding == "gb18030"
    bom = _write(tmp_path, "bom.csv", text, "utf-8-sig")
    sheet = reading.read_spreadsheet(bom)
    assert sheet.encoding == "utf-8-sig" and sheet.tables[0].headers[0] == "化名"
    semicolons = _write(tmp_path, "semi.csv", text.replace(",", ";"), "utf-8")
    assert reading.read_spreadsheet(semicolons).delimiter == ";"


def test_unknown_encoding_asks_for_encoding(tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_bytes(b"alias,sex\r\n\x80\xff\x80,female\r\n")
    with pytest.raises(reading.EncodingUnsure) as caught:
        reading.read_spreadsheet(path)
    assert "--encoding" in caught.value.message
    assert reading.read_spreadsheet(path, encoding="latin-1").encoding == "latin-1"


def test_a_bad_row_aborts_with_its_row_number_and_nothing_is_written(vault, tmp_path: Path) -> None:
    make_case(RecordStore(vault), "already here")
    with vault.reading() as conn:
        audit_before = conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    text = ("alias,sex,situation,birth year\n"
            "Good one,female,unknown,1980\n"
            "\n"
            "Bad sex,femme fatale,unknown,1981\n"
            "Bad year,male,unknown,nineteen\n"
            "Fine too,male,unknown,1990\n")
    path = _write(tmp_path, "cases.csv", text, "utf-8")
    report = _import(vault, path, Mapping(record_type="case"))
    assert not report.ok and report.added["case"] == 0
    assert [(p.row, p.column) for p in report.problems] == [(4, "sex"), (5, "birth year")]
    assert "femme fatale" in report.problems[0].text() and "Row 4" in report.problems[0].text()
    with vault.reading() as conn:
        assert conn.execute("SELECT count(*) FROM audit").fetchone()[0] == audit_before
    assert RecordStore(vault).count("case") == 1
    vault.close()
    # Nothing new is in the vault, as a fresh unlock sees it.
    from intake_app.vault.vault import Vault
    from tests.conftest import PASSPHRASE

    again = Vault.open(vault.base, passphrase=PASSPHRASE)
    try:
        assert RecordStore(again).count("case") == 1
    finally:
        again.close()


def test_dry_run_checks_everything_previews_and_writes_nothing(vault, tmp_path: Path) -> None:
    path = _write(tmp_path, "cases.csv", "alias,sex,legal name\nA,female,Secret Name\nB,male,\n", "utf-8")
    report = _import(vault, path, Mapping(record_type="case"), dry_run=True)
    assert report.ok and report.added["case"] == 2
    assert RecordStore(vault).count("case") == 0
    assert [r.row for r in report.preview] == [2, 3]
    shown = dict(report.preview[0].fields)
    assert "Secret Name" not in str(report.preview)  # identifying values are hidden in the preview
    assert shown["Alias"] == "A" and report.identifying_columns == ["legal name"]


def _xlsx_with_formula(tmp_path: Path) -> Path:
    book = openpyxl.Workbook()
    cases = book.active
    cases.title = "사례"
    cases.append(["2019년 지원 대상자 명단"])          # a title row merged across the table
    cases.merge_cells("A1:E1")
    cases.append(["번호", "가명", "성별", "출생 정보", None])
    cases.append([None, None, None, "출생연도", "생년월일"])
    cases.merge_cells("A2:A3")
    cases.merge_cells("B2:B3")
    cases.merge_cells("C2:C3")
    cases.merge_cells("D2:E2")                          # a group header over two columns
    cases.append(["X1", "김순희  ", "여성", 424242, dt.datetime(1979, 2, 3)])
    cases.append([None, None, None, None, None])
    cases.append(["X2", "박영철", "남성", 1983, None])
    aid = book.create_sheet("지원")
    aid.append(["사례", "날짜", "분류", "품목", "수량", "단위"])
    aid.append(["X1", dt.datetime(2019, 3, 5), "식량", "쌀", 10, "kg"])
    aid.append(["X2", "2019年3月6日", "food", "rice", 5.5, "킬로그램(kg)"])
    buffer = io.BytesIO()
    book.save(buffer)
    # A formula cell with the value Excel saved for it (1979): reading it must give 1979, never 2.
    patched = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, zipfile.ZipFile(patched, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data, n = re.subn(rb'<c r="D4"( t="n")?><v>424242</v></c>', b'<c r="D4"><f>1+1</f><v>1979</v></c>',
                                  data)
                assert n == 1
            dst.writestr(item, data)
    path = tmp_path / "명단.xlsx"
    path.write_bytes(patched.getvalue())
    return path


def test_xlsx_sheets_merged_headers_and_cached_formula_values(vault, tmp_path: Path) -> None:
    path = _xlsx_with_formula(tmp_path)
    sheet = reading.read_spreadsheet(path)
    cases_table = sheet.tables[0]
    assert cases_table.headers == ["번호", "가명", "성별", "출생연도", "생년월일"]
    assert cases_table.header_row == 3 and [r.number for r in cases_table.rows] == [4, 6]
    mapping = Mapping.from_json({"format": 1, "columns": {
        "case": {"번호": "ref", "출생연도": "birth_year", "생년월일": "birth_date"},
        "aid": {"사례": "case_ref", "품목": "item"}}})
    report = run_import(vault, make_plan(sheet, mapping))
    assert report.ok, [p.text() for p in report.problems]
    assert report.added == {"case": 2, "aid": 2, "testimony": 0}
    store = RecordStore(vault)
    kim = next(c for c in store.list("case") if c.alias == "김순희")
    assert kim.birth_year == 1979 and kim.birth_date == "1979-02-03"   # cached value, not 1+1
    quantities = sorted(a.items[0].quantity for a in store.list("aid"))
    assert quantities == [5.5, 10]


def test_xlsx_that_is_not_one_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(reading.SpreadsheetError):
        reading.read_spreadsheet(path)


def test_mapping_round_trips_and_bad_mappings_are_refused() -> None:
    mapping = Mapping.from_json(KOREAN_MAPPING)
    again = Mapping.loads(mapping.dumps())
    assert again.columns == mapping.columns and again.values == mapping.values
    with pytest.raises(MappingError):
        Mapping.from_json({"format": 1, "columns": {"case": {"성별": "gender"}}})
    with pytest.raises(MappingError):
        Mapping.from_json({"format": 1, "values": {"sexes": {"여": "woman"}}})
    with pytest.raises(MappingError):
        Mapping.loads("{not json")
    schema = json.loads((Path(__file__).resolve().parents[2] / "schemas/spreadsheet-mapping.schema.json").read_text())
    assert schema["properties"]["format"] == {"const": 1}


def test_values_map_by_label_in_every_language_and_suggest_when_close() -> None:
    for text in ("north_hamgyong", "North Hamgyong", "함경북도", "咸鏡北道", "咸镜北道", "  north  hamgyong "):
        assert match_value("dprk_provinces", text) == "north_hamgyong"
    assert match_value("dprk_provinces", "함경북") is None      # close, but only a suggestion
    assert suggest_value("dprk_provinces", "함경북") == "north_hamgyong"


@pytest.mark.parametrize(("text", "value", "precision"), [
    ("2019年3月", "2019-03", "month"), ("2019.03", "2019-03", "month"), ("2019-03-14", "2019-03-14", "day"),
    ("2019년 3월 14일", "2019-03-14", "day"), ("2019年3月14日", "2019-03-14", "day"), ("2019", "2019", "year"),
    ("2019년", "2019", "year"), ("약 2019년", "2019", "approximate"), ("March 2019", "2019-03", "month"),
    ("25/12/2019", "2019-12-25", "day"), (2019.1, "2019-10", "month"), (dt.date(2020, 1, 2), "2020-01-02", "day"),
])
def test_dates_are_read_with_their_precision(text, value, precision) -> None:
    found = read_date(text)
    assert (found.value, found.precision) == (value, precision)


@pytest.mark.parametrize("text", ["03/04/2019", "2019-02-30", "2019-13", "yesterday"])
def test_unclear_dates_are_refused_never_guessed(text) -> None:
    with pytest.raises(DateProblem):
        read_date(text)


def test_xlsx_with_xml_entities_is_refused(tmp_path: Path) -> None:
    """A sheet that defines XML entities (the 'billion laughs' bomb) is refused, never expanded."""
    book = openpyxl.Workbook()
    book.active.append(["alias"])
    book.active.append(["A"])
    buffer = io.BytesIO()
    book.save(buffer)
    bomb = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            b'<row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>')
    patched = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, zipfile.ZipFile(patched, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, bomb if item.filename == "xl/worksheets/sheet1.xml" else src.read(item.filename))
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(patched.getvalue())
    with pytest.raises(reading.SpreadsheetError):
        reading.read_spreadsheet(path)
