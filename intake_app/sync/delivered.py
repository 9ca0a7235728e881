"""Field: which records headquarters confirmed with a receipt (for the sync screen's list)."""

from __future__ import annotations

from dataclasses import dataclass

from intake_app.vault.vault import Vault


@dataclass(frozen=True)
class DeliveredRecord:
    record_id: str
    record_type: str
    label: str
    event_date: str | None
    delivered_at: str
    changed_since: bool  # edited after the delivered version: the next export sends it again


def delivered_records(vault: Vault, limit: int = 500) -> tuple[list[DeliveredRecord], int]:
    """The most recently delivered records (at most `limit`) and how many there are in all."""
    with vault.reading() as conn:
        total = int(conn.execute("SELECT count(*) FROM delivered d JOIN records r ON r.id = d.record_id"
                                 " AND r.deleted = 0").fetchone()[0])
        rows = conn.execute(
            "SELECT r.id, r.type, r.label, r.event_date, d.delivered_at,"
            " (r.version_device != d.version_device OR r.version_counter != d.version_counter)"
            " FROM delivered d JOIN records r ON r.id = d.record_id AND r.deleted = 0"
            " ORDER BY d.delivered_at DESC, r.type, r.label LIMIT ?", (limit,)).fetchall()
    return [DeliveredRecord(r[0], r[1], r[2], r[3], r[4], bool(r[5])) for r in rows], total
