"""Testimonies: telling a story for a witness, with its incidents (dates, places) and consents."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from intake_app.demo_data.common import (
    AID_FROM,
    AID_TO,
    LATEST,
    REFERENCE_YEAR,
    _add_months,
    _day_between,
    _uuid,
    _weighted,
)
from intake_app.demo_data.people import _Person
from intake_app.demo_data.places import _BORDER_AREAS, _FAR_AREAS, _HOME_CROSSINGS, _TOWNS, _Area, _Town
from intake_app.demo_data.stories import _RELATIVES, _SEASONS, _STORIES, _WORKPLACES
from intake_app.demo_data.story_types import _Beat, _IncidentSpec, _Story
from intake_app.domain.models import Consent, Incident, IncidentDate, IncidentPlace, Testimony
from intake_app.domain.taxonomy import Taxonomy

_INTERVIEWERS = (
    "Field worker A",
    "Field worker B",
    "Field worker C",
    "Field worker D",
    "Visiting staff (HQ)",
)
_TESTIMONY_NOTES = (
    "",
    "",
    "",
    "Interview held in a safe house; about two hours.",
    "Witness was tired; a second session is planned.",
    "Asked that her home town not be named.",
    "Some dates are uncertain; she counted from her child's age.",
    "면담은 두 번에 나누어 진행함.",
)
_CONSENT_METHOD_WEIGHTS = {"oral": 60, "written": 25, "recorded": 15}
_CONSENT_CHANCE = {
    "store": 1.0,
    "share_hq": 0.85,
    "anonymised_stats": 0.7,
    "un_mechanisms": 0.3,
    "named_publication": 0.05,
}
_PRECISION_WEIGHTS = {"day": 20, "month": 35, "year": 30, "approximate": 15}


def _incident_date(rng: random.Random, when: date, vague: bool) -> IncidentDate:
    precision = _weighted(rng, {"year": 60, "approximate": 40} if vague else _PRECISION_WEIGHTS)
    if precision == "day":
        return IncidentDate(when.isoformat(), "day")
    if precision == "month":
        return IncidentDate(when.strftime("%Y-%m"), "month")
    if precision == "year":
        return IncidentDate(str(when.year), "year")
    return IncidentDate(
        str(when.year) if vague or rng.random() < 0.6 else when.strftime("%Y-%m"), "approximate"
    )


_FACILITY_NAMES = {
    "jipkyulso": "{town} holding centre",
    "state_security_detention": "State Security detention centre, {town}",
    "peoples_security_detention": "People's Security station, {town}",
    "rodong_danryondae": "labour training camp near {town}",
    "kyohwaso": "prison labour camp",
    "kwanliso": "",
    "chinese_detention": "detention centre, {cn_place}",
    "other": "",
}


def _incident_place(
    rng: random.Random, spec: _IncidentSpec, ctx: dict[str, Any], person: _Person
) -> IncidentPlace:
    town: _Town = ctx["_town"]
    area: _Area = ctx["_area"]
    if spec.place == "facility":
        kind = rng.choice(spec.facility_types) if spec.facility_types else "other"
        # A camp far from home is usually remembered by province only.
        province = (
            town.province
            if kind != "kwanliso"
            else rng.choice(("north_hamgyong", "south_pyongan", "south_hamgyong"))
        )
        name = _FACILITY_NAMES.get(kind, "").format(town=town.en, cn_place=area.en)
        return IncidentPlace(kind="facility", province=province, facility_type=kind, name=name)
    if spec.place == "china":
        return IncidentPlace(kind="china_province", province=area.province, name=area.en)
    if spec.place == "border":
        crossing: _Town = ctx["_crossing"]
        return IncidentPlace(kind="border", province=crossing.province, name=f"near {crossing.en}")
    if spec.place == "remote":
        return IncidentPlace(
            kind="dprk_province",
            province=rng.choice(("chagang", "ryanggang")),
            name="a remote mountain village",
        )
    return IncidentPlace(kind="dprk_province", province=person.origin, name="")


def _choose_beats(rng: random.Random, story: _Story) -> list[_Beat]:
    chosen = [b for b in story.beats if b.required or rng.random() < 0.6]
    optional_left = [b for b in story.beats if b not in chosen]
    while len(chosen) < 3 and optional_left:
        chosen.append(optional_left.pop(rng.randrange(len(optional_left))))
    chosen.sort(key=story.beats.index)
    while len(chosen) > 8:
        droppable = [b for b in chosen if not b.required]
        chosen.remove(rng.choice(droppable))
    return chosen


@dataclass
class _Told:
    narrative: str
    korean: bool
    incidents: list[Incident]
    source_type: str


def _tell(rng: random.Random, story: _Story, person: _Person, interview: date, tax: Taxonomy) -> _Told | None:
    lo, hi = story.years(person.birth_year)
    hi = min(hi, interview.year - 2)
    child = rng.choice(person.children) if person.children else None
    tells_of_child = any(b.incident is not None and b.incident.victim == "child" for b in story.beats)
    if child is not None and tells_of_child:
        # The story must begin before the child's birth.
        hi = min(hi, (child.birth_year or REFERENCE_YEAR) - 1)
    if lo > hi or (story.female_only and not person.female):
        return None
    start = date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
    limit = interview - timedelta(days=30)
    area = rng.choice(_FAR_AREAS if story.far else _BORDER_AREAS)
    if not story.far and person.area in _BORDER_AREAS and rng.random() < 0.7:
        area = person.area
    repatriated_via = rng.choice(area.crossings)
    if story.key == "famine":
        repatriated_via = rng.choice(_HOME_CROSSINGS.get(person.origin, area.crossings))
    town = (
        repatriated_via
        if story.key in ("repatriation", "forced_abortion", "religion")
        else rng.choice(_TOWNS.get(person.origin, _TOWNS["north_hamgyong"]))
    )
    relation = "self"
    if story.relative:
        options = ["parent", "sibling"] + (["spouse"] if person.female else [])
        if person.birth_year <= 1985:
            options.append("child")
        relation = rng.choice(options)
    workplace = rng.choice(_WORKPLACES)
    daughter = child.sex == "female" if child else rng.random() < 0.5
    ctx: dict[str, Any] = {
        "year": start.year,
        "cur_year": start.year,
        "origin": tax.label("dprk_provinces", person.origin, "en"),
        "origin_ko": tax.label("dprk_provinces", person.origin, "ko"),
        "town": town.en,
        "town_ko": town.ko,
        "cn_place": area.en,
        "cn_place_ko": area.ko,
        "weeks": rng.randint(2, 8),
        "months": rng.choice((3, 4, 6, 6, 8, 12)),
        "preg_months": rng.randint(3, 7),
        "years": rng.randint(2, 7),
        "price": rng.randrange(10000, 40001, 1000),
        "fine": rng.randrange(2000, 8001, 500),
        "workplace": workplace[0],
        "workplace_ko": workplace[1],
        "_town": town,
        "_area": area,
        "_crossing": repatriated_via,
        "child_en": "daughter" if daughter else "son",
        "child_ko_obj": "딸을" if daughter else "아들을",
        **(_RELATIVES.get(relation, {"relative": "", "relative_ko_obj": "", "relative_ko_top": ""})),
    }
    ctx["relative_cap"] = ctx["relative"][:1].upper() + ctx["relative"][1:]
    korean = rng.random() < 0.3
    sentences: list[str] = []
    incidents: list[tuple[bool, Incident]] = []
    cursor = start
    chosen = _choose_beats(rng, story)
    for beat in story.beats:
        # Time passes in the parts of the story that are not told too.
        cursor = min(_add_months(cursor, rng.randint(*beat.months)), max(limit, start))
        if beat.incident is not None and beat.incident.victim == "child" and child is not None:
            # The child is a case too: the story follows the child's recorded birth year.
            cursor = date(child.birth_year or cursor.year, rng.randint(1, 12), rng.randint(1, 28))
        if beat not in chosen:
            continue
        ctx["cur_year"] = cursor.year
        ctx["season"], ctx["season_ko"] = _SEASONS[cursor.month]
        sentences.append(rng.choice(beat.ko if korean else beat.en).format_map(ctx))
        spec = beat.incident
        if spec is None:
            continue
        violations = list(spec.violations) + [v for v in spec.optional if rng.random() < 0.4]
        victim_relation = {"self": "self", "relative": relation, "other": "other", "child": "child"}[
            spec.victim
        ]
        victim_case_id = None
        if spec.victim == "child" and child is not None:
            victim_case_id = child.id
        incidents.append(
            (
                beat.required,
                Incident(
                    id=_uuid(rng),
                    violation_types=violations,
                    date=_incident_date(rng, cursor, spec.vague),
                    place=_incident_place(rng, spec, ctx, person),
                    perpetrator=rng.choice(spec.perpetrators) if spec.perpetrators else None,
                    victim_relation=victim_relation,
                    victim_case_id=victim_case_id,
                    description=spec.description,
                ),
            )
        )
    while len(incidents) > 3:
        optional = [i for i, (required, _inc) in enumerate(incidents) if not required]
        incidents.pop(rng.choice(optional) if optional else len(incidents) - 1)
    return _Told(
        narrative=" ".join(sentences),
        korean=korean,
        incidents=[inc for _req, inc in incidents],
        source_type=story.source_type,
    )


def _consents(rng: random.Random, interview: date) -> list[Consent]:
    method = _weighted(rng, _CONSENT_METHOD_WEIGHTS)
    out: list[Consent] = []
    for scope, chance in _CONSENT_CHANCE.items():
        if scope == "named_publication" and rng.random() < 0.5:
            continue  # not always asked
        given = rng.random() < chance
        notes = ""
        if scope == "named_publication" and not given:
            notes = "Refused: fears for family in the North."
        out.append(Consent(scope=scope, given=given, date=interview.isoformat(), method=method, notes=notes))
    withdrawable = [c for c in out if c.given and c.scope != "store"]
    if withdrawable and rng.random() < 0.08:
        consent = rng.choice(withdrawable)
        consent.withdrawn_on = min(interview + timedelta(days=rng.randint(10, 200)), LATEST).isoformat()
        consent.withdrawal_method = rng.choice(("oral", "other"))
        consent.notes = "Withdrawn by message through the contact person after relatives were questioned."
    return out


def _make_testimony(rng: random.Random, person: _Person, tax: Taxonomy) -> Testimony:
    interview = _day_between(rng, AID_FROM, AID_TO)
    stories = [s for s in _STORIES if not (s.female_only and not person.female)]
    told: _Told | None = None
    while told is None and stories:
        story = rng.choices(stories, weights=[s.weight for s in stories])[0]
        stories.remove(story)
        told = _tell(rng, story, person, interview, tax)
    if told is None:  # pragma: no cover - the labour story fits every adult born by 2006
        raise ValueError("no story fits this witness")
    if told.korean:
        language, interpreter = "ko", None
    else:
        language = _weighted(rng, {"ko": 80, "zh": 17, "ru": 1, "other": 2})
        interpreter = "volunteer interpreter" if rng.random() < 0.5 else None
    return Testimony(
        id=_uuid(rng),
        witness_case_id=person.case.id,
        interview_date=interview.isoformat(),
        interviewer=rng.choice(_INTERVIEWERS),
        language=language,
        interpreter=interpreter,
        source_type=told.source_type,
        narrative=told.narrative,
        consents=_consents(rng, interview),
        incidents=told.incidents,
        notes=rng.choice(_TESTIMONY_NOTES),
    )
