"""The database's page layout: new vaults get the faster one; vaults made before it open, change and back up
as they are; a file of neither layout, or under another key, is refused with nothing changed."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from intake_app.vault import backup, connection
from intake_app.vault.connection import CURRENT, LEGACY, VaultOpenError, key_opens, open_database, settings_of
from intake_app.vault.files import vault_files
from intake_app.vault.records import RecordStore
from intake_app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.helpers import make_case, tree_digest


def _legacy_vault(base: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A vault as the versions before 16 KiB pages made it."""
    with monkeypatch.context() as patch:
        patch.setattr(connection, "CURRENT", LEGACY)
        vault, _recovery = Vault.create(base, PASSPHRASE)
        make_case(RecordStore(vault), "Made before the new layout", notes="n" * 50_000)
        assert settings_of(vault.conn) == LEGACY
        vault.close()


def test_a_new_vault_has_16_kib_pages_authenticated_with_hmac_sha256(vault) -> None:
    assert settings_of(vault.conn) == CURRENT == connection.CipherSettings(16384, "HMAC_SHA256")
    assert int(vault.conn.execute("PRAGMA page_size").fetchone()[0]) == 16384


def test_a_vault_of_the_old_layout_opens_changes_and_keeps_its_layout(tmp_path: Path, monkeypatch) -> None:
    base = tmp_path / "old"
    _legacy_vault(base, monkeypatch)
    with Vault.open(base, passphrase=PASSPHRASE) as vault:
        assert settings_of(vault.conn) == LEGACY
        store = RecordStore(vault)
        assert [row.label for row in store.list_rows("case")] == ["Made before the new layout"]
        make_case(store, "Added after")
    with Vault.open(base, passphrase=PASSPHRASE) as vault:
        assert sorted(row.label for row in RecordStore(vault).list_rows("case")) == ["Added after",
                                                                                    "Made before the new layout"]


def test_a_backup_of_an_old_layout_vault_is_a_copy_in_that_layout_that_verifies(tmp_path: Path, monkeypatch) -> None:
    base = tmp_path / "old"
    _legacy_vault(base, monkeypatch)
    out = tmp_path / "stick"
    out.mkdir()
    with Vault.open(base, passphrase=PASSPHRASE) as vault:
        result = backup.make_backup(vault, out)
    info = backup.inspect_backup(result.path, passphrase=PASSPHRASE)
    assert info.report.ok and info.report.counts["case"] == 1
    with Vault.open(result.path, passphrase=PASSPHRASE) as copy:
        assert settings_of(copy.conn) == LEGACY


@pytest.mark.parametrize("layout", ["current", "legacy"])
def test_another_key_opens_neither_layout_and_changes_nothing(tmp_path: Path, monkeypatch, layout: str) -> None:
    base = tmp_path / "v"
    if layout == "legacy":
        _legacy_vault(base, monkeypatch)
    else:
        Vault.create(base, PASSPHRASE)[0].close()
    db = next(p for p in vault_files(base) if p.suffix == ".db")
    before = tree_digest(base)
    other = secrets.token_bytes(32)
    assert not key_opens(db, other)
    with pytest.raises(VaultOpenError):
        open_database(db, other)
    assert tree_digest(base) == before
