"""Record lists: lazy paging over many rows, sorting by header, search and filters, opening, New, Delete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from intake_app.domain.models import AidDistribution, AidItem
from intake_app.ui.lists.model import PAGE_SIZE
from intake_app.ui.lists.page import RecordListPage
from intake_app.ui.records import dialogs
from intake_app.ui.records.case_editor import CaseEditor
from intake_app.vault.records import RecordStore
from tests.ui.records_support import (
    bulk_cases,
    choose,
    click,
    records_ui,  # noqa: F401 - fixture, used by pytestmark
    save_case,
)

pytestmark = pytest.mark.usefixtures("records_ui")

# 100,000 cases take over a minute to write through the vault (every row is encrypted, indexed and
# full-text indexed), so the default run uses 20,000; tests/bench/bench_lists.py scrolls 100,000.
MANY = 20_000


def _page(qtbot, vault, record_type: str = "case") -> RecordListPage:
    page = RecordListPage(vault, record_type)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def _click_header(qtbot, page: RecordListPage, column: int) -> None:
    header = page.view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def _focus_list(qtbot, page: RecordListPage) -> None:
    page.activateWindow()
    qtbot.waitActive(page)
    page.view.setFocus()
    qtbot.waitUntil(page.view.hasFocus)


def _labels(page: RecordListPage, n: int = 3) -> list[str]:
    return [page.model.index(r, 1).data() for r in range(min(n, page.model.rowCount()))]


@pytest.mark.slow
def test_many_cases_are_fetched_a_page_at_a_time(qtbot, vault):
    bulk_cases(vault, MANY)
    page = _page(qtbot, vault)
    model = page.model
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore()
    assert page.count_label.text() == "Records: 20,000"
    # Only what is on screen was decoded (code and situation come from the record body).
    qtbot.waitUntil(lambda: model.decoded_rows() > 0)  # the first paint
    assert model.decoded_rows() <= PAGE_SIZE
    assert model.index(0, 0).data()  # the code of the first row

    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE_SIZE)
    assert model.rowCount() <= 3 * PAGE_SIZE
    model.fetch_all()
    assert model.rowCount() == MANY
    assert not model.canFetchMore()
    page.view.scrollToBottom()
    qtbot.wait(10)
    assert model.decoded_rows() <= 3 * PAGE_SIZE  # the screens shown, not the 20,000 rows


def test_header_click_sorts_by_querying_again(qtbot, vault):
    bulk_cases(vault, 450)
    page = _page(qtbot, vault)
    _click_header(qtbot, page, 1)  # Alias
    assert (page.model.order, page.model.descending) == ("label", False)
    assert _labels(page) == ["Person 000000", "Person 000001", "Person 000002"]
    assert page.model.rowCount() == PAGE_SIZE  # a new first page, not a sort of what was loaded
    _click_header(qtbot, page, 1)
    assert page.model.descending
    assert _labels(page) == ["Person 000449", "Person 000448", "Person 000447"]
    _click_header(qtbot, page, 0)  # Code: not an indexed order, nothing changes
    assert (page.model.order, page.model.descending) == ("label", True)
    assert page.view.horizontalHeader().sortIndicatorSection() == 1
    updated = next(i for i, c in enumerate(page.model.columns) if c.sort == "updated")
    assert not page.view.isColumnHidden(updated)  # the page is wide enough for every column
    _click_header(qtbot, page, updated)
    assert page.model.order == "updated"


def test_search_box_and_filters(qtbot, vault):
    bulk_cases(vault, 300)
    page = _page(qtbot, vault)
    qtbot.keyClicks(page.filters.search, "000123")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5_000)
    assert _labels(page) == ["Person 000123"]
    qtbot.waitUntil(lambda: page.count_label.text() == "Records: 1")

    page.filters.search.clear()
    choose(page.filters.combos["situation"], "detained")
    qtbot.waitUntil(lambda: page.count_label.text() == "Records: 150", timeout=5_000)
    assert page.model.rowCount() == 150
    assert {page.model.index(r, 2).data() for r in range(150)} == {"Detained"}
    _click_header(qtbot, page, 1)  # sorting keeps the filter
    assert _labels(page, 2) == ["Person 000001", "Person 000003"]

    choose(page.filters.combos["situation"], None)
    qtbot.waitUntil(lambda: page.count_label.text() == "Records: 300", timeout=5_000)
    assert page.model.rowCount() == PAGE_SIZE


def test_aid_list_filters_by_category(qtbot, vault):
    case = save_case(vault, "Ajumma Han")
    store = RecordStore(vault)
    for day, category in (("2024-01-02", "food"), ("2024-01-03", "medicine"), ("2024-01-04", "food")):
        store.save(AidDistribution(date=day, case_id=case.id, category=category,
                                   items=[AidItem("rice", 5, "kg")]))
    page = _page(qtbot, vault, "aid")
    assert [page.model.index(r, 0).data() for r in range(3)] == ["2024-01-04", "2024-01-03", "2024-01-02"]
    choose(page.filters.combos["aid_category"], "medicine")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5_000)
    assert page.model.index(0, 2).data() == "Medicine"
    assert page.model.index(0, 1).data() == f"Ajumma Han · {case.code}"


def test_double_click_and_enter_open_the_record(qtbot, vault):
    first, second = save_case(vault, "Mr. Iris"), save_case(vault, "Mrs. Azalea")
    page = _page(qtbot, vault)
    row = page.model.row_of(first.id)
    rect = page.view.visualRect(page.model.index(row, 1))
    # A real double click starts with a press (QTest's double click alone has none).
    qtbot.mousePress(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = page.host.current_editor()
    assert isinstance(editor, CaseEditor) and editor.record_id() == first.id

    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(page.model.row_of(second.id), 1))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert editor.record_id() == second.id
    assert editor.alias.text() == "Mrs. Azalea"


def test_new_with_ctrl_n_then_save_shows_it_in_the_list(qtbot, vault):
    from intake_app.ui.main.window import MainWindow

    save_case(vault, "Older")
    window = MainWindow(vault)  # Ctrl+N is the window's action
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.show_page_key("cases")
    page = window.page(window.current_index())
    assert isinstance(page, RecordListPage)
    _focus_list(qtbot, page)
    qtbot.keyClick(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = page.host.current_editor()
    assert isinstance(editor, CaseEditor) and editor.is_new()
    qtbot.keyClicks(editor.alias, "Newest")
    with qtbot.waitSignal(page.changed):
        click(qtbot, editor.save_button)
    assert _labels(page, 1) == ["Newest"]  # most recently updated first
    assert page.model.row_id(page.view.currentIndex().row()) == editor.record_id()
    assert page.count_label.text() == "Records: 2"

    qtbot.keyClicks(editor.alias, " Kim")  # an edit updates its row in place
    click(qtbot, editor.save_button)
    assert _labels(page, 1) == ["Newest Kim"]


def test_delete_key_asks_then_removes_the_row(qtbot, vault, monkeypatch):
    keep, gone = save_case(vault, "Keep"), save_case(vault, "Gone")
    page = _page(qtbot, vault)
    asked: list[str] = []

    def confirm(_parent, _title, text, _action):
        asked.append(text)
        return True

    monkeypatch.setattr(dialogs, "confirm", confirm)
    _focus_list(qtbot, page)
    page.view.setCurrentIndex(page.model.index(page.model.row_of(gone.id), 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert len(asked) == 1
    assert page.model.row_of(gone.id) is None and page.model.row_of(keep.id) is not None
    assert RecordStore(vault).get(gone.id) is None
    assert page.count_label.text() == "Records: 1"


def test_refresh_shows_records_saved_elsewhere_and_keeps_the_editor(qtbot, vault):
    first = save_case(vault, "First")
    page = _page(qtbot, vault)
    assert page.open_record(first.id)
    save_case(vault, "Saved on another page")
    page.refresh()
    assert page.model.rowCount() == 2
    assert page.count_label.text() == "Records: 2"
    assert page.host.current_record_id() == first.id
    assert page.model.row_id(page.view.currentIndex().row()) == first.id


def _shown_headers(page: RecordListPage) -> list[str]:
    return [c.header for i, c in enumerate(page.model.columns) if not page.view.isColumnHidden(i)]


@pytest.mark.parametrize("record_type", ["case", "aid", "testimony"])
def test_a_wider_list_shows_more_columns_and_none_scrolls_sideways(qtbot, vault, record_type):
    from intake_app.demo import populate

    populate(vault, 3)
    page = _page(qtbot, vault, record_type)
    page.resize(700, 700)
    qtbot.waitUntil(lambda: page.view.width() < 450)
    narrow = _shown_headers(page)
    page.resize(2400, 700)
    qtbot.waitUntil(lambda: page.view.width() > 1100)
    wide = _shown_headers(page)
    assert len(wide) == len(page.model.columns) > len(narrow) >= 2
    assert "Updated" in wide and "Updated" not in narrow
    # With a record open beside it the list is at its narrowest: its columns share the width out.
    page.resize(1000, 700)
    page.open_record(page.model.row_id(0))
    qtbot.waitUntil(lambda: page.host.current_editor() is not None)
    qtbot.wait(1)
    assert page.view.horizontalScrollBar().maximum() == 0


def test_headquarters_lists_show_the_device_a_record_came_from(qtbot, hq):
    from intake_app.i18n import set_language

    set_language("en")
    page = _page(qtbot, hq, "case")
    page.resize(2400, 700)
    qtbot.waitUntil(lambda: page.view.width() > 1100)
    assert "Device" in _shown_headers(page)


def test_the_split_between_list_and_editor_is_handed_over_and_restored(qtbot, vault):
    page = _page(qtbot, vault)
    page.splitter.setSizes([800, 380])
    memory = page.view_memory()
    again = _page(qtbot, vault)
    again.restore_view_memory(memory)
    assert again.splitter.sizes() == page.splitter.sizes()
    again.restore_view_memory({"split": "not sizes"})  # anything else is ignored
    assert again.splitter.sizes() == page.splitter.sizes()
