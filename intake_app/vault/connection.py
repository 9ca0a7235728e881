"""Open the SQLCipher database with a raw key and the PRAGMAs every session needs.

The key is given as a raw 256-bit key (`x'…'`), so SQLCipher runs no KDF of its own: the key slots
already did the slow work. The file is checked with a read before anything may write to it, so a
wrong key or a foreign file fails without one byte changing.
"""

from __future__ import annotations

import logging
from pathlib import Path

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


def open_database(path: Path, key: bytes, *, create: bool = False) -> Connection:
    """Open (or, with `create`, make) the vault database. Never creates a file when `create` is false."""
    mode = "rwc" if create else "rw"
    if create and path.exists():
        raise VaultOpenError(_("A vault already exists at {path}; it was left untouched.").format(path=path))
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    try:
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    except sqlcipher3.OperationalError as exc:
        raise VaultOpenError(_("The vault file cannot be opened: {reason}").format(reason=exc)) from exc
    try:
        # SQLCipher would otherwise print its own page errors to stderr on a wrong key.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(key))
        # Off: wiping SQLCipher's buffers cost 7x on every write (measured with tests/bench/bench_vault.py),
        # yet the records also live in Python strings that nothing can wipe. Ending the process on lock
        # is what clears them all (docs/threat-model.md).
        conn.execute("PRAGMA cipher_memory_security = OFF")
        conn.execute("PRAGMA temp_store = MEMORY")
        # A read proves the key and the file's integrity before anything may write.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        # A note, not a warning: warnings reach stderr, which a desktop session may keep in a file.
        log.info("vault database refused to open (%s)", type(exc).__name__)
        raise VaultOpenError(
            _("The vault database cannot be read: it is damaged, or it is not a Field Intake vault. "
              "It was left untouched.")
        ) from exc
    return conn


def key_opens(path: Path, key: bytes) -> bool:
    """Whether `key` opens the database at `path`. Reads only; changes nothing on disk."""
    try:
        conn = sqlcipher3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, isolation_level=None)
    except sqlcipher3.OperationalError:
        return False
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()
