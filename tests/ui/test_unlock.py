"""The unlock dialog: wrong then right, the throttle's countdown, the recovery key, nothing shown early."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from intake_app.domain.models import Case
from intake_app.i18n import translate_for
from intake_app.ui.unlock.dialog import UnlockDialog
from intake_app.vault.records import RecordStore
from intake_app.vault.throttle import FREE_ATTEMPTS
from intake_app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.shell_support import english_ui, make_closed_vault


@pytest.fixture(autouse=True)
def _english():
    with english_ui():
        yield

WRONG = "not the passphrase at all"


def _dialog(qtbot, base, **kwargs) -> UnlockDialog:
    dialog = UnlockDialog(base, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _attempt(qtbot, dialog: UnlockDialog, secret: str, *, recovery: bool = False) -> None:
    field = dialog.recovery if recovery else dialog.passphrase
    field.clear()
    qtbot.keyClicks(field, secret)
    qtbot.waitUntil(dialog.unlock_button.isEnabled, timeout=10_000)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)


def test_wrong_then_right(qtbot, isolated_data_dir):
    make_closed_vault(isolated_data_dir)
    dialog = _dialog(qtbot, isolated_data_dir)
    unlocked: list[object] = []
    dialog.unlocked.connect(unlocked.append)

    _attempt(qtbot, dialog, WRONG)
    assert dialog.error.text() == translate_for("en", "The passphrase is not correct.")
    assert not unlocked
    assert dialog.countdown.text() == ""  # the first failures cost nothing

    _attempt(qtbot, dialog, PASSPHRASE)
    assert len(unlocked) == 1
    vault = unlocked[0]
    assert isinstance(vault, Vault) and vault.is_open
    assert dialog.passphrase.text() == ""  # not kept in the widget
    vault.close()


def test_throttle_shows_a_countdown_and_disables_the_button(qtbot, isolated_data_dir):
    make_closed_vault(isolated_data_dir)
    dialog = _dialog(qtbot, isolated_data_dir)
    for _ in range(FREE_ATTEMPTS):
        _attempt(qtbot, dialog, WRONG)
    # The third failure imposes a wait: shown as a countdown, with the button disabled.
    assert dialog.countdown.text()
    assert not dialog.unlock_button.isEnabled()
    dialog.try_unlock()  # Enter while waiting does nothing
    assert not dialog.is_busy()
    # A new dialog (a restart) still knows about the wait.
    again = _dialog(qtbot, isolated_data_dir)
    assert again.countdown.text()
    assert not again.unlock_button.isEnabled()
    # When it ends the button comes back and the right passphrase opens the vault.
    qtbot.waitUntil(dialog.unlock_button.isEnabled, timeout=5_000)
    assert dialog.countdown.text() == ""
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000) as blocker:
        dialog.passphrase.clear()
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    blocker.args[0].close()


def test_recovery_key_toggle(qtbot, isolated_data_dir):
    recovery = make_closed_vault(isolated_data_dir)
    dialog = _dialog(qtbot, isolated_data_dir)
    assert dialog.passphrase.isVisible() and not dialog.recovery.isVisible()
    dialog.use_recovery.setChecked(True)
    assert dialog.recovery.isVisible() and not dialog.passphrase.isVisible()
    assert dialog.field_label.text() == translate_for("en", "Recovery key:")

    # A typo is caught by the checksum, with the core's message.
    typo = ("A" if recovery[0] != "A" else "B") + recovery[1:]
    _attempt(qtbot, dialog, typo, recovery=True)
    assert "checksum" in dialog.error.text()

    unlocked: list[object] = []
    dialog.unlocked.connect(unlocked.append)
    _attempt(qtbot, dialog, recovery.lower().replace("-", " "), recovery=True)
    assert unlocked
    unlocked[0].close()


def test_nothing_about_the_content_before_unlock(qtbot, isolated_data_dir):
    vault, _recovery = Vault.create(isolated_data_dir, PASSPHRASE)
    RecordStore(vault).save(Case(alias="Canary Alias Seventeen"))
    vault.close()
    dialog = _dialog(qtbot, isolated_data_dir)
    texts = [label.text() for label in dialog.findChildren(QLabel)] + [dialog.windowTitle()]
    joined = " ".join(texts)
    assert "Canary" not in joined
    assert not any(ch.isdigit() for ch in joined)  # no counts either


def test_demo_hint(qtbot, isolated_data_dir):
    demo = pytest.importorskip("intake_app.demo")
    make_closed_vault(isolated_data_dir)
    dialog = _dialog(qtbot, isolated_data_dir, demo_passphrase=demo.DEMO_PASSPHRASE)
    assert dialog.demo_hint.isVisible()
    assert demo.DEMO_PASSPHRASE in dialog.demo_hint.text()
    plain = _dialog(qtbot, isolated_data_dir)
    assert not plain.demo_hint.isVisible()


def test_language_switch_relabels_the_dialog(qtbot, isolated_data_dir):
    make_closed_vault(isolated_data_dir)
    dialog = _dialog(qtbot, isolated_data_dir)
    seen: list[str] = []
    dialog.language_changed.connect(seen.append)
    dialog.language.set_code("ko")
    assert seen == ["ko"]
    assert dialog.unlock_button.text() == translate_for("ko", "Unlock")
