"""Panic and lock in the app shell: the process-ending lock, the panic action that destroys the keys,
and the wipe after too many wrong passphrases typed into the unlock window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from intake_app.settings import PANIC_DESTROY, Settings
from intake_app.vault.files import vault_exists
from tests.ui.shell_support import app_controller, make_closed_vault


def test_installed_app_asks_for_a_fresh_process_on_lock_and_panic(qtbot, isolated_data_dir):
    with app_controller(qtbot, isolated_data_dir, unlocked=True) as controller:
        controller.end_process_on_lock = True
        with qtbot.waitSignal(controller.restart_requested) as lock_signal:
            controller.main_window.lock_action.trigger()
        assert lock_signal.args == [False]
        assert controller.vault is None and controller.unlock_dialog is None  # nothing shown in this one
        assert vault_exists(isolated_data_dir)


def test_panic_that_destroys_the_keys_leaves_a_fresh_install(qtbot, isolated_data_dir):
    with app_controller(qtbot, isolated_data_dir, unlocked=True) as controller:
        controller.settings.panic_action = PANIC_DESTROY
        vault = controller.vault
        controller.panic()
        assert not vault.is_open
        assert not vault_exists(isolated_data_dir)
        assert controller.unlock_dialog is None
        assert controller.wizard is not None and controller.wizard.isMinimized()


def test_panic_destroy_in_the_installed_app_restarts_minimised(qtbot, isolated_data_dir):
    with app_controller(qtbot, isolated_data_dir, unlocked=True) as controller:
        controller.end_process_on_lock = True
        controller.settings.panic_action = PANIC_DESTROY
        with qtbot.waitSignal(controller.restart_requested) as panic_signal:
            controller.panic()
        assert panic_signal.args == [True]
        assert not vault_exists(isolated_data_dir)


def test_plain_panic_keeps_the_vault(qtbot, isolated_data_dir):
    with app_controller(qtbot, isolated_data_dir, unlocked=True) as controller:
        controller.panic()
        assert vault_exists(isolated_data_dir)
        assert controller.unlock_dialog is not None and controller.unlock_dialog.isMinimized()


def test_wipe_limit_reached_in_the_unlock_window(qtbot, isolated_data_dir):
    make_closed_vault(isolated_data_dir)
    Settings(wipe_after=5).save(isolated_data_dir)
    with app_controller(qtbot, isolated_data_dir) as controller:
        controller.settings = Settings.load(isolated_data_dir)
        controller.start()
        dialog = controller.unlock_dialog
        for attempt in range(5):
            qtbot.waitUntil(dialog.unlock_button.isEnabled, timeout=10_000)
            dialog.passphrase.setText(f"wrong passphrase {attempt}")
            qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
            if attempt < 4:
                qtbot.waitUntil(lambda: bool(dialog.error.text()) or dialog.remaining_wait() > 0,
                                timeout=10_000)
        qtbot.waitUntil(lambda: controller.wizard is not None, timeout=10_000)
        assert controller.unlock_dialog is None
        assert not vault_exists(isolated_data_dir)
