"""Aid for the demo's cases: item kinds, categories, values and notes."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from intake_app.demo_data.common import AID_FROM, AID_TO, _day_between, _uuid, _weighted
from intake_app.demo_data.people import _Person
from intake_app.demo_data.places import _BORDER_AREAS
from intake_app.domain.models import AidDistribution, AidItem


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
