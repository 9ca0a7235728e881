"""Keys inside the vault: the field device key, HQ age identities and signing key, rotation, backup."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pyrage
import pytest
from pyrage import x25519

from intake_app.crypto.age_keys import parse_identity, recipient_of
from intake_app.crypto.signing import verify
from intake_app.sync import keystore
from intake_app.vault.vault import Role, Vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def hq(tmp_path: Path) -> Vault:
    vault, _ = Vault.create(tmp_path / "hq", PASSPHRASE, Role.HQ)
    yield vault
    vault.close()


def test_device_key_made_once_and_kept(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "field", PASSPHRASE, Role.FIELD)
    key = keystore.device_signing_key(vault)
    assert keystore.device_signing_key(vault).public == key.public
    vault.close()
    with Vault.open(tmp_path / "field", passphrase=PASSPHRASE) as again:
        reopened = keystore.device_signing_key(again)
        assert reopened.public == key.public and reopened.seed == key.seed
        text = reopened.sign(b"x", "c")
        assert verify(key.public, b"x", text) == "c"
        with again.reading() as conn:
            assert conn.execute("SELECT count(*) FROM vault_keys").fetchone()[0] == 1


def test_hq_keys(hq: Vault) -> None:
    keystore.ensure_hq_keys(hq)
    keystore.ensure_hq_keys(hq)  # idempotent
    identities, recipients = keystore.hq_identities(hq), keystore.hq_recipients(hq)
    assert len(identities) == 1 and recipients == [recipient_of(identities[0])]
    signing = keystore.hq_signing_key(hq)
    assert keystore.hq_signing_key(hq).public == signing.public
    with hq.reading() as conn:
        kinds = sorted(k for (k,) in conn.execute("SELECT kind FROM vault_keys"))
    assert kinds == ["hq_age", "hq_signing"]


def test_rotation_keeps_old_identities_for_decrypting(hq: Vault) -> None:
    old = keystore.hq_recipients(hq)[0]
    sealed_old = pyrage.encrypt(b"old bundle", [x25519.Recipient.from_str(old)])
    new = keystore.rotate_hq_recipient(hq)
    assert new != old and keystore.hq_recipients(hq) == [new]
    identities = keystore.hq_identities(hq)
    assert [recipient_of(i) for i in identities] == [new, old]  # newest first
    assert pyrage.decrypt(sealed_old, [parse_identity(i) for i in identities]) == b"old bundle"
    third = keystore.rotate_hq_recipient(hq)
    assert [recipient_of(i) for i in keystore.hq_identities(hq)] == [third, new, old]


def test_wrong_role(tmp_path: Path) -> None:
    field, _ = Vault.create(tmp_path / "field", PASSPHRASE, Role.FIELD)
    with field:
        for call in (keystore.ensure_hq_keys, keystore.hq_identities, keystore.hq_recipients,
                     keystore.hq_signing_key, keystore.rotate_hq_recipient, keystore.backup_identity_file):
            with pytest.raises(keystore.WrongRoleError) as info:
                call(field)
            assert info.value.exit_code == 2
        with field.reading() as conn:
            assert conn.execute("SELECT count(*) FROM vault_keys").fetchone()[0] == 0


def test_damaged_key_is_detected(hq: Vault) -> None:
    keystore.ensure_hq_keys(hq)
    with hq.transaction() as conn:
        conn.execute("UPDATE vault_keys SET secret = zeroblob(32) WHERE kind = 'hq_signing'")
    with pytest.raises(keystore.KeystoreError):
        keystore.hq_signing_key(hq)


def test_backup_holds_every_identity(hq: Vault, tmp_path: Path) -> None:
    old = keystore.hq_recipients(hq)[0]
    new = keystore.rotate_hq_recipient(hq)
    text = keystore.backup_identity_file(hq)
    secrets = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert [recipient_of(s) for s in secrets] == [new, old]
    assert "decrypt every bundle" in text
    if shutil.which("age"):
        key_file = tmp_path / "backup.txt"
        key_file.write_text(text)
        sealed = pyrage.encrypt(b"to the old key", [x25519.Recipient.from_str(old)])
        out = subprocess.run(["age", "-d", "-i", str(key_file)], input=sealed, capture_output=True,
                             timeout=30, check=True)
        assert out.stdout == b"to the old key"
