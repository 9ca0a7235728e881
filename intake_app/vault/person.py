"""Everything the vault holds about one person, gathered from their case (the person page).

`person_summary(vault, case_id)` reads the case, the aid handed to the person (with totals by category,
quantities added up per item and unit as the records carry them, values per currency), their
testimonies, the attachments of all of these, the household seen from both sides, and the case's
history. Each part is one index lookup (the `case`, `owner` and `household` facets), so a page opens as
fast in a vault of 100,000 records as in the demo.

A household link is recorded on one case only ("B is A's parent", on A). The other side is derived
here: B's page shows A as B's child. Both sides speak of the member: `HouseholdMember.relation` is
what the member is to this person.

The history comes from what the vault keeps: at headquarters every version ever received or made
(`record_history`: who, when, which bundle); in the field, the vault's own audit entries for the record
(created, changed, deleted, with the time) and the receipt that confirmed its delivery. Nothing here
writes anything.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from intake_app.domain.models import Case, record_from_envelope, scopes_in_force
from intake_app.errors import IntakeError
from intake_app.i18n import _
from intake_app.vault.connection import Connection
from intake_app.vault.vault import Role, Vault

# What a member is to this person, seen from the other side: "B is A's parent" means "A is B's child".
INVERSE_RELATIONS: dict[str, str] = {
    "self": "self",
    "spouse": "spouse",
    "child": "parent",
    "parent": "child",
    "sibling": "sibling",
    "grandparent": "grandchild",
    "grandchild": "grandparent",
    "other_relative": "other_relative",
    "other": "other",
}


def inverse_relation(relation: str) -> str:
    """The relation seen from the other case; a relation this version does not know stays as it is."""
    return INVERSE_RELATIONS.get(relation, relation)


class PersonNotFoundError(IntakeError):
    """No case with that id in this vault (never one, deleted, or removed after delivery)."""


@dataclass(frozen=True)
class Quantity:
    item: str      # as the oldest record of it spelled it
    unit: str
    amount: float


@dataclass(frozen=True)
class AidTotal:
    category: str                            # taxonomy key
    distributions: int
    quantities: tuple[Quantity, ...]         # per item and unit, largest first
    values: tuple[tuple[str, float], ...]    # (currency, sum), for distributions that recorded one
    last_date: str


@dataclass(frozen=True)
class AidEntry:
    id: str
    date: str
    category: str
    items: tuple[Quantity, ...]
    value: float | None
    currency: str | None
    place: str


@dataclass(frozen=True)
class TestimonyEntry:
    id: str
    interview_date: str
    violation_types: tuple[str, ...]         # taxonomy keys, each once, in the order told
    incidents: int
    consents: tuple[str, ...]                # scopes in force
    source_type: str


@dataclass(frozen=True)
class AttachmentEntry:
    id: str
    owner_id: str
    owner_type: str                          # "case", "aid" or "testimony"
    filename: str
    media_type: str
    size: int
    identifying: bool
    caption: str


@dataclass(frozen=True)
class HouseholdMember:
    case_id: str
    alias: str
    code: str
    sex: str
    relation: str                            # what the member is to this person (taxonomy key)
    recorded_here: bool                      # the link is on this person's case
    recorded_there: bool                     # the link is on the member's case (then derived here)
    exists: bool = True                      # False: the linked case is deleted or no longer here


@dataclass(frozen=True)
class HistoryEntry:
    at: str                                  # UTC, ISO 8601
    action: str                              # "created", "changed", "deleted", "delivered"
    device: str | None                       # who made the version (HQ: any device; field: this one)
    counter: int | None
    bundle_id: str | None = None             # HQ: the bundle that brought it (None: made at HQ)
    bundle_sha256: str | None = None
    made_at_hq: bool = False
    hq_reason: str | None = None             # HQ's own stable reason key ("resolved DEVICE:N"…)
    reason: str | None = None                # the reason typed with that version
    current: bool = False                    # the version shown now


@dataclass(frozen=True)
class PersonSummary:
    case: Case
    aid: tuple[AidEntry, ...]                # newest first
    aid_totals: tuple[AidTotal, ...]         # most distributions first
    testimonies: tuple[TestimonyEntry, ...]  # newest first
    attachments: tuple[AttachmentEntry, ...]
    household: tuple[HouseholdMember, ...]
    history: tuple[HistoryEntry, ...]        # oldest first
    same_person: tuple[str, ...] = ()        # HQ: cases confirmed as this same person (ids)

    @property
    def aid_distributions(self) -> int:
        return len(self.aid)


def person_summary(vault: Vault, case_id: str) -> PersonSummary:
    """What the vault holds about the person of case `case_id`. Raises PersonNotFoundError."""
    with vault.reading() as conn:
        head = _body(conn, case_id)
        if head is None or head["type"] != "case" or head["deleted"]:
            raise PersonNotFoundError(
                _("This case is no longer in the vault: it was deleted, or removed from this laptop after "
                  "headquarters confirmed it."))
        case = record_from_envelope(head)
        assert isinstance(case, Case)  # noqa: S101 - checked by type above
        linked = _bodies(conn, _ids_with_facet(conn, "case", case_id))
        aid_envs = [e for e in linked if e["type"] == "aid"]
        testimony_envs = [e for e in linked if e["type"] == "testimony"]
        owners = {case_id: "case", **{e["id"]: e["type"] for e in aid_envs + testimony_envs}}
        attachments = _attachments(conn, owners)
        household = _household(conn, case)
        history = _hq_history(conn, case_id) if vault.info.role is Role.HQ else _field_history(conn, case_id)
        same = _same_person(case_id, linked, vault.info.device_id) if vault.info.role is Role.HQ else ()
    aid = sorted((_aid_entry(e) for e in aid_envs), key=lambda a: (a.date, a.id), reverse=True)
    testimonies = sorted((_testimony_entry(e) for e in testimony_envs),
                         key=lambda t: (t.interview_date, t.id), reverse=True)
    return PersonSummary(case=case, aid=tuple(aid), aid_totals=aid_totals(aid), testimonies=tuple(testimonies),
                         attachments=attachments, household=household, history=history, same_person=same)


# -- aid --------------------------------------------------------------------------------------------------


def _aid_entry(env: dict[str, Any]) -> AidEntry:
    data = env["data"]
    items = tuple(Quantity(str(i["name"]), str(i["unit"]), float(i["quantity"])) for i in data.get("items", []))
    return AidEntry(id=env["id"], date=data["date"], category=data["category"], items=items,
                    value=data.get("value"), currency=data.get("currency"), place=data.get("place", ""))


def aid_totals(aid: Iterable[AidEntry]) -> tuple[AidTotal, ...]:
    """Totals by category: distributions, quantities per item and unit, value per currency.

    Items are added up only where both the item and the unit agree (case and spacing aside): 10 kg of
    rice and 2 bags of rice stay two lines, since nothing says how much a bag holds.
    """
    by_category: dict[str, list[AidEntry]] = {}
    for entry in sorted(aid, key=lambda a: (a.date, a.id)):  # oldest first: an item keeps its first spelling
        by_category.setdefault(entry.category, []).append(entry)
    totals = []
    for category, entries in by_category.items():
        amounts: dict[tuple[str, str], list[Any]] = {}
        values: dict[str, float] = {}
        for entry in entries:
            for item in entry.items:
                key = (" ".join(item.item.casefold().split()), " ".join(item.unit.casefold().split()))
                found = amounts.setdefault(key, [item.item.strip(), item.unit.strip(), 0.0])
                found[2] += item.amount
            if entry.value is not None and entry.currency:
                values[entry.currency] = values.get(entry.currency, 0.0) + float(entry.value)
        quantities = sorted((Quantity(name, unit, amount) for name, unit, amount in amounts.values()),
                            key=lambda q: (-q.amount, q.item.casefold(), q.unit))
        totals.append(AidTotal(category=category, distributions=len(entries), quantities=tuple(quantities),
                               values=tuple(sorted(values.items())), last_date=max(e.date for e in entries)))
    totals.sort(key=lambda t: (-t.distributions, t.category))
    return tuple(totals)


# -- testimonies and attachments ----------------------------------------------------------------------------


def _testimony_entry(env: dict[str, Any]) -> TestimonyEntry:
    data = env["data"]
    kinds: list[str] = []
    for incident in data.get("incidents", []):
        kinds.extend(k for k in incident["violation_types"] if k not in kinds)
    return TestimonyEntry(id=env["id"], interview_date=data["interview_date"], violation_types=tuple(kinds),
                          incidents=len(data.get("incidents", [])),
                          consents=tuple(scopes_in_force(data.get("consents", []))),
                          source_type=data.get("source_type", ""))


def _attachments(conn: Connection, owners: dict[str, str]) -> tuple[AttachmentEntry, ...]:
    out: list[AttachmentEntry] = []
    for owner_id, owner_type in owners.items():
        for env in sorted(_bodies(conn, _ids_with_facet(conn, "owner", owner_id)), key=lambda e: e["created_at"]):
            data = env["data"]
            if data.get("kind", "working") == "original":
                continue  # the kept original is evidence behind its working copy, not a second picture
            out.append(AttachmentEntry(id=env["id"], owner_id=owner_id, owner_type=owner_type,
                                       filename=data["filename"], media_type=data["media_type"],
                                       size=int(data["size"]), identifying=bool(data.get("identifying")),
                                       caption=data.get("caption", "")))
    return tuple(out)


# -- household ----------------------------------------------------------------------------------------------


def _household(conn: Connection, case: Case) -> tuple[HouseholdMember, ...]:
    """Members named on this case, and cases that name this one (with the relation turned round)."""
    # (member id, relation of the member to this person) -> [recorded here, recorded there]
    seen: dict[tuple[str, str], list[bool]] = {}
    for link in case.household:
        seen.setdefault((link.case_id, link.relation), [False, False])[0] = True
    for env in _bodies(conn, _ids_with_facet(conn, "household", case.id)):
        if env["type"] != "case" or env["id"] == case.id:
            continue
        for link in env["data"].get("household", []):
            if link["case_id"] == case.id:
                seen.setdefault((env["id"], inverse_relation(link["relation"])), [False, False])[1] = True
    members = []
    heads = {env["id"]: env for env in _bodies(conn, list(dict.fromkeys(m for m, _r in seen)), deleted=True)}
    for (member_id, relation), (here, there) in seen.items():
        env = heads.get(member_id)
        alive = env is not None and env["type"] == "case" and not env["deleted"]
        data = env["data"] if alive and env is not None else {}
        members.append(HouseholdMember(case_id=member_id, alias=data.get("alias", ""), code=data.get("code", ""),
                                       sex=data.get("sex", "unknown"), relation=relation, recorded_here=here,
                                       recorded_there=there, exists=alive))
    return tuple(members)


def household_disagreements(summary: PersonSummary) -> set[str]:
    """Members the two cases relate differently (A says B is her parent, B says A is his parent)."""
    relations: dict[str, set[str]] = {}
    for member in summary.household:
        relations.setdefault(member.case_id, set()).add(member.relation)
    return {member for member, found in relations.items() if len(found) > 1}


# -- history ------------------------------------------------------------------------------------------------


def _field_history(conn: Connection, case_id: str) -> tuple[HistoryEntry, ...]:
    """The vault's own audit entries for the record (inside the encrypted vault, like everything else)."""
    actions = {"create": "created", "update": "changed", "delete": "deleted"}
    out: list[HistoryEntry] = []
    for at, action, version in conn.execute(
            "SELECT at, action, version FROM audit WHERE record_id = ? ORDER BY seq", (case_id,)):
        if action not in actions:
            continue
        device, _sep, counter = (version or "").rpartition(":")
        out.append(HistoryEntry(at=at, action=actions[action], device=device or None,
                                counter=int(counter) if counter.isdigit() else None))
    head = conn.execute("SELECT version_device, version_counter, body FROM records WHERE id = ?",
                        (case_id,)).fetchone()
    if out and head is not None:
        last = out[-1]
        if (last.device, last.counter) == (head[0], int(head[1])):
            # The field keeps the reason of the version shown now only (earlier ones went with their version).
            out[-1] = HistoryEntry(at=last.at, action=last.action, device=last.device, counter=last.counter,
                                   reason=json.loads(head[2]).get("reason"), current=True)
    delivered = conn.execute("SELECT delivered_at, version_device, version_counter FROM delivered"
                             " WHERE record_id = ?", (case_id,)).fetchone()
    if delivered is not None:
        out.append(HistoryEntry(at=delivered[0], action="delivered", device=delivered[1],
                                counter=int(delivered[2])))
    out.sort(key=lambda h: h.at)  # stable: a delivery on the minute of a change comes after it
    return tuple(out)


def _hq_history(conn: Connection, case_id: str) -> tuple[HistoryEntry, ...]:
    """Every version headquarters holds (record_history), in the order it received or made them."""
    head = conn.execute("SELECT version_device, version_counter, body FROM records WHERE id = ?",
                        (case_id,)).fetchone()
    out: list[HistoryEntry] = []
    previous_seen = False
    for device, counter, deleted, body, bundle_id, bundle_sha, received_at, made_at_hq, hq_reason in conn.execute(
            "SELECT device, counter, deleted, body, bundle_id, bundle_sha256, received_at, made_at_hq, reason"
            " FROM record_history WHERE record_id = ? ORDER BY hid", (case_id,)):
        envelope = json.loads(body)
        action = "deleted" if deleted else ("changed" if previous_seen or envelope.get("parent") else "created")
        previous_seen = True
        current = head is not None and (str(head[0]), int(head[1]), str(head[2])) == (device, int(counter), body)
        out.append(HistoryEntry(at=received_at, action=action, device=device, counter=int(counter),
                                bundle_id=bundle_id, bundle_sha256=bundle_sha, made_at_hq=bool(made_at_hq),
                                hq_reason=hq_reason, reason=envelope.get("reason"), current=current))
    return tuple(out)


def _same_person(case_id: str, linked: list[dict[str, Any]], hq_device: str) -> tuple[str, ...]:
    """HQ: the other cases a coordinator confirmed as this same person (`person_link`, decision "same").

    Only headquarters' own decisions count: a device's bundle may carry a `person_link`, which must not
    merge two people (as in `hq.identity`)."""
    out: list[str] = []
    for env in linked:
        if (env["type"] == "person_link" and env["origin_device"] == hq_device
                and env["data"].get("decision") == "same"):
            out.extend(c for c in env["data"]["case_ids"] if c != case_id and c not in out)
    return tuple(out)


# -- reading ------------------------------------------------------------------------------------------------


def _body(conn: Connection, record_id: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT body FROM records WHERE id = ?", (record_id,)).fetchone()
    return json.loads(row[0]) if row else None


def _ids_with_facet(conn: Connection, facet: str, value: str) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT r.id FROM record_facets f JOIN records r ON r.rid = f.rid"
        " WHERE f.facet = ? AND f.value = ? AND r.deleted = 0", (facet, value))]


def _bodies(conn: Connection, ids: list[str], *, deleted: bool = False) -> list[dict[str, Any]]:
    out = []
    for start in range(0, len(ids), 500):  # SQLite's bound-parameter limit, with room to spare
        chunk = ids[start:start + 500]
        marks = ", ".join("?" * len(chunk))
        sql = f"SELECT body FROM records WHERE id IN ({marks})" + ("" if deleted else " AND deleted = 0")  # noqa: S608
        out.extend(json.loads(row[0]) for row in conn.execute(sql, chunk))
    return out
