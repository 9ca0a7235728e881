"""Which files a vault consists of, without loading the vault stack (SQLCipher, cryptography): the app
asks this before it shows its first window, and a backup copies exactly these files."""

from __future__ import annotations

from pathlib import Path

from intake_app import paths


def vault_files(base: Path) -> list[Path]:
    """Every file of the vault in `base`: both databases and the key-slot file (last), those that exist.

    Not the databases' `-wal`/`-shm` companions: a locked vault has none (closing checkpoints them), and a
    backup copies the open database through SQLite's backup API, never its files. Not the unlock-throttle
    file or the preferences either: they are no part of the data. Both databases always exist (the decoy
    is made with the vault), so the list, and a backup made from it, says nothing about whether a duress
    passphrase is set.
    """
    candidates = [*paths.vault_db_paths(base), paths.keyslots_path(base)]
    return [path for path in candidates if path.exists()]


def vault_exists(base: Path) -> bool:
    """True when any file of a vault is in `base` (half a vault still counts: never create over it)."""
    return bool(vault_files(base))
