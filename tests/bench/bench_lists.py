"""Lists and search with 100,000 cases (`make bench`): figures are printed, nothing asserts a time.

- how long the case list takes to open, and to scroll to the very end (fetchMore until done);
- the longest stall of the event loop while saving a record and while searching, measured by a
  10 ms QTimer heartbeat, printed against the same heartbeat on an idle event loop (the baseline:
  what the machine and Qt give at best in this run).
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication

from intake_app.ui.lists.model import PAGE_SIZE
from intake_app.ui.lists.page import RecordListPage
from intake_app.ui.search.page import SearchPage
from tests.ui.heartbeat import HEARTBEAT_MS, Heartbeat
from tests.ui.records_support import (
    bulk_cases,
    records_ui,  # noqa: F401 - fixture, used by pytestmark
    save_case,
)

pytestmark = pytest.mark.usefixtures("records_ui")

N_CASES = 100_000


def _stall(qtbot, action: Callable[[], None], done: Callable[[], bool]) -> float:
    with Heartbeat() as beat:
        qtbot.wait(50)
        action()
        qtbot.waitUntil(done, timeout=60_000)
        qtbot.wait(50)
    return beat.longest * 1000


def test_lists_with_100000_cases(qtbot, vault):
    with Heartbeat() as idle:
        qtbot.wait(1000)
    baseline_ms = idle.longest * 1000

    start = time.perf_counter()
    bulk_cases(vault, N_CASES)
    witness = save_case(vault, "Bench Witness")
    write_s = time.perf_counter() - start

    start = time.perf_counter()
    page = RecordListPage(vault, "case")
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    QApplication.processEvents()
    open_s = time.perf_counter() - start

    start = time.perf_counter()
    pages = 0
    while page.model.canFetchMore():
        page.view.scrollToBottom()
        QApplication.processEvents()
        pages += 1
    scroll_s = time.perf_counter() - start
    rows = page.model.rowCount()

    start = time.perf_counter()
    page.model.sort(1)  # by alias: a new first page in another order
    QApplication.processEvents()
    sort_s = time.perf_counter() - start

    assert page.open_record(witness.id)
    editor = page.host.current_editor()
    assert editor is not None

    def edit_and_save() -> None:
        editor.alias.setText(editor.alias.text() + "!")
        editor.save()

    save_ms = max(_stall(qtbot, edit_and_save, lambda: not editor.has_unsaved_changes()) for _ in range(3))

    search = SearchPage(vault)
    qtbot.addWidget(search)
    search.resize(1200, 800)
    search.show()
    qtbot.waitExposed(search)
    qtbot.waitUntil(lambda: not search.runner.busy(), timeout=60_000)
    search_stalls = []
    for word in ("Person", "000123", "Witness", "Person 0999"):
        def run(w: str = word) -> None:
            search.text.setText(w)
            search.run_search()

        search_stalls.append(_stall(qtbot, run, lambda: not search.runner.busy()))

    print()
    print(f"lists: {N_CASES:,} cases written in {write_s:.1f} s")
    print(f"lists: case list opened in {open_s * 1000:.0f} ms (first page of {PAGE_SIZE} rows)")
    print(f"lists: scrolled to the end in {scroll_s:.2f} s ({pages} fetches, {rows:,} rows)")
    print(f"lists: re-sorted by alias in {sort_s * 1000:.0f} ms")
    print(f"lists: idle event loop, longest gap {baseline_ms:.0f} ms (baseline, {HEARTBEAT_MS} ms timer)")
    print(f"lists: longest stall while saving: {save_ms:.0f} ms ({save_ms / baseline_ms:.1f}x baseline)")
    for word, ms in zip(("Person", "000123", "Witness", "Person 0999"), search_stalls, strict=True):
        print(f"lists: longest stall while searching {word!r}: {ms:.0f} ms ({ms / baseline_ms:.1f}x baseline)")
    assert rows == N_CASES + 1
