"""The coordinator's screens: a hostile bundle is refused and changes nothing, quarantine and approval,
revocation, key rotation, the conflict diff, and an inbox that never freezes the window."""

from __future__ import annotations

import io
import os

import pytest

from intake_app.hq.devices import DeviceStatus, list_devices
from intake_app.sync import keystore
from intake_app.sync.export import export_bundle
from intake_app.ui.hq.diff import HIDDEN, compare
from intake_app.vault.attachments import AttachmentStore
from intake_app.vault.records import RecordStore
from tests.core.bundle_helpers import add_records, content_digest, make_field, make_hq
from tests.core.helpers import make_case
from tests.ui.heartbeat import Heartbeat
from tests.ui.shell_support import english_ui
from tests.ui.sync_support import click, drop_files, main_window, page, patch_prompts, wait_idle

MB = 1024 * 1024


@pytest.fixture(autouse=True)
def _english():
    with english_ui():
        yield


def _export(field, folder) -> list:
    folder.mkdir(exist_ok=True)
    result = export_bundle(field, folder)
    return [b.path for b in result.bundles]


def test_hostile_bundle_is_refused_and_changes_nothing(qtbot, tmp_path, pair):
    hq, field = pair
    add_records(field, 2)
    (good,) = _export(field, tmp_path / "stick")
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0x01
    hostile = tmp_path / "hostile.bundle"
    hostile.write_bytes(bytes(data))
    before = content_digest(hq)
    window = main_window(qtbot, hq)
    inbox = page(window, "hq-inbox")
    drop_files(inbox, [hostile])
    wait_idle(qtbot, inbox)
    ((name, outcome, detail),) = inbox.report()
    assert (name, outcome) == ("hostile.bundle", "refused")
    assert "damaged or was altered" in detail
    assert content_digest(hq) == before
    assert "0 of 1 file imported" in inbox.status.text()  # plural forms follow the count
    # The genuine file still imports afterwards.
    drop_files(inbox, [good])
    wait_idle(qtbot, inbox)
    assert inbox.report()[-1][1] == "imported"


def test_unknown_device_waits_in_quarantine_until_approved(qtbot, tmp_path, monkeypatch):
    answers = patch_prompts(monkeypatch)
    hq, profile = make_hq(tmp_path / "hq")
    field = make_field(tmp_path / "field", hq, profile, approve=False)
    try:
        add_records(field, 1)
        bundles = _export(field, tmp_path / "stick")
        window = main_window(qtbot, hq)
        inbox = page(window, "hq-inbox")
        drop_files(inbox, bundles)
        wait_idle(qtbot, inbox)
        assert inbox.report()[0][1] == "quarantined"
        assert RecordStore(hq).count() == 0
        review = page(window, "hq-review")
        assert review.quarantine.rowCount() == 1
        assert review.quarantine.item(0, 4).text() == "waiting"
        devices = page(window, "hq-devices")
        assert devices.table.item(0, 1).text() == "pending" and devices.table.item(0, 7).text() == "1"
        devices.table.selectRow(0)
        click(qtbot, devices.approve_button)
        assert answers.confirmed == ["Approve device"]
        wait_idle(qtbot, devices)
        assert "imported bundle 1" in devices.message.text()
        assert RecordStore(hq).count() == 3
        assert devices.table.item(0, 1).text() == "approved" and devices.table.item(0, 7).text() == "0"
        review = page(window, "hq-review")
        assert review.quarantine.rowCount() == 0
    finally:
        from intake_app.ui.workers import wait_for_tasks

        wait_for_tasks()
        hq.close()
        field.close()


def test_revoke_asks_first(qtbot, monkeypatch, pair):
    answers = patch_prompts(monkeypatch)
    hq, _field = pair
    window = main_window(qtbot, hq)
    devices = page(window, "hq-devices")
    devices.table.selectRow(0)
    answers.say_yes = False
    click(qtbot, devices.revoke_button)
    assert list_devices(hq)[0].status is DeviceStatus.APPROVED
    answers.say_yes = True
    click(qtbot, devices.revoke_button)
    assert answers.confirmed == ["Revoke device", "Revoke device"]
    assert list_devices(hq)[0].status is DeviceStatus.REVOKED
    assert devices.table.item(0, 1).text().startswith("revoked")
    assert not devices.revoke_button.isEnabled()


def test_rotation_asks_for_a_new_profile_and_backup(qtbot, monkeypatch, pair):
    patch_prompts(monkeypatch)
    hq, _field = pair
    window = main_window(qtbot, hq)
    keys_page = page(window, "hq-keys")
    before = list(keys_page.fingerprint.words)
    click(qtbot, keys_page.rotate_button)
    assert len(keystore.hq_recipients(hq)) == 1 and len(keystore.hq_identities(hq)) == 2
    assert keys_page.fingerprint.words != before
    assert "issue a new one" in keys_page.profile_status.text()
    assert keys_page.banner.isVisibleTo(keys_page) and keys_page.banner.backup_button.isVisibleTo(keys_page)


def test_diff_marks_differences_and_hides_identifying_values():
    a = {"type": "case", "deleted": False, "data": {"alias": "A", "sex": "female", "legal_name": "Kim X",
                                                    "vulnerabilities": ["child"]}}
    b = {"type": "case", "deleted": False, "data": {"alias": "B", "sex": "female", "legal_name": "Kim Y",
                                                    "vulnerabilities": ["child", "ill"]}}
    rows = {r.path: r for r in compare(a, b)}
    assert rows["alias"].differs and not rows["sex"].differs
    assert rows["vulnerabilities[1]"].differs
    assert rows["legal_name"].a == HIDDEN and rows["legal_name"].differs
    shown = {r.path: r for r in compare(a, b, show_identifying=True)}
    assert (shown["legal_name"].a, shown["legal_name"].b) == ("Kim X", "Kim Y")


@pytest.mark.slow
def test_inbox_never_stalls_during_a_large_import(qtbot, tmp_path, pair):
    """A 100 MB import (about 9 s here); tests/bench/bench_sync_ui.py prints the same against an idle baseline."""
    hq, field = pair
    max_gap = run_heartbeat_import(qtbot, tmp_path, hq, field, total_mb=100)
    assert max_gap < 0.100, f"the event loop stalled for {max_gap * 1000:.0f} ms"


def run_heartbeat_import(qtbot, tmp_path, hq, field, *, total_mb: int) -> float:
    case = make_case(RecordStore(field), "Heavy")
    attachments = AttachmentStore(field)
    chunk = 5
    for n in range(max(1, total_mb // chunk)):
        attachments.add(case.id, io.BytesIO(os.urandom(chunk * MB)), filename=f"scan-{n}.png", media_type="image/png")
    bundles = _export(field, tmp_path / "stick")
    window = main_window(qtbot, hq)
    inbox = page(window, "hq-inbox")
    with Heartbeat() as beat:
        qtbot.wait(50)
        drop_files(inbox, bundles)
        wait_idle(qtbot, inbox, timeout=300_000)
    assert all(row[1] == "imported" for row in inbox.report()), inbox.report()
    assert AttachmentStore(hq).for_owner(case.id)
    return beat.longest


def test_lock_during_an_import_cancels_it_and_changes_nothing(qtbot, tmp_path, pair):
    hq, field = pair
    case = make_case(RecordStore(field), "Heavy")
    AttachmentStore(field).add(case.id, io.BytesIO(os.urandom(16 * MB)), filename="scan.png")
    bundles = _export(field, tmp_path / "stick")
    before = content_digest(hq)
    window = main_window(qtbot, hq)
    inbox = page(window, "hq-inbox")
    drop_files(inbox, bundles)
    assert inbox.is_busy() and not window.nav.isEnabled()
    window.discard_changes()  # what the lock does first
    base = hq.base
    hq.close()  # waits for the import's transaction to roll back
    from intake_app.ui.workers import wait_for_tasks
    from intake_app.vault.vault import Vault
    from tests.conftest import PASSPHRASE

    wait_for_tasks()
    qtbot.waitUntil(lambda: not inbox.is_busy())
    reopened = Vault.open(base, passphrase=PASSPHRASE)
    try:
        assert content_digest(reopened) == before
    finally:
        reopened.close()
