"""A print-friendly sheet for one SLIP-39 share of the HQ key backup, written as a PDF to the one file the
user chose (QPdfWriter paints straight into it: no temporary file, no print spool)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

from intake_app.i18n import _, current_language
from intake_app.ui import style

COLUMNS = 4


def share_sheet_texts(index: int, count: int, threshold: int, fingerprint: list[str]) -> dict[str, str]:
    """The words around the share, shared by the PDF and the on-screen view."""
    return {
        "title": _("Field Intake: headquarters key backup"),
        "which": _("Share {k} of {n}. Any {m} shares restore the keys; fewer reveal nothing.").format(
            k=index, n=count, m=threshold),
        "fingerprint": _("Key fingerprint (check it after restoring): {words}").format(words=" ".join(fingerprint)),
        "warning": _("Keep this sheet locked away, apart from the other shares. Whoever holds {m} shares can read "
                     "every record ever sent to headquarters. Never photograph it or keep it on a computer.").format(
            m=threshold),
        "fill": _("Kept by: ______________________    Date: ______________"),
    }


def write_share_pdf(path: Path, words: list[str], index: int, count: int, threshold: int,
                    fingerprint: list[str]) -> None:
    """Render one share to `path` (A4). Raises OSError when the file cannot be written."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(_("Key backup share {k} of {n}").format(k=index, n=count))
    writer.setCreator("Field Intake")
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(_("Cannot write {path}.").format(path=path))
    try:
        _paint(painter, writer.width(), words, share_sheet_texts(index, count, threshold, fingerprint))
    finally:
        painter.end()
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(_("Cannot write {path}.").format(path=path))


def _font(points: int, *, mono: bool = False, bold: bool = False) -> QFont:
    lang = current_language()
    font = style.mono_font(lang, points) if mono else style.ui_font(lang)
    font.setPointSize(points)
    font.setBold(bold)
    return font


def _paint(painter: QPainter, width: int, words: list[str], texts: dict[str, str]) -> None:
    y = 0.0

    def block(text: str, font: QFont, gap: float = 40.0) -> None:
        nonlocal y
        painter.setFont(font)
        rect = painter.boundingRect(QRectF(0, y, width, 10_000), Qt.TextFlag.TextWordWrap, text)
        painter.drawText(QRectF(0, y, width, rect.height()), Qt.TextFlag.TextWordWrap, text)
        y += rect.height() + gap

    block(texts["title"], _font(18, bold=True))
    block(texts["which"], _font(12, bold=True), 70)
    painter.setFont(_font(13, mono=True, bold=True))
    line = painter.fontMetrics().height() * 1.6
    column = width / COLUMNS
    for i, word in enumerate(words):
        row, col = divmod(i, COLUMNS)
        painter.drawText(QRectF(col * column, y + row * line, column, line),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), f"{i + 1:>2}. {word}")
    y += ((len(words) + COLUMNS - 1) // COLUMNS) * line + 70
    block(texts["fingerprint"], _font(10))
    block(texts["warning"], _font(11, bold=True), 80)
    block(texts["fill"], _font(11))
