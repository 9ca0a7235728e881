"""Where a file chooser should start: the USB stick if one is plugged in, else the home folder.

Bundles, receipts and profiles travel on removable drives, so that is where a worker looks first. The
mounted volumes come from the caller (Qt's QStorageInfo in the app, a plain list in tests); nothing here
touches the disk except checking that a remembered folder still exists.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import PurePosixPath, PureWindowsPath

# Where desktops mount what is plugged in: udisks2 (/media/USER/LABEL on Debian and Ubuntu,
# /run/media/USER/LABEL on Fedora and Arch) and macOS (/Volumes/LABEL).
POSIX_REMOVABLE_PARENTS = ("/media", "/run/media", "/Volumes")
# Windows does not say which drive letters are removable through Qt; sticks and SD cards come formatted
# with a FAT file system, fixed disks with NTFS or ReFS.
WINDOWS_REMOVABLE_FILE_SYSTEMS = {"fat", "fat12", "fat16", "fat32", "exfat", "vfat"}


@dataclass(frozen=True)
class Volume:
    """A mounted file system as the platform reports it."""

    root: str
    file_system: str = ""
    ready: bool = True
    read_only: bool = False


def _is_under(root: str, parents: Iterable[str]) -> bool:
    path = PurePosixPath(root)
    return any(path != PurePosixPath(parent) and path.is_relative_to(parent) for parent in parents)


def is_removable(volume: Volume, *, windows: bool = os.name == "nt", system_drive: str = "") -> bool:
    if not volume.ready:
        return False
    if windows:
        drive = PureWindowsPath(volume.root).drive.upper()
        system = (system_drive or os.environ.get("SYSTEMDRIVE", "C:")).upper()
        return bool(drive) and drive != system and volume.file_system.lower() in WINDOWS_REMOVABLE_FILE_SYSTEMS
    return _is_under(volume.root, POSIX_REMOVABLE_PARENTS)


def removable_roots(volumes: Iterable[Volume], *, windows: bool = os.name == "nt",
                    system_drive: str = "") -> list[str]:
    """The roots of the removable drives, writable ones first (a bundle is written to one), then by name."""
    found = [v for v in volumes if is_removable(v, windows=windows, system_drive=system_drive)]
    found.sort(key=lambda v: (v.read_only, v.root))
    return [v.root for v in found]


def start_folder(volumes: Iterable[Volume], home: str, remembered: str | None = None, *,
                 exists: Callable[[str], bool] = os.path.isdir, windows: bool = os.name == "nt",
                 system_drive: str = "") -> str:
    """The folder a file chooser opens in: the last one used in this session while it still exists (a stick
    that was pulled out is forgotten), else the first removable drive, else `home`."""
    if remembered and exists(remembered):
        return remembered
    roots = removable_roots(volumes, windows=windows, system_drive=system_drive)
    return roots[0] if roots else home
