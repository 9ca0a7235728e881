"""Whether a vault is there, without loading the vault stack (SQLCipher, cryptography): the app asks
this before it shows its first window."""

from __future__ import annotations

from pathlib import Path

from intake_app import paths


def vault_exists(base: Path) -> bool:
    """True when either file of a vault is in `base` (half a vault still counts: never create over it)."""
    return paths.vault_db_path(base).exists() or paths.keyslots_path(base).exists()
