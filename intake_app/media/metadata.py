"""Remove metadata (Exif, GPS, XMP, IPTC, comments, text chunks) from photos and scans, losslessly.

A photo taken by a phone carries the place it was taken (GPS), the time, the device's serial number
and often a thumbnail of the uncropped picture. A field worker who attaches it to a record, and whose
laptop or export is later seized, would give away a safe house. So metadata goes on import, unless the
worker asks to keep it.

Only container segments are dropped: the compressed image data is copied byte for byte, so nothing is
re-encoded and no quality is lost. The parsers walk the structure with explicit bounds and always move
forward, so malformed or hostile input ends in `MediaMetadataError`, never in a hang.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

from intake_app.errors import IntakeError
from intake_app.i18n import _

JPEG_TYPES = frozenset({"image/jpeg", "image/jpg", "image/pjpeg"})
PNG_TYPES = frozenset({"image/png", "image/apng"})

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_JPEG_SOI = b"\xff\xd8"

# PNG chunks that describe the picture's origin rather than how to draw it.
_PNG_DROP = frozenset({b"eXIf", b"tEXt", b"iTXt", b"zTXt", b"tIME"})

# JPEG markers that stand alone, without a length field.
_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})
_SOS, _EOI, _COM, _APP0, _APP2, _APP14 = 0xDA, 0xD9, 0xFE, 0xE0, 0xE2, 0xEE


class MediaMetadataError(IntakeError):
    """The file claims to be an image of a known kind but its structure is broken."""


@dataclass(frozen=True)
class StripResult:
    """The cleaned bytes; `supported` is False when the kind of file was not understood and `data` is the
    input unchanged; `removed` names what was taken out (segment or chunk names, no content)."""

    data: bytes
    supported: bool
    removed: tuple[str, ...] = ()

    @property
    def stripped(self) -> bool:
        return bool(self.removed)


def strip_metadata(data: bytes, media_type: str) -> bytes:
    """`data` without its metadata (JPEG, PNG); other kinds of file come back unchanged."""
    return strip_metadata_result(data, media_type).data


def strip_metadata_result(data: bytes, media_type: str) -> StripResult:
    """Like `strip_metadata`, also saying whether the kind was understood and what was removed.

    The bytes decide the format when they carry a JPEG or PNG signature (a photo renamed `.dat` still has
    its GPS position); a file declared JPEG or PNG without the signature is refused as damaged.
    """
    kind = (media_type or "").split(";", 1)[0].strip().lower()
    if data.startswith(_JPEG_SOI):
        return _strip_jpeg(data)
    if data.startswith(_PNG_SIGNATURE):
        return _strip_png(data)
    if kind in JPEG_TYPES or kind in PNG_TYPES:
        raise MediaMetadataError(_("The image file is damaged or not really an image."))
    return StripResult(data=data, supported=False)


# -- JPEG ----------------------------------------------------------------------------------------------


def _damaged_jpeg() -> MediaMetadataError:
    return MediaMetadataError(_("The JPEG image is damaged; it was not imported."))


def _keep_jpeg_segment(marker: int, payload: bytes) -> bool:
    if marker == _COM:
        return False
    if marker == _APP0:
        # JFIF (density, version) is needed by some decoders; other APP0 kinds (JFXX) carry thumbnails.
        return payload.startswith(b"JFIF\x00")
    if marker == _APP2:
        # The colour profile says how to show the colours; it names no person or place.
        return payload.startswith(b"ICC_PROFILE\x00")
    if marker == _APP14:
        # Adobe's 12-byte APP14 tells a decoder whether colours are YCbCr, CMYK or YCCK: dropping it
        # would change the colours. It holds nothing but that flag.
        return payload.startswith(b"Adobe") and len(payload) == 12
    # APP1 (Exif, XMP), APP13 (IPTC/Photoshop) and every other APPn: metadata.
    return not 0xE1 <= marker <= 0xEF


def _jfif_without_thumbnail(payload: bytes) -> bytes:
    """A JFIF APP0 may embed an uncompressed thumbnail (of the uncropped photo): keep only its header."""
    if len(payload) >= 14 and (payload[12] or payload[13]):
        return payload[:12] + b"\x00\x00"
    return payload


def _scan_end(data: bytes, pos: int) -> int:
    """Where the entropy-coded data that starts at `pos` ends: the first marker that is not a stuffed
    0xFF00, a restart marker or fill."""
    n = len(data)
    while True:
        pos = data.find(b"\xff", pos)
        if pos < 0 or pos + 1 >= n:
            raise _damaged_jpeg()
        nxt = data[pos + 1]
        if nxt == 0x00 or 0xD0 <= nxt <= 0xD7:
            pos += 2
        elif nxt == 0xFF:
            pos += 1  # fill bytes before a marker: the marker starts at the last 0xFF
        else:
            return pos


def _strip_jpeg(data: bytes) -> StripResult:
    out = bytearray(_JPEG_SOI)
    removed: list[str] = []
    pos, n = 2, len(data)
    while True:
        if pos >= n or data[pos] != 0xFF:
            raise _damaged_jpeg()
        while pos < n and data[pos] == 0xFF:  # fill bytes
            pos += 1
        if pos >= n:
            raise _damaged_jpeg()
        marker = data[pos]
        pos += 1
        if marker == _EOI:
            out += b"\xff\xd9"
            if pos < n:
                # Phones append more after the image (a second, full-size picture, a video, vendor
                # records with the location): nothing there is part of this image.
                removed.append("trailer")
            return StripResult(bytes(out), supported=True, removed=tuple(removed))
        if marker in (0x00, 0xD8):  # a stuffed zero or a second start marker outside a scan
            raise _damaged_jpeg()
        if marker in _STANDALONE:
            out += bytes((0xFF, marker))
            continue
        if pos + 2 > n:
            raise _damaged_jpeg()
        (length,) = struct.unpack_from(">H", data, pos)
        if length < 2 or pos + length > n:
            raise _damaged_jpeg()
        payload = data[pos + 2:pos + length]
        end = pos + length
        if marker == _SOS:
            scan_end = _scan_end(data, end)
            # Header and compressed scan data are copied exactly as they were.
            out += b"\xff\xda" + data[pos:scan_end]
            pos = scan_end
            continue
        if _keep_jpeg_segment(marker, payload):
            if marker == _APP0:
                kept = _jfif_without_thumbnail(payload)
                if kept != payload:
                    removed.append("JFIF thumbnail")
                out += b"\xff\xe0" + struct.pack(">H", len(kept) + 2) + kept
            else:
                out += data[pos - 2:end]
        else:
            removed.append("COM" if marker == _COM else f"APP{marker - _APP0}")
        pos = end


# -- PNG -----------------------------------------------------------------------------------------------


def _damaged_png() -> MediaMetadataError:
    return MediaMetadataError(_("The PNG image is damaged; it was not imported."))


def _strip_png(data: bytes) -> StripResult:
    out = bytearray(_PNG_SIGNATURE)
    removed: list[str] = []
    pos, n = len(_PNG_SIGNATURE), len(data)
    seen_header = False
    while True:
        if pos + 12 > n:
            raise _damaged_png()
        length, ctype = struct.unpack_from(">I4s", data, pos)
        end = pos + 12 + length
        if length > 0x7FFFFFFF or end > n or not ctype.isalpha():
            raise _damaged_png()
        if not seen_header and ctype != b"IHDR":
            raise _damaged_png()
        seen_header = True
        (crc,) = struct.unpack_from(">I", data, end - 4)
        if zlib.crc32(data[pos + 4:end - 4]) != crc:
            raise _damaged_png()
        if ctype in _PNG_DROP:
            removed.append(ctype.decode("ascii"))
        else:
            out += data[pos:end]
        pos = end
        if ctype == b"IEND":
            if pos < n:
                removed.append("trailer")
            return StripResult(bytes(out), supported=True, removed=tuple(removed))
