"""Open the SQLCipher database with a raw key and the PRAGMAs every session needs.

The key is given as a raw 256-bit key (`x'…'`), so SQLCipher runs no KDF of its own: the key slots
already did the slow work. The file is checked with a read before anything may write to it, so a
wrong key or a foreign file fails without one byte changing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import sqlcipher3

from intake_app.errors import IntakeError
from intake_app.i18n import _

log = logging.getLogger(__name__)

Connection = sqlcipher3.Connection
DatabaseError = sqlcipher3.DatabaseError


class VaultOpenError(IntakeError):
    """The database file could not be opened with the key: damaged, foreign, or not ours."""


def _key_pragma(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("the data key must be 32 bytes")
    # A hex literal holds no quote, so this string cannot inject SQL; PRAGMA takes no bound parameters.
    return f"PRAGMA key = \"x'{key.hex()}'\""


@dataclass(frozen=True)
class CipherSettings:
    """How SQLCipher lays out and authenticates the pages of one database file."""

    page_size: int
    hmac: str


# What a new database gets, then every layout an older vault may have (all read and written as they are).
# 16 KiB pages authenticated with HMAC-SHA256: the processors this runs on hash SHA-256 in hardware (SHA-NI,
# ARMv8), three times as fast as SHA-512, and a larger page means one HMAC and one IV per 16 KiB instead of
# per 4 KiB. Measured (tests/bench/bench_bundles.py): reading attachments out of the vault 2.5 times as fast,
# writing them 1.7 times. HMAC-SHA256 with a 256-bit key is as sound an authenticator as HMAC-SHA512 here.
CURRENT = CipherSettings(16384, "HMAC_SHA256")
LEGACY = CipherSettings(4096, "HMAC_SHA512")   # SQLCipher 4's defaults: vaults made before CURRENT
SETTINGS = (CURRENT, LEGACY)


def apply_key(conn: Connection, key: bytes, settings: CipherSettings) -> None:
    """Key a fresh connection (before its first read: SQLCipher fixes the layout then)."""
    conn.execute("PRAGMA cipher_log_level = NONE")  # else SQLCipher prints its page errors on a wrong key
    conn.execute(_key_pragma(key))
    conn.execute(f"PRAGMA cipher_page_size = {int(settings.page_size)}")
    if settings.hmac not in {s.hmac for s in SETTINGS}:
        raise ValueError(settings.hmac)
    conn.execute(f"PRAGMA cipher_hmac_algorithm = {settings.hmac}")


def connect_keyed(uri: str, key: bytes, *, create: bool, check_same_thread: bool = False,
                  settings: CipherSettings | None = None) -> tuple[Connection, CipherSettings]:
    """A connection to `uri` whose key and layout are proven by a read; a new file gets `settings`, by
    default CURRENT (a copy gets its original's).

    An existing file is tried with each layout in SETTINGS (a raw key: each try is one page read). Raises
    sqlcipher3.DatabaseError when none opens it, sqlcipher3.OperationalError when the file cannot be opened."""
    error: sqlcipher3.DatabaseError | None = None
    tries = (settings,) if settings is not None else (CURRENT,) if create else SETTINGS
    for settings in tries:
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=check_same_thread)
        try:
            apply_key(conn, key, settings)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn, settings
        except sqlcipher3.DatabaseError as exc:
            conn.close()
            if isinstance(exc, sqlcipher3.OperationalError) and "locked" in str(exc):
                raise
            error = exc
    assert error is not None  # noqa: S101 - SETTINGS is not empty
    raise error


def settings_of(conn: Connection) -> CipherSettings:
    """The layout of an open connection's main database."""
    page_size = int(conn.execute("PRAGMA cipher_page_size").fetchone()[0])
    hmac = str(conn.execute("PRAGMA cipher_hmac_algorithm").fetchone()[0])
    return CipherSettings(page_size, hmac)


def open_database(path: Path, key: bytes, *, create: bool = False) -> Connection:
    """Open (or, with `create`, make) the vault database. Never creates a file when `create` is false."""
    mode = "rwc" if create else "rw"
    if create and path.exists():
        raise VaultOpenError(_("A vault already exists at {path}; it was left untouched.").format(path=path))
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    try:
        # A read proves the key and the file's integrity before anything may write.
        conn, _settings = connect_keyed(uri, key, create=create)
    except sqlcipher3.OperationalError as exc:
        if create or "unable to open" in str(exc):
            raise VaultOpenError(_("The vault file cannot be opened: {reason}").format(reason=exc)) from exc
        _refused(exc)
    except sqlcipher3.DatabaseError as exc:
        _refused(exc)
    try:
        # Off: wiping SQLCipher's buffers cost 7x on every write (measured with tests/bench/bench_vault.py),
        # yet the records also live in Python strings that nothing can wipe. Ending the process on lock
        # is what clears them all (docs/threat-model.md).
        conn.execute("PRAGMA cipher_memory_security = OFF")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        _refused(exc)
    return conn


def _refused(exc: BaseException) -> NoReturn:
    # A note, not a warning: warnings reach stderr, which a desktop session may keep in a file.
    log.info("vault database refused to open (%s)", type(exc).__name__)
    raise VaultOpenError(
        _("The vault database cannot be read: it is damaged, or it is not a Field Intake vault. "
          "It was left untouched.")
    ) from exc


def key_opens(path: Path, key: bytes) -> bool:
    """Whether `key` opens the database at `path`. Reads only; changes nothing on disk."""
    try:
        conn, _settings = connect_keyed(f"{path.resolve().as_uri()}?mode=rw", key, create=False,
                                        check_same_thread=True)
    except sqlcipher3.DatabaseError:  # OperationalError (cannot open) included
        return False
    conn.close()
    return True
