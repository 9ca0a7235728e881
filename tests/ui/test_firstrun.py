"""The first-run wizard, end to end: nothing is written before the last step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWizard

from intake_app.crypto.passphrase_policy import assess_passphrase
from intake_app.i18n import translate_for
from intake_app.settings import Settings
from intake_app.ui.firstrun.wizard import FirstRunWizard
from intake_app.ui.widgets.recovery import normalise_group
from intake_app.vault.unlock import unlock
from intake_app.vault.vault import Role, Vault, vault_exists
from tests.conftest import PASSPHRASE
from tests.ui.shell_support import english_ui


@pytest.fixture(autouse=True)
def _english():
    with english_ui():
        yield

WEAK = "password1"


def _nothing_on_disk(base) -> bool:
    return not base.exists() or not any(base.iterdir())


def _click(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _to_recovery_page(qtbot, wizard: FirstRunWizard) -> None:
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    fields = wizard.passphrase_page.fields
    qtbot.keyClicks(fields.first, PASSPHRASE)
    qtbot.keyClicks(fields.repeat, PASSPHRASE)
    qtbot.waitUntil(lambda: wizard.button(QWizard.WizardButton.NextButton).isEnabled())
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == FirstRunWizard.RECOVERY


def test_wizard_end_to_end(qtbot, isolated_data_dir):
    base = isolated_data_dir
    wizard = FirstRunWizard(base)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    # Language: the wizard is re-labelled at once, in both directions.
    wizard.language_page.select_language("ko")
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == translate_for("ko", "Next")
    assert wizard.buttonText(QWizard.WizardButton.NextButton) != "Next"
    assert wizard.language_page.title() == translate_for("ko", "Welcome to Field Intake")
    wizard.language_page.select_language("en")
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "Next"
    wizard.language_page.select_language("ko")

    # Passphrase: a weak one shows its reason, in Korean, and Next stays disabled.
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == FirstRunWizard.PASSPHRASE
    fields = wizard.passphrase_page.fields
    qtbot.keyClicks(fields.first, WEAK)
    qtbot.keyClicks(fields.repeat, WEAK)
    expected_reason = assess_passphrase(WEAK).message  # evaluated under ko, like the page
    qtbot.waitUntil(lambda: fields.reason.text() == expected_reason)
    assert expected_reason
    assert not next_button.isEnabled()
    assert fields.meter.value() <= 3

    # A strong one, repeated wrongly, then rightly.
    fields.first.clear()
    fields.repeat.clear()
    qtbot.keyClicks(fields.first, PASSPHRASE)
    qtbot.keyClicks(fields.repeat, PASSPHRASE + "x")
    qtbot.waitUntil(lambda: fields.reason.text() == translate_for("ko", "The two passphrases are not the same."))
    assert not next_button.isEnabled()
    qtbot.keyClick(fields.repeat, Qt.Key.Key_Backspace)
    qtbot.waitUntil(next_button.isEnabled)
    assert fields.reason.text() == ""
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)

    # The recovery key is shown, and not put on the clipboard.
    assert wizard.currentId() == FirstRunWizard.RECOVERY
    key = wizard.recovery_text()
    groups = key.split("-")
    assert [label.text() for label in wizard.recovery_page.view.group_labels] == groups
    assert QGuiApplication.clipboard().text() != key
    assert _nothing_on_disk(base)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)

    # Confirmation: two groups chosen at random; wrong ones are refused and nothing is written.
    page = wizard.confirm_page
    assert wizard.currentId() == FirstRunWizard.CONFIRM
    first, second = page.group_numbers
    assert 1 <= first < second <= 8
    wrong = "AAAA" if groups[first - 1] != "AAAA" else "BBBB"
    qtbot.keyClicks(page.inputs[0], wrong)
    qtbot.keyClicks(page.inputs[1], groups[second - 1])
    _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert page.error.text()
    assert wizard.isVisible()
    assert _nothing_on_disk(base)
    assert not vault_exists(base)

    # The right groups (typed in lower case: folded like the parser does) create the vault.
    page.inputs[0].clear()
    page.inputs[1].clear()
    qtbot.keyClicks(page.inputs[0], groups[first - 1].lower())
    qtbot.keyClicks(page.inputs[1], groups[second - 1])
    assert _nothing_on_disk(base)
    with qtbot.waitSignal(wizard.vault_created, timeout=15_000) as blocker:
        _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    vault = blocker.args[0]
    try:
        assert isinstance(vault, Vault)
        assert vault.is_open
        assert vault.info.role == Role.FIELD
        assert vault_exists(base)
        qtbot.waitUntil(lambda: not wizard.isVisible())
        assert Settings.load(base).language == "ko"
    finally:
        vault.close()
    # The key that was shown is the vault's recovery key; the passphrase opens it too.
    unlock(base, recovery_text=key).close()
    unlock(base, passphrase=PASSPHRASE).close()


def test_hq_role_is_an_advanced_choice(qtbot, isolated_data_dir):
    wizard = FirstRunWizard(isolated_data_dir)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.passphrase_page
    assert not page.role_box.isVisibleTo(wizard) or not page.advanced.isChecked()
    assert page.chosen_role() == Role.FIELD
    page.advanced.setChecked(True)
    page.role.setCurrentIndex(page.role.findData(Role.HQ.value))
    _to_recovery_page(qtbot, wizard)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    groups = wizard.recovery_groups()
    for field, number in zip(wizard.confirm_page.inputs, wizard.confirm_page.group_numbers, strict=True):
        qtbot.keyClicks(field, groups[number - 1])
    with qtbot.waitSignal(wizard.vault_created, timeout=15_000) as blocker:
        _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    vault = blocker.args[0]
    assert vault.info.role == Role.HQ
    vault.close()


def test_cancel_writes_nothing(qtbot, isolated_data_dir):
    wizard = FirstRunWizard(isolated_data_dir)
    qtbot.addWidget(wizard)
    wizard.show()
    _to_recovery_page(qtbot, wizard)
    with qtbot.waitSignal(wizard.rejected):
        _click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert _nothing_on_disk(isolated_data_dir)


def test_going_back_keeps_the_same_key(qtbot, isolated_data_dir):
    wizard = FirstRunWizard(isolated_data_dir)
    qtbot.addWidget(wizard)
    wizard.show()
    _to_recovery_page(qtbot, wizard)
    key = wizard.recovery_text()
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    _click(qtbot, wizard, QWizard.WizardButton.BackButton)
    assert wizard.currentId() == FirstRunWizard.RECOVERY
    assert [label.text() for label in wizard.recovery_page.view.group_labels] == key.split("-")


def test_normalise_group_folds_what_people_type():
    assert normalise_group(" ab2c ") == "AB2C"
    assert normalise_group("Ｏ0１8") == "OOIB"  # full-width forms and look-alike digits
