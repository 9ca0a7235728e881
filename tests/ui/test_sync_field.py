"""The field laptop's Sync page: the profile is trusted only after the words are confirmed, the export
says what stayed on the laptop and can be cancelled, receipts and purge respect the profile."""

from __future__ import annotations

import io
import os

import pytest

from intake_app.sync.profile import ExportPolicy, current_profile
from intake_app.vault.attachments import AttachmentStore
from intake_app.vault.records import RecordStore
from tests.core.bundle_helpers import make_field, make_hq
from tests.core.helpers import make_case
from tests.ui.shell_support import english_ui
from tests.ui.sync_support import click, main_window, page, patch_prompts, wait_idle


@pytest.fixture(autouse=True)
def _english():
    with english_ui():
        yield



def test_profile_is_not_trusted_when_the_words_differ(qtbot, monkeypatch, vault, hq_profile, tmp_path):
    answers = patch_prompts(monkeypatch)
    window = main_window(qtbot, vault)
    sync = page(window, "sync")
    garbage = tmp_path / "garbage.json"
    garbage.write_bytes(b"{not a profile")
    answers.open_file.append(str(garbage))
    click(qtbot, sync.setup.import_button)
    assert sync.setup.confirm_dialog is None and sync.setup.message.text()
    answers.open_file.append(str(hq_profile[1]))
    click(qtbot, sync.setup.import_button)
    dialog = sync.setup.confirm_dialog
    assert dialog.mismatch_button.isDefault()
    click(qtbot, dialog.mismatch_button)
    assert current_profile(vault) is None
    assert "not confirmed" in sync.setup.message.text()
    assert not sync.setup.request_button.isEnabled() and not sync.export.export_button.isEnabled()


def test_export_outcome_warns_about_what_stays(qtbot, monkeypatch, tmp_path, hq_profile):
    answers = patch_prompts(monkeypatch)
    hq, _path = hq_profile
    field = make_field(tmp_path / "field", hq, _path.read_bytes())
    try:
        case = make_case(RecordStore(field), "A", legal_name="Real Name")
        AttachmentStore(field).add(case.id, io.BytesIO(b"face"), filename="face.jpg", identifying=True)
        window = main_window(qtbot, field)
        sync = page(window, "sync")
        warning = sync.export.policy_warning.text()
        assert "Legal name" in warning and "attachments marked identifying" in warning
        out = tmp_path / "stick"
        out.mkdir()
        answers.folder.append(str(out))
        click(qtbot, sync.export.export_button)
        wait_idle(qtbot, sync.export)
        text = sync.export.outcome.text()
        assert "1 record, 0 attachments" in text  # counts in plural forms since the export summary uses P_
        assert "1 attachment marked identifying stayed on this laptop" in text
        assert len(list(out.iterdir())) == 1
        answers.folder.append(str(out))
        click(qtbot, sync.export.export_button)
        wait_idle(qtbot, sync.export)
        assert "Nothing changed" not in sync.export.outcome.text()  # unacknowledged: sent again until a receipt
    finally:
        field.close()


def test_export_can_be_cancelled(qtbot, monkeypatch, tmp_path, hq_profile):
    patch_prompts(monkeypatch)
    hq, path = hq_profile
    field = make_field(tmp_path / "field", hq, path.read_bytes())
    try:
        case = make_case(RecordStore(field), "A")
        AttachmentStore(field).add(case.id, io.BytesIO(os.urandom(8 * 1024 * 1024)), filename="scan.png")
        window = main_window(qtbot, field)
        sync = page(window, "sync")
        out = tmp_path / "stick"
        out.mkdir()
        sync.export.start(out)
        assert sync.export.progress.isVisible()
        click(qtbot, sync.export.progress.cancel_button)
        wait_idle(qtbot, sync.export)
        assert sync.export.outcome.text() == "Cancelled: no bundle was written."
        assert list(out.iterdir()) == []
        assert window.unsent_label.text() == "2 unsent changes"
    finally:
        field.close()


def test_purge_waits_for_the_profiles_delay(qtbot, monkeypatch, tmp_path):
    answers = patch_prompts(monkeypatch)
    hq, profile = make_hq(tmp_path / "hq", ExportPolicy(purge_delay_days=30))
    field = make_field(tmp_path / "field", hq, profile)
    try:
        window = main_window(qtbot, field)
        sync = page(window, "sync")
        click(qtbot, sync.receipts.purge_button)
        assert answers.confirmed == []
        assert "30 days" in sync.receipts.message.text()
        assert sync.receipts.count_label.text() == "Delivered records: 0"
    finally:
        field.close()
        hq.close()


def test_toolbar_export_only_on_field_vaults(qtbot, vault, hq_profile):
    assert main_window(qtbot, vault).export_action is not None
    hq_window = main_window(qtbot, hq_profile[0])
    assert hq_window.export_action is None
    assert hq_window.unsent_label.text() == "" and hq_window.export_label.text() == ""  # HQ sends nothing
