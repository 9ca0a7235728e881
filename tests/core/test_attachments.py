"""Attachments: chunked in and out, hashed, deduplicated, removed with their bytes."""

from __future__ import annotations

import hashlib
import io
import tracemalloc

from intake_app.vault.attachments import CHUNK_SIZE, AttachmentStore
from intake_app.vault.records import RecordStore
from intake_app.vault.vault import Vault
from tests.core.helpers import make_case


class _Pattern(io.RawIOBase):
    """A deterministic stream of `size` bytes that never exists in memory as a whole."""

    def __init__(self, size: int) -> None:
        self.left = size
        self.counter = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        n = min(len(buffer), self.left, 65536)
        if n <= 0:
            return 0
        block = hashlib.sha256(self.counter.to_bytes(8, "big")).digest() * (n // 32 + 1)
        buffer[:n] = block[:n]
        self.counter += 1
        self.left -= n
        return n


def test_round_trip_and_metadata(vault: Vault) -> None:
    case = make_case(RecordStore(vault))
    store = AttachmentStore(vault)
    payload = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10_000
    att = store.add(case.id, io.BytesIO(payload), filename="/home/user/scan.png")
    assert att.filename == "scan.png" and att.media_type == "image/png"
    assert att.size == len(payload) and att.sha256 == hashlib.sha256(payload).hexdigest()
    assert store.read_bytes(att.sha256) == payload
    assert [a.id for a in store.for_owner(case.id)] == [att.id]


def test_fifty_megabytes_in_and_out_with_bounded_memory(vault: Vault) -> None:
    case = make_case(RecordStore(vault))
    store = AttachmentStore(vault)
    size = 50 * 1024 * 1024
    tracemalloc.start()
    att = store.add(case.id, io.BufferedReader(_Pattern(size), buffer_size=CHUNK_SIZE), filename="audio.ogg")
    digest = hashlib.sha256()
    for chunk in store.iter_chunks(att.sha256):
        digest.update(chunk)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert att.size == size
    assert digest.hexdigest() == att.sha256
    assert peak < 16 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB for a 50 MB attachment"


def test_same_bytes_stored_once_and_removed_when_unused(vault: Vault) -> None:
    case = make_case(RecordStore(vault))
    store = AttachmentStore(vault)
    a = store.add(case.id, io.BytesIO(b"same"), filename="a.jpg")
    b = store.add(case.id, io.BytesIO(b"same"), filename="b.jpg")
    with vault.reading() as conn:
        assert conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 1
    store.remove(a.id)
    assert store.has_blob(b.sha256)
    store.remove(b.id)
    assert not store.has_blob(b.sha256)
    with vault.reading() as conn:
        assert conn.execute("SELECT count(*) FROM blob_chunks").fetchone()[0] == 0
