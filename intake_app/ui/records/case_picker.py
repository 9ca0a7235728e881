"""Choose a case by typing part of its alias or code: one case, or several (quick aid entry)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.i18n import _
from intake_app.ui.records.cases import CaseDirectory

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 200


class CasePicker(QWidget):
    """A line where the user types an alias or a code; matching cases pop up; Enter takes the first.

    `case_id()` is the chosen case, or None while the text does not name a chosen case.
    """

    case_changed = Signal()

    def __init__(self, directory: CaseDirectory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.directory = directory
        self.exclude: frozenset[str] = frozenset()
        self._case_id: str | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(_("Type an alias or a case code"))
        self.edit.setClearButtonEnabled(True)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self._model = QStandardItemModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.edit.setCompleter(self._completer)
        self._completer.activated[QModelIndex].connect(self._chosen_index)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh_matches)
        self.edit.textEdited.connect(self._typed)
        self.edit.returnPressed.connect(self._enter)

    # -- value ---------------------------------------------------------------------------------------------

    def case_id(self) -> str | None:
        return self._case_id

    def set_case_id(self, case_id: str | None) -> None:
        self._timer.stop()
        self._case_id = case_id or None
        self.edit.setText(self.directory.name(case_id) if case_id else "")
        self.case_changed.emit()

    def matches(self) -> list[tuple[str, str]]:
        """(id, name) of the cases offered for the current text."""
        return [(self._model.item(r).data(ID_ROLE), self._model.item(r).text())
                for r in range(self._model.rowCount())]

    # -- behaviour -----------------------------------------------------------------------------------------

    def _typed(self, _text: str) -> None:
        if self._case_id is not None:
            # Editing the name of a chosen case means choosing again: no stale id behind new text.
            self._case_id = None
            self.case_changed.emit()
        self._timer.start()

    def refresh_matches(self) -> None:
        self._timer.stop()
        self._model.clear()
        if not self.directory.vault.is_open:
            return  # locked while the user was typing
        for case_id, name in self.directory.find(self.edit.text(), exclude=self.exclude):
            item = QStandardItem(name)
            item.setData(case_id, ID_ROLE)
            item.setEditable(False)
            self._model.appendRow(item)
        if self._model.rowCount() and self.edit.hasFocus():
            self._completer.complete()

    def _chosen_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        case_id = index.data(ID_ROLE)
        if case_id:
            self._choose(str(case_id))

    def _enter(self) -> None:
        if self._case_id is not None:
            return
        if self._timer.isActive() or not self._model.rowCount():
            self.refresh_matches()
        if self._model.rowCount():
            self._completer.popup().hide()
            self._choose(str(self._model.item(0).data(ID_ROLE)))

    def _choose(self, case_id: str) -> None:
        # The completer writes the chosen row's text itself; set ours after it has.
        QTimer.singleShot(0, self, lambda: self._confirm(case_id))
        self._case_id = case_id
        self.edit.setText(self.directory.name(case_id))
        self.case_changed.emit()

    def _confirm(self, case_id: str) -> None:
        if self._case_id != case_id and self.edit.text() == self.directory.name(case_id):
            self.set_case_id(case_id)


class MultiCasePicker(QWidget):
    """Several cases at once: pick them one by one into a list (for handing the same kit to a group)."""

    cases_changed = Signal()

    def __init__(self, directory: CaseDirectory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.directory = directory
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.picker = CasePicker(directory, self)
        self.picker.case_changed.connect(self._picked)
        layout.addWidget(self.picker)
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setMinimumHeight(90)
        self.list.setAccessibleName(_("Cases receiving this aid"))
        layout.addWidget(self.list)
        row = QHBoxLayout()
        row.addStretch(1)
        self.remove_button = QPushButton(_("Remove selected cases"), self)
        self.remove_button.clicked.connect(self._remove)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.setFocusProxy(self.picker)

    def case_ids(self) -> list[str]:
        return [str(self.list.item(r).data(ID_ROLE)) for r in range(self.list.count())]

    def set_case_ids(self, ids: list[str]) -> None:
        self.list.clear()
        for case_id in ids:
            self._add(case_id)
        self.cases_changed.emit()

    def _add(self, case_id: str) -> None:
        item = QListWidgetItem(self.directory.name(case_id))
        item.setData(ID_ROLE, case_id)
        self.list.addItem(item)
        self.picker.exclude = frozenset(self.case_ids())

    def _picked(self) -> None:
        case_id = self.picker.case_id()
        if not case_id or case_id in self.case_ids():
            return
        self._add(case_id)
        # Ready for the next person: the picker empties once this pick is finished.
        QTimer.singleShot(0, self, lambda: self.picker.set_case_id(None))
        self.cases_changed.emit()

    def _remove(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.picker.exclude = frozenset(self.case_ids())
        self.cases_changed.emit()
