"""The HQ key backup as SLIP-39 shares: m of n restore the keys, fewer are refused with a clear message."""

from __future__ import annotations

import pytest

from intake_app.crypto.age_keys import generate_identity, recipient_of
from intake_app.hq import key_backup
from intake_app.hq.key_backup import HqKeys, KeyBackupError
from intake_app.sync import keystore
from intake_app.vault.vault import Role, Vault
from tests.conftest import PASSPHRASE


def _hq(base) -> Vault:
    vault, _recovery = Vault.create(base, PASSPHRASE, Role.HQ)
    return vault


def test_identity_bytes_round_trip():
    for _ in range(20):
        identity, recipient = generate_identity()
        raw = key_backup.identity_to_bytes(identity)
        assert len(raw) == 32
        again = key_backup.identity_from_bytes(raw)
        assert again == identity
        assert recipient_of(again) == recipient


def test_identity_checksum_is_checked():
    identity, _recipient = generate_identity()
    broken = identity[:-1] + ("Q" if identity[-1] != "Q" else "P")
    with pytest.raises(ValueError):
        key_backup.identity_to_bytes(broken)


def test_serialise_round_trip_and_size():
    keys = HqKeys(b"k" * 8, b"s" * 32, ((generate_identity()[0], True), (generate_identity()[0], False)))
    data = key_backup.serialise(keys)
    assert len(data) % 2 == 0 and len(data) >= 16
    assert key_backup.deserialise(data) == keys
    with pytest.raises(KeyBackupError):
        key_backup.deserialise(b"XXXX" + data[4:])


def test_two_of_three_restore_and_one_is_refused(tmp_path):
    source = _hq(tmp_path / "hq")
    keystore.ensure_hq_keys(source)
    keystore.rotate_hq_recipient(source)  # two identities, one announced
    backup = key_backup.make_backup(source, 2, 3)
    assert len(backup.shares) == 3
    assert all(len(s.split()) >= 20 for s in backup.shares)
    assert not key_backup.backup_is_current(source)
    key_backup.mark_backed_up(source, backup)
    assert key_backup.backup_is_current(source)

    target = _hq(tmp_path / "restored")
    assert not key_backup.has_hq_keys(target)
    with pytest.raises(KeyBackupError, match="needs 2 shares; only 1"):
        key_backup.restore(target, backup.shares[:1])
    assert not key_backup.has_hq_keys(target)  # nothing written

    # Any two, in any order, with the numbering and line breaks of a paper copy.
    typed = ["1. " + backup.shares[2].replace(" ", "\n"), backup.shares[0].upper()]
    result = key_backup.restore(target, typed)
    assert result.identities_added == 2
    assert result.fingerprint == backup.fingerprint
    assert sorted(keystore.hq_identities(target)) == sorted(keystore.hq_identities(source))
    assert keystore.hq_recipients(target) == keystore.hq_recipients(source)
    assert keystore.hq_signing_key(target).public == keystore.hq_signing_key(source).public
    assert key_backup.backup_is_current(target)
    source.close()
    target.close()


def test_clear_messages_for_bad_shares(tmp_path):
    vault = _hq(tmp_path / "hq")
    first = key_backup.make_backup(vault, 2, 3)
    other = key_backup.make_backup(vault, 2, 3)
    with pytest.raises(KeyBackupError, match="Enter the shares"):
        key_backup.combine(["", "  "])
    words = first.shares[0].split()
    words[5] = "academic" if words[5] != "academic" else "acid"
    with pytest.raises(KeyBackupError, match="Share 1 is not valid"):
        key_backup.combine([" ".join(words), first.shares[1]])
    with pytest.raises(KeyBackupError, match="different backup"):
        key_backup.combine([first.shares[0], other.shares[1]])
    with pytest.raises(KeyBackupError, match="twice"):
        key_backup.combine([first.shares[0], first.shares[0]])
    with pytest.raises(KeyBackupError, match="between 2 and"):
        key_backup.split(b"x" * 16, 1, 3)
    vault.close()


def test_restore_needs_an_hq_vault(tmp_path, vault):
    hq = _hq(tmp_path / "hq")
    backup = key_backup.make_backup(hq, 2, 2)
    with pytest.raises(keystore.WrongRoleError):
        key_backup.restore(vault, backup.shares)
    hq.close()


def test_profiles_issued_after_a_restore_outrank_earlier_ones(tmp_path) -> None:
    """Field devices refuse an older profile version: a restored HQ must not count from 1 again."""
    from intake_app.hq import key_backup
    from intake_app.sync import keystore
    from intake_app.sync.profile import ExportPolicy, create_profile, import_profile
    from intake_app.vault.vault import Role, Vault
    from tests.conftest import PASSPHRASE

    hq, _ = Vault.create(tmp_path / "hq", PASSPHRASE, Role.HQ)
    field, _ = Vault.create(tmp_path / "field", PASSPHRASE, Role.FIELD)
    keystore.ensure_hq_keys(hq)
    for _ in range(3):
        latest = create_profile(hq, "NGO", ExportPolicy())
    import_profile(field, latest)
    shares = key_backup.make_backup(hq, 2, 3).shares
    hq.close()
    restored, _ = Vault.create(tmp_path / "restored", PASSPHRASE, Role.HQ)
    key_backup.restore(restored, shares[:2])
    after = create_profile(restored, "NGO", ExportPolicy())
    assert import_profile(field, after).outcome.name == "UPDATED"
    restored.close()
    field.close()
