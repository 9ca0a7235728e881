"""Which incidents a coordinator linked into one event (the same arrest, the same raid, told by several).

`event_map(conn)` maps an incident id to its event id; an unlinked incident is its own event. Statistics
count events and corroborated events through it. This version knows no links yet and returns an empty map.
"""

from __future__ import annotations

from intake_app.vault.connection import Connection


def event_map(conn: Connection) -> dict[str, str]:
    """Incident id -> event id, for the incidents linked into events."""
    del conn
    return {}
