"""HQ: the same person registered by several workers. Candidates, confirmation, and the person map.

A candidate pair is two cases that share a blind match token (same normalised name and birth date, name and
birth year, or phone: computed in the field, see intake_app/identity), or that are close on what HQ sees
anyway (same sex, birth year within one, same province, as many household links) when few cases share those.
A coordinator confirms or rejects each pair. The decision is an ordinary HQ record (`person_link`, one per
pair) saved through RecordStore, so it is versioned like any record: rejecting a confirmed pair later is a
new version, and nothing is destroyed. `person_map` turns the confirmed pairs into one person id per case;
statistics count people through it.

Only HQ's own link records count: a field device's bundle could carry a record of this type, but no device
decides who is the same person.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from intake_app.domain.models import PersonLink
from intake_app.errors import IntakeError
from intake_app.i18n import N_, _
from intake_app.outcomes import Outcome
from intake_app.sync import keystore
from intake_app.vault.connection import Connection
from intake_app.vault.records import RecordStore
from intake_app.vault.vault import Role, Vault

log = logging.getLogger(__name__)

_LINK_NAMESPACE = uuid.UUID("6f1c3c9e-5b7e-4d0a-9a43-0e1f6b1f2d11")
# Beyond this many cases sharing sex, birth year and province, "close" says nothing about one person.
MAX_CLOSE_GROUP = 20
# Beyond this many cases sharing one token, the token is something like a shared office phone.
MAX_TOKEN_GROUP = 50


class DuplicateOutcome(Outcome):
    CONFIRMED = "confirmed", N_("Confirmed: {a} and {b} are counted as one person.")
    REJECTED = "rejected", N_("Rejected: {a} and {b} are different people and will not be proposed again.")
    UNCHANGED = "unchanged", N_("Nothing changed: {a} and {b} were already decided so.")


class Reason(Outcome):
    """Why a pair is proposed (stable keys; shown translated)."""

    NAME_DATE = "name_date", N_("same name and birth date")
    NAME_YEAR = "name_year", N_("same name and birth year")
    PHONE = "phone", N_("same phone number")
    CLOSE = "close", N_("same sex, province and birth year (within one), from different workers")


class DuplicateError(IntakeError):
    exit_code = 2


@dataclass(frozen=True)
class CaseSummary:
    id: str
    code: str
    alias: str
    sex: str
    birth_year: int | None
    province: str | None
    household: int
    origin_device: str
    tokens: dict[str, str]


@dataclass(frozen=True)
class Candidate:
    a: CaseSummary
    b: CaseSummary
    reasons: tuple[Reason, ...]

    @property
    def strength(self) -> int:
        return max((3 if r is Reason.NAME_DATE else 2 if r in (Reason.PHONE, Reason.NAME_YEAR) else 1)
                   for r in self.reasons)


def link_id(a: str, b: str) -> str:
    """One link record per pair, whoever decides it and in which order the ids are given."""
    first, second = sorted((a, b))
    return str(uuid.uuid5(_LINK_NAMESPACE, f"person-link\n{first}\n{second}"))


def _hq_device(conn: Connection) -> str:
    row = conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
    return str(row[0]) if row else ""


def _links(conn: Connection) -> Iterable[tuple[list[str], str]]:
    for (body,) in conn.execute("SELECT body FROM records WHERE type = 'person_link' AND deleted = 0"
                                " AND origin_device = ?", (_hq_device(conn),)):
        data = json.loads(body)["data"]
        yield list(data["case_ids"]), str(data["decision"])


def person_map(conn: Connection) -> dict[str, str]:
    """Case record id -> canonical person id, for every case in a confirmed link (a case not in the map is
    its own person). The person id is the smallest case id of the group, so it is stable while the group is."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for case_ids, decision in _links(conn):
        if decision != "same":
            continue
        roots = sorted(find(c) for c in case_ids)
        for root in roots[1:]:
            parent[root] = roots[0]
    return {case_id: find(case_id) for case_id in parent}


def _decisions(conn: Connection) -> dict[frozenset[str], str]:
    return {frozenset(ids): decision for ids, decision in _links(conn)}


def _summaries(conn: Connection) -> dict[str, CaseSummary]:
    out = {}
    for rid, origin, body in conn.execute(
            "SELECT id, origin_device, body FROM records WHERE type = 'case' AND deleted = 0"):
        data = json.loads(body)["data"]
        out[rid] = CaseSummary(id=rid, code=data["code"], alias=data["alias"], sex=data["sex"],
                               birth_year=data.get("birth_year"), province=data.get("province_of_origin"),
                               household=len(data.get("household") or []), origin_device=origin,
                               tokens=dict((data.get("match_tokens") or {}).get("tokens") or {}))
    return out


def _token_reasons(a: CaseSummary, b: CaseSummary) -> tuple[Reason, ...]:
    reasons = [Reason(kind) for kind in ("name_date", "name_year", "phone")
               if a.tokens.get(kind) and a.tokens.get(kind) == b.tokens.get(kind)]
    if (Reason.NAME_YEAR in reasons and Reason.NAME_DATE not in reasons
            and a.tokens.get("name_date") and b.tokens.get("name_date")):
        # Same name and year but both exact birth dates known and different: two people.
        reasons.remove(Reason.NAME_YEAR)
    return tuple(reasons)


def _differ_by_tokens(a: CaseSummary, b: CaseSummary) -> bool:
    """Both have a token of some kind and no kind matches: the details HQ cannot see say they differ."""
    if a.tokens.get("name_date") and b.tokens.get("name_date"):
        return a.tokens["name_date"] != b.tokens["name_date"]
    shared = set(a.tokens) & set(b.tokens)
    return bool(shared) and all(a.tokens[k] != b.tokens[k] for k in shared)


def _close(a: CaseSummary, b: CaseSummary) -> bool:
    return (a.origin_device != b.origin_device and a.sex == b.sex and a.province == b.province
            and a.birth_year is not None and b.birth_year is not None and abs(a.birth_year - b.birth_year) <= 1
            and a.household == b.household)


def candidates(vault: Vault, *, limit: int = 500) -> list[Candidate]:
    """Undecided pairs that may be one person, the strongest first."""
    keystore.require_role(vault, Role.HQ)
    with vault.reading() as conn:
        cases = _summaries(conn)
        decided = _decisions(conn)
        people = person_map(conn)
        groups = conn.execute(
            "SELECT f.value, group_concat(r.id, ' ') FROM record_facets f JOIN records r ON r.rid = f.rid"
            " WHERE f.facet = 'match_token' AND r.type = 'case' AND r.deleted = 0"
            " GROUP BY f.value HAVING count(*) > 1").fetchall()
    pairs: dict[frozenset[str], tuple[Reason, ...]] = {}
    for _value, ids_text in groups:
        ids = sorted(set(ids_text.split()))
        if len(ids) > MAX_TOKEN_GROUP:
            continue
        for i, first in enumerate(ids):
            for second in ids[i + 1:]:
                reasons = _token_reasons(cases[first], cases[second])
                if reasons:
                    pairs[frozenset((first, second))] = reasons
    buckets: dict[tuple[str, str], list[CaseSummary]] = defaultdict(list)
    for case in cases.values():
        if case.sex != "unknown" and case.province and case.birth_year is not None:
            buckets[(case.sex, case.province)].append(case)
    for bucket in buckets.values():
        by_year: dict[int, list[CaseSummary]] = defaultdict(list)
        for case in bucket:
            by_year[int(case.birth_year or 0)].append(case)
        for year, same_year in by_year.items():
            near = same_year + by_year.get(year + 1, [])
            if len(near) > MAX_CLOSE_GROUP:
                continue
            for i, a in enumerate(near):
                for b in near[i + 1:]:
                    key = frozenset((a.id, b.id))
                    if key in pairs or a.id == b.id or not _close(a, b) or _differ_by_tokens(a, b):
                        continue
                    pairs[key] = (Reason.CLOSE,)
    out = []
    for key, reasons in pairs.items():
        first, second = sorted(key)
        if key in decided or (first in people and people.get(second) == people[first]):
            continue
        out.append(Candidate(cases[first], cases[second], reasons))
    out.sort(key=lambda c: (-c.strength, c.a.code, c.b.code))
    return out[:limit]


def resolve_case(vault: Vault, text: str) -> str:
    """A case's record id from its id or its code (`K7F-3QXM`)."""
    store = RecordStore(vault)
    record = store.get(text.strip())
    if record is None:
        record = store.find_case_by_code(text)
    if record is None or record.TYPE != "case":
        raise DuplicateError(_("No case with the id or code {text}.").format(text=text))
    return record.id


def decide(vault: Vault, a: str, b: str, decision: str, *, reason: str | None = None) -> DuplicateOutcome:
    """Record HQ's decision on a pair as a new version of the pair's link record."""
    keystore.require_role(vault, Role.HQ)
    first, second = sorted((resolve_case(vault, a), resolve_case(vault, b)))
    if first == second:
        raise DuplicateError(_("A case cannot be linked to itself."))
    store = RecordStore(vault)
    existing = store.get(link_id(first, second))
    if isinstance(existing, PersonLink) and existing.decision == decision:
        return DuplicateOutcome.UNCHANGED
    link = PersonLink(id=link_id(first, second), case_ids=[first, second], decision=decision,
                      version=existing.version if existing is not None else None)
    store.save(link, reason=reason)
    log.info("person link decided (%s)", decision)
    return DuplicateOutcome.CONFIRMED if decision == "same" else DuplicateOutcome.REJECTED


def confirm(vault: Vault, a: str, b: str, *, reason: str | None = None) -> DuplicateOutcome:
    return decide(vault, a, b, "same", reason=reason)


def reject(vault: Vault, a: str, b: str, *, reason: str | None = None) -> DuplicateOutcome:
    return decide(vault, a, b, "different", reason=reason)


def confirmed_groups(vault: Vault) -> list[list[str]]:
    """The people made of several cases, each as its case ids (smallest first)."""
    with vault.reading() as conn:
        mapping = person_map(conn)
    groups: dict[str, list[str]] = defaultdict(list)
    for case_id, person in mapping.items():
        groups[person].append(case_id)
    return sorted(sorted(g) for g in groups.values() if len(g) > 1)


def describe(case: CaseSummary) -> dict[str, Any]:
    """What a list shows of one side of a pair (no identifying detail: HQ does not have them)."""
    return {"code": case.code, "alias": case.alias, "sex": case.sex, "birth_year": case.birth_year,
            "province": case.province, "household": case.household}
