"""Whether a vault is there, without loading the vault stack (SQLCipher, cryptography): the app asks
this before it shows its first window."""

from __future__ import annotations

from pathlib import Path

from intake_app import paths


def vault_exists(base: Path) -> bool:
    """True when either file of a vault is in `base` (half a vault still counts: never create over it)."""
    return paths.vault_db_path(base).exists() or paths.keyslots_path(base).exists()


def vault_files(base: Path) -> list[Path]:
    """Every file a vault consists of, databases first and the key-slot file last (never the -wal and
    -shm files SQLite keeps beside an open database). A backup copies exactly these; a restore puts
    them back; any of them existing means a vault is there."""
    return [paths.vault_db_path(base), paths.keyslots_path(base)]
