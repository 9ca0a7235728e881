"""The coordinator's evidence screens: a record's history (with a conflict resolution and a restore) in Review
and in the HQ search, approval that shows the key's fingerprint words first, the field audit flag and the
quarantine limits on the Devices page."""

from __future__ import annotations

import uuid

import pytest

from intake_app.crypto.signing import SigningKey
from intake_app.hq import devices as hq_devices
from intake_app.hq import history
from intake_app.hq.importer import import_bundle
from intake_app.hq.merge import Arrival, ChangeCounter, merge_envelope
from intake_app.hq.quarantine import quarantine_limits
from intake_app.sync.export import export_bundle
from intake_app.vault.records import RecordStore
from tests.core.bundle_helpers import add_records, make_hq
from tests.ui.shell_support import english_ui
from tests.ui.sync_support import click, main_window, page, patch_prompts


@pytest.fixture(autouse=True)
def _english():
    with english_ui():
        yield


def _clone_conflict(hq, field, tmp_path) -> str:
    """HQ holds a case from the field, then a second branch of it (a restored copy of the same laptop)."""
    ids = add_records(field, 1)
    out = tmp_path / "stick"
    out.mkdir()
    import_bundle(hq, export_bundle(field, out).path)
    head = RecordStore(hq).get_envelope(ids[0])
    branch = {**head, "version": {"device": field.info.device_id, "counter": 900}, "parent": head["version"],
              "updated_at": "2031-01-01T00:00:00Z", "data": {**head["data"], "alias": "Branch"}}
    with hq.transaction() as conn:
        counter = ChangeCounter(conn)
        other = {**branch, "version": {"device": field.info.device_id, "counter": 901},
                 "data": {**head["data"], "alias": "Other branch"}, "updated_at": "2030-01-01T00:00:00Z"}
        arrival = Arrival(field.info.device_id, None, None, "2031-01-02T00:00:00Z")
        merge_envelope(conn, RecordStore(hq), branch, [(head["version"]["device"], head["version"]["counter"])],
                       counter, arrival)
        merge_envelope(conn, RecordStore(hq), other, [(head["version"]["device"], head["version"]["counter"])],
                       counter, arrival)
        counter.save()
    return ids[0]


def test_review_shows_the_history_and_a_resolution_is_a_version(qtbot, monkeypatch, pair, tmp_path):
    patch_prompts(monkeypatch)
    hq, field = pair
    record_id = _clone_conflict(hq, field, tmp_path)
    window = main_window(qtbot, hq)
    review = page(window, "hq-review")
    assert review.history.record_id == record_id
    assert review.history.table.rowCount() == 3
    click(qtbot, review.keep_a)
    rows = review.history.table.rowCount()
    assert rows == 4
    assert "conflict resolved" in review.history.table.item(rows - 1, 4).text()
    assert "shown now" in review.history.table.item(rows - 1, 4).text()
    assert review.history.table.item(rows - 1, 1).text() == "Headquarters"


def test_restore_from_the_search_page_makes_a_new_version(qtbot, monkeypatch, pair, tmp_path):
    answers = patch_prompts(monkeypatch)
    hq, field = pair
    record_id = _clone_conflict(hq, field, tmp_path)
    window = main_window(qtbot, hq)
    search = page(window, "search")
    search.history.show_record(record_id)
    panel = search.history
    first_alias = history.versions_of(hq, record_id)[0].body["alias"]
    panel.table.selectRow(0)
    assert panel.restore_button.isEnabled() and panel.fields.rowCount() > 0
    click(qtbot, panel.restore_button)
    assert answers.confirmed[-1] == "Restore this version"
    versions = history.versions_of(hq, record_id)
    assert versions[-1].made_at_hq and versions[-1].reason.startswith("restored")
    assert RecordStore(hq).get_envelope(record_id)["data"]["alias"] == first_alias
    assert panel.table.rowCount() == len(versions) and "Restored" in panel.message.text()
    panel.table.selectRow(panel.table.rowCount() - 1)
    assert not panel.restore_button.isEnabled()  # the version shown now


def test_approval_shows_the_fingerprint_words_first(qtbot, monkeypatch, tmp_path):
    answers = patch_prompts(monkeypatch)
    hq, _profile = make_hq(tmp_path / "hq")
    try:
        key = SigningKey.generate()
        with hq.transaction() as conn:
            hq_devices.record_unknown_device(conn, str(uuid.uuid4()), key.public.b64())
        window = main_window(qtbot, hq)
        devices = page(window, "hq-devices")
        devices.table.selectRow(0)
        answers.say_yes = False
        click(qtbot, devices.approve_button)
        words = hq_devices.key_fingerprint_words(key.public)
        assert answers.texts[-1].index(words) < answers.texts[-1].index("Approve it only")
        assert hq_devices.list_devices(hq)[0].status is hq_devices.DeviceStatus.PENDING
        assert devices.table.item(0, 8).text() == "intact"
        devices.max_devices.setValue(3)
        devices.max_mib.setValue(32)
        click(qtbot, devices.limits_button)
        limits = quarantine_limits(hq)
        assert (limits.devices, limits.bytes) == (3, 32 << 20)
        assert "saved" in devices.message.text()
    finally:
        from intake_app.ui.workers import wait_for_tasks

        wait_for_tasks()
        hq.close()
