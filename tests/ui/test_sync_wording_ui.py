"""The sync screens as people read them: Enter never trusts a key while comparing words, devices appear by their
labels (the id on hover), a quarantined bundle's Inbox row follows its import on approval, a receipt is offered
right after an import, and the purge dialog lists exactly what it deletes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from intake_app.hq import devices
from intake_app.hq.devices import DeviceStatus, list_devices
from intake_app.sync.export import export_bundle
from intake_app.sync.profile import ExportPolicy, current_profile
from intake_app.sync.receipts import import_receipt
from intake_app.ui.sync import prompts
from intake_app.vault.records import RecordStore
from tests.core.bundle_helpers import deliver, make_field, make_hq
from tests.core.helpers import make_case, make_testimony
from tests.ui.shell_support import english_ui
from tests.ui.sync_support import click, drop_files, main_window, page, patch_prompts, wait_idle

LABEL = "Yanji laptop 2"


@pytest.fixture(autouse=True)
def _english():
    with english_ui():
        yield



def press_enter(qtbot, dialog, focused) -> None:
    """Enter as a user presses it: the dialog active, the keyboard focus on `focused` (None: where it starts)."""
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    if focused is not None:
        focused.setFocus()
        qtbot.waitUntil(focused.hasFocus)
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())


# -- Enter does not trust -----------------------------------------------------------------------------------


@pytest.mark.parametrize("focus", ["start", "match", "mismatch"])
def test_enter_on_the_profile_words_does_not_trust(qtbot, monkeypatch, vault, hq_profile, focus):
    answers = patch_prompts(monkeypatch)
    window = main_window(qtbot, vault)
    sync = page(window, "sync")
    answers.open_file.append(str(hq_profile[1]))
    click(qtbot, sync.setup.import_button)
    dialog = sync.setup.confirm_dialog
    qtbot.waitExposed(dialog)
    focused = {"start": None, "match": dialog.match_button, "mismatch": dialog.mismatch_button}[focus]
    press_enter(qtbot, dialog, focused)
    assert current_profile(vault) is None
    assert "not confirmed" in sync.setup.message.text()


def _pending_device(qtbot, monkeypatch, tmp_path, hq, profile):
    """A field laptop whose bundle waits in quarantine at HQ, shown on the Devices page (selected)."""
    field = make_field(tmp_path / "field", hq, profile, approve=False)
    make_case(RecordStore(field), "A")
    out = tmp_path / "stick"
    out.mkdir()
    bundle = export_bundle(field, out).bundles[0].path
    answers = patch_prompts(monkeypatch)
    window = main_window(qtbot, hq)
    inbox = page(window, "hq-inbox")
    drop_files(inbox, [bundle])
    wait_idle(qtbot, inbox)
    return field, window, inbox, answers


@pytest.mark.parametrize("focus", ["start", "match"])
def test_enter_on_approving_a_device_does_not_approve(qtbot, monkeypatch, tmp_path, focus):
    hq, profile = make_hq(tmp_path / "hq")
    field, window, _inbox, _answers = _pending_device(qtbot, monkeypatch, tmp_path, hq, profile)
    try:
        monkeypatch.undo()  # the real question this time
        devices_page = page(window, "hq-devices")
        devices_page.table.selectRow(0)
        click(qtbot, devices_page.approve_button)
        box = next(w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QMessageBox) and w.objectName() == "compare-words" and w.isVisible())
        assert box.defaultButton().text() == "They do not match"
        match = next(b for b in box.buttons() if b is not box.defaultButton() and b is not box.escapeButton())
        press_enter(qtbot, box, None if focus == "start" else match)
        assert list_devices(hq)[0].status is DeviceStatus.PENDING
        assert devices_page.task is None
    finally:
        field.close()
        hq.close()


# -- labels, stale quarantine rows, receipts ----------------------------------------------------------------


def test_quarantined_row_follows_the_import_and_devices_show_labels(qtbot, monkeypatch, tmp_path):
    hq, profile = make_hq(tmp_path / "hq")
    field, window, inbox, answers = _pending_device(qtbot, monkeypatch, tmp_path, hq, profile)
    try:
        device_id = field.info.device_id
        assert inbox.report()[0][1] == "quarantined"
        assert device_id not in inbox.report()[0][2]  # not approved yet, no label: the id's first block
        review = page(window, "hq-review")
        waiting = review.quarantine.item(0, 0)
        assert waiting.text() == device_id.split("-")[0] and device_id in waiting.toolTip()
        request = tmp_path / "request.json"
        request.write_bytes(devices.create_request(field, LABEL))
        devices_page = page(window, "hq-devices")
        answers.open_file.append(str(request))
        click(qtbot, devices_page.approve_file_button)
        assert answers.confirmed == ["Approve device"] and LABEL in answers.texts[0]
        wait_idle(qtbot, devices_page)
        message = devices_page.message.text()
        assert f"Device {LABEL} approved" in message and f"of device {LABEL}:" in message
        assert device_id not in message
        cell = devices_page.table.item(0, 0)
        assert cell.text() == LABEL and device_id in cell.toolTip()
        # The device's bundles are in: its receipt is offered at once.
        assert list(devices_page.receipt_offer.buttons) == [device_id]

        inbox = page(window, "hq-inbox")
        (_name, outcome, detail), = inbox.report()
        assert outcome == "imported", detail
        assert f"imported bundle 1 of device {LABEL}: 1 record (1 new, 0 updated, 0 conflicts)" in detail
        assert device_id not in detail
        review = page(window, "hq-review")
        assert review.quarantine.rowCount() == 0
    finally:
        field.close()
        hq.close()


def test_a_receipt_is_offered_right_after_an_import(qtbot, monkeypatch, tmp_path):
    hq, profile = make_hq(tmp_path / "hq")
    field = make_field(tmp_path / "field", hq, profile, approve=False)
    devices.approve(hq, devices.create_request(field, LABEL))
    try:
        make_case(RecordStore(field), "A")
        out = tmp_path / "stick"
        out.mkdir()
        bundle = export_bundle(field, out).bundles[0].path
        answers = patch_prompts(monkeypatch)
        window = main_window(qtbot, hq)
        inbox = page(window, "hq-inbox")
        assert not inbox.receipt_offer.isVisible()
        drop_files(inbox, [bundle])
        wait_idle(qtbot, inbox)
        assert "1 of 1 file imported" in inbox.status.text()
        button = inbox.receipt_offer.buttons[field.info.device_id]
        assert button.text() == f"Write a receipt for {LABEL}…"
        receipt = tmp_path / "receipt.bin"
        answers.save_file.append(str(receipt))
        click(qtbot, button)
        assert receipt.exists() and LABEL in inbox.status.text()
        assert import_receipt(field, receipt.read_bytes()).records == 1  # the receipt of that very device
    finally:
        field.close()
        hq.close()


# -- the purge dialog ---------------------------------------------------------------------------------------


def test_purge_dialog_lists_exactly_what_it_deletes(qtbot, monkeypatch, tmp_path):
    patch_prompts(monkeypatch)
    hq, profile = make_hq(tmp_path / "hq", ExportPolicy(purge_delay_days=0))
    field = make_field(tmp_path / "field", hq, profile)
    try:
        store = RecordStore(field)
        gone = make_case(store, "Delivered")
        testimony = make_testimony(store, gone.id)
        edited = make_case(store, "Edited")
        out = tmp_path / "stick"
        out.mkdir()
        deliver(field, hq, out)
        edited.alias = "Edited since the receipt"
        store.save(edited)
        window = main_window(qtbot, field)
        sync = page(window, "sync")
        assert sync.receipts.table.rowCount() == 3  # three delivered records listed on the page
        click(qtbot, sync.receipts.purge_button)
        dialog = sync.receipts.purge_dialog
        qtbot.waitExposed(dialog)
        listed = {dialog.deleted_table.item(r, 1).text() for r in range(dialog.deleted_table.rowCount())}
        assert dialog.deleted_table.rowCount() == 2 and "Delivered" in listed
        assert dialog.delete_button.text() == "Delete 2 records"
        assert dialog.kept_table.rowCount() == 1
        assert dialog.kept_table.item(0, 1).text() == "Edited since the receipt"
        assert dialog.kept_table.item(0, 3).text().startswith("changed since it was sent")
        shown = set(dialog.listed_ids())
        click(qtbot, dialog.delete_button)
        wait_idle(qtbot, sync.receipts)
        assert "Purged 2 delivered records" in sync.receipts.message.text()
        assert shown == {gone.id, testimony.id}
        assert store.get(gone.id) is None and store.get(testimony.id) is None and store.get(edited.id) is not None
    finally:
        field.close()
        hq.close()


def test_enter_on_the_purge_dialog_deletes_nothing(qtbot, monkeypatch, tmp_path):
    patch_prompts(monkeypatch)
    hq, profile = make_hq(tmp_path / "hq", ExportPolicy(purge_delay_days=0))
    field = make_field(tmp_path / "field", hq, profile)
    try:
        case = make_case(RecordStore(field), "Delivered")
        out = tmp_path / "stick"
        out.mkdir()
        deliver(field, hq, out)
        sync = page(main_window(qtbot, field), "sync")
        click(qtbot, sync.receipts.purge_button)
        dialog = sync.receipts.purge_dialog
        qtbot.waitExposed(dialog)
        press_enter(qtbot, dialog, dialog.delete_button)
        assert RecordStore(field).get(case.id) is not None
    finally:
        field.close()
        hq.close()


assert prompts.compare_words  # the approval question the tests above answer with Enter
