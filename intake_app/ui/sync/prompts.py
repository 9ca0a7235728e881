"""The file choosers and questions of the sync screens, each one small function.

Callers reach them as `prompts.open_file(...)` (never `from ... import`), so that a test can replace them
with `monkeypatch.setattr` and never meet a blocking dialog. File dialogs are Qt's own, not the desktop's:
a native dialog may add the file to the desktop's "recently used" list, which would name it on disk.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from intake_app.i18n import _
from intake_app.ui.widgets import messages

_OPTIONS = QFileDialog.Option.DontUseNativeDialog


def all_files() -> str:
    return _("All files") + " (*)"


def open_file(parent: QWidget | None, title: str, name_filter: str = "") -> str | None:
    path, _filter = QFileDialog.getOpenFileName(parent, title, "", name_filter or all_files(), options=_OPTIONS)
    return path or None


def open_files(parent: QWidget | None, title: str, name_filter: str = "") -> list[str]:
    paths, _filter = QFileDialog.getOpenFileNames(parent, title, "", name_filter or all_files(), options=_OPTIONS)
    return list(paths)


def save_file(parent: QWidget | None, title: str, suggested: str, name_filter: str = "") -> str | None:
    """A new file's path. Overwriting is never offered: the writer refuses an existing name."""
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, name_filter or all_files(),
                                                options=_OPTIONS | QFileDialog.Option.DontConfirmOverwrite)
    return path or None


def folder(parent: QWidget | None, title: str) -> str | None:
    path = QFileDialog.getExistingDirectory(parent, title, "", options=_OPTIONS | QFileDialog.Option.ShowDirsOnly)
    return path or None


def confirm(parent: QWidget, title: str, text: str, action: str, on_yes: Callable[[], None]) -> None:
    """Ask before something that cannot be undone; `on_yes` runs only if the user agrees (no nested loop)."""
    messages.ask(parent, title, text, on_yes, yes_text=action, destructive=True)


def inform(parent: QWidget, title: str, text: str, *, error: bool = False) -> None:
    messages.inform(parent, title, text, error=error)


def ask(parent: QWidget, title: str, text: str, action: str, on_yes: Callable[[], None]) -> None:
    """A question whose yes is not destructive (e.g. approve a device after comparing its fingerprint)."""
    messages.ask(parent, title, text, on_yes, yes_text=action)


def compare_words(parent: QWidget, title: str, text: str, match_text: str, on_match: Callable[[], None]) -> QMessageBox:
    """Ask whether words read aloud match the ones shown; `on_match` runs only on the explicit "match" button.

    "They do not match" is the default and the Escape button, and the matching button never takes Enter, even
    when it has the keyboard focus: pressing Enter without comparing must never trust a key."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("compare-words")
    match = box.addButton(match_text, QMessageBox.ButtonRole.AcceptRole)
    mismatch = box.addButton(_("They do not match"), QMessageBox.ButtonRole.RejectRole)
    match.setAutoDefault(False)
    box.setDefaultButton(mismatch)
    box.setEscapeButton(mismatch)

    def clicked(button: object) -> None:
        if button is match:
            on_match()

    box.buttonClicked.connect(clicked)
    box.open()
    return box
