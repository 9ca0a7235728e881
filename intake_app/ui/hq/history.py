"""HQ: the history of one record (every version headquarters holds: who made it, when it arrived, in which
bundle) beside what it shows now, and "Restore this version", which makes a new HQ version with that content.
Shown under the conflict in Review and under the search results (the HQ record views)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_app.errors import IntakeError
from intake_app.hq import history
from intake_app.hq.history import VersionInfo
from intake_app.i18n import _, current_language
from intake_app.sync.device_names import device_names
from intake_app.ui import style
from intake_app.ui.hq.diff import HIDDEN, compare, field_names, path_title, value_text
from intake_app.ui.lists.columns import local_time
from intake_app.ui.sync import prompts
from intake_app.ui.sync.common import bold_title, note, row_table
from intake_app.vault.vault import Vault


class HistoryPanel(QWidget):
    """Signal `changed` after a version was restored."""

    changed = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.record_id: str | None = None
        self.versions: list[VersionInfo] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bold_title(_("History of this record"), self))
        self.table = row_table(self, [_("Version"), _("Made by"), _("Received or made"), _("Bundle"),
                                      _("Note")], _("History of this record"))
        self.table.itemSelectionChanged.connect(self._show_selected)
        layout.addWidget(self.table, 1)
        self.fields = QTableWidget(0, 3, self)
        self.fields.setHorizontalHeaderLabels([_("Field"), _("This version"), _("Shown now")])
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.verticalHeader().hide()
        self.fields.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.fields.setAccessibleName(_("This version beside the one shown now"))
        layout.addWidget(self.fields, 1)
        row = QHBoxLayout()
        self.message = note("", self)
        row.addWidget(self.message, 1)
        self.restore_button = QPushButton(_("Restore this version…"), self)
        self.restore_button.clicked.connect(self.ask_restore)
        row.addWidget(self.restore_button)
        layout.addLayout(row)
        self.show_record(None)

    def show_record(self, record_id: str | None) -> None:
        self.record_id = record_id
        self.versions = [] if record_id is None else history.versions_of(self.vault, record_id)
        names = device_names(self.vault)
        self.table.setRowCount(len(self.versions))
        for index, v in enumerate(self.versions):
            who = names.name(v.device)
            bundle = "-" if v.bundle_id is None else _("{id} (hash {sha})").format(
                id=v.bundle_id[:8], sha=(v.bundle_sha256 or "")[:12])
            notes = [history.reason_text(v.reason)] if v.made_at_hq else []
            notes += [_("deleted")] if v.deleted else []
            notes += [_("shown now")] if v.is_head else []
            for column, text in enumerate((v.version.split(":")[-1], who, local_time(v.made_at), bundle,
                                           "; ".join(n for n in notes if n))):
                item = QTableWidgetItem(text)
                tips = {0: v.version, 1: _("Device id: {id}").format(id=v.device), 3: v.bundle_sha256 or ""}
                item.setToolTip(tips.get(column, ""))
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()
        if self.versions:
            self.table.selectRow(len(self.versions) - 1)
        self._show_selected()

    def selected(self) -> VersionInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.versions[rows[0].row()] if rows and rows[0].row() < len(self.versions) else None

    def _show_selected(self) -> None:
        version = self.selected()
        head = next((v for v in self.versions if v.is_head), None)
        self.restore_button.setEnabled(version is not None and not version.is_head)
        self.fields.setRowCount(0)
        if version is None or version.envelope is None or head is None or head.envelope is None:
            return
        rows = compare(version.envelope, head.envelope)
        names = field_names(version.record_type)
        lang = current_language()
        self.fields.setRowCount(len(rows))
        for index, row in enumerate(rows):
            values = [v if v.startswith(HIDDEN) else value_text(row.path, v, lang) for v in (row.a, row.b)]
            for column, text in enumerate((path_title(row.path, names), *values)):
                item = QTableWidgetItem(text)
                if row.differs:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.fields.setItem(index, column, item)
        self.fields.resizeRowsToContents()

    def ask_restore(self) -> None:
        version = self.selected()
        if version is None or self.record_id is None:
            return
        prompts.confirm(self, _("Restore this version"),
                        _("Show the content of version {version} again? Headquarters makes a new version with it; "
                          "every version stays in the history, nothing is overwritten.").format(
                            version=version.version.split(":")[-1]),
                        _("Restore"), lambda: self.restore(version.version))

    def restore(self, version: str) -> None:
        if self.record_id is None:
            return
        try:
            made = history.restore_version(self.vault, self.record_id, version)
        except IntakeError as exc:
            self.message.setStyleSheet(style.colour_style(style.ERROR, bold=True))
            self.message.setText(exc.message)
            return
        self.show_record(self.record_id)
        self.message.setStyleSheet(style.colour_style(style.OK))
        self.message.setText(_("Restored: the record now shows that content, as new version {version}.").format(
            version=made.version.split(":")[-1]))
        self.changed.emit()
