"""A list of one record type (cases, aid, testimonies) beside the editor of the chosen record."""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from intake_app.i18n import _
from intake_app.ui import style
from intake_app.ui.lists.columns import columns_for
from intake_app.ui.lists.filters import FilterBar
from intake_app.ui.lists.model import LazyRecordModel
from intake_app.ui.lists.query import QueryResult, QueryRunner
from intake_app.ui.records.host import EditorHost, HostedEditorPage
from intake_app.vault.indexing import index_entry
from intake_app.vault.records import RecordRow, RecordStore
from intake_app.vault.search import SearchQuery, count, search
from intake_app.vault.status import activity_mark
from intake_app.vault.vault import Vault

log = logging.getLogger(__name__)

_DEFAULT_ORDER = {"case": ("updated", True), "aid": ("date", True), "testimony": ("date", True)}


def size_columns(view: QTableView, model: LazyRecordModel) -> None:
    """Starting column widths from the font (measuring the rows would read them all)."""
    char = view.fontMetrics().averageCharWidth()
    for column, spec in enumerate(model.columns):
        header_width = view.fontMetrics().horizontalAdvance(spec.header) + 30
        view.setColumnWidth(column, max(header_width, spec.chars * char + 16))


def record_table(model: LazyRecordModel, parent: QWidget) -> QTableView:
    """The table a record list and the search results are shown in: whole rows, read only, sorted by the
    model (which re-queries the vault), with uniform row heights."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    # Uniform row heights: the view never measures 100,000 rows.
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setSortIndicatorShown(True)
    header.setSortIndicator(model.sort_column(), model.sort_order())
    view.setSortingEnabled(True)
    # The model may refuse a sort (a column with no indexed order) and say which one holds.
    model.sort_changed.connect(lambda column, order: header.setSortIndicator(column, Qt.SortOrder(order)))
    size_columns(view, model)
    return view


def row_for(store: RecordStore, record_id: str) -> RecordRow | None:
    """The list row of one record, built from its body the way the vault indexes it."""
    env = store.get_envelope(record_id)
    if env is None:
        return None
    entry = index_entry(env)
    return RecordRow(env["id"], env["type"], entry.label, entry.event_date, env["updated_at"], env["deleted"],
                     created_at=env["created_at"], origin_device=env["origin_device"])


class RecordListPage(HostedEditorPage, QWidget):
    """Cases, aid distributions or testimonies: a searchable, sortable list and an editor."""

    changed = Signal()
    busy_changed = Signal(bool)  # part of the page interface; never busy

    def __init__(self, vault: Vault, record_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if record_type not in _DEFAULT_ORDER:
            raise ValueError(f"no list for record type {record_type!r}")
        self.vault = vault
        self.record_type = record_type
        self.store = RecordStore(vault)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.new_button = QPushButton(self._new_text(), left)
        self.new_button.setToolTip(_("Create a new record (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        top.addWidget(self.new_button)
        self.count_label = QLabel(left)
        self.count_label.setStyleSheet(style.colour_style(style.MUTED))
        top.addWidget(self.count_label, 1, Qt.AlignmentFlag.AlignRight)
        left_layout.addLayout(top)
        self.filters = FilterBar(record_type, left)
        self.filters.changed.connect(self.apply_filters)
        self.filters.search.returnPressed.connect(self.filters.flush)
        left_layout.addWidget(self.filters)

        order, descending = _DEFAULT_ORDER[record_type]
        self.model = LazyRecordModel(vault, columns_for(record_type), self._fetch_all_rows, order=order,
                                     descending=descending, parent=self)
        self.view = record_table(self.model, left)
        self.model.modelReset.connect(self._update_count)
        self.view.clicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        self.view.setAccessibleName(self._list_name())
        left_layout.addWidget(self.view, 1)

        self.host = EditorHost(vault, self)
        self.host.saved.connect(self._saved)
        self.host.deleted.connect(self._deleted)
        self.host.shown.connect(lambda _type, _id: self._select_current())
        self.host.missing.connect(lambda _type, _id: self.refresh())
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.host)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([10_000, 10_000])  # start half and half, whatever the window's width
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.runner = QueryRunner(self)
        self.runner.ready.connect(self._query_ready)
        new_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_shortcut.activated.connect(self.new_record)
        delete_shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.view)
        delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_shortcut.activated.connect(self.delete_selected)
        self._total = self.store.count(record_type)
        self._update_count()
        self._seen_activity = activity_mark(vault)

    # -- interface used by the main window ------------------------------------------------------------------

    def refresh(self) -> None:
        """Query the list again (records changed on another page); the editor is left as it is."""
        if self.vault.is_open:
            self._seen_activity = activity_mark(self.vault)
        self.apply_filters()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # Records may have changed on another page meanwhile (a purge after a receipt, an import): the
        # list and its count follow at once, and a record shown that is gone says so.
        if not event.spontaneous() and self.vault.is_open and activity_mark(self.vault) != self._seen_activity:
            self.refresh()
            self.host.check_current()
        super().showEvent(event)

    # -- actions --------------------------------------------------------------------------------------------

    def new_record(self) -> None:
        if self.host.new_record(self.record_type):
            self.view.clearSelection()

    def open_record(self, record_id: str) -> bool:
        if not self.host.open_record(self.record_type, record_id):
            self._select_current()
            return False
        self._select(record_id)
        return True

    def delete_selected(self) -> None:
        record_id = self.model.row_id(self.view.currentIndex().row())
        if record_id and self.open_record(record_id):
            editor = self.host.current_editor()
            if editor is not None:
                editor.delete()

    def apply_filters(self) -> None:
        """Run the search box and filters as a query (off the GUI thread); plain listing when none."""
        if not self.vault.is_open:
            return  # locked while the user was typing: the page is about to go
        if not self.filters.is_active():
            self.runner.generation += 1  # a query still running is no longer wanted
            self.model.set_fetch(self._fetch_all_rows)
            self._total = self.store.count(self.record_type)
            self._update_count()
            self._select_current()
            return
        query = self._query()
        vault, model = self.vault, self.model

        def first_page() -> list[RecordRow]:
            return search(vault, SearchQuery(text=query.text, types=query.types, facets=query.facets,
                                             limit=200, order=model.order, descending=model.descending))

        self.count_label.setText(_("Searching…"))
        self.runner.run(first_page, lambda: count(vault, query))

    # -- internals ------------------------------------------------------------------------------------------

    def _query(self) -> SearchQuery:
        return SearchQuery(text=self.filters.text(), types=(self.record_type,), facets=self.filters.facets())

    def _fetch_all_rows(self, offset: int, limit: int, order: str, descending: bool) -> list[RecordRow]:
        # Continue after the last row already shown (keyset paging): page 500 costs what page 1 does.
        after = self.model.row_at(offset - 1) if offset and hasattr(self, "model") else None
        return self.store.list_rows(self.record_type, offset=offset, limit=limit, order=order, after=after,
                                    descending=descending)

    def _fetch_filtered(self, offset: int, limit: int, order: str, descending: bool) -> list[RecordRow]:
        base = self._query()
        return search(self.vault, SearchQuery(text=base.text, types=base.types, facets=base.facets,
                                              limit=limit, offset=offset, order=order, descending=descending))

    def _query_ready(self, result: QueryResult) -> None:
        self._total = result.total
        self.model.set_fetch(self._fetch_filtered, result.first_page)
        self._update_count()
        self._select_current()

    def _activated(self, index: QModelIndex) -> None:
        record_id = self.model.row_id(index.row())
        if record_id:
            self.open_record(record_id)

    def _select(self, record_id: str | None) -> None:
        row = self.model.row_of(record_id) if record_id else None
        selection = self.view.selectionModel()
        if row is None:
            self.view.clearSelection()
            return
        index = self.model.index(row, 0)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)

    def _select_current(self) -> None:
        self._select(self.host.current_record_id())

    def _saved(self, record_type: str, record_id: str) -> None:
        if record_type == self.record_type:
            row = row_for(self.store, record_id)
            if row is None or not self.model.replace_row(record_id, row):
                # A new record: show the list again from the top, where the newest ones are.
                self.model.reload()
                self._total = (self.store.count(self.record_type) if not self.filters.is_active()
                               else count(self.vault, self._query()))
            self._select(record_id)
            self._update_count()
        self._seen_activity = activity_mark(self.vault)
        self.changed.emit()

    def _deleted(self, record_type: str, record_id: str) -> None:
        if record_type == self.record_type and self.model.remove_id(record_id):
            self._total = max(0, self._total - 1)
            self._update_count()
        self._seen_activity = activity_mark(self.vault)
        self.changed.emit()

    def _update_count(self) -> None:
        if not hasattr(self, "_total"):
            return
        self.count_label.setText(_("Records: {n}").format(n=f"{self._total:,}"))

    def _new_text(self) -> str:
        return {"case": _("New case"), "aid": _("New aid distribution"),
                "testimony": _("New testimony")}[self.record_type]

    def _list_name(self) -> str:
        return {"case": _("Cases"), "aid": _("Aid distributions"),
                "testimony": _("Testimonies")}[self.record_type]
