"""The app's file chooser: Qt's own dialog, in the UI language, starting on the stick or at home, never in
the program's folder, and remembering the last folder in memory only."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

from intake_app import volumes
from intake_app.ui.language import apply_language
from intake_app.ui.records import dialogs
from intake_app.ui.sync import prompts
from intake_app.ui.widgets import file_dialogs


@pytest.fixture
def places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A home folder and a desktop mount folder in tmp_path; the program runs from a third folder."""
    home, media, program = tmp_path / "home", tmp_path / "media", tmp_path / "program"
    for folder in (home, media, program):
        folder.mkdir()
    monkeypatch.chdir(program)
    monkeypatch.setattr(file_dialogs, "home_folder", lambda: str(home))
    monkeypatch.setattr(volumes, "POSIX_REMOVABLE_PARENTS", (str(media),))
    plugged: list[volumes.Volume] = [volumes.Volume("/", "ext4")]
    monkeypatch.setattr(file_dialogs, "mounted_volumes", lambda: list(plugged))
    file_dialogs.forget()
    yield home, media, plugged
    file_dialogs.forget()


def _chosen(monkeypatch, *paths: str) -> list[QFileDialog]:
    """Make the dialogs answer `paths` without being shown; returns the dialogs that were asked."""
    asked: list[QFileDialog] = []

    def run(dialog: QFileDialog) -> list[str]:
        asked.append(dialog)
        return list(paths)

    monkeypatch.setattr(file_dialogs, "_run", run)
    return asked


def test_without_a_stick_the_dialog_starts_at_home_not_in_the_program_folder(qtbot, places):
    home, _media, _plugged = places
    dialog = file_dialogs.build_dialog(None, "Open", mode=QFileDialog.FileMode.ExistingFile)
    qtbot.addWidget(dialog)
    assert Path(dialog.directory().absolutePath()) == home
    assert Path(dialog.directory().absolutePath()) != Path(os.getcwd())
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)


def test_a_plugged_in_stick_is_where_the_dialog_starts_and_in_the_sidebar(qtbot, places):
    home, media, plugged = places
    stick = media / "worker" / "KINGSTON"
    stick.mkdir(parents=True)
    plugged.append(volumes.Volume(str(stick), "vfat"))
    dialog = file_dialogs.build_dialog(None, "Where should the bundle go?", mode=QFileDialog.FileMode.Directory)
    qtbot.addWidget(dialog)
    assert Path(dialog.directory().absolutePath()) == stick
    assert [Path(url.toLocalFile()) for url in dialog.sidebarUrls()] == [home, stick]


def test_a_save_dialog_suggests_the_name_in_the_start_folder(qtbot, places, monkeypatch):
    home, _media, _plugged = places
    asked = _chosen(monkeypatch, str(home / "receipt.bin"))
    assert prompts.save_file(None, "Save receipt", "receipt.bin") == str(home / "receipt.bin")
    [dialog] = asked
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert dialog.testOption(QFileDialog.Option.DontConfirmOverwrite)
    assert Path(dialog.directory().absolutePath()) == home


def test_the_last_folder_is_remembered_for_the_next_dialog_in_memory_only(qtbot, places, monkeypatch,
                                                                          isolated_data_dir):
    home, media, plugged = places
    stick = media / "STICK"
    (stick / "bundles").mkdir(parents=True)
    plugged.append(volumes.Volume(str(stick), "vfat"))
    reports = home / "Reports"
    reports.mkdir()
    _chosen(monkeypatch, str(reports / "statistics.xlsx"))
    prompts.save_file(None, "Where should the report go?", "statistics.xlsx")
    assert file_dialogs.last_folder() == str(reports)

    asked = _chosen(monkeypatch, str(stick / "bundles" / "a.age"), str(stick / "bundles" / "b.age"))
    assert dialogs.choose_files(None) == [str(stick / "bundles" / "a.age"), str(stick / "bundles" / "b.age")]
    assert Path(asked[0].directory().absolutePath()) == reports
    asked = _chosen(monkeypatch)  # cancelled: nothing chosen, the folder stays
    assert prompts.open_file(None, "Import receipt") is None
    assert Path(asked[0].directory().absolutePath()) == stick / "bundles"
    assert file_dialogs.last_folder() == str(stick / "bundles")

    # Nothing of it reached the disk: not the settings file, not any file of the data folder.
    written = [p for p in isolated_data_dir.rglob("*") if p.is_file()] if isolated_data_dir.exists() else []
    for path in written:
        assert b"STICK" not in path.read_bytes() and b"Reports" not in path.read_bytes(), path


def test_a_pulled_out_stick_is_forgotten(qtbot, places, monkeypatch):
    home, media, _plugged = places
    stick = media / "GONE"
    stick.mkdir()
    _chosen(monkeypatch, str(stick))
    assert prompts.folder(None, "Choose the backup folder") == str(stick)
    stick.rmdir()
    dialog = file_dialogs.build_dialog(None, "Open", mode=QFileDialog.FileMode.ExistingFile)
    qtbot.addWidget(dialog)
    assert Path(dialog.directory().absolutePath()) == home


@pytest.mark.parametrize(("lang", "open_text", "look_in"), [
    ("ko", "열기(&O)", "위치:"), ("ja", "開く(&O)", "場所:"), ("zh_CN", "打开(&O)", "查找范围：")])
def test_the_dialog_speaks_the_ui_language(qtbot, places, lang, open_text, look_in):
    apply_language(lang)
    try:
        assert QCoreApplication.translate("QFileDialog", "&Open") == open_text
        dialog = file_dialogs.build_dialog(None, "t", mode=QFileDialog.FileMode.ExistingFile)
        qtbot.addWidget(dialog)
        buttons = {b.text() for b in dialog.findChildren(QPushButton)}
        assert open_text in buttons
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") in buttons
        labels = {label.text() for label in dialog.findChildren(QLabel)}
        assert look_in in labels
        assert not labels & {"&Look in:", "Files of &type:", "Look in:", "Files of type:"}
    finally:
        apply_language("en")
