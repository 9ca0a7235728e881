"""What the status bar tells a field worker: changes not yet exported, and when the last export was."""

from __future__ import annotations

from dataclasses import dataclass

from intake_app.vault.vault import Vault

LAST_EXPORT_SEQ = "last_export_change_seq"
LAST_EXPORT_AT = "last_export_at"


@dataclass(frozen=True)
class SyncStatus:
    unsent_changes: int
    last_export_at: str | None  # UTC, ISO 8601; None when never exported


def sync_status(vault: Vault) -> SyncStatus:
    exported = int(vault.meta(LAST_EXPORT_SEQ, "0") or 0)
    with vault.reading() as conn:
        unsent = int(conn.execute("SELECT count(*) FROM records WHERE change_seq > ?", (exported,)).fetchone()[0])
    return SyncStatus(unsent_changes=unsent, last_export_at=vault.meta(LAST_EXPORT_AT))


def activity_mark(vault: Vault) -> int:
    """A number that grows with every change to the vault (each one is audited): a view compares it to
    know whether what it shows may be stale (a purge on another page, an import)."""
    with vault.reading() as conn:
        row = conn.execute("SELECT max(seq) FROM audit").fetchone()
    return int(row[0] or 0)
