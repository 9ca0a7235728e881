"""Metadata stripping of JPEG and PNG: the metadata goes, the image data stays byte for byte."""

from __future__ import annotations

import contextlib
import struct
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake_app.errors import IntakeError
from intake_app.media.metadata import MediaMetadataError, strip_metadata, strip_metadata_result

GPS_MARKER = b"GPSLatitude=42.8841N;CANARY-SAFEHOUSE"
SCAN_DATA = bytes(range(0, 0xFF)).replace(b"\xff", b"") + b"\xff\x00\x12\x34\xff\xd3\x56\x78"


def segment(marker: int, payload: bytes) -> bytes:
    return bytes((0xFF, marker)) + struct.pack(">H", len(payload) + 2) + payload


def sos_and_scan() -> bytes:
    header = segment(0xDA, b"\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00")
    return header + SCAN_DATA


def build_jpeg(*, extra_segments: list[bytes], trailer: bytes = b"") -> bytes:
    jfif = segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00")
    dqt = segment(0xDB, b"\x00" + bytes(range(1, 65)))
    sof = segment(0xC0, b"\x08\x00\x10\x00\x10\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01")
    dht = segment(0xC4, b"\x00" + b"\x00" * 15 + b"\x01")
    return (b"\xff\xd8" + jfif + b"".join(extra_segments) + dqt + sof + dht + sos_and_scan()
            + b"\xff\xd9" + trailer)


def exif_app1() -> bytes:
    tiff = b"MM\x00\x2a\x00\x00\x00\x08" + GPS_MARKER
    return segment(0xE1, b"Exif\x00\x00" + tiff)


def png_chunk(ctype: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + ctype + data + struct.pack(">I", zlib.crc32(ctype + data))


def build_png(extra: list[bytes]) -> bytes:
    ihdr = png_chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
    idat = png_chunk(b"IDAT", zlib.compress(b"\x00\x7f"))
    return b"\x89PNG\r\n\x1a\n" + ihdr + b"".join(extra) + idat + png_chunk(b"IEND", b"")


# -- JPEG ----------------------------------------------------------------------------------------------


def test_jpeg_exif_with_gps_is_removed_and_scan_is_unchanged():
    original = build_jpeg(extra_segments=[exif_app1()])
    assert GPS_MARKER in original
    result = strip_metadata_result(original, "image/jpeg")
    assert result.supported and result.stripped
    assert "APP1" in result.removed
    assert GPS_MARKER not in result.data
    assert sos_and_scan() + b"\xff\xd9" in result.data
    scan_at = result.data.index(b"\xff\xda")
    assert result.data[scan_at:] == original[original.index(b"\xff\xda"):]
    assert result.data.startswith(b"\xff\xd8\xff\xe0")  # JFIF kept first


def test_jpeg_drops_xmp_iptc_comments_and_vendor_segments_keeps_icc_and_adobe():
    xmp = segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta>Seoul</x:xmpmeta>")
    iptc = segment(0xED, b"Photoshop 3.0\x008BIM caption-secret")
    comment = segment(0xFE, b"taken at the safe house")
    mpf = segment(0xE2, b"MPF\x00second-image")
    icc = segment(0xE2, b"ICC_PROFILE\x00\x01\x01profile-bytes")
    adobe = segment(0xEE, b"Adobe\x00\x64\x00\x00\x00\x00\x01")
    samsung = segment(0xE9, b"vendor serial 1234")
    original = build_jpeg(extra_segments=[xmp, iptc, comment, mpf, icc, adobe, samsung])
    cleaned = strip_metadata(original, "image/jpeg")
    for secret in (b"Seoul", b"caption-secret", b"safe house", b"second-image", b"vendor serial"):
        assert secret not in cleaned
    assert icc in cleaned
    assert adobe in cleaned


def test_jpeg_trailer_after_eoi_and_jfif_thumbnail_are_removed():
    thumb = b"JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x01\x01" + b"THUMBRGB"[:3]
    original = (b"\xff\xd8" + segment(0xE0, thumb) + build_jpeg(extra_segments=[])[2:]
                + b"appended-motion-photo")
    cleaned = strip_metadata(original, "image/jpeg")
    assert cleaned.endswith(b"\xff\xd9")
    assert b"appended-motion-photo" not in cleaned
    assert b"THU" not in cleaned


def test_jpeg_restart_markers_and_fill_bytes_are_kept():
    original = build_jpeg(extra_segments=[exif_app1()])
    cleaned = strip_metadata(original, "image/jpeg")
    assert b"\xff\xd3\x56\x78" in cleaned


def test_progressive_jpeg_with_metadata_between_scans():
    scan2 = segment(0xDA, b"\x01\x01\x00\x00\x3f\x00") + b"\x01\x02\x03"
    original = build_jpeg(extra_segments=[])
    at_eoi = original.rindex(b"\xff\xd9")
    progressive = original[:at_eoi] + segment(0xFE, b"between-scans") + scan2 + b"\xff\xd9"
    cleaned = strip_metadata(progressive, "image/jpeg")
    assert b"between-scans" not in cleaned
    assert scan2 + b"\xff\xd9" in cleaned


def test_clean_jpeg_is_returned_identical():
    original = build_jpeg(extra_segments=[])
    result = strip_metadata_result(original, "image/jpeg")
    assert result.data == original
    assert result.supported and not result.stripped


@pytest.mark.parametrize("damage", [
    lambda d: d[:3],                                      # cut inside the first marker
    lambda d: d[:40],                                     # cut inside a segment
    lambda d: d[:d.index(b"\xff\xda") + 14],              # cut inside the scan: no EOI
    lambda d: d[:4] + b"\xff\xff" + d[6:],                # impossible segment length
    lambda d: b"\xff\xd8\x00\x00" + d[2:],                # no marker where one must be
    lambda d: b"\xff\xd8" + segment(0xE1, b"x")[:3] + b"\x00\x01",  # length shorter than itself
])
def test_malformed_jpeg_raises_a_clear_error(damage):
    data = damage(build_jpeg(extra_segments=[exif_app1()]))
    with pytest.raises(MediaMetadataError) as excinfo:
        strip_metadata(data, "image/jpeg")
    assert isinstance(excinfo.value, IntakeError)
    assert excinfo.value.message


# -- PNG -----------------------------------------------------------------------------------------------


def test_png_text_time_and_exif_chunks_are_removed():
    extra = [
        png_chunk(b"tEXt", b"Comment\x00" + GPS_MARKER),
        png_chunk(b"iTXt", b"XML:com.adobe.xmp\x00\x00\x00\x00\x00<gps>Tumen</gps>"),
        png_chunk(b"zTXt", b"Author\x00\x00" + zlib.compress(b"Kim")),
        png_chunk(b"tIME", b"\x07\xe8\x03\x0e\x0c\x00\x00"),
        png_chunk(b"eXIf", b"MM\x00\x2a" + GPS_MARKER),
        png_chunk(b"pHYs", b"\x00\x00\x0b\x13\x00\x00\x0b\x13\x01"),
    ]
    original = build_png(extra)
    result = strip_metadata_result(original, "image/png")
    assert result.supported
    assert set(result.removed) == {"tEXt", "iTXt", "zTXt", "tIME", "eXIf"}
    assert GPS_MARKER not in result.data
    assert b"Tumen" not in result.data
    assert extra[-1] in result.data  # pHYs: how to draw, kept
    assert result.data == build_png([extra[-1]])


@pytest.mark.parametrize("damage", [
    lambda d: d[:20],                                    # cut inside IHDR
    lambda d: d[:-12],                                   # no IEND
    lambda d: d[:8] + png_chunk(b"IDAT", b"x") + d[8:],  # IHDR not first
    lambda d: d[:29] + b"\x00" + d[30:],                 # CRC mismatch
    lambda d: d[:8] + b"\xff\xff\xff\xff" + d[12:],      # absurd length
])
def test_malformed_png_raises(damage):
    with pytest.raises(MediaMetadataError):
        strip_metadata(damage(build_png([])), "image/png")


# -- other kinds ---------------------------------------------------------------------------------------


def test_unknown_kinds_come_back_unchanged_and_flagged():
    audio = b"ID3\x03\x00\x00\x00\x00\x00\x00" + b"\x00" * 50
    result = strip_metadata_result(audio, "audio/mpeg")
    assert result.data == audio
    assert not result.supported and not result.stripped


def test_declared_image_without_signature_is_refused():
    with pytest.raises(MediaMetadataError):
        strip_metadata(b"not an image at all", "image/jpeg")


def test_signature_wins_over_a_wrong_media_type():
    original = build_jpeg(extra_segments=[exif_app1()])
    assert GPS_MARKER not in strip_metadata(original, "application/octet-stream")


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300), st.sampled_from(["image/jpeg", "image/png"]))
def test_arbitrary_bytes_never_hang_or_crash(tail, kind):
    head = b"\xff\xd8" if kind == "image/jpeg" else b"\x89PNG\r\n\x1a\n"
    try:
        result = strip_metadata_result(head + tail, kind)
    except MediaMetadataError:
        return
    assert result.supported


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=2, max_value=400))
def test_truncated_real_jpeg_never_hangs(cut):
    data = build_jpeg(extra_segments=[exif_app1()])[:cut]
    with contextlib.suppress(MediaMetadataError):
        strip_metadata(data, "image/jpeg")
