"""The demo's cases: field-style aliases, people, households and vulnerabilities."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from intake_app.demo_data.common import REFERENCE_YEAR, _code, _uuid, _weighted
from intake_app.demo_data.places import (
    _AREAS,
    _HOME_PROVINCE_WEIGHTS,
    _ORIGIN_WEIGHTS,
    _SITUATION_WEIGHTS,
    _Area,
)
from intake_app.domain.models import Case, HouseholdLink

# -- aliases ------------------------------------------------------------------------------------------

_NATURE_EN = (
    "Plum",
    "Willow",
    "Sparrow",
    "Magpie",
    "Camellia",
    "Pine",
    "Frost",
    "Maple",
    "Lotus",
    "Crane",
    "Swallow",
    "Juniper",
    "Hazel",
    "Peony",
    "Iris",
    "Lilac",
    "Robin",
    "Wren",
    "Aster",
    "Clover",
    "Marigold",
    "Heron",
    "Birch",
    "Cedar",
    "Snowdrop",
    "Dawn",
    "Rain",
    "Autumn",
    "Linden",
    "Azalea",
)
_NATURE_KO = (
    "민들레",
    "진달래",
    "개나리",
    "봉선화",
    "코스모스",
    "해바라기",
    "제비",
    "까치",
    "참새",
    "종달새",
    "두루미",
    "봄비",
    "첫눈",
    "들국화",
    "동백",
    "목련",
    "수선화",
    "은방울",
    "소나무",
    "버들",
    "단풍",
    "이슬",
    "새벽",
    "노을",
    "가을비",
    "함박눈",
    "산새",
    "꾀꼬리",
    "물망초",
    "살구꽃",
)
_SURNAMES = ("Song", "Choi", "Han", "Pak", "Ri", "Kim", "Jang", "Yun", "Mun", "Ok", "Hwang", "Jo")
_GIVEN_F = (
    "Mi-ok",
    "Sun-hee",
    "Chun-hwa",
    "Kyong-ae",
    "Myong-suk",
    "Ok-sun",
    "Hyang-mi",
    "Un-jong",
    "Son-hwa",
    "Kum-ran",
    "Yong-ja",
    "Hye-gyong",
)
_GIVEN_M = ("Young-ho", "Chol-min", "Song-il", "Kwang-chol", "Myong-hun", "Tae-sik", "Il-nam", "Chol-su")


def _alias(rng: random.Random, sex: str, birth_year: int) -> str:
    age = REFERENCE_YEAR - birth_year
    if age < 18:
        forms: list[Callable[[], str]] = [
            lambda: f"Little {rng.choice(_NATURE_EN)}",
            lambda: f"꼬마 {rng.choice(_NATURE_KO)}",
            lambda: f"{rng.choice(_GIVEN_M if sex == 'male' else _GIVEN_F)} (alias)",
        ]
    elif sex not in ("male", "female"):
        forms = [
            lambda: f"{rng.choice(_NATURE_EN)} (alias)",
            lambda: rng.choice(_NATURE_KO),
        ]
    elif sex == "male":
        forms = [
            lambda: f"Mr. {rng.choice(_NATURE_EN)}",
            lambda: f"Uncle {rng.choice(_NATURE_EN)}",
            lambda: f"Ajeossi {rng.choice(_SURNAMES)}",
            lambda: f"{rng.choice(_GIVEN_M)} (alias)",
            lambda: rng.choice(_NATURE_KO),
        ]
    elif age >= 62:
        forms = [
            lambda: f"Grandma {rng.choice(_NATURE_EN)}",
            lambda: f"Halmoni {rng.choice(_SURNAMES)}",
            lambda: f"{rng.choice(_NATURE_KO)} 할머니",
        ]
    else:
        forms = [
            lambda: f"Mrs. {rng.choice(_NATURE_EN)}",
            lambda: f"Auntie {rng.choice(_NATURE_EN)}",
            lambda: f"Ajumma {rng.choice(_SURNAMES)}",
            lambda: f"Imo {rng.choice(_SURNAMES)}",
            lambda: f"{rng.choice(_GIVEN_F)} (alias)",
            lambda: rng.choice(_NATURE_KO),
            lambda: f"{rng.choice(_NATURE_KO)} 아주머니",
        ]
    return rng.choice(forms)()


# -- cases --------------------------------------------------------------------------------------------


@dataclass
class _Person:
    """A generated case plus what the stories and aid need to stay consistent with it."""

    case: Case
    area: _Area
    children: list[Case] = field(default_factory=list)

    @property
    def birth_year(self) -> int:
        return self.case.birth_year or 1980

    @property
    def female(self) -> bool:
        return self.case.sex == "female"

    @property
    def origin(self) -> str:
        return self.case.province_of_origin or "north_hamgyong"


_CASE_NOTES = (
    "",
    "",
    "",
    "",
    "Contact through a church volunteer; moves between safe houses.",
    "Works on farms in season; reachable only through an intermediary.",
    "Wants to reach a third country; waiting for a safe route.",
    "The household she lives in does not know about our visits.",
    "Asked us not to visit during the day.",
    "Chronic back pain from years of farm work.",
    "Very frightened of the police; meet only with a known volunteer present.",
    "Speaks some Chinese; helps other women with shopping.",
    "주로 밤에만 만날 수 있음.",
    "중국어를 거의 못함. 통역 필요.",
)
_CHILD_NOTES = (
    "",
    "",
    "Born in China; no household registration, so no school place.",
    "Stays with the mother; shy with strangers.",
    "Needs a winter coat every year; growing fast.",
)
_ALONE_NOTES = (
    "Crossed alone; sleeps at a church volunteer's home.",
    "Lived on the streets before crossing; wants to go to school.",
    "On his own; a neighbour of the safe house keeps an eye on him.",
)
_FAKE_IDENTITIES = (
    "(demo) Kim Example",
    "(demo) Pak Sample",
    "(demo) Ri Placeholder",
    "(demo) Choe Fictional",
)


def _birth_year(rng: random.Random) -> int:
    decade = _weighted(rng, {"1950": 5, "1960": 10, "1970": 25, "1980": 35, "1990": 20, "2000": 5})
    return min(int(decade) + rng.randrange(10), 2006)


def _vulnerabilities(
    rng: random.Random, sex: str, birth_year: int, *, child: bool, accompanied: bool
) -> list[str]:
    age = REFERENCE_YEAR - birth_year
    out: list[str] = []
    if child:
        out.append("child")
        if not accompanied:
            out.append("unaccompanied_minor")
        if rng.random() < 0.1:
            out.append("ill")
        return out
    if age >= 66:
        out.append("elderly")
    if sex == "female" and age >= 16 and rng.random() < 0.45:
        out.append("trafficked")
    if sex == "female" and 18 <= age <= 42 and rng.random() < 0.1:
        out.append("pregnant")
    if rng.random() < (0.3 if age >= 60 else 0.12):
        out.append("ill")
    if rng.random() < 0.03:
        out.append("disabled")
    return out


def _area_for(rng: random.Random, situation: str) -> _Area:
    if situation == "in_transit":
        province = _weighted(rng, {"yunnan": 45, "guangxi": 35, "beijing": 10, "shandong": 10})
    else:
        province = _weighted(rng, _HOME_PROVINCE_WEIGHTS)
    return rng.choice(_AREAS[province])


def _make_people(rng: random.Random, count: int) -> list[_Person]:
    people: list[_Person] = []
    used_aliases: set[str] = set()
    for index in range(count):
        adults = [p for p in people if REFERENCE_YEAR - p.birth_year >= 18]
        mothers = [p for p in adults if p.female and p.birth_year >= 1970]
        is_child = index > 0 and bool(mothers) and rng.random() < 0.15
        mother: _Person | None = None
        household: list[HouseholdLink] = []
        if is_child:
            mother = rng.choice(mothers)
            birth_year = min(max(mother.birth_year + rng.randint(18, 40), 2009), 2015)
            sex = rng.choice(("female", "male"))
            # Most such children were born in China to a mother living there without papers.
            origin = mother.case.province_of_origin if rng.random() < 0.3 else None
            situation = mother.case.situation
            area = mother.area
            household.append(HouseholdLink(case_id=mother.case.id, relation="parent"))
        elif index > 0 and rng.random() < 0.03:
            # A teenager who crossed alone (a former street child, "kotjebi").
            is_child = True
            birth_year = rng.randint(2009, 2012)
            sex = _weighted(rng, {"male": 70, "female": 30})
            origin = _weighted(rng, _ORIGIN_WEIGHTS)
            situation = _weighted(rng, {"in_hiding_china": 80, "in_transit": 20})
            area = _area_for(rng, situation)
        else:
            birth_year = _birth_year(rng)
            sex = "female" if index == 0 else _weighted(rng, {"female": 74, "male": 22, "unknown": 4})
            origin = _weighted(rng, _ORIGIN_WEIGHTS) if rng.random() < 0.95 else None
            situation = _weighted(rng, _SITUATION_WEIGHTS)
            area = _area_for(rng, situation)
            partners = [p for p in adults if p.female and abs(p.birth_year - birth_year) <= 8]
            if sex == "male" and partners and rng.random() < 0.3:
                partner = rng.choice(partners)
                household.append(HouseholdLink(case_id=partner.case.id, relation="spouse"))
                area, situation = partner.area, partner.case.situation
            elif adults and rng.random() < 0.05:
                sibling = rng.choice(adults)
                household.append(HouseholdLink(case_id=sibling.case.id, relation="sibling"))
        alias = _alias(rng, sex, birth_year)
        for _attempt in range(25):
            if alias not in used_aliases:
                break
            alias = _alias(rng, sex, birth_year)
        base_alias, n = alias, 2
        while alias in used_aliases:
            alias, n = f"{base_alias} {n}", n + 1
        used_aliases.add(alias)
        case = Case(
            id=_uuid(rng),
            code=_code(rng),
            alias=alias,
            sex=sex,
            birth_year=birth_year,
            province_of_origin=origin,
            situation=situation,
            household=household,
            vulnerabilities=_vulnerabilities(
                rng, sex, birth_year, child=is_child, accompanied=mother is not None
            ),
            notes=rng.choice(_CASE_NOTES if not is_child else _CHILD_NOTES if mother else _ALONE_NOTES),
        )
        if index % 20 == 5:
            # Obviously fake identifying fields, so that the "identifying" handling can be seen at work.
            case.legal_name = _FAKE_IDENTITIES[(index // 20) % len(_FAKE_IDENTITIES)]
            case.phone = "+86 000 0000 0000"
            case.birth_date = f"{birth_year}-01-01"
            case.address = "(demo) not a real address"
        person = _Person(case=case, area=area)
        if mother is not None:
            mother.children.append(case)
        people.append(person)
    return people
