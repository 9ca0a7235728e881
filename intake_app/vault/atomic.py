"""Crash-safe file replacement: temp file in the same folder, fsync, rename, fsync the folder.

After a crash or power cut the target holds either the complete old content or the complete new
content, never a mix; the key-slot file depends on that (a torn write would lock the vault).
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

# O_BINARY only exists (and matters) on Windows; O_CLOEXEC keeps the descriptor out of children;
# O_NOFOLLOW refuses a symlink planted at the temporary name.
_TEMP_FLAGS = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_NOFOLLOW", 0)
)


def fsync_dir(path: Path) -> None:
    """Flush a folder's entries (e.g. a rename) to disk.

    Windows cannot open folders this way; NTFS journals the rename itself, so this is skipped there.
    """
    directory_flag = getattr(os, "O_DIRECTORY", None)
    if directory_flag is None:
        return
    fd = os.open(path, os.O_RDONLY | directory_flag | getattr(os, "O_CLOEXEC", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    """os.write may write less than asked; loop until everything is written."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def atomic_write(path: Path, data: bytes) -> None:
    """Replace `path` with `data` atomically and durably; the new file is mode 0600.

    On any failure the temporary file is removed, the target is left as it was, and the error is
    re-raised.
    """
    path = Path(path)
    folder = path.parent
    # Same folder so os.replace is a rename within one file system (atomic), hidden name so file
    # managers do not show it, random suffix so concurrent writers never share a temp file.
    temp = folder / f".{path.name}.{secrets.token_hex(8)}.tmp"
    replaced = False
    try:
        fd = os.open(temp, _TEMP_FLAGS, 0o600)
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, path)
        replaced = True
        fsync_dir(folder)
    except BaseException:
        # BaseException too: a KeyboardInterrupt mid-write must not leave a stray copy behind.
        if not replaced:
            with contextlib.suppress(OSError):
                os.unlink(temp)
        raise


def remove_stale_temp_files(folder: Path, target_name: str) -> int:
    """Delete temporary files that a killed `atomic_write` to `folder/target_name` left behind."""
    removed = 0
    for leftover in folder.glob(f".{target_name}.*.tmp"):
        try:
            leftover.unlink()
            removed += 1
        except OSError:
            continue
    return removed
