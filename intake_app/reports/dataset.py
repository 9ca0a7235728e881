"""What statistics read from the vault: one row per (testimony, incident, violation type), and one per aid
distribution, with only the fields a statistic may group by. Identifying fields are never read.

The rows come from one SQL statement each (SQLite's JSON functions do the parsing in C), so a report over
100,000 testimonies costs about what a plain GROUP BY over the same bodies does.
"""

from __future__ import annotations

import contextlib
import gc
import json
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

import msgspec

from intake_app.errors import ValidationFailed
from intake_app.hq.events import event_map
from intake_app.hq.identity import person_map
from intake_app.i18n import _
from intake_app.prefetch import prefetch
from intake_app.reports.errors import ReportError
from intake_app.vault.connection import Connection

UNKNOWN = "unknown"
STATS_CONSENT = "anonymised_stats"

# Consent state of a testimony for statistics, as the SQL below computes it.
CONSENT_IN_FORCE, CONSENT_WITHDRAWN, CONSENT_NEVER = 2, 1, 0

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# Bodies are parsed by msgspec into the small structs below: it reads only the fields they name and skips the
# rest (the narrative, descriptions, notes) without making objects of them, four times faster than json.loads
# of the whole body and several times faster than SQLite's json_extract (measured on 20,000 demo testimonies).
# A thousand bodies come as one JSON array glued together by SQLite, so the reading thread takes the GIL once
# per thousand rows, not once per row: a thread that waits for the GIL at every row while this one parses
# reads no faster than this one would alone (measured at 100,000 testimonies: 2.5 s in all, against 4.3 s).
# NOT INDEXED: walked by rowid, each batch starts where the last ended (through the type index every batch
# would sort all testimonies again). As bytes, which msgspec reads as UTF-8 itself.
_BATCH = 1000
_TESTIMONY_BATCH = """
SELECT max(rid), CAST('[' || group_concat(body, ',') || ']' AS BLOB)
  FROM (SELECT rid, body FROM records NOT INDEXED
         WHERE type = 'testimony' AND deleted = 0 AND rid > ? ORDER BY rid LIMIT ?)
"""
_TESTIMONY_ROWS = """
SELECT id, CAST(body AS BLOB) FROM records NOT INDEXED
 WHERE type = 'testimony' AND deleted = 0 AND rid > ? AND rid <= ? ORDER BY rid
"""

# Every case in one row, as one JSON array (a few dozen bytes a case): a row at a time, the reading thread
# waited for the GIL at every row while the window's thread held it (a second for 25,000 cases, against a
# fifth alone). Through the type index: walking the table would read every testimony's pages too.
_CASE_ARRAY = """
SELECT CAST(json_group_array(json_array(id, json_extract(body, '$.data.sex'),
       json_extract(body, '$.data.birth_year'), json_extract(body, '$.data.province_of_origin'),
       json_extract(body, '$.data.situation'))) AS BLOB)
  FROM records WHERE type = 'case' AND deleted = 0
"""

_AID_ROWS = """
SELECT id, json_extract(body, '$.data.case_id'), json_extract(body, '$.data.date'),
       json_extract(body, '$.data.category'), json_extract(body, '$.data.province'),
       json_extract(body, '$.data.currency'), json_extract(body, '$.data.value'),
       json_extract(body, '$.data.items')
  FROM records WHERE type = 'aid' AND deleted = 0
"""


class _Date(msgspec.Struct):
    value: str | None = None


class _Place(msgspec.Struct):
    kind: str | None = None


class _Incident(msgspec.Struct):
    id: str | None = None
    date: _Date | None = None
    place: _Place | None = None
    perpetrator: str | None = None
    victim_relation: str | None = None
    victim_case_id: str | None = None
    violation_types: list[str] = msgspec.field(default_factory=list)


class _Consent(msgspec.Struct):
    scope: str | None = None
    given: bool = False
    withdrawn_on: str | None = None


class _TestimonyData(msgspec.Struct):
    witness_case_id: str | None = None
    source_type: str | None = None
    interview_date: str | None = None
    consents: list[_Consent] = msgspec.field(default_factory=list)
    incidents: list[_Incident] = msgspec.field(default_factory=list)


class _TestimonyBody(msgspec.Struct):
    data: _TestimonyData
    id: str = ""


_testimony_decoder = msgspec.json.Decoder(_TestimonyBody)
_batch_decoder = msgspec.json.Decoder(list[_TestimonyBody])
_raw_batch_decoder = msgspec.json.Decoder(list[msgspec.Raw])


def _testimony_data(tid: str, body: bytes) -> _TestimonyData:
    try:
        return _testimony_decoder.decode(body).data
    except msgspec.ValidationError:
        pass  # a field of an unexpected type: read it again leniently ("true" where a yes/no was expected)
    except msgspec.DecodeError:
        raise _unreadable(tid) from None
    try:
        return msgspec.convert(json.loads(body), _TestimonyBody, strict=False).data
    except (ValueError, msgspec.ValidationError):
        raise _unreadable(tid) from None


def _unreadable(tid: str) -> ReportError:
    # Made only when needed: wording an error for every body read cost a tenth of a 100,000-testimony report.
    return ReportError(_("Testimony {id} could not be read; nothing was written.").format(id=tid))


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


class IncidentUnit(NamedTuple):
    """One violation type of one incident, with what statistics group by (never a name, phone or address).

    A plain tuple, not an object with a dict: a report over 100,000 testimonies makes a quarter of a million
    of them, and a tuple is made and freed in a fraction of the time (less work holding the interpreter lock).
    The dimension values follow the ids, in the order of DIMENSION_FIELDS."""

    testimony: str
    incident: str
    event: str
    witness: str          # canonical person id
    victim: str           # canonical person id, or a stand-in for a relative who has no case record
    independent: bool     # the witness saw or suffered it (not hearsay)
    year: str
    province: str
    sex: str
    age_band: str
    perpetrator: str
    place_kind: str
    situation: str
    violation: str
    theme: str


# Dimension -> its index in an IncidentUnit.
DIMENSION_FIELDS = {name: i for i, name in enumerate(IncidentUnit._fields) if i >= 6}


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


def _stats_consent(consents: list[_Consent]) -> int:
    state = CONSENT_NEVER
    for c in consents:
        if c.scope == STATS_CONSENT and c.given:
            if not c.withdrawn_on:
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
    share = sys.intern
    (array,) = conn.execute(_CASE_ARRAY).fetchone()
    for case_id, sex, birth_year, province, situation in msgspec.json.decode(array):
        out[case_id] = CaseFacts(share(sex or UNKNOWN), _year(birth_year), share(province or UNKNOWN),
                                 share(situation or UNKNOWN))
    return out


def _year(value: object) -> int | None:
    try:
        return int(value) if value is not None else None  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None


_NO_CASE = CaseFacts(UNKNOWN, None, UNKNOWN, UNKNOWN)


def incident_units(conn: Connection, period: Period, theme_of: Callable[[str], str],
                   cancelled: Callable[[], bool] | None = None) -> tuple[list[IncidentUnit], set[str], Exclusions]:
    """The units of the period whose testimony has "anonymised statistics" consent in force, the ids of the
    testimonies they come from, and how many testimonies of the period were left out, by reason.

    An incident is in the period when its date may fall in it; an undated incident when its interview was.
    """
    with no_collection_pauses():
        return _incident_units(conn, period, theme_of, cancelled)


@contextlib.contextmanager
def no_collection_pauses() -> Iterator[None]:
    """Around work that makes hundreds of thousands of small objects, none of them in a cycle: the cyclic
    garbage collector would walk all of them again and again, holding the interpreter lock, so the window
    would stall (50 to 60 ms a time while a report's sets were made). Collection waits until the end."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            # Left out of later collections: they hold no cycles and go when their last reference does. Otherwise
            # the next full collection would walk them all at once, a pause the window would feel.
            gc.freeze()
            gc.enable()


def _rows(conn: Connection, cancelled: Callable[[], bool] | None) -> Iterator[tuple[str, _TestimonyData]]:
    """Every testimony's id and the fields statistics read, a thousand at a time, read ahead by a thread:
    SQLite decrypts the next pages (without the GIL) while this thread parses the previous ones."""
    def batches() -> Iterator[tuple[int, int, bytes]]:
        after = 0
        while True:
            last, array = conn.execute(_TESTIMONY_BATCH, (after, _BATCH)).fetchone()
            if last is None:
                return
            yield after, last, array
            after = last

    ahead = prefetch(batches())
    for n, (after, last, array) in enumerate(ahead):
        if cancelled is not None and n % 5 == 0 and cancelled():
            from intake_app.reports.errors import ReportCancelled

            raise ReportCancelled(_("Cancelled; nothing was written."))
        try:
            bodies = _batch_decoder.decode(array)
        except msgspec.ValidationError:
            # A field of an unexpected type in one of the thousand: read each of them leniently.
            bodies = [_lenient(bytes(raw)) for raw in _raw_batch_decoder.decode(array)]
        except msgspec.DecodeError:
            ahead.close()  # the reading thread stops before this one uses the connection
            for tid, body in conn.execute(_TESTIMONY_ROWS, (after, last)):
                _testimony_data(tid, body)  # names the testimony that is not JSON
            raise _unreadable("?") from None
        for body in bodies:
            yield body.id, body.data


def _lenient(raw: bytes) -> _TestimonyBody:
    try:
        tid = str(json.loads(raw).get("id", "?"))
    except (ValueError, AttributeError):
        tid = "?"
    return _TestimonyBody(_testimony_data(tid, raw), tid)


def _incident_units(conn: Connection, period: Period, theme_of: Callable[[str], str],
                    cancelled: Callable[[], bool] | None) -> tuple[list[IncidentUnit], set[str], Exclusions]:
    persons = person_map(conn)
    events = event_map(conn)
    cases = _cases(conn)
    units: list[IncidentUnit] = []
    append, make = units.append, IncidentUnit._make
    included: set[str] = set()
    excluded: dict[str, int] = {}
    # One string object per distinct dimension value: each body's "north_hamgyong" would otherwise be its own.
    share = sys.intern
    age_bands: dict[tuple[int | None, str], str] = {}
    date_facts: dict[str | None, tuple[bool, bool, str]] = {}   # date -> (well formed, in the period, year)
    for tid, data in _rows(conn, cancelled):
        incidents = data.incidents
        if not incidents:
            continue
        witness_case, interview = data.witness_case_id or "", data.interview_date
        consent: int | None = None
        witness = persons.get(witness_case, witness_case)
        independent = data.source_type != "hearsay"
        for incident in incidents:
            when = incident.date.value if incident.date is not None else None
            facts_of_date = date_facts.get(when)
            if facts_of_date is None:  # the same dates recur: work each out once
                dated = bool(when) and bool(_DATE.match(str(when)))
                facts_of_date = date_facts[when] = (
                    dated, dated and period.overlaps(str(when)), share(str(when)[:4]) if dated else UNKNOWN)
            dated, overlaps, year = facts_of_date
            if not (overlaps if dated else period.contains_day(interview)):
                continue
            if consent is None:
                consent = _stats_consent(data.consents)
            if consent != CONSENT_IN_FORCE:
                excluded[tid] = consent
                continue
            included.add(tid)
            victim_case, relation = incident.victim_case_id, incident.victim_relation or "self"
            if victim_case:
                victim = persons.get(victim_case, victim_case)
                facts = cases.get(victim_case, _NO_CASE)
            elif relation == "self":
                victim, facts = witness, cases.get(witness_case, _NO_CASE)
            else:
                # A relative with no case record: one person per witness and relation.
                victim, facts = f"{witness}/{relation}", _NO_CASE
            band_key = (facts.birth_year, year)
            band = age_bands.get(band_key)
            if band is None:
                band = age_bands[band_key] = age_band(facts.birth_year, year)
            perpetrator = share(incident.perpetrator or UNKNOWN)
            place_kind = share(incident.place.kind or UNKNOWN) if incident.place is not None else UNKNOWN
            incident_id = incident.id or f"{tid}/{len(units)}"
            event = events.get(incident_id, incident_id)
            for violation in incident.violation_types or [UNKNOWN]:
                violation = share(violation)
                append(make((tid, incident_id, event, witness, victim, independent, year, facts.province,
                             facts.sex, band, perpetrator, place_kind, facts.situation, violation,
                             theme_of(violation))))
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
