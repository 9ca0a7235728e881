"""Attachments: add from a file (metadata stripped unless kept), view from memory, remove."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from intake_app.ui.lists.page import RecordListPage
from intake_app.ui.records import dialogs
from intake_app.vault.attachments import AttachmentStore
from tests.ui.records_support import (
    GPS_MARKER,
    click,
    jpeg_with_exif,
    png_with_exif,
    records_ui,  # noqa: F401 - fixture, used by pytestmark
    save_case,
)

pytestmark = pytest.mark.usefixtures("records_ui")


def _panel(qtbot, vault, case):
    page = RecordListPage(vault, "case")
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    assert page.open_record(case.id)
    editor = page.host.current_editor()
    assert editor is not None
    editor.tabs.setCurrentWidget(editor.attachments)
    return page, editor.attachments


def _attach(qtbot, panel, monkeypatch, path: Path) -> None:
    monkeypatch.setattr(dialogs, "choose_files", lambda _parent: [str(path)])
    before = panel.list.count()
    click(qtbot, panel.add_button)
    qtbot.waitUntil(lambda: panel.list.count() == before + 1 and not panel.is_busy(), timeout=10_000)


@pytest.mark.parametrize(("name", "make", "media"), [
    ("photo.jpg", jpeg_with_exif, "image/jpeg"),
    ("scan.png", png_with_exif, "image/png"),
])
def test_attach_an_image_strips_metadata_and_shows_it_from_memory(qtbot, vault, monkeypatch, tmp_path,
                                                                   name, make, media):
    case = save_case(vault, "Auntie Rain")
    original = make()
    assert GPS_MARKER in original
    path = tmp_path / name
    path.write_bytes(original)
    page, panel = _panel(qtbot, vault, case)
    assert not panel.keep_metadata.isChecked()
    started = time.time() - 1

    _attach(qtbot, panel, monkeypatch, path)
    [attachment] = AttachmentStore(vault).for_owner(case.id)
    assert (attachment.filename, attachment.media_type, attachment.identifying) == (name, media, True)
    stored = AttachmentStore(vault).read_bytes(attachment.sha256)
    assert GPS_MARKER not in stored
    assert b"Exif" not in stored and b"eXIf" not in stored
    assert not QImage.fromData(stored).isNull()
    assert "1 file attached." in panel.message.text()

    # Shown only when asked, decoded in memory.
    assert panel.preview.pixmap().isNull()
    panel.list.setCurrentRow(0)
    click(qtbot, panel.view_button)
    qtbot.waitUntil(lambda: not panel.preview.pixmap().isNull(), timeout=10_000)
    assert panel.preview.pixmap().width() > 0
    # No thumbnail, cache or temporary copy: no file written during the test (the vault included, which
    # is encrypted) holds the picture's bytes or names its file, except the file we attached from.
    needles = [stored[len(stored) // 2:len(stored) // 2 + 24], str(path).encode(), name.encode("utf-16-le")]
    for folder in (Path(tempfile.gettempdir()), Path.home() / ".cache"):
        for found in _files_modified_since(folder, started):
            if found == path:
                continue
            try:
                data = found.read_bytes()
            except OSError:
                continue
            assert not any(n in data for n in needles), found

    # Leaving the record drops the picture.
    other = save_case(vault, "Uncle Clover")
    page.discard_changes()
    assert page.open_record(other.id)
    assert panel.preview.pixmap().isNull()
    assert panel.list.count() == 0


def _files_modified_since(folder: Path, since: float) -> list[Path]:
    found = []
    for root, _dirs, files in os.walk(folder):
        for file_name in files:
            candidate = Path(root) / file_name
            try:
                if candidate.is_file() and not candidate.is_symlink() and candidate.stat().st_mtime >= since:
                    found.append(candidate)
            except OSError:
                continue
    return found


def test_keep_metadata_when_asked(qtbot, vault, monkeypatch, tmp_path):
    case = save_case(vault, "Mr. Iris")
    path = tmp_path / "evidence.jpg"
    path.write_bytes(jpeg_with_exif())
    _page, panel = _panel(qtbot, vault, case)
    click(qtbot, panel.keep_metadata)
    assert panel.keep_metadata.isChecked()
    _attach(qtbot, panel, monkeypatch, path)
    [attachment] = AttachmentStore(vault).for_owner(case.id)
    assert AttachmentStore(vault).read_bytes(attachment.sha256) == path.read_bytes()


def test_audio_is_stored_as_is_and_the_user_is_told(qtbot, vault, monkeypatch, tmp_path):
    case = save_case(vault, "Ajumma Jo")
    path = tmp_path / "interview.ogg"
    path.write_bytes(b"OggS" + os.urandom(3000))
    _page, panel = _panel(qtbot, vault, case)
    _attach(qtbot, panel, monkeypatch, path)
    [attachment] = AttachmentStore(vault).for_owner(case.id)
    assert AttachmentStore(vault).read_bytes(attachment.sha256) == path.read_bytes()
    assert "interview.ogg" in panel.message.text()
    panel.list.setCurrentRow(0)
    click(qtbot, panel.view_button)
    assert panel.preview.pixmap().isNull()
    assert panel.preview.text() == "This kind of file cannot be shown here."


def test_damaged_image_is_refused(qtbot, vault, monkeypatch, tmp_path):
    case = save_case(vault, "Imo Choi")
    path = tmp_path / "broken.jpg"
    path.write_bytes(jpeg_with_exif()[:60])
    _page, panel = _panel(qtbot, vault, case)
    monkeypatch.setattr(dialogs, "choose_files", lambda _parent: [str(path)])
    click(qtbot, panel.add_button)
    qtbot.waitUntil(lambda: not panel.is_busy() and "not attached" in panel.message.text(), timeout=10_000)
    assert "broken.jpg" in panel.message.text()
    assert AttachmentStore(vault).for_owner(case.id) == []


def test_remove_asks_first(qtbot, vault, monkeypatch, tmp_path):
    case = save_case(vault, "Grandma Clover")
    path = tmp_path / "id-card.png"
    path.write_bytes(png_with_exif())
    _page, panel = _panel(qtbot, vault, case)
    _attach(qtbot, panel, monkeypatch, path)
    panel.list.setCurrentRow(0)
    monkeypatch.setattr(dialogs, "confirm", lambda *_a: False)
    click(qtbot, panel.remove_button)
    assert panel.list.count() == 1
    monkeypatch.setattr(dialogs, "confirm", lambda *_a: True)
    click(qtbot, panel.remove_button)
    assert panel.list.count() == 0
    assert AttachmentStore(vault).for_owner(case.id) == []


def test_new_record_cannot_take_attachments_until_saved(qtbot, vault):
    page = RecordListPage(vault, "case")
    qtbot.addWidget(page)
    page.show()
    click(qtbot, page.new_button)
    panel = page.host.current_editor().attachments
    assert not panel.add_button.isEnabled()
    assert panel.hint.isVisibleTo(panel)
    editor = page.host.current_editor()
    qtbot.keyClicks(editor.alias, "Fresh")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert panel.add_button.isEnabled()
    assert not panel.hint.isVisibleTo(panel)
