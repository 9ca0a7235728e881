"""Attachment bytes inside the vault, written and read in chunks, addressed by SHA-256.

A 50 MB recording never needs 100 MB of memory: it is hashed and stored one chunk at a time, and
read back the same way. Nothing is ever written to a temporary file.
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from intake_app.domain.models import Attachment
from intake_app.errors import IntakeError
from intake_app.i18n import _
from intake_app.vault.connection import Connection
from intake_app.vault.records import RecordStore
from intake_app.vault.vault import Vault

CHUNK_SIZE = 1 << 20
MAX_ATTACHMENT_BYTES = 2 << 30

Progress = Callable[[int, int], None]


class AttachmentError(IntakeError):
    pass


class Cancelled(IntakeError):
    pass


class AttachmentStore:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.records = RecordStore(vault)

    def put_blob(self, conn: Connection, stream: BinaryIO, *, total: int = 0, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None, expected_sha256: str | None = None) -> tuple[str, int]:
        """Store a stream as a blob inside the caller's transaction; returns (sha256, size).

        The same bytes stored twice are kept once.
        """
        cur = conn.execute("INSERT INTO blobs (sha256, size) VALUES (NULL, 0)")
        blob_rid = int(cur.lastrowid or 0)
        digest = hashlib.sha256()
        size = seq = 0
        while chunk := stream.read(CHUNK_SIZE):
            if cancelled is not None and cancelled():
                raise Cancelled(_("Cancelled."))
            size += len(chunk)
            if size > MAX_ATTACHMENT_BYTES:
                raise AttachmentError(_("The file is larger than the 2 GiB an attachment may be."))
            digest.update(chunk)
            conn.execute("INSERT INTO blob_chunks (blob_rid, seq, data) VALUES (?, ?, ?)", (blob_rid, seq, chunk))
            seq += 1
            if progress:
                progress(size, total)
        sha = digest.hexdigest()
        if expected_sha256 is not None and sha != expected_sha256:
            raise AttachmentError(_("The attachment's content does not match its checksum."))
        existing = conn.execute("SELECT rid FROM blobs WHERE sha256 = ?", (sha,)).fetchone()
        if existing:
            conn.execute("DELETE FROM blobs WHERE rid = ?", (blob_rid,))
        else:
            conn.execute("UPDATE blobs SET sha256 = ?, size = ? WHERE rid = ?", (sha, size, blob_rid))
        return sha, size

    def add(self, owner_id: str, stream: BinaryIO, *, filename: str, media_type: str | None = None,
            identifying: bool = False, caption: str = "", total: int = 0, progress: Progress | None = None,
            cancelled: Callable[[], bool] | None = None, provenance: dict[str, Any] | None = None) -> Attachment:
        """Attach bytes to a record; blob and metadata commit together. `provenance` sets the fields that say
        where the bytes came from (original_sha256, metadata, kind, derived_from: vault/attachment_import.py)."""
        if self.records.get(owner_id) is None:
            raise AttachmentError(_("The record to attach to does not exist."))
        media = media_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
        with self.vault.transaction() as conn:
            sha, size = self.put_blob(conn, stream, total=total, progress=progress, cancelled=cancelled)
            fields = dict(provenance or {})
            if provenance is not None and not fields.get("original_sha256"):
                fields["original_sha256"] = sha  # stored as picked: these bytes are the original
            record = Attachment(owner_id=owner_id, filename=Path(filename).name or "attachment",
                                media_type=media.lower(), size=size, sha256=sha, identifying=identifying,
                                caption=caption, **fields)
            saved = self.records.save(record)
        assert isinstance(saved, Attachment)  # noqa: S101 - save returns the type it was given
        return saved

    def add_file(self, owner_id: str, path: Path, **kwargs: object) -> Attachment:
        with path.open("rb") as fh:
            return self.add(owner_id, fh, filename=path.name, total=path.stat().st_size, **kwargs)  # type: ignore[arg-type]

    def has_blob(self, sha256: str) -> bool:
        with self.vault.reading() as conn:
            return conn.execute("SELECT 1 FROM blobs WHERE sha256 = ?", (sha256,)).fetchone() is not None

    def iter_chunks(self, sha256: str) -> Iterator[bytes]:
        """The blob's bytes, chunk by chunk (one chunk in memory at a time)."""
        with self.vault.reading() as conn:
            row = conn.execute("SELECT rid FROM blobs WHERE sha256 = ?", (sha256,)).fetchone()
        if row is None:
            raise AttachmentError(_("The attachment's content is missing from the vault."))
        seq = 0
        while True:
            with self.vault.reading() as conn:
                chunk = conn.execute("SELECT data FROM blob_chunks WHERE blob_rid = ? AND seq = ?",
                                     (row[0], seq)).fetchone()
            if chunk is None:
                return
            yield bytes(chunk[0])
            seq += 1

    def read_bytes(self, sha256: str) -> bytes:
        """The whole content in memory (to show an image); checked against its hash."""
        data = b"".join(self.iter_chunks(sha256))
        if hashlib.sha256(data).hexdigest() != sha256:
            raise AttachmentError(_("The attachment's content does not match its checksum."))
        return data

    def for_owner(self, owner_id: str) -> list[Attachment]:
        with self.vault.reading() as conn:
            ids = [r[0] for r in conn.execute(
                "SELECT r.id FROM record_facets f JOIN records r ON r.rid = f.rid"
                " WHERE f.facet = 'owner' AND f.value = ? AND r.deleted = 0 ORDER BY r.created_at",
                (owner_id,))]
        out = [self.records.get(i) for i in ids]
        return [a for a in out if isinstance(a, Attachment)]

    def remove(self, attachment_id: str) -> None:
        """Tombstone the attachment and drop its bytes if nothing else uses them."""
        with self.vault.transaction() as conn:
            self.records.delete(attachment_id)
            self.collect_garbage(conn)

    @staticmethod
    def collect_garbage(conn: Connection) -> int:
        """Delete blobs that no live attachment refers to (and unfinished ones); returns how many."""
        cur = conn.execute(
            "DELETE FROM blobs WHERE sha256 IS NULL OR sha256 NOT IN ("
            " SELECT f.value FROM record_facets f JOIN records r ON r.rid = f.rid"
            " WHERE f.facet = 'sha256' AND r.deleted = 0)")
        return cur.rowcount
