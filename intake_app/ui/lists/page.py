"""A list of one record type (cases, aid, testimonies) beside the editor of the chosen record.

The list shows as many of its columns as its width allows (`fit_columns`: the first ones always, then by
priority), so a wide window shows dates, type-specific fields and, at headquarters, the device a record
came from, and a narrow one never scrolls sideways to reach the alias. The split between list and editor
is handed to the main window when the vault locks (`view_memory`) and comes back after unlocking.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
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
from intake_app.ui.icons import icon
from intake_app.ui.lists.columns import Column, columns_for
from intake_app.ui.lists.filters import FilterBar
from intake_app.ui.lists.model import LazyRecordModel
from intake_app.ui.lists.query import QueryResult, QueryRunner
from intake_app.ui.records.host import EditorHost, HostedEditorPage
from intake_app.ui.widgets.empty_state import empty_overlay
from intake_app.vault.indexing import index_entry
from intake_app.vault.records import RecordRow, RecordStore
from intake_app.vault.search import SearchQuery, count, search
from intake_app.vault.status import activity_mark
from intake_app.vault.vault import Role, Vault

log = logging.getLogger(__name__)

_DEFAULT_ORDER = {"case": ("updated", True), "aid": ("date", True), "testimony": ("date", True)}


def natural_width(view: QTableView, column: int, spec: Column) -> int:
    """A column's starting width from the font (measuring the rows would read them all): room for its
    header as the style draws it (margins, sort arrow), and for `chars` average characters."""
    header = view.horizontalHeader().sectionSizeFromContents(column).width() + 4
    return max(header, round(spec.chars * char_width(view)) + 16)


_SAMPLE = "Ajumma Pak 2026-10-24 Auntie Willow NKQ-Z86F"


def char_width(view: QWidget) -> float:
    """The width of an average character of text as lists show it. Not QFontMetrics.averageCharWidth():
    with the CJK faces in the font's families it reports a CJK font's average, nearly twice a Latin one,
    which made every column twice as wide as its text."""
    return view.fontMetrics().horizontalAdvance(_SAMPLE) / len(_SAMPLE)


def size_columns(view: QTableView, model: LazyRecordModel) -> None:
    for column, spec in enumerate(model.columns):
        view.setColumnWidth(column, natural_width(view, column, spec))


def fit_columns(view: QTableView, columns: list[Column], width: int) -> None:
    """Show the columns that fit in `width` pixels: every priority-1 column, then the others by priority
    (in their order within one), up to the first that does not fit."""
    shown = {i for i, c in enumerate(columns) if c.priority <= 1}
    used = sum(natural_width(view, i, columns[i]) for i in shown)
    for column in sorted((i for i, c in enumerate(columns) if c.priority > 1), key=lambda i: (columns[i].priority, i)):
        used += natural_width(view, column, columns[column])
        if used > width:
            break
        shown.add(column)
    widths = {i: natural_width(view, i, columns[i]) for i in shown}
    total = sum(widths.values())
    if total > width > 0:
        # Even the first columns are too wide (an editor open beside a narrow list): share the width out
        # rather than scroll sideways, each keeping at least its header's room; cells elide their text.
        header = view.horizontalHeader()
        floors = {i: header.sectionSizeFromContents(i).width() + 4 for i in shown}
        spare = max(0, width - sum(floors.values()))
        extra = max(1, total - sum(floors.values()))
        widths = {i: floors[i] + (widths[i] - floors[i]) * spare // extra for i in shown}
    for column in range(len(columns)):
        hidden = column not in shown
        if view.isColumnHidden(column) != hidden:
            view.setColumnHidden(column, hidden)
        if not hidden and column in widths and (total > width or view.columnWidth(column) < widths[column]):
            view.setColumnWidth(column, widths[column])


class ColumnFitter(QObject):
    """Calls fit_columns whenever the table changes width or its rows are replaced."""

    def __init__(self, view: QTableView, model: LazyRecordModel) -> None:
        super().__init__(view)
        self.view = view
        self.model = model
        view.installEventFilter(self)
        model.modelReset.connect(self.fit)

    def fit(self) -> None:
        frame = 2 * self.view.frameWidth()
        scrollbar = self.view.verticalScrollBar().sizeHint().width()
        fit_columns(self.view, self.model.columns, self.view.width() - frame - scrollbar)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self.fit()
        return False


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
        self.new_button = QPushButton(icon("new"), self._new_text(), left)
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
        self.model = LazyRecordModel(vault, self._columns(), self._fetch_all_rows, order=order,
                                     descending=descending, parent=self)
        self.view = record_table(self.model, left)
        self.fitter = ColumnFitter(self.view, self.model)
        self.model.modelReset.connect(self._update_count)
        self.view.clicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        self.view.setAccessibleName(self._list_name())
        self.empty = empty_overlay(self.view, self._empty_text)
        left_layout.addWidget(self.view, 1)

        self.host = EditorHost(vault, self)
        self.host.saved.connect(self._saved)
        self.host.deleted.connect(self._deleted)
        self.host.shown.connect(lambda _type, _id: self._select_current())
        self.host.missing.connect(lambda _type, _id: self.refresh())
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("list_editor_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.host)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        # The list a little wider than the editor at first, whatever the window's width: it then has room
        # for more than code and alias.
        self.splitter.setSizes([11_000, 9_000])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.runner = QueryRunner(self)
        self.runner.ready.connect(self._query_ready)
        # Ctrl+N is the main window's action (it calls new_record): a shortcut of this page would fire only
        # while the focus is inside it, and would make the key ambiguous when it is.
        delete_shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.view)
        delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_shortcut.activated.connect(self.delete_selected)
        self._total = self.store.count(record_type)
        self._update_count()
        self._seen_activity = activity_mark(vault)

    # -- interface used by the main window ------------------------------------------------------------------

    def view_memory(self) -> dict[str, Any]:
        """The split between list and editor, for the window after the next unlock (held in memory)."""
        return {"split": self.splitter.sizes()}

    def restore_view_memory(self, memory: dict[str, Any]) -> None:
        sizes = memory.get("split")
        if isinstance(sizes, list) and len(sizes) == 2 and all(isinstance(n, int) and n > 0 for n in sizes):
            self.splitter.setSizes(sizes)

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

    def _columns(self) -> list[Column]:
        columns = columns_for(self.record_type)
        if self.vault.info.role == Role.HQ:
            # Imported here: ui.hq.records builds on this module.
            from intake_app.ui.hq.records import OriginNames

            origins = OriginNames(self.vault)
            columns.append(Column(_("Device"), origins.name, chars=16, priority=2))
        return columns

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

    def _empty_text(self) -> tuple[str, str]:
        if self.filters.is_active():
            return _("Nothing matches"), _("No record matches these words and filters. Clear them to see every record.")
        return {
            "case": (_("No cases yet"), _("A case is a person you assist. Press \"New case\" (Ctrl+N) to record the "
                                          "first one; their aid and testimonies are then linked to them.")),
            "aid": (_("No aid recorded yet"), _("Record each handing out of food, clothing, medicine or other help "
                                                "with \"New aid distribution\" (Ctrl+N).")),
            "testimony": (_("No testimonies yet"), _("Record what a person witnessed or suffered with \"New "
                                                     "testimony\" (Ctrl+N); their consents decide how it may be "
                                                     "used.")),
        }[self.record_type]

    def _list_name(self) -> str:
        return {"case": _("Cases"), "aid": _("Aid distributions"),
                "testimony": _("Testimonies")}[self.record_type]
