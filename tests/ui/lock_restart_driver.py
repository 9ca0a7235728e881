"""Run the desktop app as `intake-app --data-dir DIR -v` does, unlock it as a user would, then press
Lock. Used by test_lock_restart.py in a child process: the lock must end this process and start a
new one that shows the unlock window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer

from intake_app.ui.app import make_application
from tests.conftest import PASSPHRASE


def drive() -> None:
    from PySide6.QtWidgets import QApplication

    from intake_app.ui.main.window import MainWindow
    from intake_app.ui.unlock.dialog import UnlockDialog

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            widget.lock_action.trigger()
            return
        if isinstance(widget, UnlockDialog) and widget.isVisible() and not widget.is_busy():
            widget.passphrase.setText(PASSPHRASE)
            widget.try_unlock()
    QTimer.singleShot(100, drive)


if __name__ == "__main__":
    from intake_app.cli import main

    make_application()
    QTimer.singleShot(100, drive)
    sys.exit(main(sys.argv[1:]))
