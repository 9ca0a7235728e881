"""Restore the HQ keys from SLIP-39 shares (as many as the backup needs) into this HQ vault."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake_app.hq import key_backup
from intake_app.i18n import _, current_language
from intake_app.ui import style, workers
from intake_app.ui.sync.common import bold_title, note
from intake_app.vault.vault import Vault

log = logging.getLogger(__name__)


class RestoreDialog(QDialog):
    """Signal `restored` after the keys were put into the vault."""

    restored = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.task: workers.Task | None = None
        self.result_message = ""
        self.setWindowTitle(_("Restore the headquarters keys"))
        self.setModal(True)
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(bold_title(_("Restore the headquarters keys from shares"), self))
        layout.addWidget(note(_("Type or paste the words of each share in its own box, in any order. You need as "
                                "many shares as the backup asked for (usually 2). The restored keys become this "
                                "headquarters' keys."), self))
        self.inputs: list[QPlainTextEdit] = []
        self._box = QWidget(self)
        self._box_layout = QVBoxLayout(self._box)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._box)
        layout.addWidget(scroll, 1)
        for _i in range(2):
            self.add_share_box()
        self.error = note("", self, style.ERROR, bold=True)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.add_button = QPushButton(_("Add another share"), self)
        self.add_button.clicked.connect(self.add_share_box)
        self.cancel_button = QPushButton(_("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.restore_button = QPushButton(_("Restore the keys"), self)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore)
        row.addWidget(self.add_button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.restore_button)
        layout.addLayout(row)

    def add_share_box(self) -> QPlainTextEdit:
        number = len(self.inputs) + 1
        self._box_layout.addWidget(QLabel(_("Share {n}:").format(n=number), self._box))
        edit = QPlainTextEdit(self._box)
        edit.setFont(style.mono_font(current_language()))
        edit.setFixedHeight(edit.fontMetrics().height() * 5)
        edit.setTabChangesFocus(True)
        self._box_layout.addWidget(edit)
        self.inputs.append(edit)
        return edit

    def share_texts(self) -> list[str]:
        return [edit.toPlainText() for edit in self.inputs if edit.toPlainText().strip()]

    def restore(self) -> workers.Task | None:
        if self.task is not None:
            return None
        shares, vault = self.share_texts(), self.vault
        self.error.setText("")
        self.restore_button.setEnabled(False)
        task = workers.run_call(lambda: key_backup.restore(vault, shares), "restore keys")
        task.finished.connect(self._restored)
        task.failed.connect(self._failed)
        task.done.connect(self._done)
        self.task = task
        return task

    def _restored(self, result: key_backup.RestoreResult) -> None:
        log.info("keys restored from shares")
        self.result_message = result.message
        self.restored.emit()
        self.accept()

    def _failed(self, message: str) -> None:
        self.error.setText(message)

    def _done(self) -> None:
        self.task = None
        self.restore_button.setEnabled(True)
