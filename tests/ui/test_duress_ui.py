"""Settings > "If the laptop is taken…": the duress passphrase typed twice and shown to differ from the
real one, the destroy choice explained, the wipe limit and the panic action saved, this session's notes."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from intake_app import i18n, paths
from intake_app.settings import PANIC_DESTROY, Settings
from intake_app.ui.language import apply_language
from intake_app.ui.settings.protection import ProtectionGroup
from intake_app.vault import keyslots
from intake_app.vault.duress import DuressMode, duress_mode
from tests.conftest import PASSPHRASE
from tests.ui.shell_support import app_controller

DURESS = "kettle saffron meadow pencil 9"


@pytest.fixture
def unlocked(qtbot, isolated_data_dir):
    with app_controller(qtbot, isolated_data_dir, unlocked=True) as controller:
        yield controller


def _type_pair(qtbot, dialog, secret: str) -> None:
    dialog.fields.first.clear()
    dialog.fields.repeat.clear()
    qtbot.keyClicks(dialog.fields.first, secret)
    qtbot.keyClicks(dialog.fields.repeat, secret)
    dialog.fields.assess_now()


def _slot_role(base, secret: str) -> keyslots.SlotRole:
    return keyslots.unlock_with_passphrase(paths.keyslots_path(base).read_bytes(), secret).role


def test_duress_is_typed_twice_and_shown_to_differ(qtbot, unlocked, isolated_data_dir):
    settings = unlocked.open_settings()
    group = settings.protection
    assert group.duress_status.text() == "Not set."
    assert not group.remove_button.isEnabled()
    dialog = group.open_duress_dialog()
    assert "decoy vault" in dialog.findChildren(type(group.duress_status))[0].text()

    _type_pair(qtbot, dialog, PASSPHRASE)  # the real one: refused before anything is written
    qtbot.waitUntil(lambda: "already use" in dialog.differs.text(), timeout=10_000)
    assert not dialog.set_button.isEnabled()

    dialog.fields.first.clear()
    qtbot.keyClicks(dialog.fields.first, DURESS)
    qtbot.keyClicks(dialog.fields.repeat, "x")  # not the same twice
    dialog.fields.assess_now()
    assert not dialog.set_button.isEnabled()

    _type_pair(qtbot, dialog, DURESS)
    qtbot.waitUntil(lambda: "differs from your real passphrase" in dialog.differs.text(), timeout=10_000)
    qtbot.waitUntil(dialog.set_button.isEnabled)
    assert not dialog.destroy_note.isVisible()
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: group.duress_status.text() == "Set: it opens the decoy vault.", timeout=10_000)
    assert group.remove_button.isEnabled()
    assert _slot_role(isolated_data_dir, DURESS) is keyslots.SlotRole.DURESS


def test_destroy_choice_is_explained_and_saved(qtbot, unlocked, isolated_data_dir):
    group = unlocked.open_settings().protection
    dialog = group.open_duress_dialog()
    dialog.destroy_box.setChecked(True)
    assert dialog.destroy_note.isVisible()
    assert "headquarters" in dialog.destroy_note.text() and "for ever" in dialog.destroy_note.text()
    _type_pair(qtbot, dialog, DURESS)
    qtbot.waitUntil(dialog.set_button.isEnabled, timeout=10_000)
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: group.duress_status.text().startswith("Set:"), timeout=10_000)
    assert _slot_role(isolated_data_dir, DURESS) is keyslots.SlotRole.DURESS_DESTROY
    assert duress_mode(unlocked.vault) is DuressMode.DESTROY


def test_remove_duress(qtbot, monkeypatch, unlocked, isolated_data_dir):
    from intake_app.vault.duress import set_duress

    set_duress(unlocked.vault, DURESS)
    group = unlocked.open_settings().protection
    assert group.remove_button.isEnabled()
    monkeypatch.setattr("intake_app.ui.widgets.messages.ask", lambda *a, **k: a[3]())
    group.ask_remove_duress()
    qtbot.waitUntil(lambda: group.duress_status.text() == "Not set.", timeout=10_000)
    with pytest.raises(keyslots.WrongSecretError):
        _slot_role(isolated_data_dir, DURESS)


def test_wipe_limit_and_panic_action_are_saved_with_ok(qtbot, unlocked, isolated_data_dir):
    dialog = unlocked.open_settings()
    group = dialog.protection
    limits = [group.wipe.itemData(i) for i in range(group.wipe.count())]
    assert limits == [0, 5, 10, 20]  # off by default, never below 5
    assert group.wipe.currentData() == 0 and group.panic.currentData() == "lock"
    group.wipe.setCurrentIndex(limits.index(10))
    group.panic.setCurrentIndex(1)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    saved = Settings.load(isolated_data_dir)
    assert (saved.wipe_after, saved.panic_action) == (10, PANIC_DESTROY)
    assert unlocked.settings.panic_action == PANIC_DESTROY  # the panic key acts on it at once


def test_session_notes_are_shown_from_memory(qtbot, unlocked):
    from intake_app.logging_setup import configure_logging

    configure_logging()
    logging.getLogger("intake_app.test").info("a note only memory holds")
    group = unlocked.open_settings().protection
    group.show_notes()
    assert "a note only memory holds" in group.notes_text.toPlainText()


@pytest.mark.parametrize("lang", ["ko", "ja", "zh_CN"])
def test_explanations_are_translated(qtbot, vault, lang):
    english = ProtectionGroup(vault, Settings())
    qtbot.addWidget(english)
    apply_language(lang)
    try:
        group = ProtectionGroup(vault, Settings())
        qtbot.addWidget(group)
        assert group.title() == i18n.translate_for(lang, english.title()) != english.title()
        assert group.wipe.itemText(1) != english.wipe.itemText(1)
        assert group.panic.itemText(1) != english.panic.itemText(1)
    finally:
        apply_language("en")
