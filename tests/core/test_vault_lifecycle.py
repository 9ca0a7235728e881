"""Create, unlock, fail closed, throttle, passphrase and recovery key."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from intake_app import paths
from intake_app.crypto.recovery import RecoveryKeyError
from intake_app.errors import IntakeError
from intake_app.vault import unlock as unlock_mod
from intake_app.vault.records import RecordStore
from intake_app.vault.throttle import FREE_ATTEMPTS, UnlockThrottle, delay_after
from intake_app.vault.vault import Role, Vault, VaultExistsError, VaultMissingError, WeakPassphraseError
from tests.core.helpers import make_case, tree_digest

PW = "orchid lantern river demo 42"


def _new_vault(base: Path) -> str:
    vault, recovery = Vault.create(base, PW)
    make_case(RecordStore(vault))
    vault.close()
    return recovery


def test_create_and_reopen_keeps_records(isolated_data_dir: Path) -> None:
    _new_vault(isolated_data_dir)
    with Vault.open(isolated_data_dir, passphrase=PW) as vault:
        assert RecordStore(vault).count("case") == 1
        assert vault.info.role is Role.FIELD
    assert isolated_data_dir.stat().st_mode & 0o777 == 0o700


def test_pragmas_are_set(vault: Vault) -> None:
    with vault.reading() as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        # Off by decision: the lock ends the process instead (docs/threat-model.md).
        assert conn.execute("PRAGMA cipher_memory_security").fetchone()[0] == "0"


def test_database_is_not_readable_as_plain_sqlite(isolated_data_dir: Path) -> None:
    _new_vault(isolated_data_dir)
    for db in paths.vault_db_paths(isolated_data_dir):
        assert db.read_bytes()[:16] != b"SQLite format 3\x00"
        with pytest.raises(sqlite3.DatabaseError):
            sqlite3.connect(db).execute("SELECT * FROM sqlite_master").fetchall()


def test_never_created_over_an_existing_vault(isolated_data_dir: Path) -> None:
    _new_vault(isolated_data_dir)
    before = tree_digest(isolated_data_dir)
    with pytest.raises(VaultExistsError):
        Vault.create(isolated_data_dir, PW)
    assert tree_digest(isolated_data_dir) == before


def test_weak_passphrase_refused_with_reason(isolated_data_dir: Path) -> None:
    with pytest.raises(WeakPassphraseError) as err:
        Vault.create(isolated_data_dir, "password")
    assert err.value.message
    assert not paths.vault_db_path(isolated_data_dir).exists()


def test_wrong_passphrase_clear_error_files_identical(isolated_data_dir: Path) -> None:
    _new_vault(isolated_data_dir)
    before = tree_digest(isolated_data_dir)
    with pytest.raises(unlock_mod.WrongSecretError) as err:
        unlock_mod.unlock(isolated_data_dir, passphrase="not the passphrase at all")
    assert "passphrase" in err.value.message.lower()
    after = tree_digest(isolated_data_dir)
    after.pop(paths.THROTTLE_NAME, None)  # the failure counter is the one file allowed to appear
    assert after == before


def test_wrong_recovery_key_and_typo(isolated_data_dir: Path) -> None:
    recovery = _new_vault(isolated_data_dir)
    before = tree_digest(isolated_data_dir)
    typo = ("A" if recovery[0] != "A" else "B") + recovery[1:]
    with pytest.raises(RecoveryKeyError):  # caught by the checksum, before any KDF
        unlock_mod.unlock(isolated_data_dir, recovery_text=typo)
    other = Vault.create(isolated_data_dir / "other", PW)
    other[0].close()
    with pytest.raises(unlock_mod.WrongSecretError):
        unlock_mod.unlock(isolated_data_dir, recovery_text=other[1])
    after = {k: v for k, v in tree_digest(isolated_data_dir).items()
             if k != paths.THROTTLE_NAME and not k.startswith("other")}
    assert after == before


def test_recovery_key_unlocks_and_sets_new_passphrase(isolated_data_dir: Path) -> None:
    recovery = _new_vault(isolated_data_dir)
    with unlock_mod.unlock(isolated_data_dir, recovery_text=recovery.lower().replace("-", " ")) as vault:
        vault.change_passphrase("a brand new harbour passphrase 7")
    with pytest.raises(IntakeError):
        Vault.open(isolated_data_dir, passphrase=PW)
    Vault.open(isolated_data_dir, passphrase="a brand new harbour passphrase 7").close()


def test_replacing_recovery_key_retires_the_old(isolated_data_dir: Path) -> None:
    old = _new_vault(isolated_data_dir)
    with Vault.open(isolated_data_dir, passphrase=PW) as vault:
        new = vault.new_recovery_key()
        assert vault.recovery_key_set
    assert new != old
    with pytest.raises(unlock_mod.WrongSecretError):
        unlock_mod.unlock(isolated_data_dir, recovery_text=old)
    unlock_mod.unlock(isolated_data_dir, recovery_text=new).close()


@pytest.mark.parametrize("damage", ["first_page", "plain_sqlite", "truncated", "keyslots_garbage"])
def test_damaged_or_foreign_files_fail_closed(isolated_data_dir: Path, damage: str) -> None:
    _new_vault(isolated_data_dir)
    with Vault.open(isolated_data_dir, passphrase=PW) as opened:
        db = opened.db_path  # the real database (the other one is the decoy)
    if damage == "first_page":
        data = bytearray(db.read_bytes())
        for i in range(100, 140):
            data[i] ^= 0xFF
        db.write_bytes(bytes(data))
    elif damage == "plain_sqlite":
        db.unlink()
        plain = sqlite3.connect(db)
        plain.execute("CREATE TABLE records (id TEXT)")
        plain.commit()
        plain.close()
    elif damage == "truncated":
        db.write_bytes(db.read_bytes()[:1000])
    else:
        paths.keyslots_path(isolated_data_dir).write_bytes(b"\x00" * 280)
    before = tree_digest(isolated_data_dir)
    with pytest.raises(IntakeError) as err:
        unlock_mod.unlock(isolated_data_dir, passphrase=PW)
    assert err.value.message
    after = {k: v for k, v in tree_digest(isolated_data_dir).items() if k != paths.THROTTLE_NAME}
    assert after == before


def test_missing_and_incomplete_vault(isolated_data_dir: Path) -> None:
    with pytest.raises(VaultMissingError):
        Vault.open(isolated_data_dir, passphrase=PW)
    assert not paths.vault_db_path(isolated_data_dir).exists()
    _new_vault(isolated_data_dir)
    paths.keyslots_path(isolated_data_dir).unlink()
    before = tree_digest(isolated_data_dir)
    with pytest.raises(VaultMissingError, match=r"keyslots\.bin"):
        Vault.open(isolated_data_dir, passphrase=PW)
    assert tree_digest(isolated_data_dir) == before


def test_growing_delay_after_repeated_failures(isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _new_vault(isolated_data_dir)
    now = [1000.0]
    monkeypatch.setattr(unlock_mod, "throttle_for",
                        lambda base: UnlockThrottle(paths.throttle_path(base), clock=lambda: now[0]))
    delays = []
    for _ in range(FREE_ATTEMPTS + 2):
        with pytest.raises(unlock_mod.WrongSecretError) as err:
            unlock_mod.unlock(isolated_data_dir, passphrase="wrong wrong wrong")
        delays.append(err.value.delay_s)
        now[0] += err.value.delay_s  # wait exactly as long as asked
    assert delays[: FREE_ATTEMPTS - 1] == [0.0] * (FREE_ATTEMPTS - 1)
    assert delays[-1] > delays[-2] > 0
    # Trying again at once is refused without even trying the passphrase.
    with pytest.raises(unlock_mod.WrongSecretError):
        unlock_mod.unlock(isolated_data_dir, passphrase="wrong again, immediately")
    with pytest.raises(unlock_mod.ThrottledError):
        unlock_mod.unlock(isolated_data_dir, passphrase=PW)
    now[0] += 10_000
    unlock_mod.unlock(isolated_data_dir, passphrase=PW).close()
    assert not paths.throttle_path(isolated_data_dir).exists()  # success resets the count


def test_delay_policy_is_capped() -> None:
    assert delay_after(0) == 0
    assert delay_after(100) == 120.0


def test_hq_role(isolated_data_dir: Path) -> None:
    vault, _ = Vault.create(isolated_data_dir, PW, Role.HQ)
    with vault:
        assert vault.info.role is Role.HQ
