"""Destroying a vault for good: after too many wrong passphrases, or as the panic action.

The key file is overwritten in place first: that alone makes both databases unreadable noise for
anyone, with or without the passphrase or the recovery key. Then every file of the vault, the
unlock counter and the preferences are removed, so the app starts as a fresh install.
Overwriting cannot reach copies a flash drive's controller keeps elsewhere; the key file is tiny
and random, so what may linger is worth little without the rest (docs/threat-model.md).
"""

from __future__ import annotations

import logging
import os
import secrets
from pathlib import Path

from intake_app import paths
from intake_app.vault.files import vault_files

log = logging.getLogger(__name__)


def _overwrite(path: Path) -> None:
    size = path.stat().st_size
    fd = os.open(path, os.O_WRONLY)
    try:
        os.write(fd, secrets.token_bytes(size))
        os.fsync(fd)
    finally:
        os.close(fd)


def destroy_vault(base: Path) -> None:
    """Make the vault in `base` unopenable by anyone, then remove its files. Never raises for a
    file that is already gone."""
    slots = paths.keyslots_path(base)
    if slots.exists():
        try:
            _overwrite(slots)
        except OSError:
            log.warning("could not overwrite the key file in place")
    for path in vault_files(base):
        for name in (path.name, path.name + "-wal", path.name + "-shm"):
            path.with_name(name).unlink(missing_ok=True)
    for extra in (paths.throttle_path(base), paths.settings_path(base)):
        extra.unlink(missing_ok=True)
    try:  # make the removals durable before anyone looks
        fd = os.open(base, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass
