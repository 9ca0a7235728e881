"""After an import, the spreadsheet is still a plain file: offer to delete it, honestly.

Overwriting before unlinking removes the content from where the file system last put it, on a
spinning disk. On an SSD, a memory card or a journaling or copy-on-write file system older copies
may survive in blocks the system no longer shows; only full-disk encryption protects those.
"""

from __future__ import annotations

import os
from pathlib import Path

from intake_app.errors import IntakeError
from intake_app.fileutil import fsync_dir
from intake_app.i18n import N_, _

SSD_WARNING = N_("The spreadsheet is still a plain file on this computer: anyone who gets the laptop can read "
                 "it. Deleting it overwrites its content and removes it, but on an SSD or a memory card, and on "
                 "most modern file systems, old copies may remain on the disk where no program shows them; "
                 "only full-disk encryption protects against that.")
_CHUNK = 1 << 20


def delete_plain_file(path: Path) -> None:
    """Overwrite `path` with zeros, flush it to disk, and remove it (best effort, see the module notes)."""
    try:
        size = path.stat().st_size
        with path.open("r+b") as fh:
            written = 0
            while written < size:
                n = min(_CHUNK, size - written)
                fh.write(b"\0" * n)
                written += n
            fh.flush()
            os.fsync(fh.fileno())
        path.unlink()
        fsync_dir(path.parent)
    except OSError as exc:
        raise IntakeError(_("The spreadsheet could not be deleted: {reason}").format(
            reason=exc.strerror or exc)) from exc
