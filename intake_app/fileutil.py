"""Every file the app writes or reads outside the vault goes through here, so each rule is kept once.

- `atomic_write`: crash-safe replacement (temp file in the same folder, fsync, rename, fsync the folder).
  After a crash or power cut the target holds either the complete old content or the complete new content,
  never a mix; the key-slot file depends on that (a torn write would lock the vault).
- `write_new_file`: a file that must not exist yet (exports, keys, profiles, receipts): never overwrites,
  and the name never holds a partial file.
- `read_bounded`: at most `limit` + 1 bytes of a file a user names, so a reader can refuse one too large
  without loading it.

Failures a user can cause (a name that exists, a folder that cannot be written) raise `FileProblem`, an
`IntakeError` with a translated message; the CLI and the GUI show it as it is.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from intake_app.errors import IntakeError
from intake_app.i18n import _

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


class FileProblem(IntakeError):
    """A file the user named cannot be read or written as asked; nothing was written."""

    exit_code = 2


def refuse_existing(path: Path) -> None:
    """Raise before any work is done when `path` is taken (a file, a folder or a dangling symlink)."""
    if path.exists() or path.is_symlink():
        raise FileProblem(_("{path} already exists; choose another name (nothing was written).").format(path=path))


def write_new_file(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write `data` to a file that must not exist yet, durably: a temporary file is filled and fsynced, then
    hard-linked to its name (which fails if the name exists), so the name never holds a partial file."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path()
    refuse_existing(path)
    temp = folder / f".{path.name}.{secrets.token_hex(8)}.tmp"
    try:
        fd = os.open(temp, _TEMP_FLAGS, mode)
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.link(temp, path)
        fsync_dir(folder)
    except FileExistsError as exc:
        raise FileProblem(_("{path} already exists; choose another name (nothing was written).").format(
            path=path)) from exc
    except OSError as exc:
        raise FileProblem(_("Cannot write {path}: {reason}").format(path=path, reason=exc.strerror)) from exc
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp)


def read_bounded(path: str | Path, limit: int) -> bytes:
    """At most `limit` + 1 bytes of a file (one more shows the file is too large; the reader then refuses it)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(limit + 1)
    except OSError as exc:
        raise FileProblem(_("Cannot read {path}: {reason}").format(path=path, reason=exc.strerror)) from exc
