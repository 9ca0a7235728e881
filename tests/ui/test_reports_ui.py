"""The HQ Reports page: preview, then every template exported end to end from the page, off the GUI thread."""

from __future__ import annotations

import io
import zipfile

import pytest
from PySide6.QtCore import Qt

from intake_app.demo import populate_hq
from intake_app.vault.vault import Role, Vault
from tests.conftest import PASSPHRASE
from tests.ui.shell_support import english_ui
from tests.ui.sync_support import click, main_window, page, patch_prompts, wait_idle


@pytest.fixture(autouse=True)
def _english():
    with english_ui():
        yield


@pytest.fixture
def hq_demo(tmp_path):
    vault, _recovery = Vault.create(tmp_path / "hq", PASSPHRASE, Role.HQ)
    populate_hq(vault, 60, devices=2)
    yield vault
    from intake_app.ui.workers import wait_for_tasks

    wait_for_tasks()
    vault.close()


def test_reports_page_previews_and_exports_every_template(qtbot, tmp_path, monkeypatch, hq_demo):
    answers = patch_prompts(monkeypatch)
    window = main_window(qtbot, hq_demo)
    reports = page(window, "hq-reports")
    click(qtbot, reports.preview_button)
    wait_idle(qtbot, reports)
    assert reports.table.rowCount() == 11           # ten themes and the total
    assert reports.chart.pixmap() is not None and not reports.chart.pixmap().isNull()

    out = tmp_path / "stats.csv"
    answers.save_file.append(str(out))
    click(qtbot, reports.export_button)
    wait_idle(qtbot, reports)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert answers.confirmed  # the warning that the file is not encrypted was shown

    reports.template.setCurrentIndex(reports.template.findData("upr"))
    assert reports.testimonies.topLevelItemCount() > 0
    reports.testimonies.topLevelItem(0).setCheckState(0, Qt.CheckState.Checked)
    docx = tmp_path / "draft.docx"
    answers.save_file.append(str(docx))
    click(qtbot, reports.export_button)
    wait_idle(qtbot, reports)
    assert zipfile.is_zipfile(io.BytesIO(docx.read_bytes()))

    reports.template.setCurrentIndex(reports.template.findData("casefile"))
    item = reports.testimonies.topLevelItem(0)
    item.setCheckState(0, Qt.CheckState.Checked)
    item.setCheckState(2, Qt.CheckState.Checked)       # asks first (answered yes by the patched prompt)
    assert reports.chosen_testimonies()[1]
    pdf = tmp_path / "case.pdf"
    answers.save_file.append(str(pdf))
    click(qtbot, reports.export_button)
    wait_idle(qtbot, reports)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_an_existing_file_is_refused(qtbot, tmp_path, monkeypatch, hq_demo):
    answers = patch_prompts(monkeypatch)
    window = main_window(qtbot, hq_demo)
    reports = page(window, "hq-reports")
    taken = tmp_path / "taken.csv"
    taken.write_bytes(b"mine")
    answers.save_file.append(str(taken))
    click(qtbot, reports.export_button)
    wait_idle(qtbot, reports)
    assert taken.read_bytes() == b"mine"
    assert "already exists" in reports.outcome.text()


def test_preview_shows_long_theme_names_whole(qtbot, monkeypatch, hq_demo):
    from intake_app.domain.taxonomy import THEMES, load_taxonomy

    patch_prompts(monkeypatch)
    window = main_window(qtbot, hq_demo)
    reports = page(window, "hq-reports")
    taxonomy = load_taxonomy()
    longest = max((taxonomy.label(THEMES, t.key, "en") for t in taxonomy.themes), key=len)
    click(qtbot, reports.preview_button)
    wait_idle(qtbot, reports)
    table = reports.table
    labels = [table.item(r, 0) for r in range(table.rowCount())]
    cell = next(item for item in labels if item.text() == longest)
    assert cell.toolTip() == longest
    # The names' column takes the width the numbers leave, and a long name wraps onto more lines.
    used = sum(table.columnWidth(c) for c in range(table.columnCount()))
    assert used >= table.viewport().width() - 2
    assert table.rowHeight(cell.row()) > table.fontMetrics().height() * 1.5

    # Themes as columns: each header carries the full name and the header grows to show wrapped names.
    reports.rows_by.setCurrentIndex(reports.rows_by.findData("sex"))
    reports.cols_by.setCurrentIndex(reports.cols_by.findData("theme"))
    click(qtbot, reports.preview_button)
    wait_idle(qtbot, reports)
    headers = [table.horizontalHeaderItem(c) for c in range(table.columnCount())]
    theme_labels = {taxonomy.label(THEMES, t.key, "en") for t in taxonomy.themes}
    shown = [h for h in headers if h.text() in theme_labels]
    assert shown and all(h.toolTip() == h.text() for h in shown)
    assert table.horizontalHeader().height() > table.horizontalHeader().fontMetrics().height() * 2


def test_names_wrap_again_and_the_chart_fits_when_the_list_of_testimonies_takes_room(qtbot, monkeypatch, hq_demo):
    patch_prompts(monkeypatch)
    window = main_window(qtbot, hq_demo)
    reports = page(window, "hq-reports")
    click(qtbot, reports.preview_button)
    wait_idle(qtbot, reports)
    table = reports.table
    wide_total = sum(table.rowHeight(r) for r in range(table.rowCount()))
    reports.template.setCurrentIndex(reports.template.findData("upr"))   # the testimonies list appears
    qtbot.waitUntil(lambda: sum(table.rowHeight(r) for r in range(table.rowCount())) > wide_total)
    assert reports.chart.pixmap().width() <= reports.chart.width()
