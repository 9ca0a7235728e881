"""Attach files to a record: the one import path for the desktop app and the command line.

For each file picked: its real type is read from its first bytes (a photo renamed `.dat` is still a photo
with a GPS position); the SHA-256 of the file exactly as picked is kept; metadata is removed from JPEG and
PNG images (media/metadata.py), and what was removed is kept in the attachment record (segment names, and
whether the original held a GPS position), never the metadata itself. When the deployment profile asks for
originals to be kept, the unaltered file is stored too (encrypted in the vault, as an attachment marked
identifying: it carries the place and the camera), and the copy without metadata, derived from it, is the
working copy. A format whose metadata this app cannot remove (HEIC, WebP, GIF, TIFF, video, audio, PDF…)
is stored as it is, and the user is told so plainly.

Everything runs in memory or straight into the vault: no temporary file is ever written.
"""

from __future__ import annotations

import hashlib
import io
import logging
import mimetypes
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from intake_app.domain.models import Attachment
from intake_app.errors import IntakeError
from intake_app.i18n import N_, _
from intake_app.media.metadata import MediaMetadataError, strip_metadata_result
from intake_app.outcomes import Outcome
from intake_app.vault.attachments import AttachmentStore, Cancelled

log = logging.getLogger(__name__)

# Images up to this size are read whole to remove their metadata; a larger one is stored as it is.
MAX_STRIP_BYTES = 256 << 20
STRIPPABLE = ("image/jpeg", "image/png")

Progress = Callable[[int, int], None]


class AttachmentImportOutcome(Outcome):
    STRIPPED = "stripped", N_("{name}: attached. Place, time and camera data were removed ({removed}).")
    NOTHING_TO_STRIP = "nothing_to_strip", N_("{name}: attached. It carried no place, time or camera data.")
    KEPT_BY_CHOICE = "kept_by_choice", N_("{name}: attached with its place, time and camera data, as you asked.")
    CANNOT_STRIP = "cannot_strip", N_(
        "{name}: attached, but its hidden data (place, time, device) could NOT be removed: this app cannot "
        "clean {format} files. Anyone who sees this file may learn where and when it was made.")
    DAMAGED = "damaged", N_("{name}: not attached: {reason}")
    UNREADABLE = "unreadable", N_("{name}: not attached: the file cannot be read.")
    FAILED = "failed", N_("{name}: not attached: {reason}")

    @property
    def added(self) -> bool:
        return self in (AttachmentImportOutcome.STRIPPED, AttachmentImportOutcome.NOTHING_TO_STRIP,
                        AttachmentImportOutcome.KEPT_BY_CHOICE, AttachmentImportOutcome.CANNOT_STRIP)


_FORMAT_NAMES = {"image/heic": "HEIC", "image/avif": "AVIF", "image/webp": "WebP", "image/gif": "GIF",
                 "image/tiff": "TIFF", "image/bmp": "BMP", "application/pdf": "PDF"}
_VIDEO, _AUDIO, _OTHER = N_("video"), N_("audio"), N_("this kind of")


def format_name(media_type: str) -> str:
    if media_type in _FORMAT_NAMES:
        return _FORMAT_NAMES[media_type]
    if media_type.startswith("video/"):
        return _(_VIDEO)
    if media_type.startswith("audio/"):
        return _(_AUDIO)
    return _(_OTHER)


@dataclass(frozen=True)
class FileImportResult:
    name: str
    outcome: AttachmentImportOutcome
    fields: dict[str, str] = field(default_factory=dict)
    attachment: Attachment | None = None
    original: Attachment | None = None  # the unaltered file, when the profile keeps originals

    @property
    def message(self) -> str:
        return self.outcome.text(name=self.name, **self.fields)


@dataclass
class AttachmentImportReport:
    results: list[FileImportResult] = field(default_factory=list)

    @property
    def added(self) -> int:
        return sum(1 for r in self.results if r.outcome.added)

    @property
    def warnings(self) -> list[FileImportResult]:
        return [r for r in self.results if not r.outcome.added or r.outcome is AttachmentImportOutcome.CANNOT_STRIP]


# -- the real type ------------------------------------------------------------------------------------------

_ISO_IMAGE_BRANDS = {b"heic": "image/heic", b"heix": "image/heic", b"hevc": "image/heic", b"heim": "image/heic",
                     b"heis": "image/heic", b"mif1": "image/heic", b"msf1": "image/heic", b"avif": "image/avif"}


def detect_type(head: bytes, filename: str = "") -> str:
    """The media type the bytes say (the name decides only when the content is not recognised)."""
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if head[:4] == b"RIFF" and len(head) >= 12:
        return {b"WEBP": "image/webp", b"WAVE": "audio/wav", b"AVI ": "video/x-msvideo"}.get(
            head[8:12], "application/octet-stream")
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in _ISO_IMAGE_BRANDS:
            return _ISO_IMAGE_BRANDS[brand]
        if brand == b"M4A ":
            return "audio/mp4"
        return "video/quicktime" if brand == b"qt  " else "video/mp4"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    if head.startswith(b"OggS"):
        return "audio/ogg"
    if head.startswith(b"fLaC"):
        return "audio/flac"
    if head.startswith(b"#!AMR"):
        return "audio/amr"
    if head.startswith(b"\x1aE\xdf\xa3"):
        return "video/webm"
    if head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return "audio/mpeg"
    guessed = (mimetypes.guess_type(filename)[0] or "application/octet-stream").lower()
    # A name that claims an image we clean, on bytes that are not one: the stripper refuses it as damaged.
    return guessed


# -- GPS ----------------------------------------------------------------------------------------------------


def _tiff_has_gps(tiff: bytes) -> bool:
    """Whether a TIFF/Exif structure's first directory points to a GPS directory (tag 0x8825)."""
    if len(tiff) < 8 or tiff[:2] not in (b"II", b"MM"):
        return False
    order = "<" if tiff[:2] == b"II" else ">"
    (offset,) = struct.unpack_from(order + "I", tiff, 4)
    if offset + 2 > len(tiff):
        return False
    (count,) = struct.unpack_from(order + "H", tiff, offset)
    for i in range(min(count, 512)):
        entry = offset + 2 + 12 * i
        if entry + 2 > len(tiff):
            return False
        (tag,) = struct.unpack_from(order + "H", tiff, entry)
        if tag == 0x8825:
            return True
    return False


def has_gps(data: bytes) -> bool | None:
    """Whether a JPEG or PNG holds a GPS position (Exif GPS directory or XMP GPS fields); None if not known."""
    if data.startswith(b"\xff\xd8"):
        pos = 2
        while pos + 4 <= len(data) and data[pos] == 0xFF:
            marker = data[pos + 1]
            if marker in (0xDA, 0xD9):
                break
            (length,) = struct.unpack_from(">H", data, pos + 2)
            payload = data[pos + 4:pos + 2 + length]
            if marker == 0xE1 and payload.startswith(b"Exif\x00\x00") and _tiff_has_gps(payload[6:]):
                return True
            if marker == 0xE1 and b"GPSLatitude" in payload:
                return True
            pos += 2 + length
        return False
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        pos = 8
        while pos + 12 <= len(data):
            length, ctype = struct.unpack_from(">I4s", data, pos)
            chunk = data[pos + 8:pos + 8 + length]
            if (ctype == b"eXIf" and _tiff_has_gps(chunk)) or (ctype in (b"iTXt", b"tEXt", b"zTXt")
                                                                and b"GPSLatitude" in chunk):
                return True
            if ctype == b"IEND":
                break
            pos += 12 + length
        return False
    return None


# -- import -------------------------------------------------------------------------------------------------


def _provenance(status: str, removed: tuple[str, ...] = (), gps: bool | None = None) -> dict[str, Any]:
    return {"status": status, "removed": list(removed), "gps": gps}


def import_file(store: AttachmentStore, owner_id: str, path: Path, *, keep_metadata: bool = False,
                identifying: bool = False, keep_original: bool = False, progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> FileImportResult:
    """Attach one file; see the module docstring. Bad input gives a result saying why, with nothing written."""
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(64)
            media = detect_type(head, name)
            fh.seek(0)
            if media in STRIPPABLE and size <= MAX_STRIP_BYTES:
                return _import_image(store, owner_id, name, fh.read(), media, keep_metadata=keep_metadata,
                                     identifying=identifying, keep_original=keep_original, progress=progress,
                                     cancelled=cancelled)
            reason = _provenance("cannot_strip")
            attachment = _store(store, owner_id, fh, name, media, identifying, reason, total=size,
                                progress=progress, cancelled=cancelled)
            return FileImportResult(name, AttachmentImportOutcome.CANNOT_STRIP, {"format": format_name(media)},
                                    attachment)
    except MediaMetadataError as exc:
        return FileImportResult(name, AttachmentImportOutcome.DAMAGED, {"reason": exc.message})
    except OSError:
        return FileImportResult(name, AttachmentImportOutcome.UNREADABLE)
    except Cancelled:
        raise
    except IntakeError as exc:
        return FileImportResult(name, AttachmentImportOutcome.FAILED, {"reason": exc.message})


def _store(store: AttachmentStore, owner_id: str, stream: BinaryIO, name: str, media: str, identifying: bool,
           metadata: dict[str, Any], *, total: int, progress: Progress | None, cancelled: Callable[[], bool] | None,
           original_sha256: str | None = None, kind: str = "working", derived_from: str | None = None) -> Attachment:
    provenance = {"metadata": metadata, "kind": kind, "derived_from": derived_from,
                  "original_sha256": original_sha256}
    return store.add(owner_id, stream, filename=name, media_type=media, identifying=identifying, total=total,
                     progress=progress, cancelled=cancelled, provenance=provenance)


def _import_image(store: AttachmentStore, owner_id: str, name: str, data: bytes, media: str, *,
                  keep_metadata: bool, identifying: bool, keep_original: bool, progress: Progress | None,
                  cancelled: Callable[[], bool] | None) -> FileImportResult:
    original_sha = hashlib.sha256(data).hexdigest()
    gps = has_gps(data)
    result = strip_metadata_result(data, media)  # also checks the structure: a damaged image goes no further
    if keep_metadata:
        attachment = _store(store, owner_id, io.BytesIO(data), name, media, identifying,
                            _provenance("kept_by_choice", (), gps), total=len(data), progress=progress,
                            cancelled=cancelled, original_sha256=original_sha)
        return FileImportResult(name, AttachmentImportOutcome.KEPT_BY_CHOICE, {}, attachment)
    if not result.removed:
        attachment = _store(store, owner_id, io.BytesIO(data), name, media, identifying,
                            _provenance("none_found", (), gps), total=len(data), progress=progress,
                            cancelled=cancelled, original_sha256=original_sha)
        return FileImportResult(name, AttachmentImportOutcome.NOTHING_TO_STRIP, {}, attachment)
    removed = tuple(dict.fromkeys(result.removed))
    metadata = _provenance("stripped", removed, gps)
    with store.vault.transaction():  # the original and its working copy are stored together or not at all
        original = None
        if keep_original:
            original = _store(store, owner_id, io.BytesIO(data), name, media, True,
                              _provenance("kept_by_choice", (), gps), total=len(data), progress=None,
                              cancelled=cancelled, original_sha256=original_sha, kind="original")
        attachment = _store(store, owner_id, io.BytesIO(result.data), name, media, identifying, metadata,
                            total=len(result.data), progress=progress, cancelled=cancelled,
                            original_sha256=original_sha, derived_from=original.id if original else None)
    return FileImportResult(name, AttachmentImportOutcome.STRIPPED, {"removed": ", ".join(removed)}, attachment,
                            original)


def import_files(store: AttachmentStore, owner_id: str, paths: list[str], *, keep_metadata: bool = False,
                 identifying: bool = False, keep_original: bool = False, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> AttachmentImportReport:
    """Attach several files, one result each; stops at a cancel (what was attached before stays)."""
    report = AttachmentImportReport()
    sizes = {}
    for p in paths:
        try:
            sizes[p] = Path(p).stat().st_size
        except OSError:
            sizes[p] = 0
    total, done = sum(sizes.values()), 0
    for path_text in paths:
        if cancelled is not None and cancelled():
            break
        base = done

        def step(d: int, _t: int, b: int = base) -> None:
            if progress is not None:
                progress(b + d, total)

        try:
            report.results.append(import_file(store, owner_id, Path(path_text), keep_metadata=keep_metadata,
                                              identifying=identifying, keep_original=keep_original, progress=step,
                                              cancelled=cancelled))
        except Cancelled:
            break
        done += sizes[path_text]
        if progress is not None:
            progress(done, total)
    return report
