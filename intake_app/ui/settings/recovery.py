"""Show a newly made recovery key, once. The dialog closes only after the user says it is written down."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from intake_app.i18n import _
from intake_app.ui.widgets.recovery import RecoveryKeyView, recovery_key_hint


class RecoveryKeyDialog(QDialog):
    def __init__(self, key_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Your new recovery key"))
        self.notice = QLabel(_("The old recovery key no longer works. This is the new one."), self)
        self.notice.setWordWrap(True)
        self.hint = QLabel(recovery_key_hint(), self)
        self.hint.setWordWrap(True)
        self.view = RecoveryKeyView(key_text, self)
        self.written = QCheckBox(_("I have written down the new recovery key"), self)
        self.done_button = QPushButton(_("Done"), self)
        self.done_button.setEnabled(False)
        self.written.toggled.connect(self.done_button.setEnabled)
        self.done_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.hint)
        layout.addWidget(self.view)
        layout.addWidget(self.written)
        layout.addWidget(self.done_button)
        self.setMinimumWidth(640)

    def reject(self) -> None:
        # Escape must not make the only view of the key disappear by accident. (Locking hides it anyway.)
        if self.written.isChecked():
            super().reject()
