"""Every file chooser of the app, in one place.

- Qt's own dialog, never the desktop's: a native dialog may add the file to the desktop's "recently used"
  list, which would name it on disk.
- It starts where the files are: the folder used last in this session while it still exists, else a
  plugged-in USB stick (intake_app/volumes.py), else the home folder; never the program's working folder.
- The last folder is kept in memory only, for this run of the program: a folder written to the settings
  file would be a record of where bundles and reports went and when.
- The sidebar lists the home folder and every removable drive, and the two labels Qt's own catalogue
  leaves in English ("Look in", "Files of type") come from ours.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QDir, QStorageInfo, QUrl
from PySide6.QtWidgets import QFileDialog, QWidget

from intake_app import volumes
from intake_app.i18n import _

_last_folder: str | None = None


def all_files() -> str:
    return _("All files") + " (*)"


def mounted_volumes() -> list[volumes.Volume]:
    found = []
    for info in QStorageInfo.mountedVolumes():
        raw = info.fileSystemType()
        file_system = bytes(raw.data()).decode("ascii", "replace") if hasattr(raw, "data") else str(raw)
        found.append(volumes.Volume(root=info.rootPath(), file_system=file_system, ready=info.isReady(),
                                    read_only=info.isReadOnly()))
    return found


def home_folder() -> str:
    return QDir.homePath()


def start_folder() -> str:
    return volumes.start_folder(mounted_volumes(), home_folder(), _last_folder)


def last_folder() -> str | None:
    return _last_folder


def remember(path: str) -> None:
    """Remember the folder of a chosen file (or the chosen folder itself) for the next dialog."""
    global _last_folder
    if not path:
        return
    chosen = Path(path)
    _last_folder = str(chosen if chosen.is_dir() else chosen.parent)


def forget() -> None:
    global _last_folder
    _last_folder = None


def build_dialog(parent: QWidget | None, title: str, *, mode: QFileDialog.FileMode,
                 name_filter: str = "", save: bool = False, suggested: str = "") -> QFileDialog:
    """A configured, not yet shown dialog (tests look at it without running it)."""
    start = start_folder()
    dialog = QFileDialog(parent, title, start)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(mode)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    else:
        dialog.setNameFilter(name_filter or all_files())
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        # Overwriting is never offered: the writers refuse an existing name and say so.
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
        if suggested:
            dialog.selectFile(os.path.join(start, suggested))
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, _("Look in:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileType, _("Files of type:"))
    places = [home_folder(), *volumes.removable_roots(mounted_volumes())]
    dialog.setSidebarUrls([QUrl.fromLocalFile(place) for place in dict.fromkeys(places)])
    dialog.setHistory([])
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    """Show the dialog and wait for the choice (replaced in tests)."""
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return []
    return list(dialog.selectedFiles())


def _choose(dialog: QFileDialog) -> list[str]:
    try:
        paths = [p for p in _run(dialog) if p]
    finally:
        dialog.deleteLater()
    if paths:
        remember(paths[0])
    return paths


def open_file(parent: QWidget | None, title: str, name_filter: str = "") -> str | None:
    paths = _choose(build_dialog(parent, title, mode=QFileDialog.FileMode.ExistingFile, name_filter=name_filter))
    return paths[0] if paths else None


def open_files(parent: QWidget | None, title: str, name_filter: str = "") -> list[str]:
    return _choose(build_dialog(parent, title, mode=QFileDialog.FileMode.ExistingFiles, name_filter=name_filter))


def save_file(parent: QWidget | None, title: str, suggested: str, name_filter: str = "") -> str | None:
    """A new file's path (the writer refuses an existing one)."""
    paths = _choose(build_dialog(parent, title, mode=QFileDialog.FileMode.AnyFile, name_filter=name_filter,
                                 save=True, suggested=suggested))
    return paths[0] if paths else None


def folder(parent: QWidget | None, title: str) -> str | None:
    paths = _choose(build_dialog(parent, title, mode=QFileDialog.FileMode.Directory))
    return paths[0] if paths else None
