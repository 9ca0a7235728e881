"""First run: restore a vault from a backup instead of making a new one.

The backup is opened with its passphrase (or recovery key) and checked before anything is written to the
data folder; a restore never writes over a vault. The work (Argon2id, the copy, the checks) runs off
the GUI thread.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.crypto.recovery import parse_recovery_key
from intake_app.i18n import P_, _
from intake_app.ui import style
from intake_app.ui.sync import prompts
from intake_app.ui.widgets.passphrase import make_secret_field
from intake_app.ui.workers import Task, run_call
from intake_app.vault.backup import BackupInfo, restore_backup
from intake_app.vault.vault import Vault

log = logging.getLogger(__name__)


def age_text(days: int | None) -> str:
    if days is None:
        return _("The age of this backup is not known.")
    if days == 0:
        return _("This backup was taken today.")
    return P_("This backup is {n} day old: anything recorded after it is not in it.",
              "This backup is {n} days old: anything recorded after it is not in it.", days).format(n=days)


def restore_and_open(folder: Path, base: Path, secret: str, use_recovery_key: bool) -> tuple[Vault, BackupInfo]:
    if use_recovery_key:
        raw = parse_recovery_key(secret)
        info = restore_backup(folder, base, recovery_key=raw)
        return Vault.open(base, recovery_key=raw), info
    info = restore_backup(folder, base, passphrase=secret)
    return Vault.open(base, passphrase=secret), info


class RestoreDialog(QDialog):
    """Emits `restored(vault, info)` with the restored, unlocked vault."""

    restored = Signal(object, object)

    def __init__(self, base: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base = base
        self._task: Task | None = None
        self.setWindowTitle(_("Restore from a backup"))
        intro = QLabel(_("Choose the backup folder (its name is a row of letters and digits) and enter the "
                         "passphrase the vault had when the backup was made, or its recovery key. The backup "
                         "is checked before anything is written."), self)
        intro.setWordWrap(True)
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setReadOnly(True)
        choose = QPushButton(_("Choose…"), self)
        choose.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(choose)
        self.secret = make_secret_field(self)
        self.use_recovery = QCheckBox(_("Use the recovery key instead of the passphrase"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_("Backup folder:"), row)
        form.addRow(_("Passphrase or recovery key:"), self.secret)
        form.addRow(self.use_recovery)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(_("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.start_restore)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumSize(620, 360)

    def choose_folder(self) -> None:
        folder = prompts.folder(self, _("Choose the backup folder"))
        if folder:
            self.folder_edit.setText(folder)

    def start_restore(self) -> None:
        if self._task is not None:
            return
        folder, secret = self.folder_edit.text(), self.secret.text()
        if not folder or not secret:
            self.status.setStyleSheet(style.colour_style(style.ERROR))
            self.status.setText(_("Choose the backup folder and enter its passphrase or recovery key."))
            return
        base, use_recovery = self.base, self.use_recovery.isChecked()
        self.status.setStyleSheet("")
        self.status.setText(_("Checking the backup and restoring it…"))
        self.restore_button.setEnabled(False)
        self._task = run_call(lambda: restore_and_open(Path(folder), base, secret, use_recovery), "restore")
        self._task.finished.connect(self._done)
        self._task.failed.connect(self._failed)

    def is_busy(self) -> bool:
        return self._task is not None

    def _done(self, result: object) -> None:
        self._task = None
        vault, info = result  # type: ignore[misc]
        self.secret.clear()
        log.info("first run: vault restored from a backup")
        self.status.setText(age_text(info.age_days))
        self.restored.emit(vault, info)
        self.accept()

    def _failed(self, message: str) -> None:
        self._task = None
        self.restore_button.setEnabled(True)
        self.status.setStyleSheet(style.colour_style(style.ERROR))
        self.status.setText(message)

    def reject(self) -> None:
        if self._task is None:
            super().reject()
