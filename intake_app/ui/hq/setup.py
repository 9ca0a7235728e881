"""First run as headquarters: create the keys (or restore them from shares), then back them up.

The banner sits on top of the Inbox and the Profile & keys pages until the keys exist and a share backup
covers them; it opens the dialogs that do the work."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from intake_app.hq import key_backup
from intake_app.i18n import _
from intake_app.sync import keystore
from intake_app.ui import style
from intake_app.ui.hq.backup import ShareBackupDialog
from intake_app.ui.hq.restore import RestoreDialog
from intake_app.ui.sync.common import note
from intake_app.vault.vault import Vault


class KeySetupBanner(QFrame):
    """Signal `keys_changed` after keys were created, restored or backed up."""

    keys_changed = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.dialog: ShareBackupDialog | RestoreDialog | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("keySetupBanner")
        layout = QVBoxLayout(self)
        self.text = note("", self, style.WARNING, bold=True)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.create_button = QPushButton(_("Create headquarters keys"), self)
        self.create_button.clicked.connect(self.create_keys)
        self.restore_button = QPushButton(_("Restore keys from backup shares…"), self)
        self.restore_button.clicked.connect(self.open_restore)
        self.backup_button = QPushButton(_("Back up the keys as shares…"), self)
        self.backup_button.clicked.connect(self.open_backup)
        for button in (self.create_button, self.restore_button, self.backup_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.refresh()

    def needs_keys(self) -> bool:
        return not key_backup.has_hq_keys(self.vault)

    def refresh(self) -> None:
        has_keys = key_backup.has_hq_keys(self.vault)
        backed_up = has_keys and key_backup.backup_is_current(self.vault)
        self.create_button.setVisible(not has_keys)
        self.restore_button.setVisible(not has_keys)
        self.backup_button.setVisible(has_keys and not backed_up)
        if not has_keys:
            self.text.setText(_("Headquarters has no keys yet. Create them now (then back them up as shares), or "
                                "restore them from a share backup if this replaces a headquarters computer."))
        else:
            self.text.setText(_("The headquarters keys are not backed up. If this computer is lost or breaks, "
                                "every record ever sent to headquarters is lost with it. Back them up as shares "
                                "now."))
        self.setVisible(not backed_up)

    def create_keys(self) -> ShareBackupDialog:
        keystore.ensure_hq_keys(self.vault)
        self.refresh()
        self.keys_changed.emit()
        return self.open_backup()

    def open_backup(self) -> ShareBackupDialog:
        dialog = ShareBackupDialog(self.vault, self)
        dialog.backed_up.connect(self._changed)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_restore(self) -> RestoreDialog:
        dialog = RestoreDialog(self.vault, self)
        dialog.restored.connect(self._changed)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _changed(self) -> None:
        self.refresh()
        self.keys_changed.emit()
