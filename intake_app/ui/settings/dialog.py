"""Settings: language, auto-lock delay, wipe limit and panic action (applied with OK); passphrase,
recovery key and duress passphrase (at once).

Language, delay, wipe limit and panic action are preferences, saved unencrypted in the settings file;
the passphrase, the recovery key and the duress passphrase change the vault's key file and take effect
immediately, each behind its own button.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from intake_app.i18n import _
from intake_app.settings import AUTOLOCK_CHOICES_MIN, Settings
from intake_app.ui import style
from intake_app.ui.language import LanguageCombo
from intake_app.ui.lock.watcher import LOCK_SHORTCUT, PANIC_SHORTCUT_TEXT
from intake_app.ui.settings.passphrase import ChangePassphraseDialog
from intake_app.ui.settings.protection import ProtectionGroup
from intake_app.ui.settings.recovery import RecoveryKeyDialog
from intake_app.ui.widgets import messages
from intake_app.ui.workers import Task, run_call
from intake_app.vault.vault import Vault

log = logging.getLogger(__name__)


def minutes_text(n: int) -> str:
    return _("1 minute") if n == 1 else _("{n} minutes").format(n=n)


class SettingsDialog(QDialog):
    """`applied(language, autolock_minutes)` is emitted when the user presses OK, after the wipe limit and
    the panic action have been put into `settings` (the controller's own object, which it then saves)."""

    applied = Signal(str, int)

    def __init__(self, vault: Vault, settings: Settings, current_language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.settings = settings
        self._task: Task | None = None
        self.setWindowTitle(_("Settings"))

        self.language = LanguageCombo(self)
        self.language.set_code(current_language)
        self.autolock = QComboBox(self)
        choices = sorted({*AUTOLOCK_CHOICES_MIN, settings.autolock_minutes})
        for minutes in choices:
            self.autolock.addItem(minutes_text(minutes), minutes)
        self.autolock.setCurrentIndex(choices.index(settings.autolock_minutes))
        general = QGroupBox(_("General"), self)
        general_form = QFormLayout(general)
        general_form.addRow(_("Language:"), self.language)
        general_form.addRow(_("Lock after no activity for:"), self.autolock)

        self.passphrase_button = QPushButton(_("Change passphrase…"), self)
        self.passphrase_button.clicked.connect(self.open_change_passphrase)
        self.recovery_status = QLabel(self)
        self.recovery_status.setWordWrap(True)
        self.recovery_button = QPushButton(_("Replace recovery key…"), self)
        self.recovery_button.clicked.connect(self.ask_replace_recovery_key)
        recovery_row = QHBoxLayout()
        recovery_row.addWidget(self.recovery_status, 1)
        recovery_row.addWidget(self.recovery_button)
        shortcuts = QLabel(_("Lock: {lock}. Panic key: {panic} locks at once, clears the clipboard and hides "
                             "the window.").format(
                                 lock=LOCK_SHORTCUT.toString(), panic=PANIC_SHORTCUT_TEXT), self)
        shortcuts.setWordWrap(True)
        shortcuts.setStyleSheet(style.colour_style(style.MUTED))
        security = QGroupBox(_("Security"), self)
        security_form = QFormLayout(security)
        passphrase_row = QHBoxLayout()
        passphrase_row.addWidget(self.passphrase_button)
        passphrase_row.addStretch(1)
        security_form.addRow(_("Passphrase:"), passphrase_row)
        security_form.addRow(_("Recovery key:"), recovery_row)
        security_form.addRow(shortcuts)

        # The Back up dialog lives with the backup feature (ui/backup); Settings only opens it.
        self.backup_button = QPushButton(_("Back up…"), self)
        self.backup_button.clicked.connect(self.open_backup)
        security_form.addRow(_("Backup:"), self.backup_button)

        ok_cancel = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        self.buttons = QDialogButtonBox(ok_cancel, self)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        # Two tabs: with the protections' explanations on one page the window would not fit a small
        # laptop screen.
        main_tab = QWidget(self)
        main_layout = QVBoxLayout(main_tab)
        main_layout.setSpacing(style.MARGIN)
        main_layout.addWidget(general)
        main_layout.addWidget(security)
        main_layout.addStretch(1)
        self.protection = ProtectionGroup(vault, settings, self)
        protection_tab = QWidget(self)
        protection_layout = QVBoxLayout(protection_tab)
        protection_layout.addWidget(self.protection)
        protection_layout.addStretch(1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(main_tab, _("General"))
        self.tabs.addTab(protection_tab, _("Protection"))
        layout = QVBoxLayout(self)
        layout.setSpacing(style.MARGIN)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
        # A tab widget sizes itself as if wrapped text were one line: make room for the protections'
        # explanations at the width they will have, in whatever language.
        needed = self.protection.heightForWidth(600 - 2 * style.MARGIN)
        if needed > 0:
            self.tabs.setMinimumHeight(needed + self.tabs.tabBar().sizeHint().height() + 4 * style.MARGIN)
        self.refresh_recovery_status()

    def refresh_recovery_status(self) -> None:
        self.recovery_status.setText(_("A recovery key is set.") if self.vault.recovery_key_set
                                     else _("No recovery key is set."))

    def _ok(self) -> None:
        # Saved with the other preferences when `applied` is handled (the same Settings object).
        self.settings.wipe_after = self.protection.wipe_after()
        self.settings.panic_action = self.protection.panic_action()
        self.applied.emit(self.language.code(), int(self.autolock.currentData()))
        self.accept()

    # -- passphrase ------------------------------------------------------------------------------------

    def open_change_passphrase(self) -> ChangePassphraseDialog:
        dialog = ChangePassphraseDialog(self.vault, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_backup(self) -> QDialog:
        from intake_app.ui.backup.dialog import BackupDialog

        dialog = BackupDialog(self.vault, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- recovery key ----------------------------------------------------------------------------------

    def ask_replace_recovery_key(self) -> None:
        messages.ask(self, _("Replace the recovery key?"),
                     _("A new recovery key will be made and shown once. The current recovery key stops "
                       "working at once."),
                     self.replace_recovery_key, yes_text=_("Make a new key"), destructive=True)

    def replace_recovery_key(self) -> None:
        if self._task is not None:
            return
        vault = self.vault
        self._task = run_call(vault.new_recovery_key, "replace recovery key")
        self._task.finished.connect(self._show_new_key)
        self._task.failed.connect(self._replace_failed)
        self.recovery_button.setEnabled(False)

    def _show_new_key(self, key_text: object) -> None:
        self._task = None
        self.recovery_button.setEnabled(True)
        self.refresh_recovery_status()
        dialog = RecoveryKeyDialog(str(key_text), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.key_dialog = dialog

    def _replace_failed(self, message: str) -> None:
        self._task = None
        self.recovery_button.setEnabled(True)
        messages.inform(self, _("Recovery key"), message, error=True)
