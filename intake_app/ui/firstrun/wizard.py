"""The first-run wizard: language, passphrase, recovery key, type-back check; then the vault.

Nothing touches the disk before the user finishes the last page: the recovery key is generated in
memory and handed to `Vault.create`, which runs on a worker thread (Argon2id takes about a second)
while the page shows a busy indicator. Only then is the chosen language saved in the settings.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from intake_app.crypto.recovery import format_recovery_key, generate_recovery_key
from intake_app.i18n import _, current_language
from intake_app.settings import Settings
from intake_app.ui.firstrun.pages import ConfirmPage, LanguagePage, PassphrasePage, RecoveryPage
from intake_app.ui.workers import Task, run_call
from intake_app.vault.vault import Vault

log = logging.getLogger(__name__)


class FirstRunWizard(QWizard):
    """Emits `vault_created(vault)` with the new, unlocked vault, then closes."""

    vault_created = Signal(object)

    LANGUAGE, PASSPHRASE, RECOVERY, CONFIRM = range(4)

    def __init__(self, base: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base = base
        self._recovery_raw = generate_recovery_key()
        self._recovery_text = format_recovery_key(self._recovery_raw)
        self._task: Task | None = None
        self._vault_made = False
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setMinimumSize(720, 560)
        self.language_page = LanguagePage(self)
        self.passphrase_page = PassphrasePage()
        self.recovery_page = RecoveryPage(self._recovery_text)
        self.confirm_page = ConfirmPage(self)
        for page_id, page in ((self.LANGUAGE, self.language_page), (self.PASSPHRASE, self.passphrase_page),
                              (self.RECOVERY, self.recovery_page), (self.CONFIRM, self.confirm_page)):
            self.setPage(page_id, page)
        self.setStartId(self.LANGUAGE)
        # "Restore from a backup" instead of a new vault: offered on the first page only.
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.customButtonClicked.connect(self._custom_button)
        self.currentIdChanged.connect(self._page_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(_("Set up Field Intake"))
        self.setButtonText(QWizard.WizardButton.NextButton, _("Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, _("Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, _("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, _("Create the vault"))
        self.setButtonText(QWizard.WizardButton.CustomButton1, _("Restore from a backup…"))
        for page in (self.language_page, self.passphrase_page, self.recovery_page, self.confirm_page):
            page.retranslate()

    # -- restore instead of create ------------------------------------------------------------------

    def _page_changed(self, page_id: int) -> None:
        button = self.button(QWizard.WizardButton.CustomButton1)
        if button is not None:
            button.setVisible(page_id == self.LANGUAGE)

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.open_restore()

    def open_restore(self) -> QWidget:
        from intake_app.ui.firstrun.restore import RestoreDialog

        dialog = RestoreDialog(self.base, self)
        dialog.restored.connect(self._restored)
        dialog.open()
        self.restore_dialog = dialog
        return dialog

    def _restored(self, vault: object, _info: object) -> None:
        self._vault_made = True
        self._save_language()
        self.vault_created.emit(vault)
        self.accept()

    def _save_language(self) -> None:
        settings = Settings.load(self.base)
        settings.language = current_language()
        try:
            settings.save(self.base)
        except OSError:
            # The vault exists; a missing preference only means the language is asked of the system.
            log.warning("could not save the settings file")

    # -- the recovery key (in memory only) -----------------------------------------------------------

    def recovery_text(self) -> str:
        return self._recovery_text

    def recovery_groups(self) -> list[str]:
        return self._recovery_text.split("-")

    # -- creation ------------------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self._task is not None

    def is_created(self) -> bool:
        return self._vault_made

    def create_vault(self) -> None:
        """Called by the last page once the groups match: the first and only write."""
        if self._task is not None or self._vault_made:
            return
        base = self.base
        passphrase = self.passphrase_page.fields.passphrase()
        role = self.passphrase_page.chosen_role()
        raw = self._recovery_raw
        self._set_busy(True)
        self._task = run_call(lambda: Vault.create(base, passphrase, role, recovery_key=raw), "create vault")
        self._task.finished.connect(self._created)
        self._task.failed.connect(self._failed)

    def _created(self, result: object) -> None:
        vault, _text = result  # type: ignore[misc]
        self._task = None
        self._vault_made = True
        self._save_language()
        self.passphrase_page.fields.clear()
        log.info("first run: vault created")
        self.vault_created.emit(vault)
        self._set_busy(False)
        self.accept()

    def _failed(self, message: str) -> None:
        self._task = None
        self._set_busy(False)
        self.confirm_page.show_error(message)

    def _set_busy(self, busy: bool) -> None:
        self.confirm_page.show_busy(busy)
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.FinishButton,
                      QWizard.WizardButton.CancelButton):
            button = self.button(which)
            if button is not None:
                button.setEnabled(not busy)

    def reject(self) -> None:
        # Closing mid-creation would leave a half-made vault behind the user's back.
        if self._task is None:
            super().reject()
