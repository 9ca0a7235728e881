"""The whole sync path through the screens: HQ keys and their share backup (2 of 3 restore, 1 refused), the
profile, the field laptop's setup, export, the HQ inbox, devices, a conflict reviewed and resolved, a receipt
and the field purge."""

from __future__ import annotations

import dataclasses

import pytest

from intake_app.hq import key_backup
from intake_app.hq.conflicts import list_conflicts
from intake_app.hq.devices import DeviceStatus, list_devices
from intake_app.sync import keystore
from intake_app.vault.records import RecordStore
from intake_app.vault.vault import Role, Vault
from tests.conftest import PASSPHRASE
from tests.core.helpers import make_aid, make_case, make_testimony
from tests.ui.shell_support import english_ui
from tests.ui.sync_support import click, drop_files, main_window, page, patch_prompts, wait_idle


@pytest.fixture(autouse=True)
def _english():
    with english_ui():
        yield


def _back_up_keys(qtbot, tmp_path, answers, banner) -> list[str]:
    """Create the HQ keys from the banner and walk the share backup: 2 of 3, a PDF of share 1."""
    click(qtbot, banner.create_button)
    dialog = banner.dialog
    dialog.count.setValue(3)
    dialog.threshold.setValue(2)
    click(qtbot, dialog.make_button)
    shares = [" ".join(dialog.share_words(i)) for i in range(3)]
    assert len(set(shares)) == 3 and all(len(s.split()) >= 20 for s in shares)
    pdf = tmp_path / "share-1.pdf"
    answers.save_file.append(str(pdf))
    click(qtbot, dialog.pdf_button)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert not dialog.finish_button.isVisible()
    click(qtbot, dialog.next_button)
    click(qtbot, dialog.next_button)
    assert not dialog.finish_button.isEnabled()  # not before the user says every share is safe
    dialog.done_box.setChecked(True)
    with qtbot.waitSignal(dialog.backed_up):
        click(qtbot, dialog.finish_button)
    return shares


def _restore_elsewhere(qtbot, tmp_path, shares: list[str], hq: Vault) -> None:
    other, _recovery = Vault.create(tmp_path / "hq-restored", PASSPHRASE, Role.HQ)
    try:
        window = main_window(qtbot, other)
        keys_page = page(window, "hq-keys")
        assert not keys_page.keys_box.isVisibleTo(keys_page)
        click(qtbot, keys_page.banner.restore_button)
        dialog = keys_page.banner.dialog
        dialog.inputs[0].setPlainText(shares[2])
        click(qtbot, dialog.restore_button)
        qtbot.waitUntil(lambda: dialog.task is None)
        assert "needs 2 shares; only 1" in dialog.error.text()
        assert not key_backup.has_hq_keys(other)  # refused: nothing written
        dialog.inputs[1].setPlainText("1. " + shares[0])
        with qtbot.waitSignal(dialog.restored, timeout=10_000):
            click(qtbot, dialog.restore_button)
        qtbot.waitUntil(lambda: keys_page.keys_box.isVisibleTo(keys_page))
        assert sorted(keystore.hq_identities(other)) == sorted(keystore.hq_identities(hq))
        assert keystore.hq_signing_key(other).public == keystore.hq_signing_key(hq).public
        assert not keys_page.banner.isVisibleTo(keys_page)  # restored keys count as backed up
        window.close()
    finally:
        other.close()


def test_the_whole_sync_path_through_the_screens(qtbot, tmp_path, monkeypatch):
    answers = patch_prompts(monkeypatch)
    hq, _r1 = Vault.create(tmp_path / "hq", PASSPHRASE, Role.HQ)
    field, _r2 = Vault.create(tmp_path / "field", PASSPHRASE, Role.FIELD)
    try:
        # -- HQ: first run, keys and their backup ---------------------------------------------------------
        hq_window = main_window(qtbot, hq)
        inbox = page(hq_window, "hq-inbox")
        assert inbox.banner.isVisibleTo(inbox) and not inbox.choose_button.isEnabled()
        shares = _back_up_keys(qtbot, tmp_path, answers, inbox.banner)
        assert not inbox.banner.isVisibleTo(inbox) and inbox.choose_button.isEnabled()
        _restore_elsewhere(qtbot, tmp_path, shares, hq)

        # -- HQ: the deployment profile ---------------------------------------------------------------------
        keys_page = page(hq_window, "hq-keys")
        keys_page.form.organisation.setText("Test NGO")
        keys_page.form.purge_days.setValue(0)
        profile_file = tmp_path / "profile.json"
        answers.save_file.append(str(profile_file))
        click(qtbot, keys_page.issue_button)
        assert profile_file.exists(), keys_page.profile_message.text()
        hq_words = keys_page.fingerprint.words
        assert len(hq_words) == 8 and " ".join(hq_words) in keys_page.profile_message.text()

        # -- field: import the profile after comparing the words, then the enrollment request --------------
        field_window = main_window(qtbot, field)
        sync = page(field_window, "sync")
        assert not sync.export.export_button.isEnabled()
        answers.open_file.append(str(profile_file))
        click(qtbot, sync.setup.import_button)
        confirm = sync.setup.confirm_dialog
        assert confirm.fingerprint.words == hq_words
        assert confirm.fingerprint.qr.payload == keys_page.fingerprint.qr.payload
        assert not confirm.fingerprint.qr.pixmap().isNull()
        click(qtbot, confirm.match_button)
        assert "trusted" in sync.setup.message.text()
        assert sync.export.export_button.isEnabled()
        sync.setup.label_edit.setText("Laptop 7")
        request_file = tmp_path / "request.json"
        answers.save_file.append(str(request_file))
        click(qtbot, sync.setup.request_button)
        assert request_file.exists(), sync.setup.request_message.text()

        # -- field records and the export ----------------------------------------------------------------------
        store = RecordStore(field)
        case = make_case(store, "Mrs Plum")
        make_aid(store, case.id)
        make_testimony(store, case.id)
        field_window.refresh_status()
        assert field_window.unsent_label.text() == "3 unsent changes"
        outbox = tmp_path / "stick"
        outbox.mkdir()
        answers.folder.append(str(outbox))
        field_window.export_action.trigger()
        assert not field_window.nav.isEnabled()  # the vault is busy: stay on this page
        wait_idle(qtbot, sync.export)
        assert field_window.nav.isEnabled()
        assert "1 bundle written: 3 records" in sync.export.outcome.text()
        first_bundles = sorted(outbox.iterdir())
        assert len(first_bundles) == 1
        assert field_window.unsent_label.text() == "No unsent changes"
        assert field_window.export_label.text() != "Last export: never"

        # -- HQ: approve the device, import the bundle ------------------------------------------------------
        devices_page = page(hq_window, "hq-devices")
        answers.open_file.append(str(request_file))
        click(qtbot, devices_page.approve_file_button)
        wait_idle(qtbot, devices_page)
        assert "approved" in devices_page.message.text()
        inbox = page(hq_window, "hq-inbox")
        drop_files(inbox, first_bundles)
        wait_idle(qtbot, inbox)
        assert [row[1] for row in inbox.report()] == ["imported"]
        assert "3 records (3 new" in inbox.report()[0][2]
        devices_page = page(hq_window, "hq-devices")
        (device,) = list_devices(hq)
        assert device.status is DeviceStatus.APPROVED and device.last_sequence == 1 and device.label == "Laptop 7"
        assert devices_page.table.rowCount() == 1
        assert devices_page.table.item(0, 5).text() == "1"
        assert devices_page.table.item(0, 6).text() == "0"
        search = page(hq_window, "search")
        qtbot.waitUntil(lambda: search.model.rowCount() == 3)
        assert {search.origin_of(r) for r in range(3)} == {"Laptop 7"}  # the label; the id is for tooltips

        # -- a conflict: the same case edited at HQ and in the field -----------------------------------------
        hq_store = RecordStore(hq)
        hq_store.save(dataclasses.replace(hq_store.get(case.id), alias="Mrs Plum (HQ)"))
        store.save(dataclasses.replace(store.get(case.id), alias="Mrs Plum (field)"))
        answers.folder.append(str(outbox))
        sync = page(field_window, "sync")
        click(qtbot, sync.export.export_button)
        wait_idle(qtbot, sync.export)
        second = sorted(set(outbox.iterdir()) - set(first_bundles))
        inbox = page(hq_window, "hq-inbox")
        drop_files(inbox, second)
        wait_idle(qtbot, inbox)
        assert inbox.report()[-1][1] == "imported" and "1 conflict)" in inbox.report()[-1][2]
        review = page(hq_window, "hq-review")
        assert review.list.count() == 1
        assert review.differing_fields() == review.paths == ["alias"]  # only what differs, at first
        review.only_differences.setChecked(False)
        assert "sex" in review.paths and review.differing_fields() == ["alias"]  # all fields, the one highlighted
        _conflict, a, _b = review.current
        field_side = "a" if a["data"]["alias"] == "Mrs Plum (field)" else "b"
        click(qtbot, review.keep_a if field_side == "a" else review.keep_b)
        assert review.list.count() == 0 and "resolved" in review.message.text()
        assert list_conflicts(hq) == []
        assert hq_store.get(case.id).alias == "Mrs Plum (field)"

        # -- receipt, then the field marks records delivered and purges them ----------------------------------
        devices_page = page(hq_window, "hq-devices")
        devices_page.table.selectRow(0)
        receipt_file = tmp_path / "receipt.json"
        answers.save_file.append(str(receipt_file))
        click(qtbot, devices_page.receipt_button)
        assert receipt_file.exists(), devices_page.message.text()
        sync = page(field_window, "sync")
        answers.open_file.append(str(receipt_file))
        click(qtbot, sync.receipts.import_button)
        wait_idle(qtbot, sync.receipts)
        assert "records marked delivered" in sync.receipts.message.text()
        assert sync.receipts.table.rowCount() == 3
        click(qtbot, sync.receipts.purge_button)
        dialog = sync.receipts.purge_dialog
        assert dialog.deleted_table.rowCount() == 3 and dialog.delete_button.text() == "Delete 3 records"
        click(qtbot, dialog.delete_button)
        wait_idle(qtbot, sync.receipts)
        assert "Purged 3 delivered records" in sync.receipts.message.text()
        assert store.count() == 0
        assert sync.receipts.table.rowCount() == 0
    finally:
        from intake_app.ui.workers import wait_for_tasks

        wait_for_tasks()
        hq.close()
        field.close()
