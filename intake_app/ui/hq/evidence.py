"""The evidence part of HQ review: possible duplicates and events, one tab each."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from intake_app.i18n import _
from intake_app.ui.hq.duplicates import DuplicatesPanel
from intake_app.ui.hq.event_links import EventsPanel
from intake_app.vault.vault import Vault


class EvidencePanel(QWidget):
    changed = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.duplicates = DuplicatesPanel(vault, self.tabs)
        self.events = EventsPanel(vault, self.tabs)
        self.tabs.addTab(self.duplicates, _("Same person?"))
        self.tabs.addTab(self.events, _("Same event?"))
        layout.addWidget(self.tabs)
        self.duplicates.changed.connect(self.changed)
        self.events.changed.connect(self.changed)
        # A confirmed person changes who counts as an independent witness.
        self.duplicates.changed.connect(self.events.refresh)

    def refresh(self) -> None:
        self.duplicates.refresh()
        self.events.refresh()

    def is_busy(self) -> bool:
        return self.duplicates.is_busy() or self.events.is_busy()
