"""Qt itself leaves nothing on disk: its settings files (file-dialog history) cannot be written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from intake_app.ui.app import disable_qt_settings_files


def test_qt_settings_cannot_be_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    disable_qt_settings_files()
    settings = QSettings("QtProject")  # what QFileDialog uses for its history
    settings.setValue("FileDialog/history", ["/media/usb/interview-photos"])
    settings.sync()
    assert settings.status() != QSettings.Status.NoError
    assert settings.fileName().startswith(os.devnull)
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert written == []
