"""What locking does to the screen: close dialogs, clear the clipboard, destroy the window."""

from __future__ import annotations

import logging

from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

log = logging.getLogger(__name__)

_MAX_MODALS = 20  # a guard against a dialog that refuses to close


def clear_clipboard() -> None:
    """Empty every clipboard the platform has: the normal one, the X11 selection (middle-click paste)
    and macOS's find buffer. Copied record text must not outlive a lock."""
    clipboard = QGuiApplication.clipboard()
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)
    if clipboard.supportsFindBuffer():
        clipboard.clear(QClipboard.Mode.FindBuffer)


def close_modal_dialogs() -> None:
    """Close any modal dialog, so that a nested event loop (a dialog run with exec()) ends before the
    window that opened it is deleted."""
    for _ in range(_MAX_MODALS):
        modal = QApplication.activeModalWidget()
        if modal is None:
            return
        if isinstance(modal, QDialog):
            modal.reject()
        if modal.isVisible():
            modal.hide()
        if QApplication.activeModalWidget() is modal:
            log.warning("a modal dialog did not close on lock")
            return


def destroy_window(window: QWidget) -> None:
    """Hide `window` at once and delete it with all its children when control is back in the event loop."""
    window.hide()
    for dialog in window.findChildren(QDialog):
        dialog.hide()
    window.deleteLater()
