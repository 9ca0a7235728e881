"""Pieces shared by the field and HQ sync screens: framed sections, fingerprint words with their QR code,
a progress bar with a cancel button, writing a new file."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_app.i18n import _, current_language
from intake_app.sync.device_names import DeviceNames, short_id
from intake_app.ui import style
from intake_app.ui.sync.qr import QrLabel, fingerprint_payload

WORDS_PER_ROW = 4


def section(title: str, parent: QWidget) -> tuple[QGroupBox, QVBoxLayout]:
    box = QGroupBox(title, parent)
    layout = QVBoxLayout(box)
    layout.setSpacing(style.SPACING)
    return box, layout


class Note(QLabel):
    """A wrapped, selectable label that takes no room while it has no text (messages shown on demand)."""

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        super().setText(text)
        self.setVisible(bool(text))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        # A wrapped label gets the height of its preferred width from a layout squeezed by tables below
        # it, which cuts its last line off; asking for the height its actual width needs keeps it whole.
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width()) if self.wordWrap() else -1
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


def note(text: str, parent: QWidget, colour: str | None = None, *, bold: bool = False) -> QLabel:
    label = Note(parent)
    label.setText(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if colour is not None:
        label.setStyleSheet(style.colour_style(colour, bold))
    return label


def device_item(device_id: str | None, names: DeviceNames) -> QTableWidgetItem:
    """A table cell naming a device, with its whole id on hover."""
    item = QTableWidgetItem(names.name(device_id))
    item.setToolTip(_("Device id: {id}").format(id=device_id or "-"))
    return item


class FingerprintView(QWidget):
    """The fingerprint words, large and numbered, beside the QR code of the same words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(style.MARGIN)
        self._grid.setVerticalSpacing(style.SPACING)
        self.qr = QrLabel(self, module_px=4)
        words = QVBoxLayout()
        words.addLayout(self._grid)
        words.addStretch(1)  # the rows stay together however tall the QR code is
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(words, 1)
        row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        self._labels: list[QLabel] = []

    def set_words(self, words: list[str]) -> None:
        self.words = list(words)
        for label in self._labels:
            self._grid.removeWidget(label)
            label.deleteLater()
        self._labels = []
        font = style.mono_font(current_language(), style.TITLE_POINT_SIZE)
        font.setBold(True)
        for index, word in enumerate(self.words):
            label = QLabel(f"{index + 1}. {word}", self)
            label.setFont(font)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._grid.addWidget(label, index // WORDS_PER_ROW, index % WORDS_PER_ROW)
            self._labels.append(label)
        self.qr.set_text_code(fingerprint_payload(self.words) if self.words else "")

    def text(self) -> str:
        return " ".join(self.words)


class ProgressRow(QWidget):
    """A progress bar with a Cancel button; hidden while idle."""

    cancel_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.cancel_button = QPushButton(_("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel_clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self.setVisible(False)

    def start(self) -> None:
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.setVisible(True)

    def set_progress(self, done: int, total: int) -> None:
        self.bar.setValue(0 if total <= 0 else min(1000, done * 1000 // total))

    def stop(self) -> None:
        self.setVisible(False)


def bold_title(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setFont(style.title_font(current_language()))
    label.setWordWrap(True)
    return label


def vbox(parent: QWidget, margins: bool = True) -> QVBoxLayout:
    layout = QVBoxLayout(parent)
    if not margins:
        layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(style.SPACING)
    return layout


__all__ = ["FingerprintView", "ProgressRow", "bold_title", "device_item", "note", "row_table",
           "section", "short_id", "vbox"]


def row_table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    """A read-only table of whole rows, one selectable at a time, columns sized to their content."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAccessibleName(name)
    return table
