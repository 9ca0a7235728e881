"""Household links of a case: other cases (family members assisted too) and how they are related."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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

from intake_app.domain.models import HouseholdLink
from intake_app.i18n import _
from intake_app.ui.records.case_picker import CasePicker
from intake_app.ui.records.cases import CaseDirectory
from intake_app.ui.records.widgets import TaxonomyCombo

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class HouseholdEditor(QWidget):
    changed = Signal()

    def __init__(self, directory: CaseDirectory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.directory = directory
        self._self_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        add_row = QHBoxLayout()
        self.picker = CasePicker(directory, self)
        add_row.addWidget(self.picker, 2)
        self.relation = TaxonomyCombo("relations", parent=self)
        self.relation.set_key("spouse")
        self.relation.setAccessibleName(_("Relation"))
        add_row.addWidget(self.relation, 1)
        self.add_button = QPushButton(_("Add member"), self)
        self.add_button.clicked.connect(self._add_picked)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([_("Case"), _("Relation")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setMinimumHeight(80)
        self.table.setMaximumHeight(150)
        layout.addWidget(self.table)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        self.remove_button = QPushButton(_("Remove member"), self)
        self.remove_button.clicked.connect(self._remove)
        remove_row.addWidget(self.remove_button)
        layout.addLayout(remove_row)

    def set_self_id(self, case_id: str | None) -> None:
        """The case being edited, which cannot be its own household member."""
        self._self_id = case_id
        self._update_exclusions()

    def links(self) -> list[HouseholdLink]:
        out = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            combo = self.table.cellWidget(row, 1)
            if item is not None and isinstance(combo, TaxonomyCombo):
                out.append(HouseholdLink(case_id=str(item.data(ID_ROLE)), relation=combo.key() or "other"))
        return out

    def set_links(self, links: list[HouseholdLink]) -> None:
        self.table.setRowCount(0)
        for link in links:
            self._append(link.case_id, link.relation)
        self.picker.set_case_id(None)
        self._update_exclusions()

    def _append(self, case_id: str, relation: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(self.directory.name(case_id))
        item.setData(ID_ROLE, case_id)
        self.table.setItem(row, 0, item)
        combo = TaxonomyCombo("relations", parent=self.table)
        combo.set_key(relation)
        combo.currentIndexChanged.connect(self.changed)
        self.table.setCellWidget(row, 1, combo)

    def _add_picked(self) -> None:
        case_id = self.picker.case_id()
        if not case_id:
            return
        self._append(case_id, self.relation.key() or "other")
        self.picker.set_case_id(None)
        self._update_exclusions()
        self.changed.emit()

    def _remove(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self._update_exclusions()
            self.changed.emit()

    def _update_exclusions(self) -> None:
        ids = {link.case_id for link in self.links()}
        if self._self_id:
            ids.add(self._self_id)
        self.picker.exclude = frozenset(ids)
