"""Helpers shared by the tests of the app shell (wizard, unlock, lock, settings).

They are context managers, wrapped by small fixtures in each test module (importing fixtures by name
would trip the linter's redefinition check).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt

from tests.conftest import PASSPHRASE


@contextlib.contextmanager
def english_ui() -> Iterator[None]:
    """Start in English and come back to it: the UI language is process-wide state."""
    from intake_app.ui.language import apply_language
    from intake_app.ui.workers import wait_for_tasks

    apply_language("en")
    try:
        yield
    finally:
        wait_for_tasks()
        apply_language("en")


def make_closed_vault(base: Path, passphrase: str = PASSPHRASE) -> str:
    """Create a vault in `base`, lock it, and return its recovery key."""
    from intake_app.vault.vault import Vault

    vault, recovery = Vault.create(base, passphrase)
    vault.close()
    return recovery


@contextlib.contextmanager
def app_controller(qtbot, base: Path, *, with_vault: bool = False, unlocked: bool = False) -> Iterator[object]:
    """An AppController on `base` (optionally with a vault, optionally unlocked), quit afterwards."""
    from intake_app.settings import Settings
    from intake_app.ui.controller import AppController
    from intake_app.ui.workers import wait_for_tasks

    with english_ui():
        if with_vault or unlocked:
            make_closed_vault(base)
        controller = AppController(base, settings=Settings())
        try:
            if unlocked:
                unlock_through_dialog(qtbot, controller)
            yield controller
        finally:
            controller.quit()
            wait_for_tasks()
            qtbot.wait(1)  # let deferred deletions run


def unlock_through_dialog(qtbot, controller, passphrase: str = PASSPHRASE) -> None:
    """Start the controller on an existing vault and unlock it as a user would."""
    controller.start()
    dialog = controller.unlock_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.passphrase, passphrase)
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert controller.main_window is not None
    qtbot.waitExposed(controller.main_window)


def record_views() -> list[object]:
    """Every live widget that shows or holds record data."""
    from PySide6.QtWidgets import QApplication

    from intake_app.ui.main.window import MainWindow

    kinds: list[type] = [MainWindow]
    try:
        from intake_app.ui.lists.page import RecordListPage
        kinds.append(RecordListPage)
    except ImportError:
        pass
    try:
        from intake_app.ui.search.page import SearchPage
        kinds.append(SearchPage)
    except ImportError:
        pass
    return [w for w in QApplication.allWidgets() if isinstance(w, tuple(kinds))]
