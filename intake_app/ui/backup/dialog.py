"""The Back up dialog: when the last verified backup was, the reminder delay, and a new backup into a
folder the user picks (ideally a removable drive). The copy and its check run off the GUI thread."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from intake_app.i18n import _
from intake_app.ui import style
from intake_app.ui.sync import prompts
from intake_app.ui.workers import Task, start_task
from intake_app.vault.backup import LAST_BACKUP_META, make_backup, reminder_days, set_reminder_days
from intake_app.vault.vault import Role, Vault

log = logging.getLogger(__name__)


def local_time(iso_utc: str | None) -> str:
    if not iso_utc:
        return _("never")
    try:
        return datetime.fromisoformat(iso_utc.replace("Z", "+00:00")).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso_utc


class BackupDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self._task: Task | None = None
        self.setWindowTitle(_("Back up the vault"))
        intro = QLabel(_("A backup is a checked copy of the whole vault, encrypted like the vault itself: it "
                         "opens only with your passphrase or recovery key. Choose a folder on a removable "
                         "drive and keep the drive as safe as the laptop."), self)
        intro.setWordWrap(True)
        self.last = QLabel(self)
        self.reminder = QSpinBox(self)
        self.reminder.setRange(0, 365)
        self.reminder.setSpecialValueText(_("never"))
        self.reminder.setSuffix(" " + _("days"))
        self.reminder.setValue(reminder_days(vault))
        self.reminder.valueChanged.connect(self._reminder_changed)
        hint = QLabel(_("Headquarters is reminded after 7 days by default. On a field laptop there is no "
                        "reminder unless you set one: a backup on a stick is one more copy to protect.")
                      if vault.info.role == Role.HQ else
                      _("There is no reminder unless you set one here: a backup on a stick is one more copy "
                        "to protect."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet(style.colour_style(style.MUTED))
        self.backup_button = QPushButton(_("Choose a folder and back up…"), self)
        self.backup_button.clicked.connect(self.choose_and_back_up)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_("Last verified backup:"), self.last)
        form.addRow(_("Remind me after:"), self.reminder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.backup_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(buttons)
        # Wrapped labels do not ask for their height: give the texts room in every language.
        self.setMinimumSize(620, 420)
        self.refresh()

    def refresh(self) -> None:
        self.last.setText(local_time(self.vault.meta(LAST_BACKUP_META)))

    def _reminder_changed(self, days: int) -> None:
        set_reminder_days(self.vault, days)

    def choose_and_back_up(self) -> None:
        folder = prompts.folder(self, _("Choose the folder for the backup"))
        if folder:
            self.back_up_to(Path(folder))

    def back_up_to(self, folder: Path) -> None:
        if self._task is not None:
            return
        vault = self.vault
        self.backup_button.setEnabled(False)
        self.progress.show()
        self.progress.setValue(0)
        self.status.setStyleSheet("")
        self.status.setText(_("Copying and checking the vault…"))
        self._task = start_task(lambda progress, cancel: make_backup(
            vault, folder, progress=progress, cancelled=cancel.is_set), "backup")
        self._task.progress.connect(self._show_progress)
        self._task.finished.connect(self._done)
        self._task.failed.connect(self._failed)

    def is_busy(self) -> bool:
        return self._task is not None

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)

    def _done(self, result: object) -> None:
        self._task = None
        self.backup_button.setEnabled(True)
        self.progress.hide()
        self.refresh()
        path = getattr(result, "path", "")
        self.status.setStyleSheet(style.colour_style(style.OK))
        self.status.setText(_("The backup was written and checked: {path}. It opens with the same passphrase "
                              "or recovery key as this vault.").format(path=path))

    def _failed(self, message: str) -> None:
        self._task = None
        self.backup_button.setEnabled(True)
        self.progress.hide()
        self.status.setStyleSheet(style.colour_style(style.ERROR))
        self.status.setText(message)

    def reject(self) -> None:
        if self._task is None:  # a backup half-way would leave only its temporary folder; let it finish
            super().reject()
