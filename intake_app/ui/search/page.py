"""Search across cases, aid and testimonies: words as you type, filters, results that open an editor.

The query runs on the thread pool a moment after the user stops typing, so typing never waits for the
vault; only the newest query's results are shown. Results come grouped by type (cases, then aid, then
testimonies, each group in the order of the sorted column), and each type's box says how many records
of that type match.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from intake_app.i18n import _
from intake_app.ui import style
from intake_app.ui.lists.columns import search_columns
from intake_app.ui.lists.model import TYPE_ROLE, Index, LazyRecordModel
from intake_app.ui.lists.page import record_table
from intake_app.ui.lists.query import QueryResult, QueryRunner
from intake_app.ui.records.host import EditorHost, HostedEditorPage
from intake_app.ui.search.filters import RECORD_TYPES, SearchFilters
from intake_app.ui.widgets.empty_state import empty_overlay
from intake_app.vault.records import RecordRow
from intake_app.vault.search import SearchQuery, count_by_type, search
from intake_app.vault.vault import Vault

SEARCH_DELAY_MS = 250


class GroupedResultsModel(LazyRecordModel):
    """The results, grouped by type by the query: the first row of each group names its type in bold, so
    the eye finds where the aid or the testimonies begin."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid() and index.column() == 0 \
                and self.starts_group(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)

    def starts_group(self, row: int) -> bool:
        here, before = self.row_at(row), self.row_at(row - 1)
        return here is not None and (before is None or before.type != here.type)


class SearchPage(HostedEditorPage, QWidget):
    changed = Signal()
    busy_changed = Signal(bool)  # part of the page interface; never busy

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.text = QLineEdit(left)
        self.text.setPlaceholderText(_("Search all records: aliases, codes, violation types, places, items, "
                                       "narratives…"))
        self.text.setClearButtonEnabled(True)
        self.text.setAccessibleName(_("Search"))
        left_layout.addWidget(self.text)
        self.filters = SearchFilters(left)
        left_layout.addWidget(self.filters)
        self.count_label = QLabel(left)
        self.count_label.setStyleSheet(style.colour_style(style.MUTED))
        left_layout.addWidget(self.count_label)
        # The query the results show, and the one being run (they differ while a search runs).
        self._query = self._current_query()
        self._pending = self._query

        self.model = GroupedResultsModel(vault, search_columns(), self._fetch, order="updated",
                                         descending=True, parent=self)
        self.view = record_table(self.model, left)
        self.view.setAccessibleName(_("Search results"))
        self.view.clicked.connect(self._open)
        self.view.activated.connect(self._open)
        self.empty = empty_overlay(self.view, self._empty_text)
        left_layout.addWidget(self.view, 1)

        self.host = EditorHost(vault, self)
        self.host.placeholder.setText(_("Type in the box above to search every record: an alias or case code, a "
                                        "place, an item, a word of a narrative. Choose a result to open it."))
        self.host.saved.connect(self._record_changed)
        self.host.deleted.connect(self._record_changed)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.host)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.text.textChanged.connect(self._timer.start)
        self.text.returnPressed.connect(self.run_search)
        self.filters.changed.connect(self._timer.start)
        self.runner = QueryRunner(self)
        self.runner.ready.connect(self._ready)
        self.runner.failed.connect(self.count_label.setText)
        # Per type, for the words and filters shown, whichever types are ticked.
        self._counts_by_generation: dict[int, dict[str, int]] = {}
        if self.model.exhausted():  # every record is on the first page: count them there
            rows = (self.model.row_at(r) for r in range(self.model.rowCount()))
            self._counts = dict(Counter(row.type for row in rows if row is not None))
        else:
            self._counts = count_by_type(vault, replace(self._query, types=RECORD_TYPES))
        self._total = self._selected_total(self._query)
        self._update_count()

    # -- interface used by the main window ------------------------------------------------------------------

    # -- searching ------------------------------------------------------------------------------------------

    def run_search(self) -> int:
        """Start the query for the current text and filters; returns its generation number."""
        self._timer.stop()
        if not self.vault.is_open:
            return self.runner.generation  # locked while the user was typing
        query = self._current_query()
        vault, model = self.vault, self.model
        self.count_label.setText(_("Searching…"))

        def first_page() -> list[RecordRow]:
            return search(vault, replace(query, limit=200, order=model.order, descending=model.descending,
                                         group_by_type=True))

        counts: dict[str, int] = {}

        def total() -> int:
            # One grouped count gives every type's box and the total; the runner hands the total back,
            # and `counts` (filled here, on the worker, before the result is posted) the rest.
            counts.update(count_by_type(vault, replace(query, types=RECORD_TYPES)))
            return sum(counts.get(t, 0) for t in query.types)

        self._pending = query
        generation = self.runner.run(first_page, total)
        self._counts_by_generation = {generation: counts}
        return generation

    def refresh(self) -> None:
        """Run the query again (records changed elsewhere)."""
        self.run_search()

    def result_ids(self) -> list[str]:
        return [self.model.row_id(r) or "" for r in range(self.model.rowCount())]

    def _current_query(self) -> SearchQuery:
        date_from, date_to = self.filters.date_range()
        return SearchQuery(text=self.text.text().strip(), types=self.filters.record_types(),
                           date_from=date_from, date_to=date_to, facets=self.filters.facets())

    def _fetch(self, offset: int, limit: int, order: str, descending: bool) -> list[RecordRow]:
        return search(self.vault, replace(self._query, limit=limit, offset=offset, order=order,
                                          descending=descending, group_by_type=True))

    def _selected_total(self, query: SearchQuery) -> int:
        return sum(self._counts.get(t, 0) for t in query.types)

    def type_counts(self) -> dict[str, int]:
        """How many records of each type the results shown hold (or would, for an unticked type)."""
        return dict(self._counts)

    def _ready(self, result: QueryResult) -> None:
        self._query = self._pending
        self._counts = self._counts_by_generation.pop(result.generation, self._counts)
        self._total = result.total
        self.model.set_fetch(self._fetch, result.first_page)
        self._update_count()
        current = self.host.current_record_id()
        row = self.model.row_of(current) if current else None
        if row is not None:
            self.view.selectRow(row)

    def _empty_text(self) -> tuple[str, str]:
        if self._query.text or self.filters.is_active():
            return _("Nothing found"), _("Try fewer or shorter words, or clear the filters.")
        return _("Nothing to search yet"), _("Search looks through every case, aid distribution and testimony "
                                             "once some are recorded.")

    def _update_count(self) -> None:
        self.count_label.setText(_("Found: {n}").format(n=f"{self._total:,}"))
        self.filters.show_counts(self._counts)

    # -- opening --------------------------------------------------------------------------------------------

    def _open(self, index: QModelIndex) -> None:
        record_id = self.model.row_id(index.row())
        record_type = self.model.data(index, TYPE_ROLE)
        if record_id and record_type and not self.host.open_record(str(record_type), record_id):
            current = self.host.current_record_id()
            row = self.model.row_of(current) if current else None
            if row is None:
                self.view.clearSelection()
            else:
                self.view.selectRow(row)

    def _record_changed(self, _record_type: str, _record_id: str) -> None:
        self.run_search()
        self.changed.emit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # Records may have changed on another page since the last search.
        super().showEvent(event)
        if not event.spontaneous():
            self.run_search()
