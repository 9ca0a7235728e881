"""The items of an aid distribution: what was handed out, how many, in which unit."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.models import AidItem
from intake_app.i18n import _
from intake_app.ui.records.widgets import TaxonomyCombo, parse_number, taxonomy_label


def format_quantity(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


class ItemsTable(QWidget):
    """A small table, one row per item; every cell is a plain input so the keyboard works everywhere."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([_("Item"), _("Quantity"), _("Unit")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(1, 110)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab moves between the inputs of the cells, not between the table's cells behind them.
        self.table.setTabKeyNavigation(False)
        self.table.setMinimumHeight(120)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(_("Add item"), self)
        self.add_button.clicked.connect(self._add_clicked)
        buttons.addWidget(self.add_button)
        self.remove_button = QPushButton(_("Remove item"), self)
        self.remove_button.clicked.connect(self.remove_current)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    # -- rows -----------------------------------------------------------------------------------------------

    def add_row(self, item: AidItem | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QLineEdit(item.name if item else "", self.table)
        name.setPlaceholderText(_("e.g. rice"))
        name.setFrame(False)
        quantity = QLineEdit(format_quantity(item.quantity) if item else "1", self.table)
        quantity.setFrame(False)
        unit = TaxonomyCombo("units", parent=self.table)
        unit.set_key(item.unit if item else "piece")
        for widget in (name, quantity):
            widget.textChanged.connect(self.changed)
        unit.currentIndexChanged.connect(self.changed)
        self.table.setCellWidget(row, 0, name)
        self.table.setCellWidget(row, 1, quantity)
        self.table.setCellWidget(row, 2, unit)
        self.table.resizeRowToContents(row)
        return row

    def _add_clicked(self) -> None:
        row = self.add_row()
        self.table.setCurrentCell(row, 0)
        self.name_edit(row).setFocus()
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            # The row whose input has the focus counts as the current one.
            row = next((r for r in range(self.table.rowCount())
                        if any(w is not None and w.hasFocus()
                               for w in (self.table.cellWidget(r, c) for c in range(3)))), -1)
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def name_edit(self, row: int) -> QLineEdit:
        widget = self.table.cellWidget(row, 0)
        assert isinstance(widget, QLineEdit)  # noqa: S101 - built by add_row
        return widget

    def quantity_edit(self, row: int) -> QLineEdit:
        widget = self.table.cellWidget(row, 1)
        assert isinstance(widget, QLineEdit)  # noqa: S101
        return widget

    def unit_combo(self, row: int) -> TaxonomyCombo:
        widget = self.table.cellWidget(row, 2)
        assert isinstance(widget, TaxonomyCombo)  # noqa: S101
        return widget

    # -- value ----------------------------------------------------------------------------------------------

    def items(self) -> list[AidItem]:
        out = []
        for row in range(self.table.rowCount()):
            quantity = parse_number(self.quantity_edit(row).text())
            out.append(AidItem(name=self.name_edit(row).text().strip(),
                               quantity=quantity if quantity is not None else 0,
                               unit=self.unit_combo(row).key() or "other"))
        return out

    def set_items(self, items: list[AidItem]) -> None:
        self.table.setRowCount(0)
        for item in items:
            self.add_row(item)

    def bad_quantities(self) -> list[int]:
        """Rows whose quantity is not a number at all (0-based)."""
        return [row for row in range(self.table.rowCount())
                if parse_number(self.quantity_edit(row).text()) is None]

    def summary(self) -> str:
        return summarise_items(self.items())


def summarise_items(items: list[AidItem]) -> str:
    parts = [_("{name} {quantity} {unit}").format(name=i.name, quantity=format_quantity(i.quantity),
                                                 unit=taxonomy_label("units", i.unit)) for i in items]
    return ", ".join(parts)
