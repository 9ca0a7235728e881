"""The spreadsheet import wizard. It holds what the pages share: the file read, the tables' choices, the
mapping the user confirms; the core (`intake_app.spreadsheet`) does every check and every write, off the
GUI thread."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from intake_app.i18n import _
from intake_app.spreadsheet.mapping import Mapping
from intake_app.spreadsheet.reading import Spreadsheet
from intake_app.spreadsheet.suggest import TableChoices
from intake_app.ui.spreadsheet.pages import FilePage, MappingPage
from intake_app.ui.spreadsheet.run_pages import DryRunPage, ImportPage
from intake_app.vault.vault import Vault

log = logging.getLogger(__name__)


class ImportWizard(QWizard):
    """Emits `imported(added)` (records added per type) after a successful import."""

    imported = Signal(object)

    FILE, MAPPING, DRY_RUN, IMPORT = range(4)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.path: Path | None = None
        self.sheet: Spreadsheet | None = None
        self.base_mapping = Mapping()
        self.tables: list[TableChoices] = []
        self.mapping = Mapping()
        self.setWindowTitle(_("Import a spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setMinimumSize(900, 640)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.dry_run_page = DryRunPage(self)
        self.import_page = ImportPage(self)
        for page_id, page in ((self.FILE, self.file_page), (self.MAPPING, self.mapping_page),
                              (self.DRY_RUN, self.dry_run_page), (self.IMPORT, self.import_page)):
            self.setPage(page_id, page)
        self.setButtonText(QWizard.WizardButton.NextButton, _("Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, _("Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, _("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, _("Close"))

    def is_busy(self) -> bool:
        return any(page.is_busy() for page in (self.file_page, self.dry_run_page, self.import_page))

    def reject(self) -> None:
        # Cancel while importing means "stop the import" (nothing is written), not "leave it running".
        if self.import_page.is_busy():
            self.import_page.cancel()
            return
        if self.is_busy():
            return
        super().reject()
