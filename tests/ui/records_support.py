"""Helpers shared by the tests of the record screens (lists, editors, attachments, search)."""

from __future__ import annotations

import struct
import zlib

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPoint, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent
from PySide6.QtWidgets import QApplication, QCheckBox

GPS_MARKER = b"GPSLatitude=42.9;GPSLongitude=129.8;SAFEHOUSE"


@pytest.fixture
def records_ui(qtbot, vault):
    """English UI, and every worker finished before the vault fixture closes the vault."""
    from intake_app import i18n
    from intake_app.ui.workers import running_tasks, wait_for_tasks

    before = i18n.current_language()
    i18n.set_language("en")
    yield vault
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=10_000)
    wait_for_tasks()
    i18n.set_language(before)


def save_case(vault, alias: str, **fields):
    from intake_app.domain.models import Case
    from intake_app.vault.records import RecordStore

    return RecordStore(vault).save(Case(alias=alias, **fields))


def bulk_cases(vault, n: int, *, situations: tuple[str, ...] = ("in_hiding_china", "detained")) -> None:
    """n cases in one transaction, written the way RecordStore.save writes them (schema check skipped:
    every envelope here is the same shape as one that passes)."""
    from intake_app.domain.models import Case, utc_now
    from intake_app.vault.records import RecordStore

    store = RecordStore(vault)
    device = vault.info.device_id
    now = utc_now()
    with vault.transaction() as conn:
        for i in range(n):
            env = Case(alias=f"Person {i:06d}", situation=situations[i % len(situations)]).to_envelope()
            counter = vault.next_change_seq(conn)
            env.update(version={"device": device, "counter": counter}, parent=None, created_at=now,
                       updated_at=now, origin_device=device)
            store.write_envelope(conn, env, counter)


def choose(combo, key) -> None:
    """Pick the entry of a taxonomy combo whose key is `key`, as a user picking from the list."""
    index = combo.findData(key)
    assert index >= 0, key
    combo.setCurrentIndex(index)


def click(qtbot, widget) -> None:
    assert widget.isEnabled(), widget
    if isinstance(widget, QCheckBox):
        # On the box itself: a check box stretched over a wide cell ignores clicks past its label.
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def pick_case(qtbot, picker, text: str) -> None:
    """Type into a case picker and press Enter, which takes the first match."""
    qtbot.keyClicks(picker.edit, text)
    qtbot.waitUntil(lambda: bool(picker.matches()) or picker.case_id() is not None, timeout=5_000)
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.case_id() is not None, timeout=5_000)


def type_text(qtbot, widget, text: str) -> None:
    """Type like a user, including characters QTest cannot map to a key (Korean comes from an input
    method as key events that carry the text)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def replace_text(qtbot, line_edit, text: str) -> None:
    line_edit.selectAll()
    qtbot.keyClick(line_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(line_edit, text)


def _image_bytes(fmt: str) -> bytes:
    image = QImage(48, 32, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f5f8b"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt)
    buffer.close()
    return bytes(data.data())


def _png_chunk(ctype: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + ctype + data + struct.pack(">I", zlib.crc32(ctype + data))


def png_with_exif() -> bytes:
    png = _image_bytes("PNG")
    ihdr_end = 8 + 12 + 13
    extra = (_png_chunk(b"eXIf", b"MM\x00\x2a\x00\x00\x00\x08" + GPS_MARKER)
             + _png_chunk(b"tEXt", b"Comment\x00" + GPS_MARKER))
    return png[:ihdr_end] + extra + png[ihdr_end:]


def jpeg_with_exif() -> bytes:
    jpeg = _image_bytes("JPG")
    payload = b"Exif\x00\x00MM\x00\x2a\x00\x00\x00\x08" + GPS_MARKER
    app1 = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    return jpeg[:2] + app1 + jpeg[2:]
