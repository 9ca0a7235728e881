"""A table model over the vault that stays smooth with 100,000 records.

Rows arrive a page at a time (`canFetchMore`/`fetchMore`, which the view calls as the user scrolls),
each page one indexed query. Columns that need the record's body are filled a chunk of rows at a time,
the first time the view paints a row of the chunk, so scrolling to the end never decodes records
nobody looked at.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from intake_app.errors import IntakeError
from intake_app.ui.lists.columns import Column, Details, describe
from intake_app.ui.records.cases import CaseDirectory
from intake_app.vault.records import RecordRow, RecordStore
from intake_app.vault.vault import Vault

log = logging.getLogger(__name__)

PAGE_SIZE = 200
# Bodies are decoded in smaller chunks than pages: a screen shows a few dozen rows.
DETAIL_CHUNK = 50
ID_ROLE = Qt.ItemDataRole.UserRole + 1
TYPE_ROLE = Qt.ItemDataRole.UserRole + 2

# (offset, limit, order, descending) -> one page of rows
Fetch = Callable[[int, int, str, bool], list[RecordRow]]
Index = QModelIndex | QPersistentModelIndex


class LazyRecordModel(QAbstractTableModel):
    """Rows of `fetch`, shown in `columns`; `sort()` asks `fetch` again in another order."""

    sort_changed = Signal(int, int)   # column, Qt.SortOrder value

    def __init__(self, vault: Vault, columns: list[Column], fetch: Fetch, *, order: str, descending: bool,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.store = RecordStore(vault)
        self.cases = CaseDirectory(vault)
        self.columns = columns
        self.order = order
        self.descending = descending
        self._fetch = fetch
        self._rows: list[RecordRow] = []
        self._details: dict[int, list[Details]] = {}
        self._exhausted = False
        self.reload()

    # -- loading --------------------------------------------------------------------------------------------

    def set_fetch(self, fetch: Fetch, first_page: list[RecordRow] | None = None) -> None:
        """Show another query (a filter changed); `first_page` when it was already run elsewhere."""
        self._fetch = fetch
        self.reload(first_page)

    def reload(self, first_page: list[RecordRow] | None = None) -> None:
        self.beginResetModel()
        self._rows = []
        self._details = {}
        self.cases.clear()
        self._exhausted = False
        if first_page is not None:
            self._rows = list(first_page)
            self._exhausted = len(first_page) < PAGE_SIZE
        else:
            self._fetch_page()
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (the vault is being locked)."""
        self.beginResetModel()
        self._rows, self._details, self._exhausted = [], {}, True
        self.cases.clear()
        self.endResetModel()

    def _fetch_page(self) -> list[RecordRow]:
        try:
            page = self._fetch(len(self._rows), PAGE_SIZE, self.order, self.descending)
        except IntakeError as exc:  # e.g. the vault was locked under us: show what we have
            log.info("list page not fetched (%s)", type(exc).__name__)
            page = []
        self._exhausted = len(page) < PAGE_SIZE
        self._rows.extend(page)
        return page

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008 - Qt API
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008 - Qt API
        if parent.isValid() or self._exhausted:
            return
        start = len(self._rows)
        try:
            page = self._fetch(start, PAGE_SIZE, self.order, self.descending)
        except IntakeError as exc:
            log.info("list page not fetched (%s)", type(exc).__name__)
            page = []
        self._exhausted = len(page) < PAGE_SIZE
        if page:
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def row_at(self, row: int) -> RecordRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    # -- Qt model -------------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns)
                and role == Qt.ItemDataRole.DisplayRole):
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = self.columns[index.column()]
            details = self.details(index.row()) if column.needs_body else {}
            return column.value(row, details)
        if role == ID_ROLE:
            return row.id
        if role == TYPE_ROLE:
            return row.type
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column].sort if 0 <= column < len(self.columns) else None
        if key is None:
            # Only indexed columns sort (anything else would read every record): keep the current order.
            self.sort_changed.emit(self.sort_column(), self.sort_order().value)
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self.order, self.descending):
            self.order, self.descending = key, descending
            self.reload()

    def sort_column(self) -> int:
        return next((i for i, c in enumerate(self.columns) if c.sort == self.order), 0)

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder

    # -- rows -----------------------------------------------------------------------------------------------

    def details(self, row: int) -> Details:
        chunk = row // DETAIL_CHUNK
        found = self._details.get(chunk)
        if found is None:
            rows = self._rows[chunk * DETAIL_CHUNK:(chunk + 1) * DETAIL_CHUNK]
            try:
                found = [describe(self.store.get_envelope(r.id), self.cases) for r in rows]
            except IntakeError:
                found = [{} for _r in rows]
            self._details[chunk] = found
        offset = row - chunk * DETAIL_CHUNK
        return found[offset] if offset < len(found) else {}

    def decoded_rows(self) -> int:
        """How many rows have had their record decoded (tests check laziness)."""
        return sum(len(d) for d in self._details.values())

    def exhausted(self) -> bool:
        return self._exhausted

    def row_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), None)

    def replace_row(self, record_id: str, new: RecordRow) -> bool:
        """Show a saved record's new values where it is (moving it would lose the user's place)."""
        row = self.row_of(record_id)
        if row is None:
            return False
        self._rows[row] = new
        self.cases.clear()
        chunk = self._details.get(row // DETAIL_CHUNK)
        if chunk is not None and row % DETAIL_CHUNK < len(chunk):
            chunk[row % DETAIL_CHUNK] = describe(self.store.get_envelope(record_id), self.cases)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        return True

    def remove_id(self, record_id: str) -> bool:
        row = self.row_of(record_id)
        if row is None:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        # Rows after the removed one have shifted by one: decode them again when shown.
        self._details = {c: d for c, d in self._details.items() if (c + 1) * DETAIL_CHUNK <= row}
        self.endRemoveRows()
        return True
