"""`intake-app verify`: is the vault whole? SQLCipher page MACs, SQLite structure, the full-text index,
the audit chain, and what it holds."""

from __future__ import annotations

from dataclasses import dataclass, field

from intake_app.domain.models import RECORD_TYPES
from intake_app.i18n import _
from intake_app.vault import audit
from intake_app.vault.connection import Connection
from intake_app.vault.vault import Vault


@dataclass
class VerifyReport:
    cipher_ok: bool
    integrity_ok: bool
    index_ok: bool
    audit: audit.AuditReport
    counts: dict[str, int]
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.cipher_ok and self.integrity_ok and self.index_ok and self.audit.ok


def verify_vault(vault: Vault) -> VerifyReport:
    with vault.reading() as conn:
        return verify_connection(conn)


def index_is_sound(conn: Connection) -> bool:
    """FTS5's own check of the search index (it must be run as a write, though it changes nothing)."""
    try:
        conn.execute("INSERT INTO records_fts (records_fts, rank) VALUES ('integrity-check', 1)")
    except Exception:
        return False
    return True


def verify_connection(conn: Connection, *, index_ok: bool | None = None) -> VerifyReport:
    """The checks of `verify` on an open database (a backup copy opened read-only passes `index_ok`
    from a separate check, as FTS5 cannot run its own on a read-only connection)."""
    cipher_rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    integrity = conn.execute("PRAGMA integrity_check").fetchall()
    if index_ok is None:
        index_ok = index_is_sound(conn)
    chain = audit.verify(conn)
    counts = {t: int(conn.execute("SELECT count(*) FROM records WHERE type = ? AND deleted = 0", (t,)).fetchone()[0])
              for t in RECORD_TYPES}
    report = VerifyReport(cipher_ok=not cipher_rows, integrity_ok=integrity == [("ok",)], index_ok=index_ok,
                          audit=chain, counts=counts)
    if not report.cipher_ok:
        report.problems.append(_("{n} pages of the vault fail their authentication check.").format(
            n=len(cipher_rows)))
    if not report.integrity_ok:
        report.problems.append(_("The database structure is damaged."))
    if not index_ok:
        report.problems.append(_("The search index is damaged."))
    if not chain.ok:
        report.problems.append(_("The audit log was altered at entry {n}.").format(n=chain.first_broken))
    return report
