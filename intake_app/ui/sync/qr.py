"""QR codes drawn in memory (never a file): `segno` computes the matrix, Qt paints it."""

from __future__ import annotations

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

QUIET_ZONE = 4  # modules of white around the code, as the standard asks


def fingerprint_payload(words: list[str]) -> str:
    """What the fingerprint QR code holds: the same text on the HQ screen and on the field laptop, so a
    phone that scans both can compare them."""
    return "field-intake fingerprint: " + " ".join(words)


def qr_image(text: str, module_px: int = 6) -> QImage:
    """The QR code of `text` (error correction M) as a black-on-white image."""
    code = segno.make(text, error="m", micro=False)
    matrix = [bytes(row) for row in code.matrix]
    size = (len(matrix) + 2 * QUIET_ZONE) * module_px
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        black = QColor("black")
        for y, row in enumerate(matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect((x + QUIET_ZONE) * module_px, (y + QUIET_ZONE) * module_px,
                                     module_px, module_px, black)
    finally:
        painter.end()
    return image


class QrLabel(QLabel):
    """A label that shows the QR code of a text."""

    def __init__(self, parent: QWidget | None = None, module_px: int = 5) -> None:
        super().__init__(parent)
        self._module_px = module_px
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.payload = ""

    def set_text_code(self, text: str) -> None:
        self.payload = text
        if not text:
            self.clear()
            return
        self.setPixmap(QPixmap.fromImage(qr_image(text, self._module_px)))
