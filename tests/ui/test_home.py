"""The Home page: first for both roles, its buttons open the right page, its warnings come and go with the
vault's state; and the guidance empty pages show."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from intake_app.hq import devices
from intake_app.hq.overview import Attention, Step
from intake_app.sync import keystore
from intake_app.sync.profile import ExportPolicy, create_profile, import_profile
from intake_app.ui.backup.dialog import BackupDialog
from intake_app.ui.home.page import HomePage
from intake_app.ui.main.pages import HQ_PAGES, PAGES
from intake_app.ui.widgets.empty_state import EmptyState
from intake_app.vault.records import RecordStore
from intake_app.vault.vault import Role, Vault
from tests.conftest import PASSPHRASE
from tests.core.helpers import make_case
from tests.ui.shell_support import english_ui
from tests.ui.sync_support import main_window, page


@pytest.fixture(autouse=True)
def _english():
    with english_ui():
        yield


LEFT = Qt.MouseButton.LeftButton


def _home(window) -> HomePage:
    home = window.page(0)
    assert isinstance(home, HomePage)
    return home


def test_home_is_first_for_both_roles_and_the_window_opens_on_it(qtbot, field, hq) -> None:
    assert PAGES[0].key == "home" and HQ_PAGES[0].key == "home"
    for vault in (field, hq):
        window = main_window(qtbot, vault)
        assert window.current_index() == 0
        assert window.nav.item(0).text() == "Home"
        assert _home(window).isVisible()


def test_a_new_field_laptop_is_told_to_import_the_profile_and_the_button_opens_sync(qtbot, field) -> None:
    window = main_window(qtbot, field)
    home = _home(window)
    assert home.next_label.text().startswith("Next step: Import the deployment profile from headquarters")
    assert home.next_button.text() == "Go to Sync"
    qtbot.mouseClick(home.next_button, LEFT)
    assert window.specs[window.current_index()].key == "sync"
    window.show_page(0)
    qtbot.mouseClick(home.step_buttons[Step.RECORD], LEFT)
    assert window.specs[window.current_index()].key == "cases"


def test_the_unsent_warning_shows_after_a_save_and_the_step_moves_on(qtbot, field, tmp_path: Path) -> None:
    hq, _recovery = Vault.create(tmp_path / "hq", PASSPHRASE, Role.HQ)
    try:
        keystore.ensure_hq_keys(hq)
        import_profile(field, create_profile(hq, "Test NGO", ExportPolicy()))
    finally:
        hq.close()
    window = main_window(qtbot, field)
    home = _home(window)
    assert Attention.UNSENT_CHANGES not in home.alert_buttons
    assert not home.attention_box.isVisible()
    assert home.next_label.text().startswith("Next step: Register this laptop")

    cases = page(window, "cases")
    cases.new_record()
    editor = cases.host.current_editor()
    editor.alias.setText("Mrs Plum")
    assert editor.save()
    window.show_page(0)  # coming back reads the vault again
    qtbot.waitUntil(lambda: Attention.UNSENT_CHANGES in home.alert_buttons)
    assert home.attention_box.isVisible()
    assert any(label.text() == "1 change is not at headquarters yet: send a bundle."
               for label in home.attention_box.findChildren(QLabel))
    qtbot.mouseClick(home.alert_buttons[Attention.UNSENT_CHANGES], LEFT)
    assert window.specs[window.current_index()].key == "sync"

    with field.transaction() as conn:  # as an export does: everything is in a bundle now
        conn.execute("INSERT INTO meta (key, value) VALUES ('last_export_change_seq', '999999') ON CONFLICT(key)"
                     " DO UPDATE SET value = excluded.value")
    window.show_page(0)
    qtbot.waitUntil(lambda: Attention.UNSENT_CHANGES not in home.alert_buttons)
    assert not home.attention_box.isVisible()


def test_the_record_counts_follow_the_vault(qtbot, field) -> None:
    window = main_window(qtbot, field)
    home = _home(window)
    assert home.counts_label.text().startswith("0 cases")
    make_case(RecordStore(field), "Mr Green")
    home.refresh()  # what the window does after a spreadsheet import
    assert home.counts_label.text().startswith("1 case ·")


def test_headquarters_buttons_open_keys_devices_and_the_backup_dialog(qtbot, hq, tmp_path: Path) -> None:
    window = main_window(qtbot, hq)
    home = _home(window)
    assert home.next_label.text().startswith("Next step: Create the headquarters keys")
    assert set(home.alert_buttons) == {Attention.NO_BACKUP}
    assert home.step_buttons[Step.CREATE_KEYS].text() == "Go to Profile && keys"  # shown as "&", no underline
    qtbot.mouseClick(home.step_buttons[Step.CREATE_KEYS], LEFT)
    assert window.specs[window.current_index()].key == "hq-keys"

    window.show_page(0)
    qtbot.mouseClick(home.alert_buttons[Attention.NO_BACKUP], LEFT)
    dialog = home.findChild(BackupDialog)
    assert dialog is not None and dialog.isVisible()
    drive = tmp_path / "drive"
    drive.mkdir()
    dialog.back_up_to(drive)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    dialog.reject()
    qtbot.waitUntil(lambda: Attention.NO_BACKUP not in home.alert_buttons)
    assert home.overview is not None and home.overview.step(Step.BACK_UP_VAULT).done  # type: ignore[union-attr]

    field, _recovery = Vault.create(tmp_path / "field", PASSPHRASE, Role.FIELD)
    try:
        keystore.ensure_hq_keys(hq)
        import_profile(field, create_profile(hq, "Test NGO", ExportPolicy()))
        request = devices.read_request(devices.create_request(field))
        with hq.transaction() as conn:
            devices.record_unknown_device(conn, request.device_id, request.signing_key.b64())
    finally:
        field.close()
    home.refresh()
    assert Attention.PENDING_DEVICES in home.alert_buttons
    qtbot.mouseClick(home.alert_buttons[Attention.PENDING_DEVICES], LEFT)
    assert window.specs[window.current_index()].key == "hq-devices"
    devices.approve(hq, device_id=request.device_id)
    window.show_page(0)
    qtbot.waitUntil(lambda: Attention.PENDING_DEVICES not in home.alert_buttons)


def test_empty_review_and_inbox_say_what_they_are_for(qtbot, hq) -> None:
    window = main_window(qtbot, hq)
    review = page(window, "hq-review")
    qtbot.waitUntil(review.isVisible)
    texts = [w.shown_text() for w in review.findChildren(EmptyState) if w.isVisible()]
    assert any(t.startswith("No conflicts to review") for t in texts)
    inbox = page(window, "hq-inbox")
    assert inbox.empty.isVisible()
    assert inbox.empty.shown_text().startswith("Nothing imported yet")
    inbox._add_row("a-file", "imported", "", "#000000")
    assert not inbox.empty.isVisible()
    devices_page = page(window, "hq-devices")
    assert devices_page.empty.isVisible()
    keys = page(window, "hq-keys")
    assert keys.empty.isVisible()  # no keys yet
    keys.banner.create_keys()
    keys.refresh()
    assert not keys.empty.isVisible()


def test_an_empty_list_guides_and_a_filter_that_finds_nothing_says_so(qtbot, field) -> None:
    window = main_window(qtbot, field)
    cases = page(window, "cases")
    assert cases.empty.isVisible()
    assert cases.empty.shown_text().startswith("No cases yet")
    make_case(RecordStore(field), "Mrs Plum")
    cases.refresh()
    qtbot.waitUntil(lambda: not cases.empty.isVisible())
    cases.filters.search.setText("nobody by this name")
    cases.filters.flush()
    qtbot.waitUntil(lambda: cases.empty.isVisible())
    assert cases.empty.shown_text().startswith("Nothing matches")
