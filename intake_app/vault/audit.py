"""An append-only audit log whose entries are chained by SHA-256, so an edit or a removal shows.

Entries name what happened to which record (ids and versions), never the record's content.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from intake_app.domain.models import utc_now
from intake_app.vault.connection import Connection

GENESIS = b"\x00" * 32


def _entry_hash(prev: bytes, seq: int, at: str, action: str, record_type: str | None,
                record_id: str | None, version: str | None, detail: str) -> bytes:
    body = json.dumps([seq, at, action, record_type, record_id, version, detail],
                      ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(prev + body).digest()


def append(conn: Connection, action: str, *, record_type: str | None = None, record_id: str | None = None,
           version: str | None = None, detail: str = "") -> None:
    """Append one entry; call inside the transaction of the change it describes."""
    row = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (row[0] + 1, bytes(row[1])) if row else (1, GENESIS)
    at = utc_now()
    digest = _entry_hash(prev, seq, at, action, record_type, record_id, version, detail)
    conn.execute(
        "INSERT INTO audit (seq, at, action, record_type, record_id, version, detail, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, action, record_type, record_id, version, detail, prev, digest),
    )


@dataclass(frozen=True)
class AuditReport:
    entries: int
    first_broken: int | None  # sequence number of the first entry that does not fit the chain

    @property
    def ok(self) -> bool:
        return self.first_broken is None


def verify(conn: Connection) -> AuditReport:
    prev = GENESIS
    expected_seq = 1
    count = 0
    for seq, at, action, rtype, rid, version, detail, prev_hash, digest in conn.execute(
        "SELECT seq, at, action, record_type, record_id, version, detail, prev_hash, hash"
        " FROM audit ORDER BY seq"
    ):
        count += 1
        recomputed = _entry_hash(prev, seq, at, action, rtype, rid, version, detail)
        if seq != expected_seq or bytes(prev_hash) != prev or bytes(digest) != recomputed:
            return AuditReport(entries=count, first_broken=seq)
        prev = bytes(digest)
        expected_seq += 1
    return AuditReport(entries=count, first_broken=None)


def head(conn: Connection) -> str:
    row = conn.execute("SELECT hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return bytes(row[0]).hex() if row else GENESIS.hex()
