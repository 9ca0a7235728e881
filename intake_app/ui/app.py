"""Start the desktop app: `intake-app` without a command (and `make run`)."""

from __future__ import annotations

import logging
import os
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from intake_app.i18n import current_language
from intake_app.settings import Settings
from intake_app.ui.controller import AppController
from intake_app.ui.language import apply_language

log = logging.getLogger(__name__)


def disable_qt_settings_files() -> None:
    """Make every QSettings file path unwritable (must run before any QSettings object exists)."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, os.devnull)


def make_application() -> QApplication:
    """The QApplication, configured so that Qt itself stores nothing about the user's work."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Only the program name is passed on: Qt would otherwise parse (and may act on) our arguments.
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Field Intake")
    app.setDesktopFileName("field-intake")
    # Qt stores nothing for us: we never use QSettings (preferences live in settings.json, which holds
    # no secret), and Qt's own file dialog, which would remember the folders and files picked for
    # attachments in ~/.config/QtProject.conf, is pointed at a path that cannot exist (a file below
    # /dev/null), so those writes fail instead of leaving a trace. The desktop session is not asked to
    # restore our windows either.
    disable_qt_settings_files()
    app.commitDataRequest.connect(lambda manager: manager.setRestartHint(manager.RestartHint.RestartNever))
    # We decide when to quit (a lock hides every window for a moment; that must not end the app).
    app.setQuitOnLastWindowClosed(False)
    return app


def _quit_on_termination(app: QApplication) -> None:
    """SIGTERM (logout, shutdown, `kill`) and Ctrl+C quit like the Quit button: the vault is locked and
    checkpointed, and a demo folder is deleted, instead of the process just vanishing.

    Python runs signal handlers only when it gets control, so a short timer hands it control now and then.
    """
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_args: app.quit())
    ticker = QTimer(app)
    ticker.timeout.connect(lambda: None)
    ticker.start(250)  # parented to the app, so it lives as long as the event loop


def run_app(data_dir: Path, demo_passphrase: str | None = None) -> int:
    """Show the first-run wizard or the unlock dialog for the vault in `data_dir`; returns the exit code.

    `demo_passphrase` only for the demo vault: the unlock dialog shows it.
    """
    app = make_application()
    settings = Settings.load(data_dir)
    # The saved choice wins over the system locale; without one, keep what the CLI chose (--lang or
    # the environment).
    apply_language(settings.language or current_language())
    controller = AppController(data_dir, demo_passphrase=demo_passphrase, settings=settings)
    controller.quit_requested.connect(app.quit)
    app.aboutToQuit.connect(lambda: controller.lock(show_unlock=False))
    controller.start()
    _quit_on_termination(app)
    code = app.exec()
    log.info("app finished")
    return int(code)
