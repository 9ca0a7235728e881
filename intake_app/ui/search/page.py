"""Search across every record type (minimal placeholder; the full page follows)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from intake_app.vault.vault import Vault


class SearchPage(QWidget):
    changed = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        QVBoxLayout(self)

    def has_unsaved_changes(self) -> bool:
        return False

    def discard_changes(self) -> None:
        return None
