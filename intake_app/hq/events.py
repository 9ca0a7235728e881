"""HQ: incidents from different testimonies that are one event, and the witnesses of each event.

An event is an ordinary HQ record (`event`) listing its incidents by testimony and incident id, saved
through RecordStore and so versioned like any record: adding or removing an incident is a new version,
dissolving an event leaves a tombstone. An incident belongs to at most one event; linking incidents that
are already in events merges those events into the oldest one. Because an event names incidents by their
ids (which never change), it holds whatever order bundles arrive in and whatever edits they bring.

Suggestions: incidents of different witnesses whose violation types share one, whose places agree (same
kind, and the same province or type of facility) and whose dates overlap, allowing for their precision.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from intake_app.domain.models import Event
from intake_app.errors import IntakeError
from intake_app.hq.identity import person_map
from intake_app.i18n import _
from intake_app.sync import keystore
from intake_app.vault.connection import Connection
from intake_app.vault.records import RecordStore
from intake_app.vault.vault import Role, Vault

log = logging.getLogger(__name__)

# A place and violation shared by more incidents than this is too common to suggest pairs within it.
MAX_SUGGESTION_GROUP = 60


class EventError(IntakeError):
    exit_code = 2


@dataclass(frozen=True)
class IncidentRef:
    incident_id: str
    testimony_id: str
    witness_case_id: str
    violation_types: tuple[str, ...]
    date: dict[str, str] | None
    place: dict[str, Any] | None

    def summary(self) -> str:
        place = self.place or {}
        where = place.get("province") or place.get("facility_type") or place.get("kind") or "?"
        when = (self.date or {}).get("value", "?")
        return f"{', '.join(self.violation_types)} · {when} · {where}"


@dataclass
class EventView:
    id: str
    title: str
    incidents: list[IncidentRef] = field(default_factory=list)
    witnesses: list[str] = field(default_factory=list)  # distinct persons (person ids)

    @property
    def corroborated(self) -> bool:
        """Two or more independent witnesses (cases confirmed as one person count once)."""
        return len(self.witnesses) >= 2


def _hq_device(conn: Connection) -> str:
    row = conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
    return str(row[0]) if row else ""


def _events(conn: Connection) -> list[tuple[str, dict[str, Any]]]:
    rows = conn.execute("SELECT id, body FROM records WHERE type = 'event' AND deleted = 0 AND origin_device = ?"
                        " ORDER BY id", (_hq_device(conn),)).fetchall()
    return [(rid, json.loads(body)["data"]) for rid, body in rows]


def event_map(conn: Connection) -> dict[str, str]:
    """Incident id -> event id for linked incidents (an incident not in the map is its own event).
    Only HQ's own event records count; should two name one incident, the smaller event id wins."""
    out: dict[str, str] = {}
    for event_id, data in _events(conn):
        for ref in data["incidents"]:
            out.setdefault(ref["incident_id"], event_id)
    return out


def incident_index(conn: Connection) -> dict[str, IncidentRef]:
    """Every incident of every live testimony, by incident id."""
    out = {}
    for testimony_id, body in conn.execute("SELECT id, body FROM records WHERE type = 'testimony' AND deleted = 0"):
        data = json.loads(body)["data"]
        for incident in data.get("incidents", []):
            out[incident["id"]] = IncidentRef(incident["id"], testimony_id, data["witness_case_id"],
                                              tuple(incident["violation_types"]), incident.get("date"),
                                              incident.get("place"))
    return out


def list_events(vault: Vault) -> list[EventView]:
    keystore.require_role(vault, Role.HQ)
    with vault.reading() as conn:
        incidents = incident_index(conn)
        people = person_map(conn)
        events = _events(conn)
    views = []
    for event_id, data in events:
        view = EventView(event_id, data.get("title", ""))
        for ref in data["incidents"]:
            known = incidents.get(ref["incident_id"])
            if known is not None:
                view.incidents.append(known)
        view.witnesses = sorted({people.get(i.witness_case_id, i.witness_case_id) for i in view.incidents})
        views.append(view)
    return views


def link(vault: Vault, incident_ids: Iterable[str], *, title: str = "", reason: str | None = None) -> str:
    """Make the incidents one event (joining any events they are already in); returns the event id."""
    keystore.require_role(vault, Role.HQ)
    wanted = list(dict.fromkeys(i.strip() for i in incident_ids if i.strip()))
    if len(wanted) < 2:
        raise EventError(_("Name at least two incidents to link into one event."))
    store = RecordStore(vault)
    with vault.reading() as conn:
        incidents = incident_index(conn)
        current = event_map(conn)
    unknown = [i for i in wanted if i not in incidents]
    if unknown:
        raise EventError(_("No incident with the id {id}.").format(id=unknown[0]))
    involved = sorted({current[i] for i in wanted if i in current})
    if involved:
        target = store.get(involved[0])
        assert isinstance(target, Event)  # noqa: S101 - event_map lists only event records
    else:
        target = Event(title=title)
    refs = list(target.incidents)
    for other_id in involved[1:]:
        other = store.get(other_id)
        if isinstance(other, Event):
            refs.extend(other.incidents)
            store.delete(other_id)
    have = {r["incident_id"] for r in refs}
    refs.extend({"testimony_id": incidents[i].testimony_id, "incident_id": i} for i in wanted if i not in have)
    if title:
        target.title = title
    target.incidents = refs
    saved = store.save(target, reason=reason)
    log.info("event linked (%d incidents)", len(refs))
    return saved.id


def unlink(vault: Vault, ids: Iterable[str], *, reason: str | None = None) -> int:
    """Take incidents out of their events, or dissolve events named by their id; returns how many incidents
    left an event. An event left with fewer than two incidents is dissolved (a tombstone, its history kept)."""
    keystore.require_role(vault, Role.HQ)
    store = RecordStore(vault)
    with vault.reading() as conn:
        current = event_map(conn)
        event_ids = {rid for rid, _data in _events(conn)}
    removed = 0
    by_event: dict[str, set[str]] = defaultdict(set)
    for text in (i.strip() for i in ids):
        if text in event_ids:
            by_event[text].add("*")
        elif text in current:
            by_event[current[text]].add(text)
        else:
            raise EventError(_("{id} is neither an event nor an incident linked to one.").format(id=text))
    for event_id, leaving in sorted(by_event.items()):
        event = store.get(event_id)
        if not isinstance(event, Event):
            continue
        keep = [] if "*" in leaving else [r for r in event.incidents if r["incident_id"] not in leaving]
        if len(keep) < 2:
            removed += len(event.incidents)
            store.delete(event_id)
        else:
            removed += len(event.incidents) - len(keep)
            event.incidents = keep
            store.save(event, reason=reason)
    return removed


def _interval(date: dict[str, str] | None) -> tuple[str, str] | None:
    if not date or not date.get("value"):
        return None
    value, precision = date["value"], date.get("precision", "day")
    year = int(value[:4])
    if precision == "approximate":
        return f"{year - 1:04d}-01-01", f"{year + 1:04d}-12-31"
    if len(value) == 4:
        return f"{value}-01-01", f"{value}-12-31"
    if len(value) == 7:
        return f"{value}-01", f"{value}-31"
    return value, value


def dates_overlap(a: dict[str, str] | None, b: dict[str, str] | None) -> bool:
    first, second = _interval(a), _interval(b)
    return first is not None and second is not None and first[0] <= second[1] and second[0] <= first[1]


def places_agree(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    if not a or not b or a.get("kind") != b.get("kind"):
        return False
    shared = [k for k in ("province", "facility_type") if a.get(k) and b.get(k)]
    return bool(shared) and all(a[k] == b[k] for k in shared)


@dataclass(frozen=True)
class Suggestion:
    a: IncidentRef
    b: IncidentRef
    shared_violations: tuple[str, ...]


def suggestions(vault: Vault, *, limit: int = 200) -> list[Suggestion]:
    """Pairs of incidents from different witnesses that may be one event and are not linked yet."""
    keystore.require_role(vault, Role.HQ)
    with vault.reading() as conn:
        incidents = incident_index(conn)
        current = event_map(conn)
        people = person_map(conn)
    groups: dict[tuple[str, str], list[IncidentRef]] = defaultdict(list)
    for ref in incidents.values():
        place = ref.place or {}
        where = place.get("province") or place.get("facility_type")
        if where and ref.date:
            for violation in ref.violation_types:
                groups[(violation, where)].append(ref)
    found: dict[frozenset[str], Suggestion] = {}
    for group in groups.values():
        if len(group) > MAX_SUGGESTION_GROUP:
            continue
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                key = frozenset((a.incident_id, b.incident_id))
                if key in found or a.testimony_id == b.testimony_id:
                    continue
                if people.get(a.witness_case_id, a.witness_case_id) == people.get(b.witness_case_id,
                                                                                 b.witness_case_id):
                    continue
                if a.incident_id in current and current[a.incident_id] == current.get(b.incident_id):
                    continue
                if places_agree(a.place, b.place) and dates_overlap(a.date, b.date):
                    shared = tuple(sorted(set(a.violation_types) & set(b.violation_types)))
                    found[key] = Suggestion(a, b, shared)
    out = sorted(found.values(), key=lambda s: ((s.a.date or {}).get("value", ""), s.a.incident_id,
                                                s.b.incident_id))
    return out[:limit]
