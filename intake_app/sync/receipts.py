"""Receipts: HQ signs which bundles and record versions of a device it holds; the device marks those
records delivered, learns how far HQ has everything, and may later purge what was delivered.

HQ: `create_receipt(vault, device_id)` lists every bundle of the device in the ledger and exactly the
versions HQ keeps in its history from those bundles (never a version it only heard of), signs that, and
encrypts the signed file with age to the device's own recipient (from its enrollment request or its signed
bundles), so a stick holding a receipt shows nothing but random bytes. Field: `import_receipt(vault, data)`
refuses anything that is not age-encrypted to this device, then checks the signature against the HQ key of the
deployment profile and that the receipt is for this device, marks each record whose head is still the
version HQ holds as delivered, marks the bundles acknowledged, and moves the acknowledged counter (from
which the next export starts) over every acknowledged bundle that continues it without a hole.
`purge_delivered(vault)` deletes delivered records (and attachments' bytes) whose delivery is older than
the profile's delay, then reclaims the space, so that a seized laptop holds less.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from intake_app.domain.models import utc_now
from intake_app.errors import IntakeError
from intake_app.i18n import N_, P_, _
from intake_app.outcomes import Outcome
from intake_app.sync import keystore, profile
from intake_app.sync.delivered import purge_cutoff, purge_plan, purgeable, references
from intake_app.sync.export import ACKNOWLEDGED_SEQ
from intake_app.sync.receipt_format import (
    RECEIPT_FORMAT,
    decrypt_receipt,
    encrypt_receipt,
    sign_receipt,
    verify_receipt,
)
from intake_app.vault import audit
from intake_app.vault.attachments import AttachmentStore
from intake_app.vault.connection import Connection
from intake_app.vault.vault import Role, Vault

log = logging.getLogger(__name__)


class NothingToAcknowledge(IntakeError):
    pass


class ReceiptOutcome(Outcome):
    MARKED = "marked", N_("Receipt accepted: {records} marked delivered, {bundles} acknowledged.")
    NOTHING_NEW = "nothing_new", N_("Receipt accepted; it acknowledges nothing new.")


@dataclass(frozen=True)
class ReceiptResult:
    outcome: ReceiptOutcome
    bundles: int
    records: int

    @property
    def message(self) -> str:
        return self.outcome.text(records=P_("{n} record", "{n} records", self.records).format(n=self.records),
                                 bundles=P_("{n} bundle", "{n} bundles", self.bundles).format(n=self.bundles))


# -- HQ ---------------------------------------------------------------------------------------------------


def create_receipt(vault: Vault, device_id: str) -> bytes:
    """HQ: the signed receipt of every bundle imported from `device_id` and the versions they carried."""
    keystore.require_role(vault, Role.HQ)
    key = keystore.hq_signing_key(vault)
    with vault.reading() as conn:
        bundles = conn.execute("SELECT bundle_id, sequence, sha256 FROM bundle_ledger WHERE device_id = ?"
                               " ORDER BY sequence", (device_id,)).fetchall()
        versions = conn.execute(
            "SELECT DISTINCT h.record_id, h.device, h.counter FROM record_history h"
            " JOIN bundle_ledger b ON b.bundle_id = h.bundle_id WHERE b.device_id = ? AND h.device = ?"
            " ORDER BY h.record_id, h.counter", (device_id, device_id)).fetchall()
        row = conn.execute("SELECT age_recipient, label FROM devices WHERE device_id = ?", (device_id,)).fetchone()
    name = (row[1] if row is not None else "") or device_id
    if not bundles:
        raise NothingToAcknowledge(
            _("No bundle of device {device} was imported here: there is nothing to acknowledge.").format(
                device=name))
    payload: dict[str, Any] = {
        "format": RECEIPT_FORMAT, "device_id": device_id, "issued_at": utc_now(),
        "bundles": [{"bundle_id": b, "sequence": s, "sha256": h} for b, s, h in bundles],
        "versions": [[r, d, c] for r, d, c in versions]}
    if row is None or not row[0]:
        raise NothingToAcknowledge(
            _("Headquarters has no encryption key of device {device} to protect its receipt with: ask the "
              "device for a new enrollment request (or a new bundle) first.").format(device=name))
    data = encrypt_receipt(sign_receipt(key, payload), row[0])
    with vault.transaction() as conn:
        audit.append(conn, "receipt_created", detail=f"device {device_id} bundles {len(bundles)}")
    return data


# -- field ------------------------------------------------------------------------------------------------


def _advance_acknowledged(conn: Connection) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (ACKNOWLEDGED_SEQ,)).fetchone()
    acknowledged = int(row[0]) if row else 0
    ranges = conn.execute("SELECT counter_after, counter_through FROM export_log WHERE status = 'written'"
                          " AND acknowledged_at IS NOT NULL ORDER BY counter_after").fetchall()
    moved = True
    while moved:  # a bundle continues the acknowledged prefix when it starts at or below it
        moved = False
        for after, through in ranges:
            if after <= acknowledged < through:
                acknowledged, moved = through, True
    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                 (ACKNOWLEDGED_SEQ, str(acknowledged)))
    return acknowledged


def import_receipt(vault: Vault, data: bytes) -> ReceiptResult:
    """Field: verify a receipt from HQ and mark what it acknowledges. Changes nothing if it does not verify."""
    keystore.require_role(vault, Role.FIELD)
    trusted = profile.require_profile(vault).hq_signing_key
    identity, _recipient = keystore.device_age_identity(vault)
    payload = verify_receipt(decrypt_receipt(data, identity), trusted, device_id=vault.info.device_id)
    now = utc_now()
    with vault.transaction() as conn:
        bundles = 0
        for bundle in payload["bundles"]:
            cur = conn.execute("UPDATE export_log SET acknowledged_at = ? WHERE bundle_id = ? AND sha256 = ?"
                               " AND status = 'written' AND acknowledged_at IS NULL",
                               (now, bundle["bundle_id"], bundle["sha256"]))
            bundles += cur.rowcount
        marked = 0
        for record_id, device, counter in payload["versions"]:
            cur = conn.execute(
                "INSERT INTO delivered (record_id, version_device, version_counter, delivered_at)"
                " SELECT id, version_device, version_counter, ? FROM records"
                "  WHERE id = ? AND version_device = ? AND version_counter = ?"
                " ON CONFLICT(record_id) DO UPDATE SET version_device = excluded.version_device,"
                "  version_counter = excluded.version_counter, delivered_at = excluded.delivered_at"
                "  WHERE version_device != excluded.version_device OR version_counter != excluded.version_counter",
                (now, record_id, device, counter))
            marked += cur.rowcount
        acknowledged = _advance_acknowledged(conn)
        audit.append(conn, "receipt_imported", detail=f"bundles {bundles} records {marked} through {acknowledged}")
    outcome = ReceiptOutcome.MARKED if bundles or marked else ReceiptOutcome.NOTHING_NEW
    return ReceiptResult(outcome, bundles, marked)


@dataclass(frozen=True)
class PurgeCandidates:
    records: int
    attachments: int
    cutoff: str


@dataclass(frozen=True)
class PurgeResult:
    records: int
    attachments: int
    blobs: int

    @property
    def message(self) -> str:
        return _("Purged {records} ({attachments}, {blobs}); the space was reclaimed.").format(
            records=P_("{n} delivered record", "{n} delivered records", self.records).format(n=self.records),
            attachments=P_("{n} attachment", "{n} attachments", self.attachments).format(n=self.attachments),
            blobs=P_("{n} stored file", "{n} stored files", self.blobs).format(n=self.blobs))


def purge_candidates(vault: Vault, *, now: datetime | None = None) -> PurgeCandidates:
    """Field: how many records `purge_delivered` would delete now (`delivered.purge_plan` lists them)."""
    keystore.require_role(vault, Role.FIELD)
    plan = purge_plan(vault, now=now)
    return PurgeCandidates(records=len(plan.deleted), attachments=plan.attachments, cutoff=plan.cutoff)


def purge_delivered(vault: Vault, *, now: datetime | None = None, only: Collection[str] | None = None) -> PurgeResult:
    """Field: delete records HQ confirmed, delivered longer ago than the profile's delay; reclaim the space.

    `only`: the record ids the user was shown (`purge_plan(...).record_ids`); nothing outside them is deleted,
    and one of them that stopped being purgeable since (edited, or now needed by a record that stays) is kept."""
    keystore.require_role(vault, Role.FIELD)
    cutoff, _delay = purge_cutoff(vault, now)
    with vault.transaction() as conn:
        purge, _needed = purgeable(conn, cutoff)
        if only is not None:
            allowed = set(only)
            purge = {rid: found for rid, found in purge.items() if rid in allowed}
            # A record left out must not lose what it refers to: drop what a kept record still needs.
            purge = _without_needed(conn, purge)
        for record_id, (row_id, _kind) in purge.items():
            conn.execute("DELETE FROM records_fts WHERE rowid = ?", (row_id,))
            conn.execute("DELETE FROM record_facets WHERE rid = ?", (row_id,))
            conn.execute("DELETE FROM records WHERE rid = ?", (row_id,))
            conn.execute("DELETE FROM version_lineage WHERE record_id = ?", (record_id,))
            conn.execute("DELETE FROM delivered WHERE record_id = ?", (record_id,))
        blobs = AttachmentStore.collect_garbage(conn)
        if purge:
            # Deleted rows of a contentless index keep their tokens until segments merge: merge them now.
            conn.execute("INSERT INTO records_fts (records_fts) VALUES ('optimize')")
        attachments = sum(1 for _rid, kind in purge.values() if kind == "attachment")
        audit.append(conn, "purge", detail=f"records {len(purge)} attachments {attachments} blobs {blobs}")
    reclaim_space(vault)
    log.info("purged %d delivered records", len(purge))
    return PurgeResult(records=len(purge), attachments=attachments, blobs=blobs)


def _without_needed(conn: Connection, purge: dict[str, tuple[int, str]]) -> dict[str, tuple[int, str]]:
    """`purge` less every record that a record staying (directly or through others) refers to."""
    refs = {rid: references(json.loads(body)) for rid, body in conn.execute("SELECT id, body FROM records")}
    kept = dict(purge)
    changed = True
    while changed:
        changed = False
        needed = set().union(*(r for rid, r in refs.items() if rid not in kept)) if refs else set()
        for rid in needed & kept.keys():
            del kept[rid]
            changed = True
    return kept


def reclaim_space(vault: Vault) -> None:
    """Shrink the vault file so deleted pages are gone, not merely free (SQLCipher's VACUUM writes a new,
    still encrypted, database; secure_delete already zeroed the freed pages)."""
    with vault.reading() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
