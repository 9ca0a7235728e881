"""The vault: create, unlock, lock, and the transaction every change runs in.

Files in the data folder: `vault.db` (SQLCipher 4, keyed by a random 256-bit data key) and
`keyslots.bin` (that data key wrapped under the passphrase and the recovery key). Neither is ever
created over an existing one, repaired or rewritten when it fails to open.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import os
import secrets
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from intake_app import paths
from intake_app.crypto.kdf import KdfParams
from intake_app.crypto.recovery import format_recovery_key, generate_recovery_key
from intake_app.domain.models import utc_now
from intake_app.errors import IntakeError, ValidationFailed
from intake_app.fileutil import atomic_write, remove_stale_temp_files
from intake_app.i18n import _
from intake_app.logging_setup import vault_opened
from intake_app.vault import audit, schema
from intake_app.vault import keyslots as ks
from intake_app.vault.connection import Connection, VaultOpenError, key_opens, open_database
from intake_app.vault.files import vault_exists

log = logging.getLogger(__name__)


class Role(enum.StrEnum):
    FIELD = "field"
    HQ = "hq"


class VaultMissingError(IntakeError):
    pass


class VaultExistsError(IntakeError):
    pass


class VaultLockedError(IntakeError):
    pass


class WeakPassphraseError(ValidationFailed):
    pass


@dataclass(frozen=True)
class VaultInfo:
    device_id: str
    role: Role
    created_at: str
    schema_version: int


def check_new_passphrase(passphrase: str, user_inputs: tuple[str, ...] = ()) -> None:
    # Imported here: the strength estimator loads large word lists that unlocking never needs.
    from intake_app.crypto.passphrase_policy import assess_passphrase

    verdict = assess_passphrase(passphrase, user_inputs)
    if not verdict.acceptable:
        raise WeakPassphraseError(verdict.message)


REAL_SLOTS = (ks.SlotRole.PASSPHRASE, ks.SlotRole.RECOVERY)
# The real database names its decoy's key here (inside the encryption); the decoy holds a random value
# of the same length under the same name, so the two files have the same shape and size.
DECOY_KEY_META = "decoy_key"


def _new_database(path: Path, key: bytes, meta: dict[str, str], role: Role) -> Connection:
    """A fresh, migrated database with its meta rows and the first audit entry, committed."""
    conn = open_database(path, key, create=True)
    try:
        schema.migrate(conn)
        conn.execute("BEGIN IMMEDIATE")
        for name, value in meta.items():
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (name, value))
        audit.append(conn, "vault_created", detail=str(Role(role)))
        conn.execute("COMMIT")
    except BaseException:
        conn.close()
        raise
    return conn


def _first_meta(role: Role, created_at: str, decoy_key_hex: str) -> dict[str, str]:
    return {"device_id": str(uuid.uuid4()), "role": str(Role(role)), "created_at": created_at,
            "change_seq": "0", "recovery_key_set": "1", DECOY_KEY_META: decoy_key_hex, "duress": "off"}


def _remove_database_files(*db_paths: Path) -> None:
    for db_path in db_paths:
        for leftover in (db_path, db_path.with_name(db_path.name + "-wal"),
                         db_path.with_name(db_path.name + "-shm")):
            leftover.unlink(missing_ok=True)


def make_decoy_database(path: Path, role: Role, created_at: str) -> bytes:
    """Create the decoy database at `path` (same schema, same meta rows, same creation time as a real
    vault, no records) and return its key. Nobody can open it until a duress passphrase wraps that key."""
    key = secrets.token_bytes(32)
    _new_database(path, key, _first_meta(role, created_at, secrets.token_bytes(32).hex()), role).close()
    return key


class Vault:
    """An unlocked vault. Thread-safe: one lock serialises use of the single connection.

    `slot_role` is the key slot that opened it: a duress slot means this is the decoy database, which
    behaves as a vault of its own in every way the user can see.
    """

    def __init__(self, base: Path, conn: Connection, data_key: bytes, *, db_path: Path | None = None,
                 slot_role: ks.SlotRole = ks.SlotRole.PASSPHRASE) -> None:
        self.base = base
        self._conn: Connection | None = conn
        self._key = bytearray(data_key)
        self._lock = threading.RLock()
        self.db_path = db_path or paths.vault_db_path(base)
        self.slot_role = ks.SlotRole(slot_role)
        self.info = self._read_info()
        vault_opened()  # no log file may be written by this process any more

    # -- lifecycle -------------------------------------------------------------------------------------

    @classmethod
    def create(cls, base: Path, passphrase: str, role: Role = Role.FIELD, *,
               kdf_params: KdfParams | None = None, recovery_key: bytes | None = None) -> tuple[Vault, str]:
        """Make a new vault in `base`; returns it unlocked with the recovery key text to show once.

        Two databases are made: the real one and the decoy a duress passphrase may later open, so that
        setting one changes no file's name or size. Which file is which is chosen at random.
        `recovery_key` (16 raw bytes) lets the first-run wizard show and confirm the key before
        anything is written; by default a new one is generated here.
        """
        paths.ensure_private_dir(base)
        if vault_exists(base):
            raise VaultExistsError(
                _("A vault already exists in {path}; nothing was changed.").format(path=base))
        check_new_passphrase(passphrase)
        data_key = secrets.token_bytes(32)
        recovery = generate_recovery_key() if recovery_key is None else bytes(recovery_key)
        slots = ks.build_keyslot_file(data_key, passphrase, recovery, kdf_params)
        db_paths = paths.vault_db_paths(base)
        real_index = secrets.randbelow(2)
        real_path, decoy_path = db_paths[real_index], db_paths[1 - real_index]
        created_at = utc_now()
        try:
            decoy_key = make_decoy_database(decoy_path, role, created_at)
            conn = _new_database(real_path, data_key, _first_meta(role, created_at, decoy_key.hex()), role)
        except BaseException:
            _remove_database_files(*db_paths)
            raise
        try:
            # The key file comes last: until it exists there is no vault, only files we made.
            atomic_write(paths.keyslots_path(base), slots)
        except BaseException:
            conn.close()
            _remove_database_files(*db_paths)
            raise
        log.info("vault created")
        return cls(base, conn, data_key, db_path=real_path), format_recovery_key(recovery)

    @classmethod
    def open(cls, base: Path, *, passphrase: str | None = None, recovery_key: bytes | None = None) -> Vault:
        """Unlock with the passphrase or the recovery key. Raises; never changes the files on failure.

        A duress passphrase opens the decoy database the same way, with the same work: the data key is
        tried on both databases every time, so neither the result nor the time says which one opened.
        """
        slots_path = paths.keyslots_path(base)
        db_paths = [path for path in paths.vault_db_paths(base) if path.exists()]
        if not db_paths and not slots_path.exists():
            raise VaultMissingError(_("There is no vault in {path}.").format(path=base))
        if not db_paths or not slots_path.exists():
            missing = slots_path if not slots_path.exists() else paths.vault_db_path(base)
            raise VaultMissingError(
                _("The vault in {path} is incomplete: {file} is missing. Restore it from a backup; "
                  "nothing was changed.").format(path=base, file=missing.name))
        blob = slots_path.read_bytes()
        if recovery_key is not None:
            unlocked = ks.unlock_with_recovery_key(blob, recovery_key)
        elif passphrase is not None:
            unlocked = ks.unlock_with_passphrase(blob, passphrase)
        else:
            raise ValueError("a passphrase or a recovery key is needed")
        key = bytes(unlocked.data_key)
        matches = [path for path in db_paths if key_opens(path, key)]  # every file, always
        if not matches:
            raise VaultOpenError(
                _("The vault database cannot be read: it is damaged, or it is not a Field Intake vault. "
                  "It was left untouched."))
        remove_stale_temp_files(base, slots_path.name)
        conn = open_database(matches[0], key)
        try:
            schema.migrate(conn)
        except BaseException:
            conn.close()
            raise
        vault = cls(base, conn, key, db_path=matches[0], slot_role=unlocked.role)
        if unlocked.role is ks.SlotRole.DURESS_DESTROY:
            destroy_real_key_slots(base)
        elif unlocked.role in REAL_SLOTS and len(db_paths) == 1:
            vault._add_missing_decoy()
        return vault

    def _add_missing_decoy(self) -> None:
        """A vault made before decoys existed gets its second database the first time it opens."""
        others = [path for path in paths.vault_db_paths(self.base) if path != self.db_path]
        if not others or others[0].exists() or self.meta(DECOY_KEY_META):
            return
        decoy_key = make_decoy_database(others[0], self.info.role, self.info.created_at)
        self.set_meta(DECOY_KEY_META, decoy_key.hex())
        self.set_meta("duress", "off")

    @property
    def is_decoy(self) -> bool:
        """Opened with a duress passphrase. For the vault's own logic only: nothing may show it."""
        return self.slot_role in ks.DURESS_SLOTS

    def close(self) -> None:
        """Lock: checkpoint, close the database and forget the key."""
        with self._lock:
            if self._conn is None:
                return
            try:
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                self._conn.close()
                self._conn = None
                # Python cannot promise no other copy of the key exists, but we drop ours.
                for i in range(len(self._key)):
                    self._key[i] = 0
                align_database_times(self.base)
        log.info("vault locked")

    lock = close

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- access ----------------------------------------------------------------------------------------

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise VaultLockedError(_("The vault is locked."))
        return self._conn

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        with self._lock:
            yield self.conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One atomic change: everything inside commits together, or nothing does. Nests flatly."""
        with self._lock:
            conn = self.conn
            if conn.in_transaction:
                yield conn
                return
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def next_change_seq(self, conn: Connection) -> int:
        """This vault's next change counter (also the counter of the versions this device writes)."""
        value = int(conn.execute("SELECT value FROM meta WHERE key = 'change_seq'").fetchone()[0]) + 1
        conn.execute("UPDATE meta SET value = ? WHERE key = 'change_seq'", (str(value),))
        return value

    def meta(self, key: str, default: str | None = None) -> str | None:
        with self.reading() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE"
                         " SET value = excluded.value", (key, value))

    def _read_info(self) -> VaultInfo:
        with self.reading() as conn:
            rows = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            return VaultInfo(device_id=rows["device_id"], role=Role(rows["role"]),
                             created_at=rows["created_at"], schema_version=schema.schema_version(conn))

    # -- secrets ---------------------------------------------------------------------------------------

    def change_passphrase(self, new: str) -> None:
        """Rewrap the passphrase slot with the unlocked data key (so a recovery-key unlock can set a new
        passphrase). The key file is replaced atomically: the old or the new passphrase opens, never neither."""
        check_new_passphrase(new)
        slots_path = paths.keyslots_path(self.base)
        with self._lock:
            self._require_open()
            blob = ks.rewrap_slot(slots_path.read_bytes(), bytes(self._key), self.own_passphrase_slot, new)
        atomic_write(slots_path, blob)
        with self.transaction() as conn:
            audit.append(conn, "passphrase_changed")

    def new_recovery_key(self) -> str:
        """Replace the recovery key (the old one stops working); returns the new one to show once."""
        slots_path = paths.keyslots_path(self.base)
        raw = generate_recovery_key()
        with self._lock:
            self._require_open()
            current = slots_path.read_bytes()
            blob = ks.set_recovery_key(current, bytes(self._key), raw)
            if self.is_decoy:
                # The recovery slot belongs to the real database and must survive. The decoy does the
                # same work and writes the file the same way, but the key it shows opens nothing
                # (docs/threat-model.md).
                blob = current
        atomic_write(slots_path, blob)
        with self.transaction() as conn:
            conn.execute("UPDATE meta SET value = '1' WHERE key = 'recovery_key_set'")
            audit.append(conn, "recovery_key_replaced")
        return format_recovery_key(raw)

    @property
    def own_passphrase_slot(self) -> ks.SlotRole:
        """The slot whose passphrase opens this database (the duress slot for the decoy)."""
        return self.slot_role if self.is_decoy else ks.SlotRole.PASSPHRASE

    def _require_open(self) -> None:
        # After close() the key bytes are zeroed: wrapping them would lock the user out for good
        # (a GUI worker may still be running when the idle lock fires).
        if self._conn is None:
            raise VaultLockedError(_("The vault is locked."))

    @property
    def recovery_key_set(self) -> bool:
        return self.meta("recovery_key_set", "0") == "1"


def destroy_real_key_slots(base: Path) -> None:
    """Overwrite the passphrase and recovery slots with random bytes, silently and for good.

    The key file keeps its size and its modification time, so it does not show when this happened.
    """
    slots_path = paths.keyslots_path(base)
    before = slots_path.stat()
    atomic_write(slots_path, ks.destroy_real_slots(slots_path.read_bytes()))
    os.utime(slots_path, ns=(before.st_atime_ns, before.st_mtime_ns))


def align_database_times(base: Path) -> None:
    """Give both databases the later of their two modification times, so the dates do not say which
    one is in use (the real one, or the decoy after a duress unlock)."""
    db_paths = [path for path in paths.vault_db_paths(base) if path.exists()]
    try:
        stamps = [path.stat() for path in db_paths]
    except OSError:
        return
    if len(stamps) != 2:
        return
    latest = max(stamps, key=lambda st: st.st_mtime_ns)
    for path, stamp in zip(db_paths, stamps, strict=True):
        if stamp.st_mtime_ns != latest.st_mtime_ns:
            with contextlib.suppress(OSError):
                os.utime(path, ns=(latest.st_atime_ns, latest.st_mtime_ns))
