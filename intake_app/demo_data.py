"""A fictional sample dataset for demonstrations, training and tests.

Everything here is invented: aliases are field-style pseudonyms (flowers, birds, seasons, honorifics), no
real person's name is used, and the few "identifying" fields that are filled in are obviously fake
("(demo) Kim Example", "+86 000 0000 0000"). The stories follow the themes of the seed report
(repatriation and detention, holding centres, forced labour, the 1990s famine, punishment of family,
trafficking, forced abortion, religious persecution), but no narrative is anyone's testimony.

The generator is deterministic for a given `random.Random` seed: ids, case codes and every choice come
from that generator, so the same seed always builds the same dataset.
"""

from __future__ import annotations

import random
import struct
import uuid
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from intake_app.domain.models import (
    _CODE_ALPHABET,
    AidDistribution,
    AidItem,
    Case,
    Consent,
    HouseholdLink,
    Incident,
    IncidentDate,
    IncidentPlace,
    Record,
    Testimony,
)
from intake_app.domain.taxonomy import Taxonomy, load_taxonomy

# The demo's "now": aid and interviews fall in this span, withdrawals of consent no later than the end.
AID_FROM = date(2024, 1, 1)
AID_TO = date(2026, 10, 31)
LATEST = date(2026, 11, 15)
REFERENCE_YEAR = 2026  # ages (child, elderly) are counted at this year


# -- small helpers ------------------------------------------------------------------------------------


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _code(rng: random.Random) -> str:
    chars = "".join(rng.choice(_CODE_ALPHABET) for _ in range(7))
    return f"{chars[:3]}-{chars[3:]}"


def _weighted(rng: random.Random, weights: dict[str, float]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _day_between(rng: random.Random, start: date, end: date) -> date:
    if end <= start:
        return start
    return start + timedelta(days=rng.randrange((end - start).days + 1))


def _add_months(d: date, months: int) -> date:
    month0 = d.month - 1 + months
    return date(d.year + month0 // 12, month0 % 12 + 1, min(d.day, 28))


# -- places -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Town:
    en: str
    ko: str
    province: str  # a dprk_provinces key


_TOWNS: dict[str, tuple[_Town, ...]] = {
    "north_hamgyong": (
        _Town("Chongjin", "청진", "north_hamgyong"),
        _Town("Hoeryong", "회령", "north_hamgyong"),
        _Town("Musan", "무산", "north_hamgyong"),
        _Town("Onsong", "온성", "north_hamgyong"),
    ),
    "ryanggang": (_Town("Hyesan", "혜산", "ryanggang"), _Town("Pochon", "보천", "ryanggang")),
    "south_hamgyong": (
        _Town("Hamhung", "함흥", "south_hamgyong"),
        _Town("Tanchon", "단천", "south_hamgyong"),
    ),
    "north_pyongan": (_Town("Sinuiju", "신의주", "north_pyongan"),),
    "chagang": (_Town("Manpo", "만포", "chagang"),),
    "pyongyang": (_Town("Pyongyang", "평양", "pyongyang"),),
    "rason": (_Town("Rajin", "라진", "rason"),),
    "nampo": (_Town("Nampo", "남포", "nampo"),),
    "kaesong": (_Town("Kaesong", "개성", "kaesong"),),
    "south_pyongan": (_Town("Pyongsong", "평성", "south_pyongan"),),
    "north_hwanghae": (_Town("Sariwon", "사리원", "north_hwanghae"),),
    "south_hwanghae": (_Town("Haeju", "해주", "south_hwanghae"),),
    "kangwon": (_Town("Wonsan", "원산", "kangwon"),),
}
# Where people sent back from China are handed over, by the border crossing's side.
_JILIN_CROSSINGS = (_TOWNS["north_hamgyong"][3], _TOWNS["north_hamgyong"][1], _TOWNS["north_hamgyong"][2])
_CHANGBAI_CROSSING = (_TOWNS["ryanggang"][0],)
_LIAONING_CROSSING = (_TOWNS["north_pyongan"][0],)
# Border towns of the provinces along the rivers, for someone crossing from home.
_HOME_CROSSINGS = {
    "north_hamgyong": _JILIN_CROSSINGS,
    "ryanggang": _CHANGBAI_CROSSING,
    "north_pyongan": _LIAONING_CROSSING,
    "chagang": _TOWNS["chagang"],
}


@dataclass(frozen=True)
class _Area:
    """A coarse place in China (a town's area, never an address) and where a return from it crosses."""

    en: str
    ko: str
    province: str  # a china_provinces key
    crossings: tuple[_Town, ...] = _JILIN_CROSSINGS


_AREAS: dict[str, tuple[_Area, ...]] = {
    "jilin": (
        _Area("Yanji area", "연길", "jilin"),
        _Area("Longjing area", "용정", "jilin"),
        _Area("Tumen area", "도문", "jilin"),
        _Area("Hunchun area", "훈춘", "jilin"),
        _Area("Helong area", "화룡", "jilin"),
        _Area("Changbai area", "장백", "jilin", _CHANGBAI_CROSSING),
        _Area("Changchun area", "장춘", "jilin"),
    ),
    "liaoning": (
        _Area("Dandong area", "단동", "liaoning", _LIAONING_CROSSING),
        _Area("Shenyang area", "심양", "liaoning", _LIAONING_CROSSING),
        _Area("Kuandian area", "관전", "liaoning", _LIAONING_CROSSING),
    ),
    "heilongjiang": (
        _Area("Harbin area", "하얼빈", "heilongjiang"),
        _Area("Mudanjiang area", "목단강", "heilongjiang"),
        _Area("Jixi area", "계서", "heilongjiang"),
    ),
    "shandong": (_Area("Qingdao area", "청도", "shandong"),),
    "beijing": (_Area("Beijing outskirts", "베이징 외곽", "beijing"),),
    "yunnan": (_Area("Kunming area", "곤명", "yunnan"),),
    "guangxi": (_Area("Nanning area", "난닝", "guangxi"),),
}
_BORDER_AREAS = _AREAS["jilin"] + _AREAS["liaoning"]
# Where trafficked women are most often taken: far from the border, to farming villages.
_FAR_AREAS = _AREAS["heilongjiang"] + _AREAS["shandong"] + _AREAS["liaoning"][1:]

_HOME_PROVINCE_WEIGHTS = {
    "jilin": 50,
    "liaoning": 15,
    "heilongjiang": 18,
    "shandong": 6,
    "beijing": 3,
    "yunnan": 4,
    "guangxi": 4,
}
_ORIGIN_WEIGHTS = {
    "north_hamgyong": 46,
    "ryanggang": 22,
    "south_hamgyong": 14,
    "north_pyongan": 4,
    "chagang": 3,
    "pyongyang": 2,
    "south_pyongan": 3,
    "kangwon": 2,
    "rason": 1,
    "north_hwanghae": 1,
    "south_hwanghae": 1,
    "nampo": 0.5,
    "kaesong": 0.5,
}
_SITUATION_WEIGHTS = {
    "in_hiding_china": 72,
    "in_transit": 8,
    "third_country": 8,
    "detained": 4,
    "repatriated": 4,
    "unknown": 4,
}

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


# -- aid ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _ItemKind:
    name: str
    unit: str
    quantities: tuple[float, ...]


_ITEMS: dict[str, tuple[_ItemKind, ...]] = {
    "food": (
        _ItemKind("rice", "kg", (10, 20, 25)),
        _ItemKind("flour", "kg", (5, 10)),
        _ItemKind("cooking oil", "litre", (1, 2, 5)),
        _ItemKind("noodles", "pack", (5, 10, 20)),
        _ItemKind("soybean paste", "kg", (1, 2)),
        _ItemKind("eggs", "piece", (15, 30)),
        _ItemKind("baby formula", "box", (2, 4)),
    ),
    "clothing": (
        _ItemKind("winter coat", "piece", (1, 2)),
        _ItemKind("winter boots", "piece", (1,)),
        _ItemKind("thermal underwear", "set", (1, 2)),
        _ItemKind("blanket", "piece", (1, 2)),
        _ItemKind("children's clothes", "set", (2, 3)),
    ),
    "medicine": (
        _ItemKind("antibiotics", "pack", (1, 2)),
        _ItemKind("painkillers", "box", (1, 2, 3)),
        _ItemKind("cold medicine", "box", (1, 2)),
        _ItemKind("prenatal vitamins", "box", (1, 2)),
        _ItemKind("blood pressure tablets", "box", (1, 2, 3)),
        _ItemKind("ointment", "piece", (1, 2)),
    ),
    "medical_care": (
        _ItemKind("clinic consultation", "other", (1,)),
        _ItemKind("dental treatment", "other", (1,)),
        _ItemKind("hospital stay", "night", (1, 2, 3, 5)),
        _ItemKind("prenatal check-up", "other", (1,)),
    ),
    "shelter": (
        _ItemKind("safe-house rent", "month", (1, 2, 3)),
        _ItemKind("guesthouse", "night", (2, 3, 5, 7)),
        _ItemKind("heating coal", "bag", (5, 10)),
    ),
    "cash": (),
    "transport": (
        _ItemKind("bus ticket", "trip", (1, 2)),
        _ItemKind("train ticket", "trip", (1, 2)),
        _ItemKind("escorted journey to the next safe house", "trip", (1,)),
    ),
    "communication": (
        _ItemKind("prepaid SIM card", "piece", (1,)),
        _ItemKind("basic mobile phone", "piece", (1,)),
        _ItemKind("phone credit", "month", (1, 2, 3)),
    ),
    "legal_aid": (_ItemKind("consultation with a volunteer lawyer", "other", (1,)),),
    "other": (
        _ItemKind("hygiene kit", "set", (1, 2)),
        _ItemKind("school supplies", "set", (1,)),
        _ItemKind("sewing machine", "piece", (1,)),
    ),
}
# Chance that a value is recorded, and its range in CNY.
_VALUES: dict[str, tuple[float, int, int]] = {
    "food": (0.5, 80, 400),
    "clothing": (0.5, 150, 600),
    "medicine": (0.6, 30, 300),
    "medical_care": (1.0, 150, 3000),
    "shelter": (0.9, 300, 1500),
    "cash": (1.0, 200, 2000),
    "transport": (0.8, 60, 800),
    "communication": (0.7, 50, 400),
    "legal_aid": (0.0, 0, 0),
    "other": (0.5, 50, 400),
}
_AID_NOTES: dict[str, tuple[str, ...]] = {
    "food": (
        "",
        "",
        "Delivered at night through the usual contact.",
        "Monthly food parcel.",
        "She shares it with two other women nearby.",
        "쌀과 기름 전달.",
    ),
    "clothing": ("", "Before the cold sets in.", "Sizes checked at the last visit.", "겨울 대비."),
    "medicine": (
        "",
        "For a persistent cough.",
        "For the child's fever.",
        "Bought at a pharmacy in another town.",
        "아이 감기약.",
    ),
    "medical_care": (
        "",
        "Clinic that does not ask for papers.",
        "Paid directly to the clinic.",
        "Follow-up visit needed.",
    ),
    "shelter": ("", "Rent for a safe house.", "After the landlord asked questions, moved to a new room."),
    "cash": (
        "",
        "Emergency cash after losing farm work.",
        "For rent arrears.",
        "To repay a debt to a broker.",
        "긴급 생활비.",
    ),
    "transport": (
        "",
        "Fare to the next safe house.",
        "Accompanied by a volunteer.",
        "Travelled without ID checks on this route.",
    ),
    "communication": ("", "So that she can call the contact in an emergency.", "Old phone was taken."),
    "legal_aid": ("", "Advice on the child's registration.", "Advice after an arrest threat."),
    "other": ("", "Sewing machine for home work.", "Supplies for the child."),
}


def _aid_category(rng: random.Random, person: _Person, day: date) -> str:
    weights = {
        "food": 30.0,
        "clothing": 10.0,
        "medicine": 15.0,
        "medical_care": 6.0,
        "shelter": 8.0,
        "cash": 12.0,
        "transport": 5.0,
        "communication": 6.0,
        "legal_aid": 2.0,
        "other": 4.0,
    }
    if day.month in (10, 11, 12, 1, 2):
        weights["clothing"] *= 2.5
    vulns = person.case.vulnerabilities
    if "ill" in vulns or "pregnant" in vulns:
        weights["medicine"] *= 2
        weights["medical_care"] *= 2
    if person.case.situation == "in_transit":
        weights["transport"] *= 6
        weights["shelter"] *= 3
    return _weighted(rng, weights)


def _aid_items(rng: random.Random, category: str, person: _Person) -> list[AidItem]:
    kinds = list(_ITEMS[category])
    if not kinds:
        return []
    if "pregnant" not in person.case.vulnerabilities:
        kinds = [k for k in kinds if "prenatal" not in k.name] or kinds
    if not person.children and "child" not in person.case.vulnerabilities:
        kinds = [k for k in kinds if k.name not in ("baby formula", "children's clothes", "school supplies")]
    count = 1
    if category == "food":
        count = rng.choice((1, 2, 2, 3))
    elif category in ("clothing", "medicine"):
        count = rng.choice((1, 1, 2))
    return [
        AidItem(name=k.name, quantity=rng.choice(k.quantities), unit=k.unit)
        for k in rng.sample(kinds, min(count, len(kinds)))
    ]


def _make_aid(rng: random.Random, person: _Person) -> list[AidDistribution]:
    n = int(_weighted(rng, {"1": 15, "2": 35, "3": 35, "4": 15}))
    days = sorted(_day_between(rng, AID_FROM, AID_TO) for _ in range(n))
    out = []
    for day in days:
        category = _aid_category(rng, person, day)
        area = person.area if rng.random() < 0.85 else rng.choice(_BORDER_AREAS)
        chance, low, high = _VALUES[category]
        items = _aid_items(rng, category, person)
        value: float | None = None
        if rng.random() < chance:
            if any(i.name.startswith("escorted") for i in items):
                low, high = 1500, 6000
            value = float(rng.randrange(low, high + 1, 10))
        out.append(
            AidDistribution(
                id=_uuid(rng),
                date=day.isoformat(),
                case_id=person.case.id,
                category=category,
                items=items,
                value=value,
                currency="CNY" if value is not None else None,
                province=area.province,
                place=area.en,
                notes=rng.choice(_AID_NOTES[category]),
            )
        )
    return out


# -- testimonies --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _IncidentSpec:
    violations: tuple[str, ...]
    place: str  # origin | remote | town | facility | china | far | border
    optional: tuple[str, ...] = ()
    facility_types: tuple[str, ...] = ()
    perpetrators: tuple[str, ...] = ()
    victim: str = "self"  # self | relative | other | child
    vague: bool = False  # dates remembered only roughly (years, "about")
    description: str = ""


@dataclass(frozen=True)
class _Beat:
    en: tuple[str, ...]
    ko: tuple[str, ...]
    required: bool = False
    months: tuple[int, int] = (0, 0)  # time since the previous beat
    incident: _IncidentSpec | None = None


@dataclass(frozen=True)
class _Story:
    key: str
    weight: float
    beats: tuple[_Beat, ...]
    years: Callable[[int], tuple[int, int]]  # birth year -> range of the story's first year
    source_type: str = "direct"
    female_only: bool = False
    relative: bool = False
    far: bool = False  # the China part happens far from the border


_STORIES: tuple[_Story, ...] = (
    _Story(
        key="repatriation",
        weight=22,
        years=lambda b: (max(b + 16, 1999), 2022),
        beats=(
            _Beat(
                required=True,
                en=(
                    "I crossed the Tumen River in {year} because there was nothing left to eat at home in "
                    "{origin}.",
                    "I left {origin} in {year} and lived in hiding near the {cn_place}, working on farms.",
                ),
                ko=(
                    "{year}년에 집에 먹을 것이 없어서 {origin_ko}에서 두만강을 건넜습니다.",
                    "{year}년에 {origin_ko}에서 나와 {cn_place_ko} 근처에 숨어 살면서 농사일을 했습니다.",
                ),
            ),
            _Beat(
                months=(6, 30),
                en=(
                    "Chinese police stopped me during an identity check in the {cn_place} and held me in a "
                    "detention centre for about {weeks} weeks.",
                ),
                ko=(
                    "{cn_place_ko}에서 신분 검사를 하던 중국 공안에게 붙잡혀 {weeks}주 정도 구류소에 갇혀 "
                    "있었습니다.",
                ),
                incident=_IncidentSpec(
                    ("arrest_in_china",),
                    "china",
                    optional=("arbitrary_detention",),
                    perpetrators=("chinese_police", "chinese_public_security"),
                    description="Arrested in an identity check; held before handover.",
                ),
            ),
            _Beat(
                months=(1, 2),
                en=(
                    "I was handed over to the North Korean side at the bridge and taken to the holding "
                    "centre in {town}.",
                ),
                ko=("다리에서 북한 쪽으로 넘겨졌고 {town_ko} 집결소로 끌려갔습니다.",),
                incident=_IncidentSpec(
                    ("refoulement",),
                    "border",
                    optional=("punishment_for_leaving_country",),
                    perpetrators=("chinese_public_security", "chinese_border_guards"),
                    description="Forcibly returned across the bridge.",
                ),
            ),
            _Beat(
                required=True,
                months=(0, 1),
                en=(
                    "State Security officers beat me during interrogation because they wanted to know "
                    "whether I had met South Koreans or missionaries.",
                    "During interrogation I was kicked and beaten with a stick until I signed a statement.",
                    "In the holding centre we had to sit motionless for hours, and anyone who moved was "
                    "beaten.",
                ),
                ko=(
                    "보위부 사람들이 남조선 사람이나 선교사를 만났는지 대라며 심문 중에 저를 때렸습니다.",
                    "심문 중에 진술서에 손도장을 찍을 때까지 발로 차이고 몽둥이로 맞았습니다.",
                    "집결소에서는 몇 시간씩 꼼짝 말고 앉아 있어야 했고 조금이라도 움직이면 맞았습니다.",
                ),
                incident=_IncidentSpec(
                    ("torture",),
                    "facility",
                    optional=("cruel_treatment", "forced_confession", "inhumane_detention_conditions"),
                    facility_types=("jipkyulso", "state_security_detention"),
                    perpetrators=("state_security",),
                    description="Beaten during interrogation after repatriation.",
                ),
            ),
            _Beat(
                en=(
                    "Women were made to strip and squat again and again so that the guards could look for "
                    "hidden money.",
                ),
                ko=("여자들은 옷을 벗고 돈을 숨겼는지 보려고 여러 번 앉았다 일어섰다를 해야 했습니다.",),
                incident=_IncidentSpec(
                    ("invasive_body_search",),
                    "facility",
                    optional=("sexual_violence_detention",),
                    facility_types=("jipkyulso",),
                    perpetrators=("peoples_security", "prison_guards"),
                    description="Strip search of the women detainees.",
                ),
            ),
            _Beat(
                en=("We were given a handful of corn a day, and many people fell ill.",),
                ko=("하루에 옥수수 한 줌밖에 주지 않아서 많은 사람이 병이 났습니다.",),
            ),
            _Beat(
                months=(1, 3),
                en=(
                    "Without any trial I was sent to a labour training camp for {months} months, where we "
                    "carried stones and worked in the fields from dawn.",
                ),
                ko=(
                    "재판도 없이 {months}개월 동안 노동단련대에 보내져 새벽부터 돌을 나르고 밭일을 했습니다.",
                ),
                incident=_IncidentSpec(
                    ("forced_labour", "punishment_without_trial"),
                    "facility",
                    facility_types=("rodong_danryondae",),
                    perpetrators=("peoples_security",),
                    description="Labour training camp sentence without trial.",
                ),
            ),
            _Beat(
                months=(6, 14),
                en=(
                    "After my release I crossed again in {cur_year}, because I knew I would be watched for "
                    "the rest of my life.",
                    "When I was released I weighed less than forty kilograms.",
                ),
                ko=(
                    "풀려난 뒤 평생 감시당할 것을 알았기 때문에 {cur_year}년에 다시 강을 건넜습니다.",
                    "풀려났을 때 몸무게가 40킬로그램도 되지 않았습니다.",
                ),
            ),
        ),
    ),
    _Story(
        key="forced_abortion",
        weight=8,
        female_only=True,
        years=lambda b: (max(b + 18, 2000), min(b + 42, 2022)),
        beats=(
            _Beat(
                required=True,
                en=(
                    "I was {preg_months} months pregnant when I was caught in the {cn_place} and sent back "
                    "in {year}.",
                ),
                ko=("{year}년에 {cn_place_ko}에서 붙잡혀 북송될 때 저는 임신 {preg_months}개월이었습니다.",),
                incident=_IncidentSpec(
                    ("refoulement",),
                    "border",
                    optional=("arrest_in_china",),
                    perpetrators=("chinese_public_security",),
                    description="Returned while pregnant.",
                ),
            ),
            _Beat(
                required=True,
                months=(0, 1),
                en=(
                    "At the holding centre in {town} the officers said the baby was of \u201cChinese "
                    "seed\u201d and could not be allowed to be born.",
                ),
                ko=(
                    "{town_ko} 집결소에서 안전원들은 아이가 \u2018중국 종자\u2019라서 낳게 둘 수 없다고 "
                    "했습니다.",
                ),
            ),
            _Beat(
                required=True,
                en=(
                    "They gave me an injection, the baby was born dead the next day, and nobody gave me any "
                    "care afterwards.",
                    "A medical assistant forced the abortion without anaesthetic, and I was sent back to the "
                    "cell the same day.",
                ),
                ko=(
                    "주사를 맞히고 다음 날 아이는 죽은 채로 나왔고, 그 뒤로 아무런 치료도 받지 못했습니다.",
                    "의료 담당자가 마취도 없이 강제로 낙태를 시켰고, 저는 그날로 감방에 돌려보내졌습니다.",
                ),
                incident=_IncidentSpec(
                    ("enforced_abortion",),
                    "facility",
                    optional=("denial_of_reproductive_health", "denial_of_medical_care", "cruel_treatment"),
                    facility_types=("jipkyulso", "peoples_security_detention"),
                    perpetrators=("peoples_security", "state_security"),
                    description="Forced abortion in detention after repatriation.",
                ),
            ),
            _Beat(
                en=("Two other women in my cell went through the same thing that month.",),
                ko=("그 달에 같은 감방의 다른 여자 두 명도 똑같은 일을 당했습니다.",),
            ),
            _Beat(
                en=("I still have pain, and I cannot see a doctor in China because I have no papers.",),
                ko=("지금도 몸이 아프지만 신분증이 없어서 중국에서 병원에 갈 수 없습니다.",),
            ),
            _Beat(
                en=("I am telling this so that someone writes it down.",),
                ko=("누군가 이 일을 기록해 주기를 바라서 말씀드립니다.",),
            ),
        ),
    ),
    _Story(
        key="famine",
        weight=10,
        years=lambda b: (max(b + 9, 1995), 1999),
        beats=(
            _Beat(
                required=True,
                en=(
                    "In {year} the rations stopped completely in our town in {origin}.",
                    "During the famine of the 1990s our family in {origin} lived on corn husks and grass "
                    "soup.",
                ),
                ko=(
                    "{year}년에 {origin_ko} 우리 동네에서는 배급이 완전히 끊겼습니다.",
                    "1990년대 고난의 행군 때 {origin_ko}에 살던 우리 가족은 옥수수 껍질과 풀죽으로 "
                    "연명했습니다.",
                ),
                incident=_IncidentSpec(
                    ("denial_of_food",),
                    "origin",
                    vague=True,
                    description="Public distribution stopped; family went hungry.",
                ),
            ),
            _Beat(
                en=(
                    "My father died of hunger that winter, and my younger brother went to the market to beg.",
                ),
                ko=("그해 겨울 아버지는 굶어 돌아가셨고 남동생은 장마당에 나가 구걸했습니다.",),
            ),
            _Beat(
                en=("Children stopped going to school because they were too weak to walk there.",),
                ko=("아이들은 학교까지 걸어갈 힘이 없어서 학교에 가지 못했습니다.",),
            ),
            _Beat(
                months=(3, 12),
                en=("I went to China to find food and was caught by border guards on the way back.",),
                ko=("먹을 것을 구하러 중국에 갔다가 돌아오는 길에 국경경비대에게 잡혔습니다.",),
                incident=_IncidentSpec(
                    ("punishment_for_food_seeking",),
                    "border",
                    optional=("restriction_of_movement",),
                    perpetrators=("dprk_border_guards",),
                    vague=True,
                    description="Caught returning with food from China.",
                ),
            ),
            _Beat(
                en=(
                    "At the People's Security station they beat me and kept me for {weeks} weeks with no "
                    "food except what my mother brought.",
                ),
                ko=(
                    "안전부에서 저를 때리고 {weeks}주 동안 가두었는데, 어머니가 가져다준 것 말고는 먹을 것이 "
                    "없었습니다.",
                ),
                incident=_IncidentSpec(
                    ("arbitrary_detention",),
                    "facility",
                    optional=("cruel_treatment",),
                    facility_types=("peoples_security_detention",),
                    perpetrators=("peoples_security",),
                    vague=True,
                    description="Held and beaten at the local station.",
                ),
            ),
            _Beat(
                en=(
                    "Because my grandfather had been labelled a landlord, our family never received help "
                    "from the Party.",
                ),
                ko=(
                    "할아버지가 지주 출신이라는 딱지가 붙어 있어서 우리 집은 당의 도움을 한 번도 받지 "
                    "못했습니다.",
                ),
                incident=_IncidentSpec(
                    ("songbun_discrimination",),
                    "origin",
                    perpetrators=("party_officials",),
                    vague=True,
                    description="Family excluded from help because of songbun.",
                ),
            ),
        ),
    ),
    _Story(
        key="trafficking",
        weight=14,
        female_only=True,
        far=True,
        years=lambda b: (max(b + 16, 1999), min(b + 45, 2021)),
        beats=(
            _Beat(
                required=True,
                en=(
                    "A broker in {origin} promised me restaurant work in China, but after we crossed the "
                    "river in {year} I was sold to a farmer in the {cn_place}.",
                ),
                ko=(
                    "{origin_ko}에서 브로커가 중국 식당 일을 소개해 준다고 했지만, {year}년에 강을 "
                    "건너자마자 {cn_place_ko}의 농민에게 팔려 갔습니다.",
                ),
                incident=_IncidentSpec(
                    ("trafficking_of_women",),
                    "china",
                    optional=("sexual_exploitation",),
                    perpetrators=("traffickers",),
                    description="Sold by a broker to a farmer.",
                ),
            ),
            _Beat(
                required=True,
                en=(
                    "The man paid about {price} yuan for me, and his family locked the door at night so that "
                    "I could not run away.",
                ),
                ko=(
                    "그 남자는 저를 {price}위안 정도에 샀고, 그 집 식구들은 제가 도망가지 못하게 밤마다 문을 "
                    "잠갔습니다.",
                ),
                incident=_IncidentSpec(
                    ("forced_marriage",),
                    "china",
                    optional=("cruel_treatment",),
                    perpetrators=("buyer_or_husband",),
                    description="Held as a \u201cwife\u201d by the buyer's family.",
                ),
            ),
            _Beat(
                en=(
                    "I was beaten when I tried to leave, and I could not go to the police because they would "
                    "send me back.",
                ),
                ko=("도망치려다 맞았지만, 공안에 가면 북송될 것이라 신고할 수도 없었습니다.",),
            ),
            _Beat(
                months=(10, 30),
                en=(
                    "My {child_en} was born in {cur_year}, but cannot be registered or go to school because "
                    "I have no papers.",
                ),
                ko=(
                    "{cur_year}년에 {child_ko_obj} 낳았지만 제가 신분이 없어서 아이는 호적에 오르지도, "
                    "학교에 가지도 못합니다.",
                ),
                incident=_IncidentSpec(
                    ("denial_of_birth_registration",),
                    "china",
                    optional=("denial_of_education",),
                    victim="child",
                    description="Child born in China cannot be registered.",
                ),
            ),
            _Beat(
                months=(12, 36),
                en=(
                    "I ran away in {cur_year} and now live in hiding with help from a church.",
                    "I want my child to have a name that is written down somewhere.",
                ),
                ko=(
                    "{cur_year}년에 도망쳐 나와 지금은 교회의 도움으로 숨어 지냅니다.",
                    "제 아이의 이름이 어딘가에 적혀 있기를 바랍니다.",
                ),
            ),
        ),
    ),
    _Story(
        key="family_punishment",
        weight=10,
        source_type="hearsay",
        relative=True,
        years=lambda b: (max(b + 18, 2005), 2023),
        beats=(
            _Beat(
                required=True,
                en=("After I left {origin} in {year}, State Security summoned {relative} again and again.",),
                ko=(
                    "제가 {year}년에 {origin_ko}에서 나온 뒤로 보위부가 {relative_ko_obj} 여러 번 불러 "
                    "갔습니다.",
                ),
                incident=_IncidentSpec(
                    ("surveillance_of_family",),
                    "origin",
                    optional=("collective_punishment",),
                    perpetrators=("state_security",),
                    victim="relative",
                    description="Relative questioned repeatedly after the defection.",
                ),
            ),
            _Beat(
                months=(3, 12),
                en=(
                    "A broker who carries money across told me by phone that the family had been banished to "
                    "a remote mountain village.",
                ),
                ko=("돈을 전해 주는 브로커가 전화로 가족이 외딴 산골 마을로 추방되었다고 알려 주었습니다.",),
                incident=_IncidentSpec(
                    ("forced_relocation", "collective_punishment"),
                    "remote",
                    perpetrators=("state_security", "peoples_security", "party_officials"),
                    victim="relative",
                    description="Family banished to a remote village.",
                ),
            ),
            _Beat(
                months=(2, 18),
                en=(
                    "{relative_cap} was taken away in {cur_year}, and nobody will tell the family where he "
                    "is.",
                ),
                ko=(
                    "{cur_year}년에 {relative_ko_top} 끌려갔고, 어디에 있는지 아무도 가족에게 알려 주지 "
                    "않습니다.",
                ),
                incident=_IncidentSpec(
                    ("enforced_disappearance",),
                    "origin",
                    optional=("collective_punishment",),
                    perpetrators=("state_security",),
                    victim="relative",
                    description="Taken away; whereabouts not disclosed.",
                ),
            ),
            _Beat(
                en=(
                    "People say he was sent to a political prison camp, which is the same as saying he will "
                    "never come back.",
                ),
                ko=(
                    "사람들은 그가 정치범수용소에 갔다고 하는데, 그것은 다시는 돌아오지 못한다는 말과 "
                    "같습니다.",
                ),
                incident=_IncidentSpec(
                    ("political_prison_camp",),
                    "facility",
                    facility_types=("kwanliso",),
                    perpetrators=("state_security",),
                    victim="relative",
                    vague=True,
                    description="Reportedly sent to a political prison camp.",
                ),
            ),
            _Beat(
                en=("I feel that my leaving is the reason they are suffering.",),
                ko=("제가 떠난 탓에 가족이 고통받는다는 생각에 마음이 무겁습니다.",),
            ),
        ),
    ),
    _Story(
        key="religion",
        weight=6,
        years=lambda b: (max(b + 18, 2000), 2020),
        beats=(
            _Beat(
                required=True,
                en=("While hiding in the {cn_place} I went to a small house church and was given a Bible.",),
                ko=("{cn_place_ko}에 숨어 있을 때 작은 가정교회에 다니면서 성경책을 받았습니다.",),
            ),
            _Beat(
                required=True,
                months=(6, 24),
                en=("When I was sent back in {cur_year}, the guards found the Bible sewn into my coat.",),
                ko=("{cur_year}년에 북송될 때 경비대가 외투 안에 꿰매 넣은 성경책을 찾아냈습니다.",),
                incident=_IncidentSpec(
                    ("refoulement",),
                    "border",
                    perpetrators=("chinese_public_security",),
                    description="Returned; a Bible was found in the search.",
                ),
            ),
            _Beat(
                required=True,
                months=(0, 1),
                en=(
                    "State Security interrogated me for weeks about the missionaries and beat me every time "
                    "I said I did not know their names.",
                ),
                ko=(
                    "보위부는 몇 주 동안 선교사에 대해 심문했고, 이름을 모른다고 할 때마다 저를 때렸습니다.",
                ),
                incident=_IncidentSpec(
                    ("religious_persecution", "torture"),
                    "facility",
                    optional=("punishment_contact_missionaries", "forced_confession"),
                    facility_types=("state_security_detention",),
                    perpetrators=("state_security",),
                    description="Interrogated and beaten over contact with a church.",
                ),
            ),
            _Beat(
                months=(2, 6),
                en=(
                    "I was sentenced to {years} years in a prison labour camp after a hearing that lasted a "
                    "few minutes.",
                ),
                ko=("몇 분 만에 끝난 재판에서 교화소 {years}년을 선고받았습니다.",),
                incident=_IncidentSpec(
                    ("denial_of_fair_trial", "arbitrary_detention"),
                    "facility",
                    optional=("forced_labour",),
                    facility_types=("kyohwaso",),
                    perpetrators=("peoples_security",),
                    description="Sentenced after a hearing of a few minutes.",
                ),
            ),
            _Beat(
                en=(
                    "In the camp I prayed silently, because anyone heard praying was put in the punishment "
                    "cell.",
                ),
                ko=("교화소에서는 기도하는 소리가 들리면 독방에 갇혔기 때문에 속으로만 기도했습니다.",),
            ),
            _Beat(
                en=("I still keep my faith, but I have not told my family in the North.",),
                ko=("지금도 믿음을 지키고 있지만 북에 있는 가족에게는 말하지 않았습니다.",),
            ),
        ),
    ),
    _Story(
        key="foreign_media",
        weight=8,
        years=lambda b: (max(b + 14, 2005), 2021),
        beats=(
            _Beat(
                required=True,
                en=(
                    "In {year} an inspection group came to our house in {origin} and found a USB stick with "
                    "South Korean dramas.",
                ),
                ko=(
                    "{year}년에 {origin_ko}에 있는 우리 집에 검열 그루빠가 들이닥쳐 한국 드라마가 든 USB를 "
                    "찾아냈습니다.",
                ),
                incident=_IncidentSpec(
                    ("punishment_foreign_media",),
                    "origin",
                    perpetrators=("peoples_security",),
                    description="House search; foreign dramas found.",
                ),
            ),
            _Beat(
                en=(
                    "They held me at the People's Security station for {weeks} weeks and beat me to make me "
                    "say who had sold it.",
                ),
                ko=("안전부에 {weeks}주 동안 가두고 누가 팔았는지 대라며 때렸습니다.",),
                incident=_IncidentSpec(
                    ("arbitrary_detention", "cruel_treatment"),
                    "facility",
                    optional=("forced_confession",),
                    facility_types=("peoples_security_detention",),
                    perpetrators=("peoples_security",),
                    description="Detained and beaten to name the seller.",
                ),
            ),
            _Beat(
                en=("My family paid a bribe; otherwise I would have been sent to a labour camp.",),
                ko=("가족이 뇌물을 바쳐서 겨우 노동단련대에 가지 않았습니다.",),
            ),
            _Beat(
                months=(1, 2),
                en=("I was sent to a labour training camp for {months} months.",),
                ko=("노동단련대 {months}개월 처벌을 받았습니다.",),
                incident=_IncidentSpec(
                    ("forced_labour", "punishment_without_trial"),
                    "facility",
                    facility_types=("rodong_danryondae",),
                    perpetrators=("peoples_security",),
                    description="Labour training camp for watching foreign media.",
                ),
            ),
            _Beat(
                required=True,
                en=("After that I felt there was no future for me there, and I left the next year.",),
                ko=("그 뒤로 그곳에는 제 미래가 없다고 느껴서 이듬해에 떠났습니다.",),
            ),
        ),
    ),
    _Story(
        key="labour_china",
        weight=8,
        years=lambda b: (max(b + 16, 2003), 2024),
        beats=(
            _Beat(
                required=True,
                en=(
                    "In {year} I found work at a {workplace} in the {cn_place} through a Korean-Chinese "
                    "acquaintance.",
                ),
                ko=("{year}년에 조선족 지인의 소개로 {cn_place_ko}의 {workplace_ko}에서 일하게 되었습니다.",),
            ),
            _Beat(
                required=True,
                months=(2, 10),
                en=(
                    "The owner paid me nothing for {months} months and said he would call the police if I "
                    "complained.",
                ),
                ko=(
                    "주인은 {months}개월 동안 월급을 한 푼도 주지 않았고, 불평하면 공안에 신고하겠다고 "
                    "했습니다.",
                ),
                incident=_IncidentSpec(
                    ("labour_exploitation_china",),
                    "china",
                    perpetrators=("employer",),
                    description="Unpaid work under threat of being reported.",
                ),
            ),
            _Beat(
                en=("I worked from six in the morning until midnight and slept in the storeroom.",),
                ko=("아침 여섯 시부터 자정까지 일하고 창고에서 잤습니다.",),
            ),
            _Beat(
                months=(1, 6),
                en=(
                    "When I finally left, he reported me; the police arrested me, and I was released only "
                    "after friends paid {fine} yuan.",
                ),
                ko=(
                    "결국 떠나자 주인이 신고해서 공안에 붙잡혔고, 지인들이 {fine}위안을 내 주고서야 "
                    "풀려났습니다.",
                ),
                incident=_IncidentSpec(
                    ("arrest_in_china",),
                    "china",
                    perpetrators=("chinese_police",),
                    description="Arrested after the employer reported her.",
                ),
            ),
            _Beat(
                en=("Many women I know work like this because they have no papers.",),
                ko=("제가 아는 많은 여성들이 신분증이 없어서 이렇게 일합니다.",),
            ),
        ),
    ),
    _Story(
        key="death_in_custody",
        weight=5,
        source_type="witnessed",
        years=lambda b: (max(b + 17, 1998), 2020),
        beats=(
            _Beat(
                required=True,
                en=("In {year} I was sent to a prison labour camp in {origin} for crossing the border.",),
                ko=("{year}년에 국경을 넘었다는 이유로 {origin_ko}에 있는 교화소에 보내졌습니다.",),
                incident=_IncidentSpec(
                    ("punishment_for_leaving_country", "arbitrary_detention"),
                    "facility",
                    optional=("forced_labour",),
                    facility_types=("kyohwaso",),
                    perpetrators=("peoples_security",),
                    description="Imprisoned for crossing the border.",
                ),
            ),
            _Beat(
                required=True,
                months=(2, 10),
                en=(
                    "A woman in my work unit grew weaker every day, because we were fed only salted cabbage "
                    "soup and a little corn.",
                ),
                ko=(
                    "같은 작업반 여자 한 명이 소금에 절인 배춧국과 옥수수 조금만 먹으며 날마다 약해졌습니다.",
                ),
            ),
            _Beat(
                required=True,
                months=(0, 2),
                en=(
                    "She asked for a doctor many times, but the guards said she was pretending, and she died "
                    "on her bunk in the {season}.",
                ),
                ko=(
                    "그는 여러 번 의사를 불러 달라고 했지만 간수들은 꾀병이라고 했고, 결국 {season_ko}에 "
                    "자리에서 숨졌습니다.",
                ),
                incident=_IncidentSpec(
                    ("death_in_custody", "denial_of_medical_care"),
                    "facility",
                    optional=("inhumane_detention_conditions",),
                    facility_types=("kyohwaso",),
                    perpetrators=("prison_guards",),
                    victim="other",
                    description="A fellow prisoner died after being refused care.",
                ),
            ),
            _Beat(
                en=("Her body was carried out at night, and we were told not to talk about it.",),
                ko=("시신은 밤에 실려 나갔고 우리는 그 일을 입 밖에 내지 말라는 말을 들었습니다.",),
            ),
            _Beat(
                en=("That year many prisoners died of diarrhoea and hunger.",),
                ko=("그해에 많은 수감자가 설사와 굶주림으로 죽었습니다.",),
            ),
        ),
    ),
    _Story(
        key="public_execution",
        weight=5,
        source_type="witnessed",
        years=lambda b: (max(b + 10, 1996), 2019),
        beats=(
            _Beat(
                required=True,
                en=(
                    "In {year} everyone in our neighbourhood in {origin} was ordered to the riverside to "
                    "watch a public trial.",
                ),
                ko=(
                    "{year}년에 {origin_ko} 우리 동네 사람들은 모두 강변에 모여 공개재판을 보라는 지시를 "
                    "받았습니다.",
                ),
            ),
            _Beat(
                required=True,
                en=(
                    "Two men accused of smuggling copper were shot in front of us, and the school children "
                    "were made to stand in the front rows.",
                ),
                ko=(
                    "구리를 밀수했다는 남자 두 명이 우리 앞에서 총살되었고, 학생들은 맨 앞줄에 서야 "
                    "했습니다.",
                ),
                incident=_IncidentSpec(
                    ("public_execution",),
                    "origin",
                    optional=("denial_of_fair_trial",),
                    perpetrators=("peoples_security", "state_security"),
                    victim="other",
                    description="Public execution after a public trial.",
                ),
            ),
            _Beat(
                en=("There was no lawyer, and the sentence was read out from a paper in a few minutes.",),
                ko=("변호사도 없었고 판결은 몇 분 만에 종이에 적힌 대로 읽혔습니다.",),
            ),
            _Beat(
                en=(
                    "Afterwards the head of the people's unit warned us that the same would happen to anyone "
                    "who crossed the border.",
                ),
                ko=("그 뒤 인민반장은 국경을 넘는 사람도 똑같이 된다고 경고했습니다.",),
            ),
            _Beat(
                en=("I could not sleep for weeks afterwards.",),
                ko=("그 뒤로 몇 주 동안 잠을 잘 수가 없었습니다.",),
            ),
        ),
    ),
)

_RELATIVES: dict[str, dict[str, str]] = {
    "spouse": {"relative": "my husband", "relative_ko_obj": "남편을", "relative_ko_top": "남편은"},
    "parent": {"relative": "my father", "relative_ko_obj": "아버지를", "relative_ko_top": "아버지는"},
    "sibling": {
        "relative": "my younger brother",
        "relative_ko_obj": "남동생을",
        "relative_ko_top": "남동생은",
    },
    "child": {"relative": "my son", "relative_ko_obj": "아들을", "relative_ko_top": "아들은"},
}
_WORKPLACES = (
    ("restaurant", "식당"),
    ("farm", "농장"),
    ("sewing workshop", "봉제 공장"),
    ("pig farm", "돼지 농장"),
)
_SEASONS = {
    12: ("winter", "겨울"),
    1: ("winter", "겨울"),
    2: ("winter", "겨울"),
    3: ("spring", "봄"),
    4: ("spring", "봄"),
    5: ("spring", "봄"),
    6: ("summer", "여름"),
    7: ("summer", "여름"),
    8: ("summer", "여름"),
    9: ("autumn", "가을"),
    10: ("autumn", "가을"),
    11: ("autumn", "가을"),
}
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


# -- public -------------------------------------------------------------------------------------------


def generate_demo_records(rng: random.Random, cases: int) -> Iterator[Record]:
    """A fictional dataset of `cases` cases with their aid and about one testimony per two cases.

    Records come in an order a vault accepts: every case before anything that refers to it (household links
    point only to earlier cases). The same seed gives the same records, ids included.
    """
    tax = load_taxonomy()
    people = _make_people(rng, max(0, cases))
    for person in people:
        yield person.case
        yield from _make_aid(rng, person)
    if not people:
        return
    witnesses: Sequence[_Person] = [p for p in people if REFERENCE_YEAR - p.birth_year >= 20] or people[:1]
    wanted = (len(people) + 1) // 2
    # Mostly one testimony per witness; a few give a second one when there are not enough witnesses.
    chosen = rng.sample(witnesses, min(wanted, len(witnesses)))
    chosen += [rng.choice(witnesses) for _ in range(wanted - len(chosen))]
    for witness in chosen:
        yield _make_testimony(rng, witness, tax)


def demo_image_bytes(width: int = 64, height: int = 48) -> bytes:
    """A small valid PNG (an RGB gradient) built with the standard library, for a demo attachment."""

    def chunk(kind: bytes, payload: bytes) -> bytes:
        return (
            struct.pack(">I", len(payload))
            + kind
            + payload
            + struct.pack(">I", zlib.crc32(kind + payload) & 0xFFFFFFFF)
        )

    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter: none
        for x in range(width):
            rows += bytes((40 + 180 * x // max(1, width - 1), 90 + 100 * y // max(1, height - 1), 150))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB, no interlace
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )
