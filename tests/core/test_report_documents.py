"""The UPR draft, the case file, spreadsheets and the report commands: contents, consent, canaries, bad input."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from intake_app.cli import main
from intake_app.domain.models import Consent
from intake_app.domain.taxonomy import THEMES, load_taxonomy
from intake_app.reports.casefile import build_casefile
from intake_app.reports.dataset import Period
from intake_app.reports.errors import ReportError
from intake_app.reports.records_export import ExportRequest, export_records
from intake_app.reports.tabular import csv_bytes, escape_cell
from intake_app.reports.upr import build_upr
from intake_app.vault.records import RecordStore
from intake_app.vault.search import SearchQuery
from tests.core.helpers import make_case, make_testimony

CANARY = "CANARY-91bd"
PERIOD = Period("1990-01-01", "2026-12-31")
UN = Consent("un_mechanisms", True, "2026-03-02", "oral")
STATS = Consent("anonymised_stats", True, "2026-03-02", "oral")


@pytest.fixture
def seeded(vault: object) -> dict[str, str]:
    store = RecordStore(vault)  # type: ignore[arg-type]
    ids: dict[str, str] = {}
    for n in range(6):
        case = make_case(store, f"소나무 {n}", legal_name=f"{CANARY} legal", phone=f"{CANARY} phone",
                         address=f"{CANARY} address", birth_date="1980-01-01")
        t = make_testimony(store, case.id, narrative=f"그녀는 구류장에서 맞았다 — 拘留所で殴られた {n}",
                           consents=[STATS, UN] if n < 3 else [STATS])
        ids[f"t{n}"] = t.id
    return ids


def test_docx_has_the_ten_theme_headings_in_the_seed_order(vault: object, seeded: dict[str, str]) -> None:
    from docx import Document

    draft = build_upr(vault, PERIOD, excerpts=[seeded["t0"]], organisations=["Example NGO"])  # type: ignore[arg-type]
    doc = Document(io.BytesIO(draft.data))
    taxonomy = load_taxonomy()
    expected = [f"{n}. {taxonomy.label(THEMES, t.key, 'en')}" for n, t in enumerate(taxonomy.themes, 1)]
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1" and p.text[:1].isdigit()]
    assert headings == expected
    assert sum(p.text == "Recommendations" for p in doc.paragraphs) == 10
    assert any(p.style.name == "List Number" for p in doc.paragraphs)
    assert any("拘留所" in p.text for p in doc.paragraphs)        # the chosen excerpt
    assert draft.pages >= 1
    assert len(doc.inline_shapes) >= 1                           # the chart of the theme with records
    with zipfile.ZipFile(io.BytesIO(draft.data)) as z:
        for name in z.namelist():
            assert CANARY.encode() not in z.read(name)


def test_an_excerpt_without_un_or_publication_consent_is_refused(vault: object, seeded: dict[str, str]) -> None:
    with pytest.raises(ReportError):
        build_upr(vault, PERIOD, excerpts=[seeded["t4"]])  # type: ignore[arg-type]


def pdf_text(data: bytes) -> str:
    import pypdfium2

    doc = pypdfium2.PdfDocument(data)
    return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))


def test_case_file_text_has_provenance_and_cjk(vault: object, seeded: dict[str, str]) -> None:
    data = build_casefile(vault, [seeded["t0"], seeded["t1"]])  # type: ignore[arg-type]
    text = pdf_text(data)
    for field in ("Provenance", "Record id", "Origin device", "Version", "Audit chain position", seeded["t0"]):
        assert field in text
    assert "구류장" in text and "拘留所" in text
    assert CANARY not in text                                     # not confirmed: no identifying details


def test_case_file_first_page_has_the_cover_and_starts_the_first_testimony(vault: object,
                                                                          seeded: dict[str, str]) -> None:
    import pypdfium2

    data = build_casefile(vault, [seeded["t0"], seeded["t1"]], identify={seeded["t1"]},  # type: ignore[arg-type]
                          organisation="Example NGO")
    doc = pypdfium2.PdfDocument(data)
    first = doc[0].get_textpage().get_text_range()
    for field in ("Case file for a United Nations human rights mechanism", "Prepared by", "Example NGO",
                  "Prepared on", "Testimonies: 2", "Contents", "CONFIDENTIAL", "Testimony 1 of 2",
                  "Witness (alias)", "Interview date"):
        assert field in first, field
    assert "소나무" in first                                      # Korean prints on the first page too
    assert "Page 1 of" in first
    assert "Testimony 2 of 2" not in first                        # the second starts a page of its own


def test_case_file_identifying_details_only_for_confirmed_records(vault: object, seeded: dict[str, str]) -> None:
    text = pdf_text(build_casefile(vault, [seeded["t0"], seeded["t1"]], identify={seeded["t1"]}))  # type: ignore[arg-type]
    assert text.count(f"{CANARY} legal") == 1 and "CONFIDENTIAL" in text


def test_case_file_refuses_a_testimony_without_un_consent(vault: object, seeded: dict[str, str]) -> None:
    with pytest.raises(ReportError):
        build_casefile(vault, [seeded["t0"], seeded["t5"]])  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["=HYPERLINK(\"x\")", "+1+1", "-2", "@SUM(A1)", "\tcmd", "\rcmd"])
def test_formula_injection_is_escaped(text: str) -> None:
    import csv

    assert escape_cell(text) == "'" + text
    data = csv_bytes([[text, 7]])
    assert data.startswith(b"\xef\xbb\xbf")
    (row,) = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert row == ["'" + text, "7"]


def test_records_export_leaves_identifying_columns_out_unless_asked(vault: object, seeded: dict[str, str]) -> None:
    query = SearchQuery(types=("case",))
    data, n = export_records(vault, ExportRequest(query, "csv"))  # type: ignore[arg-type]
    assert n == 6 and CANARY.encode() not in data and data.startswith(b"\xef\xbb\xbf")
    data, _n = export_records(vault, ExportRequest(query, "csv", identifying=True))  # type: ignore[arg-type]
    assert CANARY.encode() in data
    xlsx, _n = export_records(vault, ExportRequest(SearchQuery(), "xlsx"))  # type: ignore[arg-type]
    with zipfile.ZipFile(io.BytesIO(xlsx)) as z:
        assert not any(CANARY.encode() in z.read(name) for name in z.namelist())


def run_cli(tmp_path: Path, *args: str) -> int:
    pw = tmp_path / "pw"
    pw.write_text("orchid lantern river demo 42\n")
    return main([*args, "--passphrase-file", str(pw)])


@pytest.mark.parametrize("bad", [
    ["--by", "colour"], ["--min-cell", "2"], ["--from", "2020-02-01", "--to", "2020-01-01"],
])
def test_bad_report_input_writes_nothing(vault: object, tmp_path: Path, bad: list[str]) -> None:
    out = tmp_path / "out.json"
    args = {"--from": "1990-01-01", "--to": "2026-12-31", "--by": "theme", "--min-cell": "5"}
    for key, value in zip(bad[::2], bad[1::2], strict=True):
        args[key] = value
    flat = [x for pair in args.items() for x in pair]
    assert run_cli(tmp_path, "report", "stats", *flat, "--format", "json", "--out", str(out)) == 2
    assert not out.exists()


def test_an_existing_output_file_is_refused_and_kept(vault: object, seeded: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "taken.docx"
    out.write_bytes(b"mine")
    assert run_cli(tmp_path, "report", "upr", "--from", "1990-01-01", "--to", "2026-12-31", "--out", str(out)) != 0
    assert out.read_bytes() == b"mine"


def test_report_commands_write_their_files(vault: object, seeded: dict[str, str], tmp_path: Path) -> None:
    vault.close()  # type: ignore[attr-defined]
    stats, casefile, sheet = tmp_path / "s.xlsx", tmp_path / "c.pdf", tmp_path / "r.jsonl"
    assert run_cli(tmp_path, "report", "stats", "--from", "1990-01-01", "--to", "2026-12-31", "--by",
                   "theme,year", "--min-cell", "3", "--format", "xlsx", "--out", str(stats)) == 0
    assert run_cli(tmp_path, "report", "casefile", "--testimony", seeded["t0"], "--out", str(casefile)) == 0
    assert run_cli(tmp_path, "records", "export", "--format", "jsonl", "--type", "case", "--out", str(sheet)) == 0
    assert zipfile.is_zipfile(stats) and casefile.read_bytes().startswith(b"%PDF")
    assert CANARY not in sheet.read_text(encoding="utf-8")
