"""A list of one record type beside its editor (minimal placeholder; the full page follows)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from intake_app.vault.vault import Vault


class RecordListPage(QWidget):
    changed = Signal()

    def __init__(self, vault: Vault, record_type: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.record_type = record_type
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(record_type))

    def has_unsaved_changes(self) -> bool:
        return False

    def discard_changes(self) -> None:
        return None
