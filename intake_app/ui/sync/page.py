"""The field laptop's Sync page: connect to headquarters, send bundles, handle receipts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from intake_app.i18n import _
from intake_app.ui.sync.common import bold_title
from intake_app.ui.sync.export import ExportSection
from intake_app.ui.sync.receipts import ReceiptsSection
from intake_app.ui.sync.setup import SetupSection
from intake_app.vault.vault import Vault


class SyncPage(QScrollArea):
    """Signals: `changed` (the status bar should refresh), `busy_changed(bool)` while a bundle is written
    (the window then keeps the user on this page: the vault is busy)."""

    changed = Signal()
    busy_changed = Signal(bool)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.addWidget(bold_title(_("Sync with headquarters"), inner))
        self.setup = SetupSection(vault, inner)
        self.export = ExportSection(vault, inner)
        self.receipts = ReceiptsSection(vault, inner)
        for part in (self.setup, self.export, self.receipts):
            layout.addWidget(part)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setWidget(inner)
        self.setup.profile_changed.connect(self._profile_changed)
        self.export.exported.connect(self.changed)
        self.export.busy_changed.connect(self.busy_changed)
        self.receipts.changed.connect(self._receipts_changed)

    # -- interface used by the main window ---------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return False

    def discard_changes(self) -> None:
        """Called before a lock: stop writing (the partial file is removed by the core)."""
        for task in (self.export.task, self.receipts.task):
            if task is not None:
                task.cancel()

    def prepare_bundle(self) -> None:
        self.export.prepare_bundle()

    def refresh(self) -> None:
        if not self.vault.is_open:
            return
        self.setup.refresh()
        self.export.refresh()
        self.receipts.refresh()

    def _profile_changed(self) -> None:
        self.export.refresh()
        self.receipts.refresh()

    def _receipts_changed(self) -> None:
        self.changed.emit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not event.spontaneous() and not self.export.is_busy() and not self.receipts.is_busy():
            self.refresh()
