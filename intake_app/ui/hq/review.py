"""HQ review: merge conflicts side by side (the differing fields highlighted; keep one version), the history
of the record in conflict (with "restore this version"), possible duplicates and events (ui/hq/evidence.py),
and the bundles waiting in quarantine."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_app.errors import IntakeError
from intake_app.hq import conflicts
from intake_app.hq.quarantine import list_quarantined
from intake_app.i18n import _, current_language
from intake_app.sync.device_names import DeviceNames, device_names
from intake_app.ui import style
from intake_app.ui.hq.diff import HIDDEN, compare, field_names, path_title, value_text
from intake_app.ui.hq.evidence import EvidencePanel
from intake_app.ui.hq.history import HistoryPanel
from intake_app.ui.lists.columns import local_time, type_name
from intake_app.ui.sync.common import bold_title, device_item, note
from intake_app.ui.widgets.empty_state import empty_overlay
from intake_app.vault.indexing import index_entry
from intake_app.vault.vault import Vault

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
HIGHLIGHT = "#fff3c4"


def version_caption(side: str, envelope: dict, names: DeviceNames) -> str:
    version = envelope.get("version", {})
    return _("Version {side}: {device}, edit {counter}, {when}").format(
        side=side, device=names.name(version.get("device")), counter=version.get("counter", "?"),
        when=local_time(envelope.get("updated_at", "")))


def column_title(side: str, shown: bool) -> str:
    title = _("Version {side}").format(side=side)
    return title + " " + _("(shown now)") if shown else title


class ReviewPage(QWidget):
    changed = Signal()
    busy_changed = Signal(bool)  # part of the page interface; never busy

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.current: tuple[conflicts.Conflict, dict, dict] | None = None
        self.names = DeviceNames()
        self.paths: list[str] = []
        layout = QVBoxLayout(self)
        layout.addWidget(bold_title(_("Review"), self))
        layout.addWidget(note(_("A conflict means a record was changed in two places (two laptops, or a laptop and "
                                "headquarters). Both versions are kept; compare them and keep the right one."), self))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.list = QListWidget(splitter)
        self.list.setAccessibleName(_("Conflicts"))
        self.list.currentItemChanged.connect(self._chosen)
        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.caption = note("", right, style.MUTED)
        right_layout.addWidget(self.caption)
        self.table = QTableWidget(0, 3, right)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(_("The two versions"))
        right_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.only_differences = QCheckBox(_("Only the fields that differ"), right)
        self.only_differences.setChecked(True)
        self.only_differences.toggled.connect(self._show_current)
        self.show_identifying = QCheckBox(_("Show identifying details"), right)
        self.show_identifying.toggled.connect(self._show_current)
        self.keep_a = QPushButton(_("Keep version A"), right)
        self.keep_a.clicked.connect(lambda: self.keep("a"))
        self.keep_b = QPushButton(_("Keep version B"), right)
        self.keep_b.clicked.connect(lambda: self.keep("b"))
        row.addWidget(self.only_differences)
        row.addWidget(self.show_identifying)
        row.addStretch(1)
        row.addWidget(self.keep_a)
        row.addWidget(self.keep_b)
        right_layout.addLayout(row)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 3)
        empty_overlay(self.table, _("No conflicts to review"),
                      _("A conflict appears here when a record was changed in two places (two laptops, or a laptop "
                        "and headquarters). Both versions are kept until you choose one."),
                      watch=self.list)
        self.message = note("", self)
        layout.addWidget(self.message)
        self.history = HistoryPanel(vault, self)
        self.history.changed.connect(self._restored)
        layout.addWidget(self.history, 2)

        self.evidence = EvidencePanel(vault, self)
        self.evidence.changed.connect(self.changed)
        layout.addWidget(self.evidence, 3)

        layout.addWidget(bold_title(_("Quarantine"), self))
        layout.addWidget(note(_("Bundles of devices that are not approved yet. They stay encrypted here and are "
                                "imported when the device is approved (on the Devices page)."), self, style.MUTED))
        self.quarantine = QTableWidget(0, 5, self)
        self.quarantine.setHorizontalHeaderLabels([_("Device"), _("Sequence"), _("Size"), _("Received"),
                                                   _("Status")])
        self.quarantine.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.quarantine.verticalHeader().hide()
        self.quarantine.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.quarantine.horizontalHeader().setStretchLastSection(True)
        self.quarantine.setAccessibleName(_("Quarantine"))
        # Room for its empty-state line or a few rows: the page scrolls, so a squeezed table would hide both.
        self.quarantine.setMinimumHeight(self.quarantine.horizontalHeader().sizeHint().height() * 5)
        empty_overlay(self.quarantine, _("No bundles are waiting"))
        layout.addWidget(self.quarantine, 1)
        self.refresh()

    # -- interface used by the main window ---------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return False

    def discard_changes(self) -> None:
        self.table.setRowCount(0)
        self.current = None

    def refresh(self) -> None:
        if not self.vault.is_open:
            return
        self.names = device_names(self.vault)  # versions edited here are "headquarters"
        chosen = self.current[0].id if self.current else None
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in conflicts.list_conflicts(self.vault):
            found = conflicts.get_conflict(self.vault, conflict.id)
            label = index_entry(found[1]).label if found else ""
            item = QListWidgetItem(_("{type}: {label}").format(type=type_name(conflict.record_type),
                                                               label=label or conflict.record_id[:8])
                                   + "\n" + local_time(conflict.detected_at), self.list)
            item.setData(ID_ROLE, conflict.id)
        self.list.blockSignals(False)
        if self.list.count() == 0:
            self.current = None
            self._show_current()
            self.message.setText(_("No conflicts to review."))
        else:
            rows = [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]
            self.list.setCurrentRow(rows.index(chosen) if chosen in rows else 0)
        self._refresh_quarantine()
        self.evidence.refresh()

    def _refresh_quarantine(self) -> None:
        bundles = list_quarantined(self.vault)
        self.quarantine.setRowCount(len(bundles))
        for index, b in enumerate(bundles):
            status = _("waiting") if b.status == "waiting" else _("refused")
            size = _("{n} KB").format(n=max(1, b.size // 1024))
            self.quarantine.setItem(index, 0, device_item(b.device_id, self.names))
            for column, text in enumerate((str(b.sequence), size, local_time(b.received_at), status), start=1):
                self.quarantine.setItem(index, column, QTableWidgetItem(text))

    # -- one conflict ------------------------------------------------------------------------------------

    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        self.current = None
        if item is not None:
            self.current = conflicts.get_conflict(self.vault, int(item.data(ID_ROLE)))
        self.message.setText("")
        self._show_current()

    def _restored(self) -> None:
        self.changed.emit()

    def _show_current(self) -> None:
        has = self.current is not None
        self.keep_a.setEnabled(has)
        self.keep_b.setEnabled(has)
        self.history.show_record(self.current[0].record_id if self.current is not None else None)
        if self.current is None:
            self.table.setRowCount(0)
            self.table.setHorizontalHeaderLabels([_("Field"), column_title("A", False), column_title("B", False)])
            self.caption.setText("")
            return
        conflict, a, b = self.current
        shown_a = conflict.winner == conflict.version_a
        self.table.setHorizontalHeaderLabels([_("Field"), column_title("A", shown_a),
                                              column_title("B", not shown_a)])
        self.caption.setText(version_caption("A", a, self.names) + "\n" + version_caption("B", b, self.names))
        self.caption.setToolTip("\n".join(_("Device id: {id}").format(id=v.get("version", {}).get("device", "-"))
                                          for v in (a, b)))
        rows = compare(a, b, show_identifying=self.show_identifying.isChecked())
        if self.only_differences.isChecked():
            rows = [row for row in rows if row.differs]
        names = field_names(conflict.record_type)
        self.table.setRowCount(len(rows))
        highlight = QBrush(QColor(HIGHLIGHT))
        self.paths = [row.path for row in rows]
        first_difference = None
        for index, row in enumerate(rows):
            if row.differs and first_difference is None:
                first_difference = index
            lang = current_language()
            values = [v if v.startswith(HIDDEN) else value_text(row.path, v, lang) for v in (row.a, row.b)]
            for column, text in enumerate((path_title(row.path, names), *values)):
                item = QTableWidgetItem(text)
                if row.differs:
                    item.setBackground(highlight)
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()
        if first_difference is not None:
            self.table.scrollToItem(self.table.item(first_difference, 0))

    def differing_fields(self) -> list[str]:
        """The paths (e.g. `alias`) of the highlighted rows."""
        return [self.paths[r] for r in range(self.table.rowCount()) if self.table.item(r, 0).font().bold()]

    def keep(self, side: str) -> None:
        if self.current is None:
            return
        conflict = self.current[0]
        try:
            resolved = conflicts.resolve(self.vault, conflict.id, side)
        except IntakeError as exc:
            self.message.setStyleSheet(style.colour_style(style.ERROR, bold=True))
            self.message.setText(exc.message)
            return
        kept = _("Conflict resolved: the record now shows version {side}.").format(side=side.upper())
        self.current = None
        self.refresh()
        self.history.show_record(resolved.record_id)  # the resolution is a version of its own
        self.message.setStyleSheet(style.colour_style(style.OK))
        self.message.setText(kept + f" ({resolved.kept_version})")
        self.changed.emit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()
