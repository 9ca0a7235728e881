"""Start the desktop app: `intake-app` without a command (and `make run`)."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from intake_app.i18n import current_language
from intake_app.settings import Settings
from intake_app.ui import qt_fixes
from intake_app.ui.controller import AppController
from intake_app.ui.language import apply_language
from intake_app.ui.main.view import VIEW_ENV, WindowView

log = logging.getLogger(__name__)


def disable_qt_settings_files() -> None:
    """Make every QSettings file path unwritable (must run before any QSettings object exists)."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, os.devnull)


def make_application() -> QApplication:
    """The QApplication, configured so that Qt itself stores nothing about the user's work."""
    qt_fixes.install()
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


START_MINIMISED_ENV = "INTAKE_START_MINIMISED"


def restart_command() -> list[str]:
    """How to start this app again with the same options: the frozen executable, or this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *sys.argv[1:]]
    return [sys.executable, "-m", "intake_app", *sys.argv[1:]]


def start_fresh_process(*, minimised: bool, view: WindowView | None = None) -> int:
    """Start a new app process (it shows the unlock window); returns its pid. `view`: what its main window
    comes back to after unlocking, handed over in its environment (memory, never a file)."""
    env = dict(os.environ)
    env.pop(START_MINIMISED_ENV, None)
    env.pop(VIEW_ENV, None)
    if minimised:
        env[START_MINIMISED_ENV] = "1"
    if view is not None:
        env[VIEW_ENV] = view.to_text()
    # A session of its own: it must outlive us, and not share our terminal's Ctrl+C.
    child = subprocess.Popen(restart_command(), env=env, start_new_session=True, close_fds=True)  # noqa: S603
    return child.pid


def end_process_on_lock(app: QApplication, controller: AppController) -> None:
    """Locking (button, idle, panic) ends this process, which held decrypted records in memory that
    Python cannot wipe, and a fresh one shows the unlock window. If no process can be started, the
    lock still happens here and the unlock window shows in this one."""
    def restart(minimised: bool) -> None:
        try:
            start_fresh_process(minimised=minimised, view=controller.last_view)
        except OSError:
            log.error("could not start a new process; locked in this one")
            controller.end_process_on_lock = False
            controller.start(minimised=minimised)
            return
        app.exit(0)

    controller.end_process_on_lock = True
    controller.restart_requested.connect(restart)


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
    if demo_passphrase is None:  # a demo's folder is deleted when its process ends; its records are fictional
        end_process_on_lock(app, controller)
    _quit_on_termination(app)
    minimised = os.environ.pop(START_MINIMISED_ENV, "") == "1"
    controller.last_view = WindowView.from_text(os.environ.pop(VIEW_ENV, ""))
    controller.start(minimised=minimised)
    code = app.exec()
    log.info("app finished")
    return int(code)
