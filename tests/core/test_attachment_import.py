"""The attachment import service: real type by content, hash of the original, what was removed, originals."""

from __future__ import annotations

import os
import struct
import subprocess

from intake_app.vault.attachment_import import (
    AttachmentImportOutcome,
    detect_type,
    has_gps,
    import_file,
    import_files,
)
from intake_app.vault.attachments import AttachmentStore
from intake_app.vault.records import RecordStore
from tests.core.helpers import make_case
from tests.core.test_media_metadata import build_jpeg, build_png, png_chunk, segment


def _exif_with_gps() -> bytes:
    # IFD0 with one entry: tag 0x8825 (GPS IFD pointer).
    tiff = b"MM\x00\x2a\x00\x00\x00\x08" + struct.pack(">H", 1) + struct.pack(">HHII", 0x8825, 4, 1, 26) \
        + b"\x00\x00\x00\x00" + b"GPS-CANARY-SAFEHOUSE"
    return segment(0xE1, b"Exif\x00\x00" + tiff)


def test_the_original_hash_is_sha256sum_of_the_picked_file_and_what_was_removed_is_listed(vault, tmp_path):
    case = make_case(RecordStore(vault), "Plum")
    photo = tmp_path / "IMG_0001.dat"   # a renamed photo is still a photo
    photo.write_bytes(build_jpeg(extra_segments=[_exif_with_gps(), segment(0xFE, b"comment")]))
    result = import_file(AttachmentStore(vault), case.id, photo)
    assert result.outcome is AttachmentImportOutcome.STRIPPED
    attachment = result.attachment
    assert attachment is not None and attachment.media_type == "image/jpeg"
    expected = subprocess.run(["sha256sum", str(photo)], capture_output=True, text=True, check=True).stdout.split()[0]
    assert attachment.original_sha256 == expected
    assert attachment.sha256 != expected
    assert attachment.metadata == {"status": "stripped", "removed": ["APP1", "COM"], "gps": True}
    stored = AttachmentStore(vault).read_bytes(attachment.sha256)
    assert b"GPS-CANARY-SAFEHOUSE" not in stored
    assert result.original is None and attachment.derived_from is None  # the profile did not ask for originals
    assert "APP1" in result.message


def test_profile_can_keep_the_unaltered_original_as_an_identifying_attachment(vault, tmp_path):
    case = make_case(RecordStore(vault), "Plum")
    photo = tmp_path / "scan.png"
    photo.write_bytes(build_png([png_chunk(b"tEXt", b"GPSLatitude\x0042.1")]))
    result = import_file(AttachmentStore(vault), case.id, photo, keep_original=True)
    assert result.outcome is AttachmentImportOutcome.STRIPPED
    original, working = result.original, result.attachment
    assert original is not None and working is not None
    assert original.kind == "original" and original.identifying
    assert AttachmentStore(vault).read_bytes(original.sha256) == photo.read_bytes()
    assert working.derived_from == original.id and working.original_sha256 == original.sha256
    assert working.metadata["gps"] is True
    assert len(AttachmentStore(vault).for_owner(case.id)) == 2


def test_formats_that_cannot_be_cleaned_are_stored_and_said_plainly(vault, tmp_path):
    case = make_case(RecordStore(vault), "Plum")
    heic = tmp_path / "photo.jpg"  # the name lies; the content is HEIC
    heic.write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + os.urandom(100))
    result = import_file(AttachmentStore(vault), case.id, heic)
    assert result.outcome is AttachmentImportOutcome.CANNOT_STRIP
    assert result.attachment is not None and result.attachment.media_type == "image/heic"
    assert "HEIC" in result.message and "could NOT be removed" in result.message
    assert result.attachment.metadata == {"status": "cannot_strip", "removed": [], "gps": None}
    assert result.attachment.original_sha256 == result.attachment.sha256  # stored as picked


def test_damaged_and_unreadable_files_write_nothing(vault, tmp_path):
    case = make_case(RecordStore(vault), "Plum")
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(build_jpeg(extra_segments=[])[:40])
    report = import_files(AttachmentStore(vault), case.id, [str(broken), str(tmp_path / "missing.png")])
    assert [r.outcome for r in report.results] == [AttachmentImportOutcome.DAMAGED,
                                                   AttachmentImportOutcome.UNREADABLE]
    assert report.added == 0 and AttachmentStore(vault).for_owner(case.id) == []


def test_type_detection_by_content():
    assert detect_type(b"RIFF\x00\x00\x00\x00WEBPVP8 ", "x.jpg") == "image/webp"
    assert detect_type(b"%PDF-1.7", "x.png") == "application/pdf"
    assert detect_type(b"\x00\x00\x00\x20ftypisom", "clip") == "video/mp4"
    assert detect_type(b"ID3\x04", "a.bin") == "audio/mpeg"
    assert detect_type(b"hello", "notes.txt") == "text/plain"
    assert has_gps(build_jpeg(extra_segments=[])) is False
    assert has_gps(b"OggS") is None


def test_records_attach_on_the_command_line(capsys, vault, tmp_path):
    from intake_app.cli import main
    from tests.conftest import PASSPHRASE

    case = make_case(RecordStore(vault), "Plum")
    vault.close()
    photo = tmp_path / "p.jpg"
    photo.write_bytes(build_jpeg(extra_segments=[_exif_with_gps()]))
    pw = tmp_path / "pw"
    pw.write_text(PASSPHRASE + "\n")
    code = main(["--passphrase-file", str(pw), "records", "attach", case.code, str(photo), str(tmp_path / "none")])
    out = capsys.readouterr()
    expected = subprocess.run(["sha256sum", str(photo)], capture_output=True, text=True, check=True).stdout.split()[0]
    assert code == 1 and expected in out.out and "APP1" in out.out and "cannot be read" in out.err
