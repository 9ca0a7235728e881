"""The few questions the record screens ask, each one small function.

Callers reach them as `dialogs.ask_unsaved_changes(...)` (never `from ... import`), so that a test can
replace the function with `monkeypatch.setattr` and never meet a blocking modal dialog.
"""

from __future__ import annotations

import enum

from PySide6.QtWidgets import QMessageBox, QWidget

from intake_app.i18n import _
from intake_app.ui.widgets import file_dialogs


class Unsaved(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved_changes(parent: QWidget | None) -> Unsaved:
    """Save, Discard or Cancel for a record that was changed and not saved."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_("Unsaved changes"))
    box.setText(_("This record has changes that are not saved."))
    box.setInformativeText(_("Save them, discard them, or go back to the record?"))
    save = box.addButton(_("Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(_("Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(_("Go back"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return Unsaved.SAVE
    if clicked is discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before something that cannot be undone; `action` names the button that goes ahead."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(_("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is go


def choose_files(parent: QWidget | None) -> list[str]:
    """Files to attach, through the app's file chooser (Qt's own dialog, see ui/widgets/file_dialogs.py)."""
    return file_dialogs.open_files(
        parent, _("Attach photos, scans or recordings"),
        _("Photos, scans and recordings") + " (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.tif *.tiff *.heic"
        " *.pdf *.mp3 *.m4a *.ogg *.opus *.wav *.amr *.aac);;" + _("All files") + " (*)")


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """A message the user must read (e.g. a file whose metadata could not be removed)."""
    QMessageBox.information(parent, title, text)
