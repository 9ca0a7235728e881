"""The tar layer of a bundle: POSIX ustar headers for regular files, nothing else.

Writing uses the standard library's header encoder. Reading does not use `tarfile`'s archive reader,
which follows pax headers of any size into memory and knows links, devices and sparse files: we parse one
512-byte header at a time (`TarInfo.frombuf` checks the checksum and fields) and accept only what our
writer makes: ustar regular files with one of four kinds of name, no prefix, no link, octal sizes.
"""

from __future__ import annotations

import re
import tarfile
from dataclasses import dataclass

BLOCK = 512
END_OF_ARCHIVE = b"\0" * (2 * BLOCK)

RECORDS = "records.ndjson"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.minisig"
ATTACHMENT_PREFIX = "attachments/"
_ATTACHMENT = re.compile(r"attachments/[0-9a-f]{64}")
_USTAR_MAGIC = b"ustar\x0000"


class TarFormatError(Exception):
    """The archive breaks one of our rules; `kind` names which (for the caller's translated message)."""

    def __init__(self, kind: str, name: str = "") -> None:
        super().__init__(kind)
        self.kind = kind
        self.name = name


def attachment_name(sha256: str) -> str:
    return ATTACHMENT_PREFIX + sha256


def is_allowed_name(name: str) -> bool:
    return name in (RECORDS, MANIFEST, SIGNATURE) or _ATTACHMENT.fullmatch(name) is not None


def member_header(name: str, size: int) -> bytes:
    """The 512-byte ustar header of a regular file. No owner, time or mode tells anything about the sender."""
    if not is_allowed_name(name):
        raise ValueError("not a bundle entry name")
    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = 0o600
    info.mtime = 0
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    info.type = tarfile.REGTYPE
    return info.tobuf(format=tarfile.USTAR_FORMAT, encoding="ascii", errors="strict")


def block_padding(size: int) -> int:
    return -size % BLOCK


@dataclass(frozen=True)
class Member:
    name: str
    size: int


def parse_header(block: bytes) -> Member | None:
    """The member a header block announces, or None for the end-of-archive (zero) block."""
    if len(block) != BLOCK:
        raise TarFormatError("truncated")
    if block == b"\0" * BLOCK:
        return None
    if block[257:265] != _USTAR_MAGIC:
        raise TarFormatError("format")
    if block[124] & 0x80:  # GNU base-256 size: never written by us, and a way to claim huge sizes
        raise TarFormatError("format")
    try:
        info = tarfile.TarInfo.frombuf(block, "ascii", "strict")
    except (tarfile.HeaderError, UnicodeDecodeError, ValueError) as exc:
        raise TarFormatError("format") from exc
    # Anything but a plain regular file: links, devices, FIFOs, directories, pax or GNU extension headers.
    if block[156:157] != tarfile.REGTYPE:
        raise TarFormatError("type", info.name)
    if block[345:500].strip(b"\0") or info.linkname:  # a prefix could spell another path
        raise TarFormatError("name", info.name)
    if not is_allowed_name(info.name):
        raise TarFormatError("name", info.name)
    if info.size < 0:
        raise TarFormatError("format", info.name)
    return Member(info.name, info.size)
