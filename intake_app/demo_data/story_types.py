"""The shape of a demo story: its beats (sentences in English and Korean) and the incidents they record."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


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
