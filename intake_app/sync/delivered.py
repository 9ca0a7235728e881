"""Field: which records headquarters confirmed with a receipt (for the sync screen's list), and exactly which of
them a purge deletes now, with the reason each other delivered record stays.

The purge set is computed here once, shown to the user, and then passed to `receipts.purge_delivered(only=...)`,
which deletes no record outside it: what the dialog lists is what goes, never more.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from intake_app.i18n import N_, P_
from intake_app.outcomes import Outcome
from intake_app.sync import profile
from intake_app.vault.connection import Connection
from intake_app.vault.vault import Vault


@dataclass(frozen=True)
class DeliveredRecord:
    record_id: str
    record_type: str
    label: str
    event_date: str | None
    delivered_at: str
    changed_since: bool  # edited after the delivered version: the next export sends it again
    deleted: bool = False  # a deletion that was delivered (purged like any record)


_DELIVERED = ("SELECT r.id, r.type, r.label, r.event_date, d.delivered_at,"
              " (r.version_device != d.version_device OR r.version_counter != d.version_counter), r.deleted"
              " FROM delivered d JOIN records r ON r.id = d.record_id")


def delivered_records(vault: Vault, limit: int = 500) -> tuple[list[DeliveredRecord], int]:
    """The most recently delivered records (at most `limit`) and how many there are in all."""
    with vault.reading() as conn:
        total = int(conn.execute("SELECT count(*) FROM delivered d JOIN records r ON r.id = d.record_id"
                                 " AND r.deleted = 0").fetchone()[0])
        rows = conn.execute(_DELIVERED + " AND r.deleted = 0 ORDER BY d.delivered_at DESC, r.type, r.label LIMIT ?",
                            (limit,)).fetchall()
    return [DeliveredRecord(r[0], r[1], r[2], r[3], r[4], bool(r[5]), bool(r[6])) for r in rows], total


class KeptReason(Outcome):
    """Why a delivered record is not deleted by a purge now."""

    CHANGED_SINCE = "changed_since", N_("changed since it was sent: the next bundle sends it again")
    TOO_RECENT = "too_recent", N_("delivered too recently")
    NEEDED = "needed", N_("a record that stays on this laptop refers to it")

    def reason_text(self, delay_days: int) -> str:
        if self is KeptReason.TOO_RECENT:
            return P_("delivered less than {n} day ago", "delivered less than {n} days ago",
                      delay_days).format(n=delay_days)
        return self.text()


@dataclass(frozen=True)
class PurgePlan:
    """What a purge would do now: `deleted` exactly (in that order), and every other delivered record with why
    it stays. `cutoff`: records delivered at or before it are old enough (the profile's delay)."""

    cutoff: str
    delay_days: int
    deleted: list[DeliveredRecord]
    kept: list[tuple[DeliveredRecord, KeptReason]]

    @property
    def record_ids(self) -> frozenset[str]:
        return frozenset(r.record_id for r in self.deleted)

    @property
    def attachments(self) -> int:
        return sum(1 for r in self.deleted if r.record_type == "attachment")


def purge_cutoff(vault: Vault, now: datetime | None = None) -> tuple[str, int]:
    """The delivery time at or before which a record may be purged, and the profile's delay in days."""
    delay = profile.require_profile(vault).export_policy.purge_delay_days
    cutoff = ((now or datetime.now(UTC)) - timedelta(days=delay)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return cutoff, delay


def references(envelope: dict[str, Any]) -> set[str]:
    """Ids of the records this one points to (which must not disappear under it)."""
    if envelope["deleted"]:
        return set()
    data, kind = envelope["data"], envelope["type"]
    refs: set[str] = set()
    if kind == "aid":
        refs.add(data["case_id"])
    elif kind == "testimony":
        refs.add(data["witness_case_id"])
        refs.update(i["victim_case_id"] for i in data.get("incidents", []) if i.get("victim_case_id"))
    elif kind == "case":
        refs.update(h["case_id"] for h in data.get("household", []))
    elif kind == "attachment":
        refs.add(data["owner_id"])
    return refs


def purgeable(conn: Connection, cutoff: str) -> tuple[dict[str, tuple[int, str]], set[str]]:
    """Records whose delivered version is still their head, delivered at or before `cutoff`, and not needed by
    a record that stays: record id -> (row id, type); and the ids left out only because a kept record needs them."""
    candidates = {rid: (row_id, kind) for rid, row_id, kind in conn.execute(
        "SELECT r.id, r.rid, r.type FROM records r JOIN delivered d ON d.record_id = r.id"
        " AND d.version_device = r.version_device AND d.version_counter = r.version_counter"
        " WHERE d.delivered_at <= ?", (cutoff,))}
    refs = {rid: references(json.loads(body)) for rid, body in conn.execute("SELECT id, body FROM records")}
    needed_only: set[str] = set()
    changed = True
    while changed:  # a kept record keeps what it refers to, which may keep more
        changed = False
        needed = set().union(*(r for rid, r in refs.items() if rid not in candidates)) if refs else set()
        for rid in needed & candidates.keys():
            del candidates[rid]
            needed_only.add(rid)
            changed = True
    return candidates, needed_only


def purge_plan(vault: Vault, *, now: datetime | None = None) -> PurgePlan:
    """Field: exactly which delivered records a purge deletes now, and why each other one stays."""
    cutoff, delay = purge_cutoff(vault, now)
    with vault.reading() as conn:
        deleted_ids, needed = purgeable(conn, cutoff)
        # Deleted records (tombstones) too: a delivered deletion is purged like any record, and listed.
        records = [DeliveredRecord(r[0], r[1], r[2], r[3], r[4], bool(r[5]), bool(r[6])) for r in conn.execute(
            _DELIVERED + " ORDER BY d.delivered_at, r.type, r.label").fetchall()]
    deleted = [r for r in records if r.record_id in deleted_ids]
    kept: list[tuple[DeliveredRecord, KeptReason]] = []
    for record in records:
        if record.record_id in deleted_ids:
            continue
        if record.changed_since:
            kept.append((record, KeptReason.CHANGED_SINCE))
        elif record.record_id in needed:
            kept.append((record, KeptReason.NEEDED))
        else:
            kept.append((record, KeptReason.TOO_RECENT))
    return PurgePlan(cutoff=cutoff, delay_days=delay, deleted=deleted, kept=kept)
