"""Hostile bundles: each is refused (or quarantined) and leaves HQ's vault content exactly as it was."""

from __future__ import annotations

import hashlib
import json
import os
import tarfile
import time
from pathlib import Path

import pytest
from pyrage import x25519

from intake_app.crypto.signing import SigningKey
from intake_app.hq import devices
from intake_app.hq.importer import ImportOutcome, import_bundle, import_quarantined
from intake_app.hq.quarantine import list_quarantined
from intake_app.sync.age_stream import AgeOutcome
from intake_app.sync.export import export_bundle
from intake_app.sync.limits import Limits
from intake_app.sync.refusal import Refusal
from intake_app.vault.records import RecordStore
from tests.core.bundle_helpers import add_records, content_digest, crafted_for, make_field, make_hq, record_line

DATA = Path(__file__).parent / "data"


@pytest.fixture
def setup(tmp_path: Path):  # type: ignore[no-untyped-def]
    """An HQ that already imported one bundle of an approved field device (so there is content to protect)."""
    hq, profile = make_hq(tmp_path / "hq")
    field_vault = make_field(tmp_path / "field", hq, profile)
    add_records(field_vault, 3, attachment=os.urandom(200_000))
    out = tmp_path / "stick"
    out.mkdir()
    first = export_bundle(field_vault, out)
    assert import_bundle(hq, first.path).outcome is ImportOutcome.IMPORTED
    add_records(field_vault, 1)
    second = export_bundle(field_vault, out)  # not imported: the raw material of the attacks
    yield hq, field_vault, profile, second.path, tmp_path
    field_vault.close()
    hq.close()


def _lines(field_vault) -> bytes:  # type: ignore[no-untyped-def]
    return b"".join(record_line(env) for env in RecordStore(field_vault).iter_envelopes()
                    if env["type"] != "attachment" and env["parent"] is None)


def _refused(hq, path: Path, reason: object, **kw: object) -> None:  # type: ignore[no-untyped-def]
    before = content_digest(hq)
    result = import_bundle(hq, path, **kw)  # type: ignore[arg-type]
    assert result.outcome is ImportOutcome.REFUSED, result.message
    assert result.reason is reason, result.message
    assert result.detail and result.message.startswith(path.name)
    assert content_digest(hq) == before


def test_a_flipped_byte_anywhere(setup) -> None:  # type: ignore[no-untyped-def]
    hq, _field, _profile, bundle, tmp_path = setup
    data = bundle.read_bytes()
    header_end = data.index(b"\n---") + 1
    positions = [0, 5, 30, 60, header_end + 10, header_end + 50, header_end + 70, header_end + 200,
                 len(data) // 3, len(data) // 2, len(data) - 17, len(data) - 1]
    for n, pos in enumerate(positions):
        flipped = bytearray(data)
        flipped[pos] ^= 0x01 << (n % 8)
        path = tmp_path / f"flipped{n}.bin"
        path.write_bytes(bytes(flipped))
        before = content_digest(hq)
        result = import_bundle(hq, path)
        assert result.outcome is ImportOutcome.REFUSED, (pos, result.message)
        assert isinstance(result.reason, AgeOutcome), (pos, result.message)
        assert content_digest(hq) == before
    assert import_bundle(hq, bundle).outcome is ImportOutcome.IMPORTED  # the intact file still imports


def test_a_truncated_file(setup) -> None:  # type: ignore[no-untyped-def]
    hq, _field, _profile, bundle, tmp_path = setup
    data = bundle.read_bytes()
    for n, cut in enumerate([0, 10, 100, len(data) // 2, len(data) - 1]):
        path = tmp_path / f"cut{n}.bin"
        path.write_bytes(data[:cut])
        before = content_digest(hq)
        assert import_bundle(hq, path).outcome is ImportOutcome.REFUSED
        assert content_digest(hq) == before


def test_for_another_recipient_and_passphrase_files(setup) -> None:  # type: ignore[no-untyped-def]
    hq, field_vault, _profile, _bundle, tmp_path = setup
    crafted = crafted_for(field_vault, hq, sequence=2, records=_lines(field_vault))
    crafted.recipients = [str(x25519.Identity.generate().to_public())]
    _refused(hq, crafted.write(tmp_path / "other.bin"), AgeOutcome.NO_MATCH)
    # Made once with pyrage.passphrase.encrypt (scrypt takes seconds, by design); refused before any scrypt work.
    _refused(hq, DATA / "passphrase.age", AgeOutcome.UNSUPPORTED)
    plain = tmp_path / "plain.tar"
    plain.write_bytes(crafted.tar())
    _refused(hq, plain, AgeOutcome.NOT_AGE)
    _refused(hq, tmp_path, Refusal.NOT_A_FILE)
    _refused(hq, tmp_path / "missing.bin", Refusal.UNREADABLE)
    big = tmp_path / "big.bin"
    with big.open("wb") as fh:
        fh.truncate(10_000)
    _refused(hq, big, Refusal.TOO_LARGE, limits=Limits(max_bundle_bytes=5_000))


def test_bad_signature_and_foreign_records(setup) -> None:  # type: ignore[no-untyped-def]
    hq, field_vault, _profile, _bundle, tmp_path = setup
    lines = _lines(field_vault)
    forged = crafted_for(field_vault, hq, sequence=2, records=lines, signer=SigningKey.generate())
    _refused(hq, forged.write(tmp_path / "forged.bin"), Refusal.BAD_SIGNATURE)
    other_key = crafted_for(field_vault, hq, sequence=2, records=lines)
    other_key.key = SigningKey.generate()  # signs consistently, with a key HQ never approved
    _refused(hq, other_key.write(tmp_path / "otherkey.bin"), Refusal.BAD_SIGNATURE)
    envelope = json.loads(lines.split(b"\n")[0])["record"]
    envelope["version"]["device"] = "00000000-0000-4000-8000-000000000000"
    foreign = crafted_for(field_vault, hq, records=record_line(envelope), sequence=5)
    _refused(hq, foreign.write(tmp_path / "foreign.bin"), Refusal.RECORD_FOREIGN)
    no_manifest = crafted_for(field_vault, hq, sequence=2, records=lines)
    tar = no_manifest.tar()
    cut = tar.index(b"manifest.json")
    stripped = tar[:cut] + bytes(len(tar) - cut)  # manifest, signature and all after them zeroed
    _refused(hq, no_manifest.write(tmp_path / "nomanifest.bin", stripped), Refusal.MISSING_ENTRY)


def test_unknown_device_is_quarantined_then_imported_on_approval(setup) -> None:  # type: ignore[no-untyped-def]
    hq, _field, profile, _bundle, tmp_path = setup
    stranger = make_field(tmp_path / "stranger", hq, profile, approve=False)
    add_records(stranger, 2, attachment=b"stranger's photo")
    out = tmp_path / "stranger-stick"
    out.mkdir()
    path = export_bundle(stranger, out).path
    records_before = content_digest(hq, ledger=False)
    result = import_bundle(hq, path)
    assert result.outcome is ImportOutcome.QUARANTINED, result.message
    assert content_digest(hq, ledger=False) == records_before
    assert import_bundle(hq, path).outcome is ImportOutcome.QUARANTINED  # kept once
    assert [q.device_id for q in list_quarantined(hq)] == [stranger.info.device_id]
    path.unlink()  # the stick is gone: the vault kept the bundle
    devices.approve(hq, device_id=stranger.info.device_id)
    results = import_quarantined(hq, stranger.info.device_id)
    assert [r.outcome for r in results] == [ImportOutcome.IMPORTED]
    assert list_quarantined(hq) == []
    assert RecordStore(hq).count("attachment") == 2
    stranger.close()


def test_replay_and_revoked_device(setup) -> None:  # type: ignore[no-untyped-def]
    hq, field_vault, _profile, bundle, tmp_path = setup
    out = tmp_path / "stick"
    newer = export_bundle(field_vault, out).path  # sequence 3, carries everything of sequence 2
    assert import_bundle(hq, newer).outcome is ImportOutcome.IMPORTED
    late = import_bundle(hq, bundle)  # sequence 2 after 3: its versions are kept, no head goes back
    assert late.outcome is ImportOutcome.IMPORTED and late.late and late.updated == 0, late.message
    again = crafted_for(field_vault, hq, sequence=1, records=_lines(field_vault))  # a number already used
    _refused(hq, again.write(tmp_path / "replay.bin"), Refusal.REPLAY)
    devices.revoke(hq, field_vault.info.device_id)
    add_records(field_vault, 1)
    _refused(hq, export_bundle(field_vault, out).path, Refusal.REVOKED)


@pytest.mark.parametrize(("name", "kind", "reason"), [
    ("../records.ndjson", tarfile.REGTYPE, Refusal.ENTRY_NOT_ALLOWED),
    ("/etc/passwd", tarfile.REGTYPE, Refusal.ENTRY_NOT_ALLOWED),
    ("attachments/../../home/x", tarfile.REGTYPE, Refusal.ENTRY_NOT_ALLOWED),
    ("attachments/" + "a" * 64, tarfile.SYMTYPE, Refusal.ENTRY_TYPE),
    ("attachments/" + "b" * 64, tarfile.LNKTYPE, Refusal.ENTRY_TYPE),
    ("attachments/" + "c" * 64, tarfile.CHRTYPE, Refusal.ENTRY_TYPE),
    ("records.ndjson", tarfile.REGTYPE, Refusal.DUPLICATE_ENTRY),
])
def test_tar_entries_that_are_not_ours(setup, name: str, kind: bytes, reason: Refusal) -> None:  # type: ignore[no-untyped-def]
    hq, field_vault, _profile, _bundle, tmp_path = setup
    info = tarfile.TarInfo(name)
    info.type = kind
    payload = b"" if kind != tarfile.REGTYPE else b"evil\n"
    info.size = len(payload)
    if kind in (tarfile.SYMTYPE, tarfile.LNKTYPE):
        info.linkname = "/etc/shadow"
    if kind == tarfile.CHRTYPE:
        info.devmajor, info.devminor = 1, 3
    crafted = crafted_for(field_vault, hq, sequence=2, records=_lines(field_vault), extra_members=[(info, payload)])
    _refused(hq, crafted.write(tmp_path / "evil.bin"), reason)


def test_an_entry_larger_than_the_manifest_says(setup) -> None:  # type: ignore[no-untyped-def]
    hq, field_vault, _profile, _bundle, tmp_path = setup
    lines = _lines(field_vault)
    smaller = {"name": "records.ndjson", "size": len(lines), "sha256": hashlib.sha256(lines).hexdigest()}
    extra = record_line(json.loads(lines.split(b"\n")[0])["record"])
    crafted = crafted_for(field_vault, hq, sequence=2, records=lines + extra, manifest_override={
        "entries": [smaller], "record_count": lines.count(b"\n")})
    _refused(hq, crafted.write(tmp_path / "larger.bin"), Refusal.ENTRY_MISMATCH)
    photo = b"photo bytes"
    sha = hashlib.sha256(photo).hexdigest()
    crafted = crafted_for(field_vault, hq, sequence=2, records=lines, attachments={sha: photo + b" and more"})
    crafted.manifest_override = {"entries": [
        {"name": "records.ndjson", "size": len(lines), "sha256": hashlib.sha256(lines).hexdigest()},
        {"name": f"attachments/{sha}", "size": len(photo), "sha256": sha}]}
    _refused(hq, crafted.write(tmp_path / "attach.bin"), Refusal.ENTRY_MISMATCH)  # its tar size differs
    wrong = crafted_for(field_vault, hq, sequence=2, records=lines, attachments={sha: b"other bytes"})
    wrong.manifest_override = {"entries": [
        {"name": "records.ndjson", "size": len(lines), "sha256": hashlib.sha256(lines).hexdigest()},
        {"name": f"attachments/{sha}", "size": len(b"other bytes"), "sha256": sha}]}
    _refused(hq, wrong.write(tmp_path / "wrong.bin"), Refusal.ATTACHMENT_INVALID)


def test_expansion_bombs(setup) -> None:  # type: ignore[no-untyped-def]
    hq, field_vault, _profile, _bundle, tmp_path = setup
    huge = tarfile.TarInfo("attachments/" + "d" * 64)
    huge.size = 8 * 1024**3 - 1  # claimed in the header; the bytes are not even there
    crafted = crafted_for(field_vault, hq, sequence=2, records=_lines(field_vault), extra_members=[(huge, b"")])
    _refused(hq, crafted.write(tmp_path / "claimed.bin"), Refusal.ENTRY_TOO_LARGE)
    zeros = bytes(16 * 1024 * 1024)
    crafted = crafted_for(field_vault, hq, sequence=2, records=_lines(field_vault),
                          attachments={hashlib.sha256(zeros).hexdigest(): zeros})
    started = time.monotonic()
    _refused(hq, crafted.write(tmp_path / "zeros.bin"), Refusal.ENTRY_TOO_LARGE,
             limits=Limits(max_entry_bytes=1024 * 1024))
    assert time.monotonic() - started < 10


def test_records_that_fail(setup) -> None:  # type: ignore[no-untyped-def]
    hq, field_vault, _profile, _bundle, tmp_path = setup
    envelope = json.loads(_lines(field_vault).split(b"\n")[0])["record"]
    bad = dict(envelope, data={**envelope["data"], "sex": "dragon"})
    crafted = crafted_for(field_vault, hq, records=record_line(bad), sequence=7)
    _refused(hq, crafted.write(tmp_path / "schema.bin"), Refusal.RECORD_INVALID)
    deep = b'{"record":' + b"[" * 100_000 + b"]" * 100_000 + b',"ancestors":[]}\n'
    crafted = crafted_for(field_vault, hq, records=deep, sequence=8)
    _refused(hq, crafted.write(tmp_path / "deep.bin"), Refusal.RECORD_TOO_DEEP)
    nested = dict(envelope, data={**envelope["data"], "notes": None})
    value: object = "x"
    for _ in range(40):
        value = [value]
    nested["data"]["notes"] = value
    crafted = crafted_for(field_vault, hq, records=record_line(nested), sequence=9)
    _refused(hq, crafted.write(tmp_path / "nested.bin"), Refusal.RECORD_TOO_DEEP)


def test_a_million_tiny_records_is_refused_quickly(setup) -> None:  # type: ignore[no-untyped-def]
    hq, field_vault, _profile, _bundle, tmp_path = setup
    crafted = crafted_for(field_vault, hq, sequence=2, records=b"{}\n" * 1_000_000, record_count=100_000)
    path = crafted.write(tmp_path / "million.bin")
    started = time.monotonic()
    _refused(hq, path, Refusal.TOO_MANY_RECORDS)
    assert time.monotonic() - started < 5


def test_data_after_the_archive(setup) -> None:  # type: ignore[no-untyped-def]
    hq, field_vault, _profile, _bundle, tmp_path = setup
    crafted = crafted_for(field_vault, hq, sequence=2, records=_lines(field_vault))
    tar = bytearray(crafted.tar())
    tar[-100] = 0x41  # something hidden in the padding
    _refused(hq, crafted.write(tmp_path / "trailing.bin", bytes(tar)), Refusal.TRAILING_DATA)
