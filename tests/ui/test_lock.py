"""Locking: auto-lock, the Lock action, the panic key; every record view is destroyed and the keys dropped."""

from __future__ import annotations

import gc
import threading
import weakref
from typing import ClassVar

import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from intake_app.ui.lock.watcher import LOCK_SHORTCUT
from intake_app.ui.main import window as main_window_module
from intake_app.ui.main.window import MainWindow
from tests.ui.shell_support import app_controller, record_views


@pytest.fixture
def unlocked(qtbot, isolated_data_dir):
    with app_controller(qtbot, isolated_data_dir, unlocked=True) as controller:
        yield controller


@pytest.fixture
def locked(qtbot, isolated_data_dir):
    with app_controller(qtbot, isolated_data_dir, with_vault=True) as controller:
        yield controller


def _assert_locked(qtbot, controller, vault) -> None:
    assert controller.vault is None
    assert controller.main_window is None
    assert not vault.is_open
    qtbot.waitUntil(lambda: not record_views())
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    assert controller.unlock_dialog is not None


def test_auto_lock_destroys_every_record_view(qtbot, unlocked):
    controller = unlocked
    window = controller.main_window
    for index in range(4):  # make every page exist
        window.show_page(index)
    assert record_views()
    vault = controller.vault
    vault_ref = weakref.ref(vault)
    del vault, window
    controller.watcher.set_delay_ms(200)
    with qtbot.waitSignal(controller.locked, timeout=3_000):
        pass
    _assert_locked(qtbot, controller, vault_ref())
    assert controller.unlock_dialog.isVisible()
    # Nothing keeps the Vault object alive any more.
    qtbot.waitUntil(lambda: gc.collect() is not None and vault_ref() is None, timeout=3_000)


def test_user_input_postpones_the_auto_lock(qtbot, unlocked):
    controller = unlocked
    window = controller.main_window
    controller.watcher.set_delay_ms(400)
    for _ in range(6):  # 6 x 150 ms of activity: longer than the delay
        qtbot.wait(150)
        qtbot.keyClick(window.nav, Qt.Key.Key_Shift)
    assert controller.is_unlocked
    with qtbot.waitSignal(controller.locked, timeout=3_000):
        pass


def test_lock_action(qtbot, unlocked):
    controller = unlocked
    window = controller.main_window
    vault = controller.vault
    assert window.lock_action.shortcut() == LOCK_SHORTCUT
    assert LOCK_SHORTCUT.toString() == "Ctrl+L"
    window.lock_action.trigger()
    _assert_locked(qtbot, controller, vault)
    # Unlock again: a fresh window.
    dialog = controller.unlock_dialog
    qtbot.keyClicks(dialog.passphrase, "orchid lantern river demo 42")
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert controller.main_window is not None and controller.main_window is not window


@pytest.mark.parametrize(("key", "modifiers"), [
    (Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
    (Qt.Key.Key_F12, Qt.KeyboardModifier.NoModifier),
])
def test_panic_clears_the_clipboard_and_hides(qtbot, unlocked, key, modifiers):
    controller = unlocked
    window = controller.main_window
    vault = controller.vault
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("copied from a testimony")
    if clipboard.supportsSelection():
        clipboard.setText("selected text", QClipboard.Mode.Selection)
    window.show_page(2)
    # From inside a text field of a page: the key must not be swallowed by the widget.
    target = window.page(2).focusWidget() or window.nav
    qtbot.keyClick(target, key, modifiers)
    assert clipboard.text() == ""
    if clipboard.supportsSelection():
        assert clipboard.text(QClipboard.Mode.Selection) == ""
    _assert_locked(qtbot, controller, vault)
    assert controller.unlock_dialog.isMinimized()


def test_panic_while_locked_hides_the_unlock_dialog(qtbot, locked):
    controller = locked
    controller.start()
    dialog = controller.unlock_dialog
    QGuiApplication.clipboard().setText("something")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_F12)
    assert dialog.isMinimized()
    assert QGuiApplication.clipboard().text() == ""
    assert dialog.passphrase.text() == ""  # the key was not typed into the field


class _EditingPage(QWidget):
    """A page with unsaved edits, to check that a lock discards them without asking."""

    instances: ClassVar[list[_EditingPage]] = []
    changed = Signal()
    busy_changed = Signal(bool)

    def __init__(self, *_args: object) -> None:
        super().__init__()
        self.discarded = False
        _EditingPage.instances.append(self)

    def has_unsaved_changes(self) -> bool:
        return not self.discarded

    def discard_changes(self) -> None:
        self.discarded = True


def test_lock_discards_unsaved_edits_without_asking(qtbot, unlocked, monkeypatch):
    controller = unlocked
    monkeypatch.setattr(main_window_module, "make_page", lambda spec, vault, parent=None: _EditingPage())
    _EditingPage.instances.clear()
    controller.main_window.show_page(1)
    page = _EditingPage.instances[0]
    assert controller.main_window.has_unsaved_changes()
    vault = controller.vault
    controller.lock()
    assert page.discarded
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    _assert_locked(qtbot, controller, vault)


def test_lock_closes_open_dialogs(qtbot, unlocked):
    controller = unlocked
    dialog = controller.open_settings()
    assert dialog is not None and dialog.isVisible()
    vault = controller.vault
    controller.lock()
    _assert_locked(qtbot, controller, vault)
    qtbot.waitUntil(lambda: not [w for w in QApplication.topLevelWidgets()
                                 if w.isVisible() and w is not controller.unlock_dialog])


def test_panic_during_an_unlock_attempt_opens_nothing(qtbot, locked, monkeypatch):
    from intake_app.vault import unlock as unlock_module  # the dialog imports `unlock` from here at each try
    from intake_app.vault.unlock import unlock as real_unlock

    release = threading.Event()
    opened: list[object] = []

    def slow_unlock(base, **kwargs):
        release.wait(5)
        vault = real_unlock(base, **kwargs)
        opened.append(vault)
        return vault

    monkeypatch.setattr(unlock_module, "unlock", slow_unlock)
    controller = locked
    controller.start()
    dialog = controller.unlock_dialog
    qtbot.keyClicks(dialog.passphrase, "orchid lantern river demo 42")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.is_busy()
    qtbot.keyClick(dialog, Qt.Key.Key_F12)
    release.set()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    assert opened and not opened[0].is_open  # it did open, and was locked again at once
    assert controller.main_window is None and controller.vault is None
    assert dialog.isMinimized()
