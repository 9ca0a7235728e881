"""The settings dialog: language (rebuilds the window), auto-lock delay, passphrase change, recovery key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from intake_app import i18n, paths
from intake_app.crypto.recovery import parse_recovery_key
from intake_app.settings import Settings
from intake_app.ui.widgets import messages
from intake_app.vault import keyslots
from tests.conftest import PASSPHRASE
from tests.ui.shell_support import app_controller

NEW_PASSPHRASE = "violet harbour compass seven tides"


@pytest.fixture
def unlocked(qtbot, isolated_data_dir):
    with app_controller(qtbot, isolated_data_dir, unlocked=True) as controller:
        yield controller


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_switching_to_korean_relabels_the_window(qtbot, unlocked, isolated_data_dir):
    controller = unlocked
    old_window = controller.main_window
    old_window.show_page(2)
    dialog = controller.open_settings()
    dialog.language.set_code("ko")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: controller.main_window is not None and controller.main_window is not old_window)
    window = controller.main_window
    assert i18n.current_language() == "ko"
    cases_ko = i18n.translate_for("ko", "Cases")
    cases_row = [spec.key for spec in window.specs].index("cases")
    assert window.nav.item(cases_row).text() == cases_ko
    assert cases_ko != "Cases"  # the catalogue has it
    assert window.lock_action.text() == i18n.translate_for("ko", "Lock")
    assert window.current_index() == 2  # the user stays where they were
    assert Settings.load(isolated_data_dir).language == "ko"
    assert controller.vault is not None and controller.vault.is_open


def test_auto_lock_delay(qtbot, unlocked, isolated_data_dir):
    controller = unlocked
    dialog = controller.open_settings()
    minutes = [dialog.autolock.itemData(i) for i in range(dialog.autolock.count())]
    assert minutes == [1, 2, 5, 10, 15, 30]
    assert dialog.autolock.currentData() == 5
    dialog.autolock.setCurrentIndex(minutes.index(10))
    _ok(qtbot, dialog)
    assert controller.watcher.delay_ms() == 10 * 60_000
    assert Settings.load(isolated_data_dir).autolock_minutes == 10


def test_change_passphrase(qtbot, unlocked, isolated_data_dir):
    settings = unlocked.open_settings()
    dialog = settings.open_change_passphrase()
    qtbot.keyClicks(dialog.current, "wrong current passphrase")
    qtbot.keyClicks(dialog.fields.first, "short")
    qtbot.waitUntil(lambda: dialog.fields.reason.text() != "")
    assert not dialog.change_button.isEnabled()  # too weak
    dialog.fields.first.clear()
    qtbot.keyClicks(dialog.fields.first, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.fields.repeat, NEW_PASSPHRASE)
    qtbot.waitUntil(dialog.change_button.isEnabled)

    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
    assert dialog.error.text() == i18n.translate_for("en", "The current passphrase is not correct.")
    blob = paths.keyslots_path(isolated_data_dir).read_bytes()
    keyslots.unlock_with_passphrase(blob, PASSPHRASE)  # unchanged

    dialog.current.clear()
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    blob = paths.keyslots_path(isolated_data_dir).read_bytes()
    keyslots.unlock_with_passphrase(blob, NEW_PASSPHRASE)
    with pytest.raises(keyslots.WrongSecretError):
        keyslots.unlock_with_passphrase(blob, PASSPHRASE)


def test_replace_recovery_key(qtbot, unlocked, isolated_data_dir, monkeypatch):
    controller = unlocked
    settings = controller.open_settings()
    assert settings.recovery_status.text() == "A recovery key is set."
    asked: list[str] = []

    def agree(parent, title, text, on_yes, **kwargs):
        asked.append(title)
        on_yes()

    monkeypatch.setattr(messages, "ask", agree)
    old_blob = paths.keyslots_path(isolated_data_dir).read_bytes()
    settings.ask_replace_recovery_key()
    assert asked
    qtbot.waitUntil(lambda: getattr(settings, "key_dialog", None) is not None, timeout=10_000)
    key_dialog = settings.key_dialog
    key_text = key_dialog.view.key_text()
    assert not key_dialog.done_button.isEnabled()
    key_dialog.reject()  # Escape does not lose the only view of the key
    assert key_dialog.isVisible()
    key_dialog.written.setChecked(True)
    qtbot.mouseClick(key_dialog.done_button, Qt.MouseButton.LeftButton)
    blob = paths.keyslots_path(isolated_data_dir).read_bytes()
    assert blob != old_blob
    keyslots.unlock_with_recovery_key(blob, parse_recovery_key(key_text))


def test_no_key_change_after_the_vault_is_locked(isolated_data_dir):
    # A worker still running when the idle lock fires must not wrap the wiped key.
    from intake_app.vault.vault import Vault, VaultLockedError

    vault, _recovery = Vault.create(isolated_data_dir, PASSPHRASE)
    vault.close()
    before = paths.keyslots_path(isolated_data_dir).read_bytes()
    with pytest.raises(VaultLockedError):
        vault.change_passphrase(NEW_PASSPHRASE)
    with pytest.raises(VaultLockedError):
        vault.new_recovery_key()
    assert paths.keyslots_path(isolated_data_dir).read_bytes() == before


def test_qt_standard_buttons_follow_the_language(qtbot):
    from intake_app.ui.language import apply_language

    apply_language("ko")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        texts = {box.button(b).text().replace("&", "") for b in (QDialogButtonBox.StandardButton.Ok,
                                                                  QDialogButtonBox.StandardButton.Cancel)}
        assert texts == {"확인", "취소"}
    finally:
        apply_language("en")
