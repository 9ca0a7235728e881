"""Back up the HQ keys as SLIP-39 shares: choose m of n, then each share on screen (to copy by hand) or
as a PDF sheet to print; finished only when the user says every share is safe."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from intake_app.errors import IntakeError
from intake_app.hq import key_backup
from intake_app.i18n import _, current_language
from intake_app.ui import style
from intake_app.ui.hq.share_sheet import share_sheet_texts, write_share_pdf
from intake_app.ui.sync import prompts
from intake_app.ui.sync.common import bold_title, note
from intake_app.vault.vault import Vault

log = logging.getLogger(__name__)

WORDS_PER_ROW = 4


class ShareView(QWidget):
    """One share's words in a numbered grid, large enough to copy onto paper."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(style.MARGIN * 2)
        self.labels: list[QLabel] = []

    def set_words(self, words: list[str]) -> None:
        for label in self.labels:
            self.grid.removeWidget(label)
            label.deleteLater()
        font = style.mono_font(current_language(), style.BASE_POINT_SIZE + 3)
        font.setBold(True)
        self.labels = []
        for i, word in enumerate(words):
            label = QLabel(f"{i + 1:>2}. {word}", self)
            label.setFont(font)
            self.grid.addWidget(label, i // WORDS_PER_ROW, i % WORDS_PER_ROW)
            self.labels.append(label)


class ShareBackupDialog(QDialog):
    """Signal `backed_up` once the user confirmed every share is safe (and the vault noted it)."""

    backed_up = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.backup: key_backup.Backup | None = None
        self.index = 0
        self.setWindowTitle(_("Back up the headquarters keys"))
        self.setModal(True)
        self.resize(820, 600)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._choice_page())
        self.stack.addWidget(self._share_page())
        QVBoxLayout(self).addWidget(self.stack)

    # -- page 1: m of n ----------------------------------------------------------------------------------

    def _choice_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(bold_title(_("Back up the headquarters keys as shares"), page))
        layout.addWidget(note(_("The keys are split into shares: word lists to write down or print. Any chosen "
                                "number of them restores the keys; fewer reveal nothing. Give each share to a "
                                "different trusted person, or keep them in different safe places. Without the "
                                "keys, headquarters cannot read any bundle it ever received."), page))
        form = QFormLayout()
        self.count = QSpinBox(page)
        self.count.setRange(2, key_backup.MAX_SHARES)
        self.count.setValue(3)
        self.threshold = QSpinBox(page)
        self.threshold.setRange(2, 3)
        self.threshold.setValue(2)
        self.count.valueChanged.connect(lambda n: self.threshold.setMaximum(n))
        form.addRow(_("Number of shares:"), self.count)
        form.addRow(_("Shares needed to restore:"), self.threshold)
        layout.addLayout(form)
        self.error = note("", page, style.ERROR, bold=True)
        layout.addWidget(self.error)
        layout.addStretch(1)
        row = QHBoxLayout()
        cancel = QPushButton(_("Cancel"), page)
        cancel.clicked.connect(self.reject)
        self.make_button = QPushButton(_("Make the shares"), page)
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make_shares)
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(self.make_button)
        layout.addLayout(row)
        return page

    def make_shares(self) -> None:
        try:
            self.backup = key_backup.make_backup(self.vault, self.threshold.value(), self.count.value())
        except IntakeError as exc:
            self.error.setText(exc.message)
            return
        self.show_share(0)
        self.stack.setCurrentIndex(1)

    # -- page 2: each share ------------------------------------------------------------------------------

    def _share_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.share_title = bold_title("", page)
        layout.addWidget(self.share_title)
        self.share_view = ShareView(page)
        layout.addWidget(self.share_view)
        self.share_note = note("", page)
        layout.addWidget(self.share_note)
        self.share_warning = note("", page, style.WARNING, bold=True)
        layout.addWidget(self.share_warning)
        self.pdf_message = note("", page)
        layout.addWidget(self.pdf_message)
        layout.addStretch(1)
        self.done_box = QCheckBox(page)
        self.done_box.toggled.connect(self._update_buttons)
        layout.addWidget(self.done_box)
        row = QHBoxLayout()
        self.pdf_button = QPushButton(_("Save this share as a PDF to print…"), page)
        self.pdf_button.clicked.connect(self.ask_pdf)
        self.previous_button = QPushButton(_("Previous share"), page)
        self.previous_button.clicked.connect(lambda: self.show_share(self.index - 1))
        self.next_button = QPushButton(_("Next share"), page)
        self.next_button.clicked.connect(lambda: self.show_share(self.index + 1))
        self.finish_button = QPushButton(_("Finish"), page)
        self.finish_button.clicked.connect(self.finish)
        row.addWidget(self.pdf_button)
        row.addStretch(1)
        for button in (self.previous_button, self.next_button, self.finish_button):
            row.addWidget(button)
        layout.addLayout(row)
        return page

    def show_share(self, index: int) -> None:
        backup = self.backup
        if backup is None or not 0 <= index < len(backup.shares):
            return
        self.index = index
        count = len(backup.shares)
        texts = share_sheet_texts(index + 1, count, backup.threshold, backup.fingerprint)
        self.share_title.setText(_("Share {k} of {n}").format(k=index + 1, n=count))
        self.share_view.set_words(backup.shares[index].split())
        self.share_note.setText(texts["which"] + "\n" + texts["fingerprint"])
        self.share_warning.setText(texts["warning"])
        self.pdf_message.setText("")
        self.done_box.setText(_("All {n} shares are written down or printed, and each will be kept apart from the "
                                "others.").format(n=count))
        self._update_buttons()

    def _update_buttons(self) -> None:
        last = self.backup is not None and self.index == len(self.backup.shares) - 1
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setVisible(not last)
        self.done_box.setVisible(last)
        self.finish_button.setVisible(last)
        self.finish_button.setEnabled(last and self.done_box.isChecked())

    def ask_pdf(self) -> None:
        prompts.confirm(
            self, _("Save a share as PDF"),
            _("The PDF holds a secret share. Save it only where you print from (for example a USB stick you erase "
              "afterwards), never on a shared, synchronised or backed-up drive. Nothing else is written anywhere."),
            _("Choose where to save"), self.save_pdf)

    def save_pdf(self) -> None:
        backup = self.backup
        if backup is None:
            return
        path = prompts.save_file(self, _("Save share as PDF"), f"share-{self.index + 1}-of-{len(backup.shares)}.pdf",
                                 _("PDF files") + " (*.pdf)")
        if not path:
            return
        target = Path(path)
        if target.exists() or target.is_symlink():
            self.pdf_message.setText(_("{path} already exists; choose another name (nothing was written).").format(
                path=target.name))
            return
        try:
            write_share_pdf(target, backup.shares[self.index].split(), self.index + 1, len(backup.shares),
                            backup.threshold, backup.fingerprint)
        except OSError as exc:
            self.pdf_message.setStyleSheet(style.colour_style(style.ERROR, bold=True))
            self.pdf_message.setText(str(exc))
            return
        self.pdf_message.setStyleSheet(style.colour_style(style.OK))
        self.pdf_message.setText(_("Share {k} saved to {name}. Print it, then delete the file.").format(
            k=self.index + 1, name=target.name))

    def finish(self) -> None:
        if self.backup is None or not self.done_box.isChecked():
            return
        key_backup.mark_backed_up(self.vault, self.backup)
        self.backup = None  # drop the shares from memory as soon as they are no longer shown
        self.backed_up.emit()
        self.accept()

    def share_words(self, index: int) -> list[str]:
        """For tests and the restore check: the words of share `index` (0-based) while the dialog is open."""
        return self.backup.shares[index].split() if self.backup is not None else []

