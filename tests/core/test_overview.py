"""The Home page's facts: each next step and warning appears with the state that calls for it and goes away
when that state is gone."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from intake_app.cli import main
from intake_app.hq import devices, key_backup
from intake_app.hq.importer import ImportOutcome, import_bundle
from intake_app.hq.overview import Alert, Attention, Step, home_overview, step_text, warning_text
from intake_app.i18n import set_language
from intake_app.sync import keystore
from intake_app.sync.export import export_bundle
from intake_app.sync.profile import ExportPolicy, create_profile, import_profile
from intake_app.sync.receipts import create_receipt, import_receipt
from intake_app.vault.backup import LAST_BACKUP_META, make_backup, set_reminder_days
from intake_app.vault.records import RecordStore
from intake_app.vault.vault import Role, Vault
from tests.conftest import PASSPHRASE
from tests.core.bundle_helpers import add_records, make_hq
from tests.core.helpers import make_case


def _done(vault: Vault) -> dict[Step, bool]:
    return {s.step: s.done for s in home_overview(vault).steps}


def _alerts(vault: Vault) -> set[Attention]:
    return {w.key for w in home_overview(vault).warnings}


def test_a_new_field_laptop_starts_with_importing_the_profile_and_goes_through_every_step(tmp_path: Path) -> None:
    hq, profile = make_hq(tmp_path / "hq")
    field, _recovery = Vault.create(tmp_path / "field", PASSPHRASE, Role.FIELD)
    try:
        overview = home_overview(field)
        assert overview.role is Role.FIELD
        assert [s.step for s in overview.steps] == [Step.IMPORT_PROFILE, Step.ENROL, Step.RECORD, Step.EXPORT,
                                                    Step.IMPORT_RECEIPT]
        assert overview.next_step is not None and overview.next_step.step is Step.IMPORT_PROFILE
        assert not any(s.done for s in overview.steps)
        assert overview.counts == {"case": 0, "aid": 0, "testimony": 0}
        assert overview.warnings == ()

        import_profile(field, profile)
        assert _done(field)[Step.IMPORT_PROFILE]
        assert home_overview(field).next_step.step is Step.ENROL  # type: ignore[union-attr]

        devices.approve(hq, devices.create_request(field))
        assert _done(field)[Step.ENROL]

        add_records(field, 2)
        overview = home_overview(field)
        assert overview.counts == {"case": 2, "aid": 2, "testimony": 1}
        assert overview.step(Step.RECORD).done  # type: ignore[union-attr]
        unsent = overview.warning(Attention.UNSENT_CHANGES)
        assert unsent is not None and unsent.count == 5
        assert overview.next_step.step is Step.EXPORT  # type: ignore[union-attr]
        assert overview.step(Step.EXPORT).count == 5  # type: ignore[union-attr]

        out = tmp_path / "stick"
        out.mkdir()
        written = export_bundle(field, out)
        overview = home_overview(field)
        assert overview.step(Step.EXPORT).done  # type: ignore[union-attr]
        assert overview.warning(Attention.UNSENT_CHANGES) is None
        assert overview.last_export_at is not None
        receipt_step = overview.step(Step.IMPORT_RECEIPT)
        assert receipt_step is not None and not receipt_step.done and receipt_step.count == 1
        assert overview.next_step.step is Step.IMPORT_RECEIPT  # type: ignore[union-attr]

        assert import_bundle(hq, written.path).outcome is ImportOutcome.IMPORTED
        import_receipt(field, create_receipt(hq, field.info.device_id))
        overview = home_overview(field)
        assert overview.next_step is None
        assert overview.last_receipt_at is not None

        make_case(RecordStore(field), "after the receipt")
        overview = home_overview(field)
        assert not overview.step(Step.EXPORT).done  # type: ignore[union-attr]
        assert overview.warning(Attention.UNSENT_CHANGES) == Alert(Attention.UNSENT_CHANGES, 1)
    finally:
        field.close()
        hq.close()


def test_a_receipt_alone_counts_as_enrolled(tmp_path: Path) -> None:
    """A laptop whose first bundle was approved from quarantine never wrote a request; its receipt says HQ knows it."""
    hq, profile = make_hq(tmp_path / "hq")
    field, _recovery = Vault.create(tmp_path / "field", PASSPHRASE, Role.FIELD)
    try:
        import_profile(field, profile)
        add_records(field, 1)
        out = tmp_path / "stick"
        out.mkdir()
        path = export_bundle(field, out).path
        assert not _done(field)[Step.ENROL]
        assert import_bundle(hq, path).outcome is ImportOutcome.QUARANTINED
        devices.approve(hq, device_id=field.info.device_id)
        from intake_app.hq.importer import import_quarantined

        import_quarantined(hq, field.info.device_id)
        import_receipt(field, create_receipt(hq, field.info.device_id))
        assert _done(field)[Step.ENROL]
    finally:
        field.close()
        hq.close()


def test_a_field_backup_reminder_only_when_the_worker_asked_for_one(field: Vault, tmp_path: Path) -> None:
    assert _alerts(field) == set()
    set_reminder_days(field, 7)
    assert Attention.NO_BACKUP in _alerts(field)
    drive = tmp_path / "drive"
    drive.mkdir()
    make_backup(field, drive)
    assert not {Attention.NO_BACKUP, Attention.OLD_BACKUP} & _alerts(field)
    assert home_overview(field).last_backup_at is not None
    old = (datetime.now(UTC) - timedelta(days=9)).strftime("%Y-%m-%dT%H:%M:%SZ")
    field.set_meta(LAST_BACKUP_META, old)
    alert = home_overview(field).warning(Attention.OLD_BACKUP)
    assert alert is not None and alert.count == 9


def test_a_new_headquarters_goes_from_keys_to_bundles(hq: Vault, tmp_path: Path) -> None:
    overview = home_overview(hq)
    assert [s.step for s in overview.steps] == [Step.CREATE_KEYS, Step.BACK_UP_KEYS, Step.BACK_UP_VAULT,
                                                Step.PUBLISH_PROFILE, Step.APPROVE_DEVICES, Step.IMPORT_BUNDLES]
    assert overview.next_step.step is Step.CREATE_KEYS  # type: ignore[union-attr]
    assert _alerts(hq) == {Attention.NO_BACKUP}  # headquarters is reminded by default
    assert overview.counts["devices"] == 0 and overview.counts["conflicts"] == 0

    keystore.ensure_hq_keys(hq)
    assert _done(hq)[Step.CREATE_KEYS]
    assert Attention.KEYS_NOT_BACKED_UP in _alerts(hq)
    key_backup.mark_backed_up(hq, key_backup.make_backup(hq, 2, 3))
    assert _done(hq)[Step.BACK_UP_KEYS]
    assert Attention.KEYS_NOT_BACKED_UP not in _alerts(hq)

    drive = tmp_path / "drive"
    drive.mkdir()
    make_backup(hq, drive)
    assert _done(hq)[Step.BACK_UP_VAULT]
    assert Attention.NO_BACKUP not in _alerts(hq)
    hq.set_meta(LAST_BACKUP_META, (datetime.now(UTC) - timedelta(days=8)).strftime("%Y-%m-%dT%H:%M:%SZ"))
    assert Attention.OLD_BACKUP in _alerts(hq)
    assert not _done(hq)[Step.BACK_UP_VAULT]
    make_backup(hq, drive)

    profile = create_profile(hq, "Test NGO", ExportPolicy())
    assert _done(hq)[Step.PUBLISH_PROFILE]
    keystore.rotate_hq_recipient(hq)
    assert not _done(hq)[Step.PUBLISH_PROFILE]
    assert Attention.PROFILE_OUTDATED in _alerts(hq)
    assert Attention.KEYS_NOT_BACKED_UP in _alerts(hq)  # the new key is in no share backup yet
    key_backup.mark_backed_up(hq, key_backup.make_backup(hq, 2, 3))
    profile = create_profile(hq, "Test NGO", ExportPolicy())
    assert Attention.PROFILE_OUTDATED not in _alerts(hq)
    assert home_overview(hq).next_step.step is Step.APPROVE_DEVICES  # type: ignore[union-attr]

    field, _recovery = Vault.create(tmp_path / "field", PASSPHRASE, Role.FIELD)
    try:
        import_profile(field, profile)
        add_records(field, 1)
        out = tmp_path / "stick"
        out.mkdir()
        assert import_bundle(hq, export_bundle(field, out).path).outcome is ImportOutcome.QUARANTINED
        overview = home_overview(hq)
        assert overview.warning(Attention.PENDING_DEVICES) == Alert(Attention.PENDING_DEVICES, 1)
        assert overview.warning(Attention.QUARANTINED) == Alert(Attention.QUARANTINED, 1)
        assert overview.step(Step.APPROVE_DEVICES).count == 1  # type: ignore[union-attr]

        devices.approve(hq, device_id=field.info.device_id)
        from intake_app.hq.importer import import_quarantined

        import_quarantined(hq, field.info.device_id)
        overview = home_overview(hq)
        assert Attention.PENDING_DEVICES not in _alerts(hq)
        assert Attention.QUARANTINED not in _alerts(hq)
        assert overview.next_step is None
        assert overview.counts["devices"] == 1 and overview.counts["case"] == 1
        assert overview.last_import_at is not None
    finally:
        field.close()


def test_open_conflicts_are_a_warning_until_resolved(tmp_path: Path) -> None:
    hq, _profile = make_hq(tmp_path / "hq")
    try:
        with hq.transaction() as conn:
            conn.execute("INSERT INTO conflicts (record_id, record_type, pair_key, version_a, body_a, version_b,"
                         " body_b, winner, detected_at) VALUES ('r', 'case', 'k', 'a:1', '{}', 'b:1', '{}', 'a:1',"
                         " '2026-01-01T00:00:00Z')")
        overview = home_overview(hq)
        assert overview.warning(Attention.OPEN_CONFLICTS) == Alert(Attention.OPEN_CONFLICTS, 1)
        assert overview.counts["conflicts"] == 1
        with hq.transaction() as conn:
            conn.execute("UPDATE conflicts SET status = 'resolved'")
        assert Attention.OPEN_CONFLICTS not in _alerts(hq)
    finally:
        hq.close()


@pytest.mark.parametrize("language", ["en", "ko", "ja", "zh_CN"])
def test_every_step_and_warning_has_words_in_every_language(language: str) -> None:
    set_language(language)
    try:
        for step in Step:
            assert step_text(step).strip()
        for key in Attention:
            for n in (1, 3):
                text = warning_text(Alert(key, n))
                assert text.strip() and "{n}" not in text
        assert "3" in warning_text(Alert(Attention.OPEN_CONFLICTS, 3))
        if language == "en":
            assert warning_text(Alert(Attention.OPEN_CONFLICTS, 1)) == "1 conflict is waiting for review."
    finally:
        set_language("en")


def test_the_status_command_says_what_home_says(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    secret = tmp_path / "pw"
    secret.write_text(PASSPHRASE)
    data = tmp_path / "cli"
    common = ["--data-dir", str(data), "--passphrase-file", str(secret)]
    assert main([*common, "init"]) == 0
    capsys.readouterr()
    assert main([*common, "status"]) == 0
    out = capsys.readouterr().out
    assert "[ ] Import the deployment profile from headquarters" in out
    assert "0 cases, 0 aid distributions, 0 testimonies" in out
    assert "Last bundle sent: never" in out
    assert main([*common, "status", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["role"] == "field" and shown["next_step"] == "import_profile"
    assert shown["warnings"] == [] and shown["counts"] == {"case": 0, "aid": 0, "testimony": 0}
