"""Setting the duress passphrase: typed twice, shown to differ from the real one before it is saved,
with the choice to destroy the real keys when it is used, explained plainly.

The two slow steps (the "is it different?" check and the saving, one Argon2id run each) run on a worker.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.i18n import N_, _
from intake_app.ui import style
from intake_app.ui.widgets import messages
from intake_app.ui.widgets.passphrase import NewPassphraseFields
from intake_app.ui.workers import Task, run_call
from intake_app.vault.duress import passphrase_in_use, set_duress
from intake_app.vault.vault import Vault

log = logging.getLogger(__name__)


def duress_explanation() -> str:
    return _("A duress passphrase is a second passphrase for when someone forces you to open the app. "
             "It opens a separate decoy vault that never shows your real records. You can put a few "
             "ordinary records in the decoy, so that it looks used. The app looks and works the same "
             "with either passphrase, and nothing on the laptop shows whether one is set.")


def destroy_explanation() -> str:
    return _("If you tick this, the first time the duress passphrase is used, your real passphrase and "
             "your recovery key stop working for ever, without any message. Nobody can open the real "
             "records after that, not even you. Records already sent to headquarters stay safe there; "
             "everything not yet sent is lost.")


class DuressDialog(QDialog):
    """Opened from Settings; closes itself once the duress passphrase is set (`done_setting`)."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self._task: Task | None = None
        self._checked: str | None = None  # the passphrase the "differs" check last confirmed
        self.setWindowTitle(_("Set a duress passphrase"))
        intro = QLabel(duress_explanation(), self)
        intro.setWordWrap(True)
        self.fields = NewPassphraseFields(self, first_label=N_("Duress passphrase:"))
        self.differs = QLabel(self)
        self.differs.setWordWrap(True)
        self.destroy_box = QCheckBox(_("Also destroy the real vault's keys when the duress passphrase is used"),
                                     self)
        self.destroy_note = QLabel(destroy_explanation(), self)
        self.destroy_note.setWordWrap(True)
        self.destroy_note.setStyleSheet(style.colour_style(style.ERROR))
        self.destroy_note.setVisible(False)
        self.destroy_box.toggled.connect(self.destroy_note.setVisible)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(style.colour_style(style.ERROR))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.set_button = QPushButton(_("Set duress passphrase"), self)
        self.set_button.setDefault(True)
        self.buttons.addButton(self.set_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.start_setting)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.fields, self.differs, self.destroy_box, self.destroy_note, self.error,
                       self.busy, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(600)
        self.fields.validity_changed.connect(self._pair_changed)
        self._update_button()

    # -- "it differs from the real one" ----------------------------------------------------------------

    def _pair_changed(self, valid: bool) -> None:
        self._checked = None
        self.differs.setText("")
        if valid and self._task is None:
            candidate = self.fields.passphrase()
            self.differs.setText(_("Checking that it differs from your real passphrase…"))
            self.differs.setStyleSheet(style.colour_style(style.MUTED))
            vault = self.vault
            self._task = run_call(lambda: passphrase_in_use(vault, candidate), "duress check")
            self._task.finished.connect(lambda in_use: self._checked_result(candidate, bool(in_use)))
            self._task.failed.connect(self._failed)
        self._update_button()

    def _checked_result(self, candidate: str, in_use: bool) -> None:
        self._task = None
        if candidate != self.fields.passphrase() or not self.fields.is_valid():
            self._pair_changed(self.fields.is_valid())  # typed on meanwhile: check the new text
            return
        if in_use:
            self.differs.setText(_("This is a passphrase you already use to open this vault. "
                                   "Choose a different one."))
            self.differs.setStyleSheet(style.colour_style(style.ERROR))
        else:
            self._checked = candidate
            self.differs.setText(_("✓ Both entries match, and it differs from your real passphrase."))
            self.differs.setStyleSheet(style.colour_style(style.OK))
        self._update_button()

    def _update_button(self, *_args: object) -> None:
        ready = self.fields.is_valid() and self._checked == self.fields.passphrase()
        self.set_button.setEnabled(self._task is None and ready)

    # -- saving ----------------------------------------------------------------------------------------

    def start_setting(self) -> None:
        if self._task is not None or not self.set_button.isEnabled():
            return
        vault, secret, destroy = self.vault, self.fields.passphrase(), self.destroy_box.isChecked()
        self._task = run_call(lambda: set_duress(vault, secret, destroy_real=destroy), "set duress")
        self._task.finished.connect(self._done)
        self._task.failed.connect(self._failed)
        self.error.setText("")
        self._set_busy(True)

    def _done(self, _result: object) -> None:
        self._task = None
        self._set_busy(False)
        self.fields.clear()
        parent = self.parentWidget()
        self.accept()
        if parent is not None:
            messages.inform(parent, _("Duress passphrase set"),
                            _("The duress passphrase is set. It opens a separate decoy vault, never your "
                              "real records."))

    def _failed(self, message: str) -> None:
        self._task = None
        self._set_busy(False)
        self.error.setText(message)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.fields.setEnabled(not busy)
        self.destroy_box.setEnabled(not busy)
        self._update_button()

    def reject(self) -> None:
        if self._task is None:
            super().reject()
