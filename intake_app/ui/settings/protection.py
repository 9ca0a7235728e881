"""The Settings section for a seized laptop or a coerced worker: the duress passphrase, the wipe after
wrong passphrases, the panic key's action, and this session's notes (the app keeps no log on disk).

The duress passphrase takes effect at once (its own dialog); the wipe limit and the panic action are
preferences applied with the Settings window's OK.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.i18n import P_, _
from intake_app.logging_setup import recent_lines
from intake_app.settings import PANIC_DESTROY, PANIC_LOCK, WIPE_AFTER_CHOICES, Settings
from intake_app.ui import style
from intake_app.ui.settings.duress import DuressDialog
from intake_app.ui.widgets import messages
from intake_app.ui.workers import Task, run_call
from intake_app.vault.duress import DuressMode, duress_mode, remove_duress
from intake_app.vault.vault import Vault

log = logging.getLogger(__name__)


def wipe_choice_text(n: int) -> str:
    if n == 0:
        return _("Never")
    return P_("After {n} wrong passphrase in a row", "After {n} wrong passphrases in a row", n).format(n=n)


def _note(text: str, parent: QWidget, *, colour: str = style.MUTED) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(style.colour_style(colour))
    return label


def _row(label: str, field: QWidget | QHBoxLayout, parent: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(QLabel(label, parent))
    if isinstance(field, QHBoxLayout):
        row.addLayout(field, 1)
    else:
        row.addWidget(field, 1)
    return row


class ProtectionGroup(QGroupBox):
    def __init__(self, vault: Vault, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(_("If the laptop is taken or you are forced to open it"), parent)
        self.vault = vault
        self._task: Task | None = None
        self.duress_dialog: DuressDialog | None = None

        self.duress_status = QLabel(self)
        self.duress_status.setWordWrap(True)
        self.duress_button = QPushButton(_("Set duress passphrase…"), self)
        self.duress_button.clicked.connect(self.open_duress_dialog)
        self.remove_button = QPushButton(_("Remove"), self)
        self.remove_button.clicked.connect(self.ask_remove_duress)
        duress_row = QHBoxLayout()
        duress_row.addWidget(self.duress_status, 1)
        duress_row.addWidget(self.duress_button)
        duress_row.addWidget(self.remove_button)

        self.wipe = QComboBox(self)
        choices = sorted({0, *WIPE_AFTER_CHOICES, settings.wipe_after})
        for n in choices:
            self.wipe.addItem(wipe_choice_text(n), n)
        self.wipe.setCurrentIndex(choices.index(settings.wipe_after))
        self.panic = QComboBox(self)
        self.panic.addItem(_("Lock"), PANIC_LOCK)
        self.panic.addItem(_("Lock and destroy the keys"), PANIC_DESTROY)
        self.panic.setCurrentIndex(1 if settings.panic_action == PANIC_DESTROY else 0)

        self.log_button = QPushButton(_("Show this session's notes…"), self)
        self.log_button.clicked.connect(self.show_notes)

        # A column, not a form: word-wrapped notes in form rows get squeezed to one clipped line.
        layout = QVBoxLayout(self)
        layout.addLayout(_row(_("Duress passphrase:"), duress_row, self))
        layout.addWidget(_note(_("A second passphrase that opens a decoy vault instead of your real records, "
                                 "for when someone forces you to open the app. Off until you set one."), self))
        layout.addLayout(_row(_("Destroy the vault:"), self.wipe, self))
        layout.addWidget(_note(_("After this many wrong passphrases in a row, the vault is destroyed: nobody "
                                 "can open it any more, and the app starts as if newly installed. Records "
                                 "already sent to headquarters stay there. Off by default; at least 5."), self))
        layout.addLayout(_row(_("Panic key:"), self.panic, self))
        layout.addWidget(_note(_("\"Lock and destroy the keys\" also makes the vault impossible to open, for "
                                 "anyone, for ever, when you press the panic key. Records already sent to "
                                 "headquarters stay there."), self))
        layout.addWidget(_note(_("The app keeps no diary on this laptop: its notes stay in memory and are "
                                 "gone when it locks."), self))
        notes_row = QHBoxLayout()
        notes_row.addStretch(1)
        notes_row.addWidget(self.log_button)
        layout.addLayout(notes_row)
        self.refresh_duress_status()

    # -- values applied with OK ------------------------------------------------------------------------

    def wipe_after(self) -> int:
        return int(self.wipe.currentData())

    def panic_action(self) -> str:
        return str(self.panic.currentData())

    # -- the duress passphrase -------------------------------------------------------------------------

    def refresh_duress_status(self) -> None:
        mode = duress_mode(self.vault)
        texts = {
            DuressMode.OFF: _("Not set."),
            DuressMode.DECOY: _("Set: it opens the decoy vault."),
            DuressMode.DESTROY: _("Set: it opens the decoy vault and destroys the real keys when used."),
        }
        self.duress_status.setText(texts[mode])
        self.duress_button.setText(_("Set duress passphrase…") if mode is DuressMode.OFF
                                   else _("Replace…"))
        self.remove_button.setEnabled(mode is not DuressMode.OFF and self._task is None)

    def open_duress_dialog(self) -> DuressDialog:
        dialog = DuressDialog(self.vault, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: self.refresh_duress_status())
        dialog.open()
        self.duress_dialog = dialog
        return dialog

    def ask_remove_duress(self) -> None:
        messages.ask(self, _("Remove the duress passphrase?"),
                     _("The duress passphrase will stop working. The decoy vault stays, unused, as in "
                       "every vault."), self.remove_duress, yes_text=_("Remove"))

    def remove_duress(self) -> None:
        if self._task is not None:
            return
        vault = self.vault
        self._task = run_call(lambda: remove_duress(vault), "remove duress")
        self._task.finished.connect(self._removed)
        self._task.failed.connect(self._remove_failed)
        self.remove_button.setEnabled(False)

    def _removed(self, _result: object) -> None:
        self._task = None
        self.refresh_duress_status()

    def _remove_failed(self, message: str) -> None:
        self._task = None
        self.refresh_duress_status()
        messages.inform(self, _("Duress passphrase"), message, error=True)

    # -- notes -----------------------------------------------------------------------------------------

    def show_notes(self) -> QDialog:
        dialog = QDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(_("Notes of this session"))
        text = QPlainTextEdit(dialog)
        text.setReadOnly(True)
        text.setPlainText("\n".join(recent_lines()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(_note(_("Kept in memory only; gone when the app locks. They never hold record "
                                 "content."), dialog))
        layout.addWidget(text)
        layout.addWidget(buttons)
        dialog.resize(720, 420)
        dialog.open()
        self.notes_dialog = dialog
        self.notes_text = text
        return dialog
