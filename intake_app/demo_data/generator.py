"""The public entry point: a whole fictional dataset, cases first, then their aid and testimonies."""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence

from intake_app.demo_data.aid import _make_aid
from intake_app.demo_data.common import REFERENCE_YEAR
from intake_app.demo_data.people import _make_people, _Person
from intake_app.demo_data.testimony import _make_testimony
from intake_app.domain.models import Record
from intake_app.domain.taxonomy import load_taxonomy


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
