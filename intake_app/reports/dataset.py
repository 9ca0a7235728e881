"""What statistics read from the vault: one row per (testimony, incident, violation type), and one per aid
distribution, with only the fields a statistic may group by. Identifying fields are never read.

The rows come from one SQL statement each (SQLite's JSON functions do the parsing in C), so a report over
100,000 testimonies costs about what a plain GROUP BY over the same bodies does.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from intake_app.errors import ValidationFailed
from intake_app.hq.events import event_map
from intake_app.hq.identity import person_map
from intake_app.i18n import _
from intake_app.vault.connection import Connection

UNKNOWN = "unknown"
STATS_CONSENT = "anonymised_stats"

# Consent state of a testimony for statistics, as the SQL below computes it.
CONSENT_IN_FORCE, CONSENT_WITHDRAWN, CONSENT_NEVER = 2, 1, 0

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# Bodies are parsed in Python: json.loads is several times faster than SQLite's JSON functions on them.
_TESTIMONY_ROWS = "SELECT id, body FROM records WHERE type = 'testimony' AND deleted = 0"

_CASE_ROWS = """
SELECT id, json_extract(body, '$.data.sex'), json_extract(body, '$.data.birth_year'),
       json_extract(body, '$.data.province_of_origin'), json_extract(body, '$.data.situation')
  FROM records WHERE type = 'case' AND deleted = 0
"""

_AID_ROWS = """
SELECT id, json_extract(body, '$.data.case_id'), json_extract(body, '$.data.date'),
       json_extract(body, '$.data.category'), json_extract(body, '$.data.province'),
       json_extract(body, '$.data.currency'), json_extract(body, '$.data.value'),
       json_extract(body, '$.data.items')
  FROM records WHERE type = 'aid' AND deleted = 0
"""


@dataclass(frozen=True)
class Period:
    """Both days included. A date known only to a year or month belongs to the period when it may fall in it."""

    start: str
    end: str

    @classmethod
    def parse(cls, start: str, end: str) -> Period:
        for value in (start, end):
            try:
                date.fromisoformat(value)
            except (TypeError, ValueError):
                raise ValidationFailed(
                    _("{value} is not a date; write it as YYYY-MM-DD.").format(value=value)) from None
        if start > end:
            raise ValidationFailed(_("The period is empty: {start} comes after {end}.").format(start=start, end=end))
        return cls(start, end)

    def overlaps(self, value: str) -> bool:
        """Whether a date of any precision (`2009`, `2009-03`, `2009-03-14`) may lie in the period."""
        first = {4: value + "-01-01", 7: value + "-01"}.get(len(value), value)
        # String comparison: "-31" sorts after every real day of a month.
        last = {4: value + "-12-31", 7: value + "-31"}.get(len(value), value)
        return first <= self.end and last >= self.start

    def contains_day(self, value: str | None) -> bool:
        return bool(value) and self.start <= str(value)[:10] <= self.end


@dataclass(frozen=True)
class IncidentUnit:
    """One violation type of one incident, with what statistics group by (never a name, phone or address)."""

    testimony: str
    incident: str
    event: str
    witness: str          # canonical person id
    victim: str           # canonical person id, or a stand-in for a relative who has no case record
    independent: bool     # the witness saw or suffered it (not hearsay)
    dims: dict[str, str]


@dataclass(frozen=True)
class AidUnit:
    distribution: str
    recipient: str
    value: float | None
    currency: str | None
    items: tuple[tuple[str, float], ...]   # (unit, quantity)
    dims: dict[str, str]


@dataclass
class Exclusions:
    """Testimonies of the period that statistics left out, by reason."""

    no_consent: int = 0
    withdrawn: int = 0

    @property
    def total(self) -> int:
        return self.no_consent + self.withdrawn


@dataclass(frozen=True)
class CaseFacts:
    sex: str
    birth_year: int | None
    province: str
    situation: str


def _stats_consent(consents: list[dict[str, object]]) -> int:
    state = CONSENT_NEVER
    for c in consents:
        if c.get("scope") == STATS_CONSENT and c.get("given"):
            if not c.get("withdrawn_on"):
                return CONSENT_IN_FORCE
            state = CONSENT_WITHDRAWN
    return state


def age_band(birth_year: int | None, year: str) -> str:
    if birth_year is None or not year.isdigit():
        return UNKNOWN
    age = int(year) - birth_year
    for upper, label in ((13, "0-13"), (17, "14-17"), (29, "18-29"), (44, "30-44"), (59, "45-59")):
        if age <= upper:
            return label if age >= 0 else UNKNOWN
    return "60+"


AGE_BANDS = ("0-13", "14-17", "18-29", "30-44", "45-59", "60+", UNKNOWN)


def _cases(conn: Connection) -> dict[str, CaseFacts]:
    out = {}
    for case_id, sex, birth_year, province, situation in conn.execute(_CASE_ROWS):
        out[case_id] = CaseFacts(sex or UNKNOWN, int(birth_year) if birth_year is not None else None,
                                 province or UNKNOWN, situation or UNKNOWN)
    return out


_NO_CASE = CaseFacts(UNKNOWN, None, UNKNOWN, UNKNOWN)


def incident_units(conn: Connection, period: Period, theme_of: Callable[[str], str],
                   cancelled: Callable[[], bool] | None = None) -> tuple[list[IncidentUnit], set[str], Exclusions]:
    """The units of the period whose testimony has "anonymised statistics" consent in force, the ids of the
    testimonies they come from, and how many testimonies of the period were left out, by reason.

    An incident is in the period when its date may fall in it; an undated incident when its interview was.
    """
    import json

    # Hundreds of thousands of small objects are made here: the cyclic garbage collector would walk all of
    # them again and again (holding the interpreter lock, so the window would stall). None of them forms a
    # cycle, so collection waits until the list is built.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _incident_units(conn, period, theme_of, cancelled, json.loads)
    finally:
        if collecting:
            # Left out of later collections: they hold no cycles and go when their last reference does. Otherwise
            # the next full collection would walk them all at once, a pause the window would feel.
            gc.freeze()
            gc.enable()


def _incident_units(conn: Connection, period: Period, theme_of: Callable[[str], str],
                    cancelled: Callable[[], bool] | None,
                    loads: Callable[[str], Any]) -> tuple[list[IncidentUnit], set[str], Exclusions]:
    persons = person_map(conn)
    events = event_map(conn)
    cases = _cases(conn)
    units: list[IncidentUnit] = []
    included: set[str] = set()
    excluded: dict[str, int] = {}
    for n, (tid, body) in enumerate(conn.execute(_TESTIMONY_ROWS)):
        if cancelled is not None and n % 5000 == 0 and cancelled():
            from intake_app.reports.errors import ReportCancelled

            raise ReportCancelled(_("Cancelled; nothing was written."))
        data = loads(body)["data"]
        witness_case, source_type, interview = data["witness_case_id"], data.get("source_type"), data["interview_date"]
        consents, incidents = data.get("consents"), data.get("incidents")
        consent = _stats_consent(consents or [])
        for incident in incidents or []:
            when = (incident.get("date") or {}).get("value")
            dated = bool(when) and bool(_DATE.match(str(when)))
            if not (period.overlaps(str(when)) if dated else period.contains_day(interview)):
                continue
            if consent != CONSENT_IN_FORCE:
                excluded[tid] = consent
                continue
            included.add(tid)
            witness = persons.get(witness_case, witness_case)
            victim_case, relation = incident.get("victim_case_id"), incident.get("victim_relation") or "self"
            if victim_case:
                victim = persons.get(victim_case, victim_case)
                facts = cases.get(victim_case, _NO_CASE)
            elif relation == "self":
                victim, facts = witness, cases.get(witness_case, _NO_CASE)
            else:
                # A relative with no case record: one person per witness and relation.
                victim, facts = f"{witness}/{relation}", _NO_CASE
            year = str(when)[:4] if dated else UNKNOWN
            place = incident.get("place") or {}
            base = {
                "year": year, "province": facts.province, "sex": facts.sex,
                "age_band": age_band(facts.birth_year, year), "perpetrator": incident.get("perpetrator") or UNKNOWN,
                "place_kind": place.get("kind") or UNKNOWN, "situation": facts.situation,
            }
            incident_id = incident.get("id") or f"{tid}/{len(units)}"
            event = events.get(incident_id, incident_id)
            independent = source_type != "hearsay"
            for violation in incident.get("violation_types") or [UNKNOWN]:
                dims = dict(base, violation=violation, theme=theme_of(violation))
                units.append(IncidentUnit(tid, incident_id, event, witness, victim, independent, dims))
    exclusions = Exclusions()
    for tid, state in excluded.items():
        if tid in included:
            continue
        if state == CONSENT_WITHDRAWN:
            exclusions.withdrawn += 1
        else:
            exclusions.no_consent += 1
    return units, included, exclusions


def aid_units(conn: Connection, period: Period) -> list[AidUnit]:
    import json

    persons = person_map(conn)
    cases = _cases(conn)
    units = []
    for aid_id, case_id, when, category, province, currency, value, items in conn.execute(_AID_ROWS):
        if not period.contains_day(when):
            continue
        facts = cases.get(case_id, _NO_CASE)
        quantities = tuple((str(i.get("unit") or "other"), float(i.get("quantity") or 0))
                           for i in json.loads(items or "[]"))
        units.append(AidUnit(
            aid_id, persons.get(case_id, case_id), float(value) if value is not None else None, currency,
            quantities,
            {"category": category or UNKNOWN, "month": str(when)[:7], "province": province or facts.province,
             "currency": currency or UNKNOWN}))
    return units
