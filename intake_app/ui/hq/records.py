"""HQ search: the search page over every record received, with the device each record came from, and the
history of the record opened (every version headquarters holds, with "restore this version")."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from intake_app.i18n import _
from intake_app.sync.device_names import device_names
from intake_app.ui.hq.history import HistoryPanel
from intake_app.ui.lists.columns import Column, Details
from intake_app.ui.lists.page import size_columns
from intake_app.ui.search.page import SearchPage
from intake_app.vault.records import RecordRow, RecordStore
from intake_app.vault.vault import Vault


class OriginNames:
    """The name of a row's origin device. The device comes with the row, so naming it reads nothing."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.names = device_names(vault)

    def reload_labels(self) -> None:
        self.names = device_names(self.vault)

    def name(self, row: RecordRow, _details: Details) -> str:
        return self.names.name(row.origin_device)  # "Headquarters" for records made here


class HqSearchPage(SearchPage):
    """The search page with an Origin column (sorting still by the indexed columns)."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, parent)
        self.origins = OriginNames(vault)
        columns = list(self.model.columns)
        columns.insert(1, Column(_("Origin"), self.origins.name, chars=16))
        self.model.beginResetModel()
        self.model.columns = columns
        self.model.endResetModel()
        size_columns(self.view, self.model)
        self.view.horizontalHeader().setSortIndicator(self.model.sort_column(), self.model.sort_order())
        self.history = HistoryPanel(vault, self)
        self.history.changed.connect(self._restored)
        layout = self.layout()
        if layout is not None:
            layout.addWidget(self.history)

    def _open(self, index: QModelIndex) -> None:
        super()._open(index)
        self.history.show_record(self.model.row_id(index.row()) or None)

    def _restored(self) -> None:
        record_id = self.history.record_id
        self._record_changed("", record_id or "")
        found = RecordStore(self.vault).get_envelope(record_id) if record_id else None
        if found is not None and not found["deleted"]:
            self.host.open_record(found["type"], found["id"])

    def origin_of(self, row: int) -> str:
        record = self.model.row_at(row)
        return self.origins.name(record, {}) if record is not None else ""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if not event.spontaneous() and self.vault.is_open:
            self.origins.reload_labels()  # devices may have been approved or renamed meanwhile
        super().showEvent(event)
