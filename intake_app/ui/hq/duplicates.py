"""HQ review: cases that may be one person. Confirm (counted once) or reject (never proposed again); a
confirmed pair can be undone, which is a new version of its link, like every decision here."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_app.errors import IntakeError
from intake_app.hq import identity
from intake_app.i18n import P_, _
from intake_app.ui import style, workers
from intake_app.ui.records.widgets import taxonomy_label
from intake_app.ui.sync.common import note, row_table
from intake_app.vault.vault import Vault

log = logging.getLogger(__name__)


def side_text(case: identity.CaseSummary) -> str:
    details = [taxonomy_label("sexes", case.sex), str(case.birth_year or "?")]
    if case.province:
        details.append(taxonomy_label("dprk_provinces", case.province))
    return _("{code} {alias} ({details})").format(code=case.code, alias=case.alias, details=", ".join(details))


class DuplicatesPanel(QWidget):
    """Candidate pairs (computed off the GUI thread), with confirm / reject and the reason for it."""

    changed = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.found: list[identity.Candidate] = []
        self.groups: list[list[str]] = []
        self.task: workers.Task | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(note(_("Cases that may be the same person, registered by different workers. Names never "
                                "leave the field: a match means the same name and birth date (or phone) were "
                                "entered there. Confirm only when you are sure; statistics then count one person."),
                              self, style.MUTED))
        self.table = row_table(self, [_("Case"), _("Maybe the same as"), _("Why")], _("Possible duplicates"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(_("Reason for your decision (optional, kept with it)"))
        self.reason.setMaxLength(2000)
        row.addWidget(self.reason, 1)
        self.confirm_button = QPushButton(_("Same person"), self)
        self.confirm_button.clicked.connect(lambda: self.decide("same"))
        self.reject_button = QPushButton(_("Different people"), self)
        self.reject_button.clicked.connect(lambda: self.decide("different"))
        row.addWidget(self.confirm_button)
        row.addWidget(self.reject_button)
        layout.addLayout(row)
        self.confirmed = QTableWidget(0, 1, self)
        self.confirmed.setHorizontalHeaderLabels([_("Confirmed as one person")])
        self.confirmed.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.confirmed.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.confirmed.verticalHeader().hide()
        self.confirmed.horizontalHeader().setStretchLastSection(True)
        self.confirmed.itemSelectionChanged.connect(self._update_buttons)
        self.confirmed.setMaximumHeight(140)
        layout.addWidget(self.confirmed)
        undo_row = QHBoxLayout()
        undo_row.addStretch(1)
        self.undo_button = QPushButton(_("Not the same person after all"), self)
        self.undo_button.setToolTip(_("Undo the confirmation: a new version of the link, the old one is kept."))
        self.undo_button.clicked.connect(self.undo)
        undo_row.addWidget(self.undo_button)
        layout.addLayout(undo_row)
        self.message = note("", self)
        layout.addWidget(self.message)
        self._update_buttons()

    def refresh(self) -> None:
        if not self.vault.is_open or self.task is not None:
            return
        vault = self.vault

        def work(_progress: object, _cancel: object) -> tuple[list[identity.Candidate], list[list[str]], dict]:
            with vault.reading() as conn:
                codes = {i: c for i, c in conn.execute(
                    "SELECT id, json_extract(body, '$.data.code') FROM records WHERE type = 'case'")}
            return identity.candidates(vault), identity.confirmed_groups(vault), codes

        self.task = workers.start_task(work, name="duplicate candidates")
        self.task.finished.connect(self._show)
        self.task.failed.connect(self._failed)

    def is_busy(self) -> bool:
        return self.task is not None

    def _show(self, result: tuple[list[identity.Candidate], list[list[str]], dict]) -> None:
        self.task = None
        self.found, self.groups, codes = result
        self.table.setRowCount(len(self.found))
        for index, pair in enumerate(self.found):
            why = "; ".join(r.text() for r in pair.reasons)
            for column, text in enumerate((side_text(pair.a), side_text(pair.b), why)):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.confirmed.setRowCount(len(self.groups))
        for index, group in enumerate(self.groups):
            self.confirmed.setItem(index, 0, QTableWidgetItem(" = ".join(codes.get(i) or i[:8] for i in group)))
        if not self.found:
            self.show_message(_("No possible duplicates to review."), style.MUTED)
        else:
            self.show_message(P_("{n} pair to review.", "{n} pairs to review.", len(self.found)).format(
                n=len(self.found)), style.MUTED)
        self._update_buttons()

    def _failed(self, message: str) -> None:
        self.task = None
        self.show_message(message, style.ERROR)

    def show_message(self, text: str, colour: str) -> None:
        self.message.setStyleSheet(style.colour_style(colour))
        self.message.setText(text)

    def decide(self, decision: str) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.found):
            return
        pair = self.found[row]
        try:
            outcome = identity.decide(self.vault, pair.a.id, pair.b.id, decision, reason=self.reason.text())
        except IntakeError as exc:
            self.show_message(exc.message, style.ERROR)
            return
        self.reason.clear()
        self.refresh()
        self.show_message(outcome.text(a=pair.a.code, b=pair.b.code), style.OK)
        self.changed.emit()

    def undo(self) -> None:
        row = self.confirmed.currentRow()
        if not 0 <= row < len(self.groups):
            return
        group = self.groups[row]
        try:
            # Every confirmed pair of the group becomes "different"; each is a new version of its link.
            for i, first in enumerate(group):
                for second in group[i + 1:]:
                    identity.decide(self.vault, first, second, "different", reason=self.reason.text())
        except IntakeError as exc:
            self.show_message(exc.message, style.ERROR)
            return
        self.reason.clear()
        self.refresh()
        self.changed.emit()

    def _update_buttons(self) -> None:
        chosen = self.table.currentRow() >= 0 and bool(self.table.selectedItems())
        self.confirm_button.setEnabled(chosen)
        self.reject_button.setEnabled(chosen)
        self.undo_button.setEnabled(bool(self.confirmed.selectedItems()))
