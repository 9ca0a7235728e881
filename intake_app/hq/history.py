"""Every version of a record HQ holds, oldest first, with the bundle each came in.

This version reads what the vault keeps today: the lineage of version ids, the head's body, and the
bundle ledger; bodies of versions older than the head are not kept, so they come back as None.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from intake_app.vault.connection import Connection


@dataclass(frozen=True)
class VersionInfo:
    record_id: str
    record_type: str
    device: str
    counter: int
    parent: str | None          # "device:counter" of the version it descends from
    body: dict[str, Any] | None  # the envelope, where HQ holds it
    deleted: bool
    bundle_id: str | None       # None: made at HQ, or the bundle is unknown
    bundle_sha256: str | None
    imported_at: str | None
    made_at_hq: bool
    reason: str                 # why the version exists: "field", "hq_edit", "resolution"…
    is_head: bool


def record_versions(conn: Connection, record_id: str) -> list[VersionInfo]:
    """The versions of `record_id`, oldest first; empty if the vault has no such record."""
    head = conn.execute(
        "SELECT type, body, version_device, version_counter, deleted FROM records WHERE id = ?",
        (record_id,)).fetchone()
    if head is None:
        return []
    record_type, body, head_device, head_counter, head_deleted = head
    hq_device_row = conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
    hq_device = hq_device_row[0] if hq_device_row else ""
    lineage = conn.execute(
        "SELECT device, counter, parent_device, parent_counter FROM version_lineage WHERE record_id = ?",
        (record_id,)).fetchall()
    bundles = {
        (row[0], int(row[1])): (row[2], row[3], row[4])
        for row in conn.execute(
            "SELECT v.version_device, v.version_counter, l.bundle_id, l.sha256, l.imported_at"
            " FROM bundle_versions v JOIN bundle_ledger l ON l.bundle_id = v.bundle_id"
            " WHERE v.record_id = ? ORDER BY l.imported_at", (record_id,))
    }
    versions: list[VersionInfo] = []
    for device, counter, parent_device, parent_counter in _oldest_first(lineage):
        is_head = (device, counter) == (head_device, head_counter)
        bundle = bundles.get((device, int(counter)))
        made_at_hq = device == hq_device
        versions.append(VersionInfo(
            record_id=record_id, record_type=record_type, device=device, counter=int(counter),
            parent=f"{parent_device}:{parent_counter}" if parent_device else None,
            body=json.loads(body) if is_head else None,
            deleted=bool(head_deleted) if is_head else False,
            bundle_id=bundle[0] if bundle else None, bundle_sha256=bundle[1] if bundle else None,
            imported_at=bundle[2] if bundle else None, made_at_hq=made_at_hq,
            reason="hq_edit" if made_at_hq else "field", is_head=is_head))
    return versions


def _oldest_first(lineage: list[Any]) -> list[Any]:
    """Order versions by descent (parents first); ties, by device and counter, so the order is stable."""
    by_key = {(r[0], int(r[1])): r for r in lineage}
    depth: dict[tuple[str, int], int] = {}

    def depth_of(key: tuple[str, int]) -> int:
        seen = 0
        node = by_key.get(key)
        while node is not None and node[2] is not None and seen <= len(by_key):
            seen += 1
            node = by_key.get((node[2], int(node[3])))
        return seen

    for key in by_key:
        depth[key] = depth_of(key)
    return [by_key[k] for k in sorted(by_key, key=lambda k: (depth[k], k[0], k[1]))]
