"""The app's life cycle: first run or unlock, the main window, settings, lock, panic, quit.

Locking is the security-critical path, so its order matters:
1. stop the idle timer and close any modal dialog (ending nested event loops);
2. discard unsaved edits (never ask: a lock must not wait for anyone);
3. close the vault, which drops the data key: any widget still alive can read nothing more;
4. hide the window and delete it with all its children (deferred to the event loop, so no method
   of a widget being deleted is still on the stack), and drop our references to it and the vault;
5. show the unlock dialog again (minimised after a panic) or, in the installed app
   (`end_process_on_lock`), ask for a fresh process instead (`restart_requested`): Python strings
   that held records cannot be wiped, so only ending the process clears them (ui/app.py).

Before the window goes, its `WindowView` (size, place, page, splitter positions) is kept in memory,
in `last_view`, and the window after the next unlock comes back to it. Not in the settings file: its
modification time would become a timeline of use. A panic forgets it, and leaves on screen only a
minimised window with a neutral title (`NEUTRAL_TITLE`), not one called "Field Intake".
"""

from __future__ import annotations

import gc
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from intake_app.i18n import N_, _, current_language
from intake_app.settings import PANIC_DESTROY, Settings
from intake_app.ui.language import apply_language
from intake_app.ui.lock.teardown import clear_clipboard, close_modal_dialogs, destroy_window
from intake_app.ui.lock.watcher import InputWatcher
from intake_app.ui.unlock.dialog import UnlockDialog
from intake_app.ui.widgets import messages
from intake_app.vault.files import vault_exists

if TYPE_CHECKING:
    from intake_app.ui.firstrun.wizard import FirstRunWizard
    from intake_app.ui.main.view import WindowView
    from intake_app.ui.main.window import MainWindow
    from intake_app.ui.settings.dialog import SettingsDialog
    from intake_app.vault.vault import Vault

log = logging.getLogger(__name__)

# The title of our windows left on screen (minimised) after a panic: a word any program may show, so that a
# task bar or a window list does not say "Field Intake".
NEUTRAL_TITLE = N_("Untitled")


class AppController(QObject):
    """Owns the vault while it is open and every top-level window. `quit_requested` asks the
    application to end (run_app connects it to QApplication.quit; tests watch it instead)."""

    quit_requested = Signal()
    unlocked = Signal()
    locked = Signal()
    restart_requested = Signal(bool)  # minimised: a fresh process should show the unlock window

    def __init__(self, base: Path, *, demo_passphrase: str | None = None, settings: Settings | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.base = base
        self.demo_passphrase = demo_passphrase  # only for the demo vault, whose passphrase is public
        self.settings = settings if settings is not None else Settings.load(base)
        self.watcher = InputWatcher(self)
        self.watcher.set_delay_minutes(self.settings.autolock_minutes)
        self.watcher.idle.connect(self.auto_lock)
        self.watcher.panic.connect(self.panic)
        self.vault: Vault | None = None
        self.main_window: MainWindow | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.wizard: FirstRunWizard | None = None
        self.end_process_on_lock = False
        self.last_view: WindowView | None = None  # the window's look at the last lock, in memory only

    # -- start -----------------------------------------------------------------------------------------

    def start(self, *, minimised: bool = False) -> None:
        self.watcher.install()
        if vault_exists(self.base):
            self.show_unlock(minimised=minimised)
        else:
            self.show_first_run(minimised=minimised)

    def show_first_run(self, *, minimised: bool = False) -> None:
        # Imported when needed: the wizard, the main window and the settings pull in modules (the
        # passphrase estimator, the record screens) that the unlock dialog does not, so it shows sooner.
        from intake_app.ui.firstrun.wizard import FirstRunWizard

        wizard = FirstRunWizard(self.base)
        wizard.vault_created.connect(self._opened)
        wizard.rejected.connect(self._wizard_cancelled)
        self.wizard = wizard
        if minimised:
            _disguise(wizard)
        else:
            wizard.show()

    def _wizard_cancelled(self) -> None:
        self._drop_wizard()
        self.quit_requested.emit()

    def _drop_wizard(self) -> None:
        if self.wizard is not None:
            self.wizard.hide()
            self.wizard.deleteLater()
            self.wizard = None

    def show_unlock(self, *, minimised: bool = False) -> None:
        if self.unlock_dialog is None:
            dialog = UnlockDialog(self.base, demo_passphrase=self.demo_passphrase)
            dialog.unlocked.connect(self._opened)
            dialog.rejected.connect(self._unlock_cancelled)
            dialog.language_changed.connect(self._language_picked_at_unlock)
            dialog.vault_gone.connect(self._vault_gone)
            self.unlock_dialog = dialog
        if minimised:
            _disguise(self.unlock_dialog)
        else:
            self.unlock_dialog.setWindowTitle(_("Field Intake"))
            self.unlock_dialog.showNormal()
            self.unlock_dialog.raise_()
            self.unlock_dialog.activateWindow()
            self.unlock_dialog.passphrase.setFocus()
        log.info("unlock window shown (process %d)", os.getpid())

    def _vault_gone(self) -> None:
        """The wipe limit was reached: the app carries on as a fresh install."""
        self._drop_unlock_dialog()
        self.show_first_run()

    def _unlock_cancelled(self) -> None:
        self._drop_unlock_dialog()
        self.quit_requested.emit()

    def _drop_unlock_dialog(self) -> None:
        if self.unlock_dialog is not None:
            self.unlock_dialog.hide()
            self.unlock_dialog.deleteLater()
            self.unlock_dialog = None

    def _language_picked_at_unlock(self, code: str) -> None:
        self._save_settings(language=code)

    # -- unlocked ----------------------------------------------------------------------------------------

    def _opened(self, vault: object) -> None:
        from intake_app.vault.vault import Vault

        if not isinstance(vault, Vault):  # the wizard and the unlock dialog only ever send a Vault
            raise TypeError("expected a Vault")
        self.vault = vault
        self._drop_wizard()
        self._drop_unlock_dialog()
        self.show_main(self.last_view)
        self.unlocked.emit()

    def show_main(self, view: WindowView | None = None) -> None:
        """The main window, at the size and on the page of `view` if given (else the first page)."""
        if self.vault is None:
            return
        from intake_app.ui.main.window import MainWindow

        window = MainWindow(self.vault)
        window.lock_requested.connect(self.lock)
        window.settings_requested.connect(self.open_settings)
        window.quit_requested.connect(self.ask_quit)
        window.intercept_close = True
        if view is not None:
            window.restore_view(view)
        self.main_window = window
        window.show()
        window.raise_()
        window.activateWindow()
        self.watcher.arm()

    @property
    def is_unlocked(self) -> bool:
        return self.vault is not None

    # -- settings ----------------------------------------------------------------------------------------

    def open_settings(self) -> SettingsDialog | None:
        if self.main_window is None or self.vault is None:
            return None
        from intake_app.ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self.vault, self.settings, current_language(), self.main_window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(self.apply_settings)
        dialog.open()
        return dialog

    def apply_settings(self, language: str, autolock_minutes: int) -> None:
        self.watcher.set_delay_minutes(autolock_minutes)
        changed_language = language != current_language()
        self._save_settings(language=language, autolock_minutes=autolock_minutes)
        if changed_language:
            apply_language(language)
            # After the settings dialog has closed: it is a child of the window being replaced.
            QTimer.singleShot(0, self._rebuild_main)

    def _save_settings(self, *, language: str | None = None, autolock_minutes: int | None = None) -> None:
        if language is not None:
            self.settings.language = language
        if autolock_minutes is not None:
            self.settings.autolock_minutes = autolock_minutes
        try:
            self.settings.save(self.base)
        except OSError:
            log.warning("could not save the settings file")

    def _rebuild_main(self) -> None:
        window = self.main_window
        if window is None:
            return
        if window.has_unsaved_changes():
            messages.ask(window, _("Unsaved changes"),
                         _("The window is rebuilt in the new language. Your unsaved changes will be lost."),
                         self._do_rebuild, yes_text=_("Discard and switch"), destructive=True)
        else:
            self._do_rebuild()

    def _do_rebuild(self) -> None:
        old = self.main_window
        if old is None or self.vault is None:
            return
        view = old.view()
        old.discard_changes()
        self.main_window = None
        destroy_window(old)
        self.show_main(view)

    # -- lock, panic, quit -------------------------------------------------------------------------------

    def auto_lock(self) -> None:
        log.info("idle: locking")
        self.lock()

    def lock(self, *, minimised: bool = False, show_unlock: bool = True, keep_view: bool = True) -> None:
        """Destroy every view of record data and drop the keys; then ask for the passphrase again.
        `keep_view`: remember the window's size, page and layout for the next unlock (not after a panic)."""
        self.watcher.disarm()
        close_modal_dialogs()
        window, self.main_window = self.main_window, None
        if window is not None:
            self.last_view = _view_of(window) if keep_view else None
            window.discard_changes()
        elif not keep_view:
            self.last_view = None
        vault, self.vault = self.vault, None
        if vault is not None:
            try:
                vault.close()
            except Exception:  # the keys must go even if the final checkpoint fails
                log.exception("error while closing the vault")
        if window is not None:
            window.vault = None  # type: ignore[assignment]
            destroy_window(window)
            window.destroyed.connect(_collect_soon)
            del window
        del vault
        if vault_exists(self.base) and show_unlock:
            if self.end_process_on_lock:
                self.restart_requested.emit(minimised)
            else:
                self.show_unlock(minimised=minimised)
        self.locked.emit()

    def panic(self) -> None:
        """Lock at once, empty the clipboard and get every window of ours off the screen."""
        log.info("panic key")
        clear_clipboard()
        destroy = self.settings.panic_action == PANIC_DESTROY and self.demo_passphrase is None
        self.last_view = None  # after a panic the next window opens as new: nothing kept of this one
        if self.vault is not None or self.main_window is not None:
            self.lock(minimised=True, show_unlock=not destroy, keep_view=False)
        if self.unlock_dialog is not None:
            self.unlock_dialog.abandon_attempt()
        if destroy:
            self._destroy_keys_after_panic()
            return
        for widget in (self.unlock_dialog, self.wizard):
            if widget is not None:
                _disguise(widget)

    def _destroy_keys_after_panic(self) -> None:
        """The panic action "lock and destroy the keys": nothing can open the vault afterwards, and the
        app starts again as a fresh install (minimised, so the screen shows nothing of ours)."""
        from intake_app.vault.wipe import destroy_vault

        self._drop_unlock_dialog()
        destroy_vault(self.base)
        if self.end_process_on_lock:
            self.restart_requested.emit(True)
        elif self.wizard is None:
            self.show_first_run(minimised=True)
        else:
            _disguise(self.wizard)

    def ask_quit(self) -> None:
        window = self.main_window
        if window is not None and window.has_unsaved_changes():
            messages.ask(window, _("Unsaved changes"), _("Quit and lose your unsaved changes?"),
                         self.quit, yes_text=_("Discard and quit"), destructive=True)
        else:
            self.quit()

    def quit(self) -> None:
        self.lock(show_unlock=False)
        self._drop_unlock_dialog()
        self._drop_wizard()
        self.watcher.uninstall()
        self.quit_requested.emit()

    def top_level_windows(self) -> list[QWidget]:
        return [w for w in (self.wizard, self.unlock_dialog, self.main_window) if w is not None]


def _view_of(window: MainWindow) -> WindowView | None:
    try:
        return window.view()
    except Exception:  # the lock must go on whatever a page does
        log.exception("the window's layout could not be kept")
        return None


def _disguise(widget: QWidget) -> None:
    """Minimise `widget` under a neutral title: what a panic leaves on screen (a task bar entry)."""
    widget.setWindowTitle(_(NEUTRAL_TITLE))
    widget.showMinimized()


def _collect_soon(*_args: object) -> None:
    # The deleted window's Python wrappers may sit in reference cycles with the closed vault; collect
    # them soon rather than whenever the collector next runs.
    QTimer.singleShot(0, gc.collect)
