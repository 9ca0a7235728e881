"""HQ: the merge conflicts waiting for a coordinator, and their resolution.

Resolving makes a new HQ version with the content of the version kept (its parent; reason
`resolved DEVICE:COUNTER`), so the decision is itself in the record's history. Later edits of the device
that descend from the kept version fast-forward over it (merge.py). Both versions stay in the history and in
the conflict row.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from intake_app.domain.models import utc_now
from intake_app.errors import IntakeError, ValidationFailed
from intake_app.hq.history import write_hq_version
from intake_app.hq.merge import RESOLVED
from intake_app.i18n import _
from intake_app.sync import keystore
from intake_app.vault import audit
from intake_app.vault.vault import Role, Vault

_COLUMNS = "id, record_id, record_type, version_a, version_b, winner, status, detected_at, resolved_at, kept_version"


class ConflictError(IntakeError):
    pass


@dataclass(frozen=True)
class Conflict:
    id: int
    record_id: str
    record_type: str
    version_a: str
    version_b: str
    winner: str
    status: str
    detected_at: str
    resolved_at: str | None
    kept_version: str | None


def list_conflicts(vault: Vault, *, include_resolved: bool = False) -> list[Conflict]:
    keystore.require_role(vault, Role.HQ)
    where = "" if include_resolved else " WHERE status = 'open'"
    with vault.reading() as conn:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM conflicts{where} ORDER BY id").fetchall()  # noqa: S608
    return [Conflict(*row) for row in rows]


def get_conflict(vault: Vault, conflict_id: int) -> tuple[Conflict, dict[str, Any], dict[str, Any]] | None:
    """The conflict and both envelopes (a, b)."""
    with vault.reading() as conn:
        row = conn.execute(f"SELECT {_COLUMNS}, body_a, body_b FROM conflicts WHERE id = ?",  # noqa: S608
                           (conflict_id,)).fetchone()
    if row is None:
        return None
    return Conflict(*row[:10]), json.loads(row[10]), json.loads(row[11])


def _side(conflict: Conflict, keep: str) -> str:
    """"a" or "b": which envelope `keep` (a version, or the letter) names."""
    if keep in ("a", "b"):
        return keep
    if conflict.version_a == conflict.version_b == keep:
        raise ValidationFailed(_("Both sides of conflict {id} carry version {version} (a copied device?): keep "
                                 "\"a\" or \"b\".").format(id=conflict.id, version=keep))
    if keep == conflict.version_a:
        return "a"
    if keep == conflict.version_b:
        return "b"
    raise ValidationFailed(_("Version {version} is not one of conflict {id}'s: {a} or {b}.").format(
        version=keep, id=conflict.id, a=conflict.version_a, b=conflict.version_b))


def resolve(vault: Vault, conflict_id: int, keep_version: str) -> Conflict:
    """Keep `keep_version` ("device:counter", one of the two, or "a"/"b") as the record's head."""
    keystore.require_role(vault, Role.HQ)
    found = get_conflict(vault, conflict_id)
    if found is None:
        raise ConflictError(_("There is no conflict {id}.").format(id=conflict_id))
    conflict, body_a, body_b = found
    if conflict.status != "open":
        raise ConflictError(_("Conflict {id} was already resolved (kept {version}).").format(
            id=conflict_id, version=conflict.kept_version))
    side = _side(conflict, keep_version)
    kept = body_a if side == "a" else body_b
    keep_version = conflict.version_a if side == "a" else conflict.version_b
    with vault.transaction() as conn:
        if kept["type"] == "attachment" and not kept["deleted"] and conn.execute(
                "SELECT 1 FROM blobs WHERE sha256 = ?", (kept["data"]["sha256"],)).fetchone() is None:
            raise ConflictError(_("The content of this attachment version is no longer at headquarters; keep the "
                                  "other version."))
        write_hq_version(conn, vault, kept, f"{RESOLVED} {keep_version}", parent=kept["version"])
        now = utc_now()
        conn.execute("UPDATE conflicts SET status = 'resolved', resolved_at = ?, kept_version = ? WHERE id = ?",
                     (now, keep_version, conflict_id))
        audit.append(conn, "conflict_resolved", record_type=conflict.record_type, record_id=conflict.record_id,
                     version=keep_version, detail=f"conflict {conflict_id}")
    return Conflict(conflict.id, conflict.record_id, conflict.record_type, conflict.version_a, conflict.version_b,
                    conflict.winner, "resolved", conflict.detected_at, now, keep_version)
