"""Whole-vault backup and restore: consistent under writes, checked, never half-made, never over a vault."""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from intake_app.hq.importer import ImportOutcome, import_bundle
from intake_app.sync.export import export_bundle
from intake_app.sync.profile import ExportPolicy, create_profile, read_profile
from intake_app.vault import backup
from intake_app.vault.files import vault_files
from intake_app.vault.keyslots import WrongSecretError
from intake_app.vault.records import RecordStore
from intake_app.vault.vault import Role, Vault, VaultExistsError
from intake_app.vault.verify import verify_vault
from tests.conftest import PASSPHRASE
from tests.core.bundle_helpers import add_records, make_field, make_hq
from tests.core.helpers import make_case, tree_digest

REPO = Path(__file__).resolve().parents[2]


def _only_backup(folder: Path) -> Path:
    entries = [p for p in folder.iterdir() if not p.name.startswith(".")]
    assert len(entries) == 1
    return entries[0]


def test_backup_holds_every_vault_file_and_opens_with_the_passphrase(vault, tmp_path: Path) -> None:
    store = RecordStore(vault)
    make_case(store, "Alias kept")
    out = tmp_path / "stick"
    out.mkdir()
    result = backup.make_backup(vault, out)
    assert result.path.parent == out and result.report.ok
    assert sorted(p.name for p in result.path.iterdir()) == sorted(p.name for p in vault_files(vault.base))
    # The name says nothing of what it holds: random hex, no "vault", "backup" or date.
    assert len(result.path.name) == 16 and all(c in "0123456789abcdef" for c in result.path.name)
    assert not [p for p in out.iterdir() if p != result.path]
    reopened = Vault.open(result.path, passphrase=PASSPHRASE)
    try:
        assert verify_vault(reopened).ok
        assert RecordStore(reopened).count("case") == 1
    finally:
        reopened.close()
    assert backup.backup_overdue(vault) is None  # a field vault is reminded only if it asks


def test_backup_refuses_the_vault_folder_and_a_missing_folder(vault, tmp_path: Path) -> None:
    with pytest.raises(backup.BackupError):
        backup.make_backup(vault, vault.base)
    with pytest.raises(backup.BackupError):
        backup.make_backup(vault, tmp_path / "absent")


def test_key_slot_file_is_copied_as_is(vault, tmp_path: Path) -> None:
    result = backup.make_backup(vault, tmp_path)
    keyslots = vault_files(vault.base)[-1]
    assert (result.path / keyslots.name).read_bytes() == keyslots.read_bytes()


def test_canary_is_in_the_backup_only_encrypted(vault, tmp_path: Path) -> None:
    canary = "CANARY-" + secrets.token_hex(12)
    make_case(RecordStore(vault), f"alias {canary}", notes=canary * 50)
    result = backup.make_backup(vault, tmp_path)
    needles = [canary.encode("utf-8"), canary.encode("utf-16-le"), canary.encode("utf-16-be")]
    files = list(result.path.iterdir())
    assert files
    for path in files:
        data = path.read_bytes()
        assert not any(n in data for n in needles), path.name
    reopened = Vault.open(result.path, passphrase=PASSPHRASE)
    try:  # the canary is really in there, so the scan above could have failed
        assert any(canary in str(env) for env in RecordStore(reopened).iter_envelopes())
    finally:
        reopened.close()


_WRITER = """
import sys, time
from pathlib import Path
from intake_app.domain.models import Case
from intake_app.vault.records import RecordStore
from intake_app.vault.vault import Vault
vault = Vault.open(Path(sys.argv[1]), passphrase=sys.argv[2])
store = RecordStore(vault)
print("ready", flush=True)
n = 0
while True:
    store.save(Case(alias=f"written while backing up {n}", notes="x" * 2000))
    n += 1
    # Far faster than any person or import, yet it lets go of the write lock between saves: a writer
    # that never does starves every other connection past SQLite's busy timeout, on a loaded machine.
    time.sleep(0.005)
"""


def _python_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO), "INTAKE_INSECURE_TEST_KDF": "1"}


def test_backup_taken_while_another_process_writes_opens_and_verifies(vault, tmp_path: Path) -> None:
    make_case(RecordStore(vault), "before")
    writer = subprocess.Popen([sys.executable, "-c", _WRITER, str(vault.base), PASSPHRASE],
                              stdout=subprocess.PIPE, env=_python_env())
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == b"ready"
        results = [backup.make_backup(vault, tmp_path) for _ in range(3)]
    finally:
        writer.kill()
        writer.wait()
    for result in results:
        info = backup.inspect_backup(result.path, passphrase=PASSPHRASE)
        assert info.report.ok and info.age_days == 0
    counts = [backup.inspect_backup(r.path, passphrase=PASSPHRASE).report.counts["case"] for r in results]
    assert counts == sorted(counts) and counts[-1] > 1  # the writer really was writing meanwhile


_BACKER = """
import sys
from pathlib import Path
from intake_app.vault import backup
from intake_app.vault.vault import Vault
vault = Vault.open(Path(sys.argv[1]), passphrase=sys.argv[2])
print("ready", flush=True)
while True:
    backup.make_backup(vault, Path(sys.argv[3]))
"""


def test_kill_during_backup_leaves_nothing_that_looks_complete(vault, tmp_path: Path) -> None:
    store = RecordStore(vault)
    for n in range(40):
        make_case(store, f"case {n}", notes="y" * 5000)
    out = tmp_path / "stick"
    out.mkdir()
    for delay in (0.0, 0.05, 0.15, 0.3, 0.6):
        proc = subprocess.Popen([sys.executable, "-c", _BACKER, str(vault.base), PASSPHRASE, str(out)],
                                stdout=subprocess.PIPE, env=_python_env())
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(delay)  # a kill at a varying point of the backup loop, not a wait for a result
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    for entry in out.iterdir():
        if entry.name.startswith("."):
            # An interrupted copy keeps its temporary name, and a restore refuses it.
            with pytest.raises(backup.BackupError):
                backup.restore_backup(entry, tmp_path / f"restored-{entry.name}", passphrase=PASSPHRASE)
            continue
        assert backup.inspect_backup(entry, passphrase=PASSPHRASE).report.ok, entry.name
    # The next backup clears what the killed ones left.
    backup.make_backup(vault, out)
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_restore_refuses_to_overwrite_a_vault(vault, tmp_path: Path) -> None:
    result = backup.make_backup(vault, tmp_path)
    before = tree_digest(vault.base)
    with pytest.raises(VaultExistsError):
        backup.restore_backup(result.path, vault.base, passphrase=PASSPHRASE)
    assert tree_digest(vault.base) == before


def test_restore_checks_before_it_writes(vault, tmp_path: Path) -> None:
    result = backup.make_backup(vault, tmp_path / "")
    target = tmp_path / "new"
    with pytest.raises(WrongSecretError):
        backup.restore_backup(result.path, target, passphrase="not the passphrase at all")
    assert not target.exists() or not any(target.iterdir())
    db = result.path / vault_files(vault.base)[0].name
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped bit in an encrypted page
    db.write_bytes(bytes(data))
    with pytest.raises(Exception):  # noqa: B017 - damaged: refused one way or another, never restored
        backup.restore_backup(result.path, target, passphrase=PASSPHRASE)
    assert not any(f.exists() for f in vault_files(target))


def test_restore_with_the_recovery_key(tmp_path: Path) -> None:
    from intake_app.crypto.recovery import parse_recovery_key

    vault, recovery = Vault.create(tmp_path / "v", PASSPHRASE)
    with vault:
        make_case(RecordStore(vault), "by recovery key")
        result = backup.make_backup(vault, tmp_path)
    info = backup.restore_backup(result.path, tmp_path / "new", recovery_key=parse_recovery_key(recovery))
    assert info.report.counts["case"] == 1


def test_restored_hq_imports_the_next_bundle_of_an_enrolled_device(tmp_path: Path) -> None:
    hq, profile = make_hq(tmp_path / "hq")
    field_vault = make_field(tmp_path / "field", hq, profile)
    out = tmp_path / "out"
    out.mkdir()
    add_records(field_vault, 2)
    first = export_bundle(field_vault, out)
    assert import_bundle(hq, first.path).outcome is ImportOutcome.IMPORTED
    issued = create_profile(hq, "Test NGO", ExportPolicy())  # a profile issued before the backup
    stick = tmp_path / "stick"
    stick.mkdir()
    result = backup.make_backup(hq, stick)
    held_before = RecordStore(hq).counts()
    hq.close()  # the HQ laptop is lost

    info = backup.restore_backup(result.path, tmp_path / "new-hq", passphrase=PASSPHRASE)
    assert info.role == "hq" and info.age_days == 0
    restored = Vault.open(tmp_path / "new-hq", passphrase=PASSPHRASE)
    try:
        assert restored.info.role is Role.HQ
        assert RecordStore(restored).counts() == held_before
        add_records(field_vault, 1)
        second = export_bundle(field_vault, out)
        imported = import_bundle(restored, second.path)
        assert imported.outcome is ImportOutcome.IMPORTED  # no re-enrollment
        # Profile numbering resumes above anything the lost HQ may have issued after the backup.
        old_profile, _old_doc = read_profile(issued)
        new_profile, _doc = read_profile(create_profile(restored, "Test NGO", ExportPolicy()))
        assert new_profile.profile_version > old_profile.profile_version + 1000
        assert verify_vault(restored).ok
    finally:
        restored.close()
        field_vault.close()


def test_hq_is_reminded_when_the_last_backup_is_old(tmp_path: Path) -> None:
    hq, _recovery = Vault.create(tmp_path / "hq", PASSPHRASE, Role.HQ)
    with hq:
        assert backup.backup_overdue(hq) == -1  # never backed up
        backup.make_backup(hq, tmp_path)
        assert backup.backup_overdue(hq) is None
        hq.set_meta(backup.LAST_BACKUP_META, "2020-01-01T00:00:00Z")
        assert backup.backup_overdue(hq) and backup.backup_overdue(hq) > 30
        backup.set_reminder_days(hq, 0)
        assert backup.backup_overdue(hq) is None


def test_a_field_worker_who_asks_is_reminded(vault, tmp_path: Path) -> None:
    assert backup.backup_overdue(vault) is None
    backup.set_reminder_days(vault, 3)
    assert backup.backup_overdue(vault) == -1


def test_restored_field_laptop_sends_on_after_bundles_the_backup_never_saw(tmp_path: Path) -> None:
    hq, profile = make_hq(tmp_path / "hq")
    field_vault = make_field(tmp_path / "field", hq, profile)
    out = tmp_path / "out"
    out.mkdir()
    try:
        add_records(field_vault, 1)
        assert import_bundle(hq, export_bundle(field_vault, out).path).outcome is ImportOutcome.IMPORTED
        stick = tmp_path / "stick"
        stick.mkdir()
        result = backup.make_backup(field_vault, stick)
        add_records(field_vault, 1)  # a bundle the backup never saw
        assert import_bundle(hq, export_bundle(field_vault, out).path).outcome is ImportOutcome.IMPORTED
        field_vault.close()  # the laptop is lost

        backup.restore_backup(result.path, tmp_path / "new-field", passphrase=PASSPHRASE)
        restored = Vault.open(tmp_path / "new-field", passphrase=PASSPHRASE)
        try:
            add_records(restored, 1)
            imported = import_bundle(hq, export_bundle(restored, out).path)
            assert imported.outcome is ImportOutcome.IMPORTED and imported.gap  # a gap, not a replay
        finally:
            restored.close()
    finally:
        hq.close()
