"""Change the passphrase: the current one (checked by unlocking a copy of the key file), then the new
one twice with the strength meter. Both slow steps (two Argon2id runs) happen on a worker thread."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app import paths
from intake_app.i18n import _
from intake_app.ui import style
from intake_app.ui.widgets import messages
from intake_app.ui.widgets.passphrase import NewPassphraseFields, make_secret_field
from intake_app.ui.workers import Task, start_task
from intake_app.vault import keyslots
from intake_app.vault.vault import Vault

log = logging.getLogger(__name__)


def change_passphrase_checked(vault: Vault, current: str, new: str) -> None:
    """Check `current` against the key file on disk, then rewrap the passphrase slot with `new`.

    The vault is already unlocked, but someone who finds it unlocked must not be able to lock its owner
    out; so the current passphrase is proven first: the one that opens this database (in the decoy,
    the duress passphrase; in the real vault, never the duress one).
    """
    blob = paths.keyslots_path(vault.base).read_bytes()
    try:
        unlocked = keyslots.unlock_with_passphrase(blob, current)
    except keyslots.WrongSecretError as exc:
        raise keyslots.WrongSecretError(_("The current passphrase is not correct.")) from exc
    if unlocked.role != vault.own_passphrase_slot:
        raise keyslots.WrongSecretError(_("The current passphrase is not correct."))
    vault.change_passphrase(new)


class ChangePassphraseDialog(QDialog):
    """Opened from the settings dialog; closes itself when the passphrase has been changed."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self._task: Task | None = None
        self.setWindowTitle(_("Change the passphrase"))
        self.current = make_secret_field(self)
        self.current_label = QLabel(_("Current passphrase:"), self)
        self.current_label.setBuddy(self.current)
        self.fields = NewPassphraseFields(self)
        self.fields.form.insertRow(0, self.current_label, self.current)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(style.colour_style(style.ERROR))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.change_button = QPushButton(_("Change passphrase"), self)
        self.change_button.setDefault(True)
        self.buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.start_change)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.current.textChanged.connect(self._update_button)
        self.fields.validity_changed.connect(self._update_button)
        self._update_button()

    def _update_button(self, *_args: object) -> None:
        ready = bool(self.current.text()) and self.fields.is_valid()
        self.change_button.setEnabled(self._task is None and ready)

    def start_change(self) -> None:
        if self._task is not None or not self.change_button.isEnabled():
            return
        vault, current, new = self.vault, self.current.text(), self.fields.passphrase()

        def work(_progress: Callable[[int, int], None], _cancel: threading.Event) -> None:
            change_passphrase_checked(vault, current, new)

        self._task = start_task(work, "change passphrase")
        self._task.finished.connect(self._done)
        self._task.failed.connect(self._failed)
        self.error.setText("")
        self._set_busy(True)

    def _done(self, _result: object) -> None:
        self._task = None
        self._set_busy(False)
        self.current.clear()
        self.fields.clear()
        parent = self.parentWidget()
        self.accept()
        if parent is not None:
            messages.inform(parent, _("Passphrase changed"),
                            _("The passphrase was changed. Use the new one from now on."))

    def _failed(self, message: str) -> None:
        self._task = None
        self._set_busy(False)
        self.error.setText(message)
        self.current.selectAll()
        self.current.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.current.setEnabled(not busy)
        self.fields.setEnabled(not busy)
        self._update_button()

    def reject(self) -> None:
        if self._task is None:
            super().reject()
