"""Every path the app touches, in one place.

The data folder comes from platformdirs unless `--data-dir` or `INTAKE_DATA_DIR` overrides it.
Folders are created private (0700) and the process umask is 077, so nothing we write is readable
by another local account.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import platformdirs

APP_NAME = "field-intake"
DATA_DIR_ENV = "INTAKE_DATA_DIR"

VAULT_DB_NAME = "vault.db"
# Every vault has two databases from its creation: the real one and a decoy that a duress passphrase
# opens. Which file is which is chosen at random when the vault is made and written nowhere in the
# clear, so neither name says anything.
SECOND_DB_NAME = "vault2.db"
KEYSLOTS_NAME = "keyslots.bin"
SETTINGS_NAME = "settings.json"
THROTTLE_NAME = "unlock-throttle.json"

_data_dir_override: Path | None = None


def harden_process() -> None:
    """Private umask and no core dumps: a crash must not write memory (keys, records) to disk."""
    os.umask(0o077)
    try:
        import resource  # Unix only; Windows writes no core files of this kind
    except ImportError:
        return
    # Some sandboxes forbid it; the umask still applies.
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def set_data_dir(path: Path | str | None) -> None:
    """Override the data folder for this process (the `--data-dir` option, and tests)."""
    global _data_dir_override
    _data_dir_override = Path(path).expanduser().resolve() if path else None


def data_dir() -> Path:
    if _data_dir_override is not None:
        return _data_dir_override
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """Logs stay beside the data unless the platform default is used; they never hold record content."""
    if _data_dir_override is not None or os.environ.get(DATA_DIR_ENV):
        return data_dir() / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def vault_db_path(base: Path | None = None) -> Path:
    return (base or data_dir()) / VAULT_DB_NAME


def vault_db_paths(base: Path | None = None) -> tuple[Path, Path]:
    """Both databases of a vault; either may be the real one."""
    folder = base or data_dir()
    return folder / VAULT_DB_NAME, folder / SECOND_DB_NAME


def keyslots_path(base: Path | None = None) -> Path:
    return (base or data_dir()) / KEYSLOTS_NAME


def settings_path(base: Path | None = None) -> Path:
    return (base or data_dir()) / SETTINGS_NAME


def throttle_path(base: Path | None = None) -> Path:
    return (base or data_dir()) / THROTTLE_NAME


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents) with mode 0700, and tighten it if it already exists."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if path.stat().st_mode & 0o077:
        path.chmod(0o700)
    return path
