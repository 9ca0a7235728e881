"""The bundle's building blocks: padding, tar headers, manifest, age header policy, the age worker."""

from __future__ import annotations

import hashlib
import io
import os
import tarfile
from pathlib import Path

import pyrage
import pytest
from pyrage import x25519

from intake_app.crypto.signing import SigningKey, verify
from intake_app.sync import age_stream, child, manifest, padding, tarstream
from intake_app.sync.age_stream import AgeOutcome, check_header
from intake_app.sync.limits import Limits
from intake_app.sync.writer import BundlePlan, build_manifest, tar_stream

# -- padding --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("length", [0, 1, 511, 65_536, 65_537, 1_000_000, 123_456_789, 3_000_000_000])
def test_padding_is_a_bounded_bucket_of_whole_blocks(length: int) -> None:
    size = padding.padded_size(length)
    assert size >= max(length, padding.MIN_PADDED)
    assert size % padding.BLOCK == 0
    if length > padding.MIN_PADDED:
        assert size <= length * 1.12 + padding.BLOCK


def test_padding_hides_small_differences() -> None:
    sizes = {padding.padded_size(n) for n in range(5_000_000, 5_300_000, 1_000)}
    assert len(sizes) <= 3  # three hundred lengths, a handful of buckets


# -- tar ------------------------------------------------------------------------------------------------------

def test_member_header_says_nothing_about_the_sender() -> None:
    block = tarstream.member_header("records.ndjson", 10)
    info = tarfile.TarInfo.frombuf(block, "ascii", "strict")
    assert (info.mtime, info.uid, info.gid, info.uname, info.gname, info.mode) == (0, 0, 0, "", "", 0o600)
    assert tarstream.parse_header(block) == tarstream.Member("records.ndjson", 10)


@pytest.mark.parametrize("name", ["../records.ndjson", "/etc/passwd", "attachments/../../x", "attachments/ABC",
                                  "records.ndjson/", "./manifest.json", "attachments/" + "A" * 64])
def test_foreign_names_are_refused(name: str) -> None:
    info = tarfile.TarInfo(name)
    with pytest.raises(tarstream.TarFormatError) as caught:
        tarstream.parse_header(info.tobuf(format=tarfile.USTAR_FORMAT))
    assert caught.value.kind in ("name", "format")


@pytest.mark.parametrize("kind", [tarfile.SYMTYPE, tarfile.LNKTYPE, tarfile.CHRTYPE, tarfile.BLKTYPE,
                                  tarfile.FIFOTYPE, tarfile.DIRTYPE, tarfile.CONTTYPE])
def test_special_entries_are_refused(kind: bytes) -> None:
    info = tarfile.TarInfo("records.ndjson")
    info.type = kind
    info.linkname = "/etc/shadow" if kind in (tarfile.SYMTYPE, tarfile.LNKTYPE) else ""
    with pytest.raises(tarstream.TarFormatError) as caught:
        tarstream.parse_header(info.tobuf(format=tarfile.USTAR_FORMAT))
    assert caught.value.kind == "type"


def test_pax_and_gnu_headers_are_refused() -> None:
    info = tarfile.TarInfo("records.ndjson")
    info.pax_headers = {"path": "../../etc/passwd"}
    pax = info.tobuf(format=tarfile.PAX_FORMAT)
    with pytest.raises(tarstream.TarFormatError):
        tarstream.parse_header(pax[:512])
    big = tarfile.TarInfo("records.ndjson")
    big.size = 1 << 40
    with pytest.raises(tarstream.TarFormatError):
        tarstream.parse_header(big.tobuf(format=tarfile.GNU_FORMAT)[:512])


def test_bad_checksum_is_refused() -> None:
    block = bytearray(tarstream.member_header("manifest.json", 5))
    block[0] ^= 1
    with pytest.raises(tarstream.TarFormatError):
        tarstream.parse_header(bytes(block))


# -- manifest -------------------------------------------------------------------------------------------------

def _plan(records: bytes = b"", attachments: dict[str, int] | None = None) -> BundlePlan:
    return BundlePlan(bundle_id="0b0b0b0b-0000-4000-8000-000000000001", created_at="2026-01-01T00:00:00Z",
                      device_id="0d0d0d0d-0000-4000-8000-000000000002", sequence=2, counter_after=5,
                      counter_through=9, full=False, previous_sequence=1, previous_sha256="ab" * 32,
                      recipients=[str(x25519.Identity.generate().to_public())], records=records,
                      record_count=records.count(b"\n"), attachments=attachments or {},
                      device_age_recipient=str(x25519.Identity.generate().to_public()), audit_length=4,
                      audit_head="ef" * 32, audit_at_previous=(2, "01" * 32))


def test_manifest_is_signed_with_the_trusted_comment_and_checks_its_schema() -> None:
    key = SigningKey.generate()
    blob = hashlib.sha256(b"photo").hexdigest()
    value, data, signature = build_manifest(_plan(b"{}\n", {blob: 5}), key)
    comment = verify(key.public, data, signature.decode())
    assert comment == f"bundle {value.bundle_id} device {value.device_id} seq 2"
    assert manifest.claimed_by_signature(signature.decode()) == (value.bundle_id, value.device_id, 2)
    parsed = manifest.Manifest.from_json(value.to_json())
    assert parsed == value
    assert parsed.attachments[blob].size == 5
    broken = value.to_json()
    broken["entries"][1]["sha256"] = "cd" * 32  # an attachment not named by its hash
    with pytest.raises(manifest.ManifestError):
        manifest.Manifest.from_json(broken)
    broken = value.to_json() | {"extra": 1}
    with pytest.raises(manifest.ManifestError):
        manifest.Manifest.from_json(broken)
    assert parsed.audit_at_previous == (2, "01" * 32) and parsed.audit_length == 4
    with pytest.raises(manifest.OldFormat) as old:
        manifest.Manifest.from_json(value.to_json() | {"format_version": 1})
    assert not old.value.newer


def test_tar_stream_is_readable_by_tarfile_and_padded() -> None:
    key = SigningKey.generate()
    photo = os.urandom(3000)
    sha = hashlib.sha256(photo).hexdigest()
    plan = _plan(b'{"a":1}\n', {sha: len(photo)})
    _value, data, signature = build_manifest(plan, key)
    stream = b"".join(tar_stream(plan, data, signature, lambda _sha: [photo[:1000], photo[1000:]]))
    assert len(stream) == padding.MIN_PADDED  # a small bundle fills the smallest bucket, with zeros
    assert stream.endswith(bytes(10_000))
    with tarfile.open(fileobj=io.BytesIO(stream)) as tar:
        names = tar.getnames()
        assert tar.extractfile("attachments/" + sha).read() == photo  # type: ignore[union-attr]
    # The signed manifest comes first: the reader checks the sender before anything else.
    assert names == ["manifest.json", "manifest.minisig", "records.ndjson", "attachments/" + sha]


# -- age header policy ----------------------------------------------------------------------------------------

def _encrypted(data: bytes = b"hello") -> tuple[bytes, x25519.Identity]:
    identity = x25519.Identity.generate()
    return pyrage.encrypt(data, [identity.to_public()]), identity


def test_header_check_accepts_what_pyrage_writes() -> None:
    data, _identity = _encrypted()
    length = check_header(data)
    assert data[:length].endswith(b"\n") and b"--- " in data[:length]


def test_scrypt_and_armor_are_refused_unopened() -> None:
    scrypt = pyrage.passphrase.encrypt(b"secret", "a passphrase")
    with pytest.raises(age_stream.AgeError) as caught:
        check_header(scrypt)
    assert caught.value.outcome is AgeOutcome.UNSUPPORTED
    out = io.BytesIO()
    identity = x25519.Identity.generate()
    pyrage.encrypt_io(io.BytesIO(b"x"), out, [identity.to_public()], armored=True)
    assert age_stream.decrypt(io.BytesIO(out.getvalue()), io.BytesIO(), [str(identity)]) is AgeOutcome.UNSUPPORTED


def test_header_size_and_stanza_count_are_limited() -> None:
    data, _identity = _encrypted()
    many = data.replace(b"age-encryption.org/v1\n", b"age-encryption.org/v1\n" + b"-> x-grease\n\n" * 40, 1)
    with pytest.raises(age_stream.AgeError) as caught:
        check_header(many)
    assert caught.value.outcome is AgeOutcome.HEADER_TOO_LARGE
    long_header = b"age-encryption.org/v1\n-> X25519 " + b"A" * 20_000 + b"\n"
    with pytest.raises(age_stream.AgeError) as caught:
        check_header(long_header, Limits(max_header_bytes=16 * 1024))
    assert caught.value.outcome is AgeOutcome.HEADER_TOO_LARGE


def test_decrypt_outcomes() -> None:
    data, identity = _encrypted(os.urandom(200_000))
    other = str(x25519.Identity.generate())
    assert age_stream.decrypt(io.BytesIO(data), io.BytesIO(), [other]) is AgeOutcome.NO_MATCH
    assert age_stream.decrypt(io.BytesIO(data[:-10]), io.BytesIO(), [str(identity)]) is AgeOutcome.DAMAGED
    flipped = bytearray(data)
    flipped[-100] ^= 1
    assert age_stream.decrypt(io.BytesIO(bytes(flipped)), io.BytesIO(), [str(identity)]) is AgeOutcome.DAMAGED
    assert age_stream.decrypt(io.BytesIO(b"not age"), io.BytesIO(), [str(identity)]) is AgeOutcome.NOT_AGE


# -- the worker ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("isolated", [True, False])
def test_encrypt_and_decrypt_through_the_worker(tmp_path: Path, isolated: bool) -> None:
    identity = x25519.Identity.generate()
    payload = os.urandom(5 * child.CHUNK + 123)
    dest = tmp_path / "out.bin"
    seen: list[int] = []
    with child.encrypting([str(identity.to_public())], dest, progress=lambda d, _t: seen.append(d),
                          total=len(payload), isolated=isolated) as job:
        for start in range(0, len(payload), 700_000):
            job.write(payload[start:start + 700_000])
        written = job.finish()
        job.keep()
    assert hashlib.sha256(dest.read_bytes()).hexdigest() == written.sha256
    assert seen and seen == sorted(seen)
    assert pyrage.decrypt(dest.read_bytes(), [identity]) == payload
    with child.decrypting([str(identity)], path=dest, isolated=isolated) as stream:
        got = stream.read_exact(len(payload) + 10)
        assert stream.finish() is AgeOutcome.OK
    assert got == payload
    ciphertext = dest.read_bytes()
    chunks = [ciphertext[i:i + 100_000] for i in range(0, len(ciphertext), 100_000)] + [b""]
    with child.decrypting([str(identity)], pull=lambda: chunks.pop(0), isolated=isolated) as stream:
        assert stream.read_exact(len(payload)) == payload
        assert stream.finish() is AgeOutcome.OK


def test_an_abandoned_encryption_leaves_no_file(tmp_path: Path) -> None:
    dest = tmp_path / "out.part"
    recipient = str(x25519.Identity.generate().to_public())
    with pytest.raises(RuntimeError), child.encrypting([recipient], dest) as job:
        job.write(b"x" * 1000)
        raise RuntimeError("cancelled")
    assert list(tmp_path.iterdir()) == []


def test_the_worker_stops_at_the_plaintext_limit(tmp_path: Path) -> None:
    data, identity = _encrypted(os.urandom(3 * child.CHUNK))
    (tmp_path / "b.bin").write_bytes(data)
    with pytest.raises(child.PlaintextTooLarge), \
            child.decrypting([str(identity)], path=tmp_path / "b.bin", max_bytes=child.CHUNK) as stream:
        while stream.read(child.CHUNK):
            pass


def test_a_killed_worker_is_reported(tmp_path: Path) -> None:
    data, identity = _encrypted(os.urandom(4 * child.CHUNK))
    (tmp_path / "b.bin").write_bytes(data)
    with child.decrypting([str(identity)], path=tmp_path / "b.bin") as stream:
        stream.read(10)
        stream._worker._process.kill()  # as the OOM killer would
        with pytest.raises((child.ChildFailed, child.PlaintextTooLarge)):
            while stream.read(child.CHUNK):
                pass
            stream.finish()
