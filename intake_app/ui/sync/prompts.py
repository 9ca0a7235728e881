"""The file choosers and questions of the sync screens, each one small function.

Callers reach them as `prompts.open_file(...)` (never `from ... import`), so that a test can replace them
with `monkeypatch.setattr` and never meet a blocking dialog. The file choosers are those of
ui/widgets/file_dialogs.py (Qt's own dialog, starting on the USB stick, remembering the folder in memory).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from intake_app.i18n import _
from intake_app.ui.widgets import file_dialogs, messages


def all_files() -> str:
    return file_dialogs.all_files()


def open_file(parent: QWidget | None, title: str, name_filter: str = "") -> str | None:
    return file_dialogs.open_file(parent, title, name_filter)


def open_files(parent: QWidget | None, title: str, name_filter: str = "") -> list[str]:
    return file_dialogs.open_files(parent, title, name_filter)


def save_file(parent: QWidget | None, title: str, suggested: str, name_filter: str = "") -> str | None:
    """A new file's path. Overwriting is never offered: the writer refuses an existing name."""
    return file_dialogs.save_file(parent, title, suggested, name_filter)


def folder(parent: QWidget | None, title: str) -> str | None:
    return file_dialogs.folder(parent, title)


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
