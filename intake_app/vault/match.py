"""Keep a case's blind match tokens in step with its identifying details, on every save.

The key is the match secret of the deployment profile in force (field: the one imported; HQ: the newest
issued). Tokens are recomputed only when the normalised details or the key changed, so an edit of the notes
costs no Argon2id run. Where a vault sees no identifying details (HQ, when the profile keeps them in the
field) the tokens the field computed are kept as they came.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from intake_app.domain.models import Case
from intake_app.identity.tokens import MatchKey, compute_tokens, has_identifying_input, token_inputs
from intake_app.vault.connection import Connection

log = logging.getLogger(__name__)


def current_match_key(conn: Connection) -> MatchKey | None:
    row = conn.execute("SELECT body FROM deployment_profiles ORDER BY profile_version DESC LIMIT 1").fetchone()
    if row is None:
        return None
    matching = json.loads(row[0]).get("matching")
    return MatchKey.from_json(matching) if matching else None


def refresh_tokens(conn: Connection, env: dict[str, Any]) -> None:
    """Set `env["data"]["match_tokens"]` for a case envelope about to be saved (inside its transaction)."""
    if env["type"] != "case" or env["deleted"]:
        return
    data = env["data"]
    row = conn.execute("SELECT body FROM records WHERE id = ?", (env["id"],)).fetchone()
    head = json.loads(row[0])["data"] if row else {}
    if not has_identifying_input(data):
        if has_identifying_input(head):  # the details were cleared: tokens of them would still say them
            data["match_tokens"] = None
        else:  # HQ editing a case whose details stayed in the field: the field's tokens stay
            data["match_tokens"] = data.get("match_tokens") or head.get("match_tokens")
        return
    key = current_match_key(conn)
    if key is None:
        data["match_tokens"] = None
        return
    previous = head.get("match_tokens") or {}
    if previous.get("key") == key.key_id and token_inputs(head) == token_inputs(data):
        data["match_tokens"] = previous
        return
    data["match_tokens"] = compute_tokens(key, data)


def stale_case_ids(conn: Connection) -> list[str]:
    """Cases with identifying details whose tokens are missing or were made with another key."""
    key = current_match_key(conn)
    if key is None:
        return []
    out = []
    for record_id, body in conn.execute("SELECT id, body FROM records WHERE type = 'case' AND deleted = 0"):
        data = json.loads(body)["data"]
        if not token_inputs(data):
            continue
        if ((data.get("match_tokens") or {}).get("key")) != key.key_id:
            out.append(record_id)
    return out


def refresh_all(vault: Any, *, progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> int:
    """Save a new version of every case whose tokens are stale (after a profile import); returns how many."""
    from intake_app.vault.records import RecordStore

    store = RecordStore(vault)
    with vault.reading() as conn:
        ids = stale_case_ids(conn)
    done = 0
    for done, record_id in enumerate(ids, start=1):
        if cancelled is not None and cancelled():
            break
        record = store.get(record_id)
        if isinstance(record, Case):
            store.save(record)
        if progress is not None:
            progress(done, len(ids))
    if ids:
        log.info("match tokens refreshed for %d cases", done)
    return done
