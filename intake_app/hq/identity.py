"""Which case records a coordinator confirmed to be the same person.

`person_map(conn)` maps a case record id to the canonical person id of its group; a case not in the map
is its own person. Statistics count people through it, so a person recorded by two devices is counted once.
This version knows no confirmations yet and returns an empty map.
"""

from __future__ import annotations

from intake_app.vault.connection import Connection


def person_map(conn: Connection) -> dict[str, str]:
    """Case record id -> canonical person id, for the cases confirmed as one person."""
    del conn
    return {}
