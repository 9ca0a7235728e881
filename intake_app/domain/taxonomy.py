"""The taxonomy (`schemas/taxonomy.json`): themes, violation types and the fixed lists records use.

The file is validated against `schemas/taxonomy.schema.json` and then checked for what a JSON Schema
cannot say (unique keys, theme references). Everything is immutable once loaded, so one cached copy is
shared by the validator, the forms and the exports.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from jsonschema import Draft202012Validator

from intake_app.errors import IntakeError
from intake_app.resources import schema_path

LANGUAGES: tuple[str, ...] = ("en", "ko", "ja", "zh")
TREATIES: tuple[str, ...] = ("ICCPR", "ICESCR", "CEDAW", "CRC")
THEMES = "themes"
VIOLATION_TYPES = "violation_types"


class TaxonomyError(IntakeError):
    """The taxonomy file is missing, unreadable or inconsistent."""


@dataclass(frozen=True)
class Term:
    """One entry of a list; `extra` holds list-specific fields such as `border` or `kind`."""

    key: str
    labels: Mapping[str, str]
    extra: Mapping[str, object]


@dataclass(frozen=True)
class Theme:
    """One of the seed document's ten themes."""

    key: str
    labels: Mapping[str, str]


@dataclass(frozen=True)
class ViolationType:
    """A kind of violation, its theme, treaty articles and HURIDOCS code (None where none is known)."""

    key: str
    theme: str
    labels: Mapping[str, str]
    articles: Mapping[str, tuple[str, ...]]
    huridocs: str | None

    def article_refs(self) -> tuple[str, ...]:
        """Each article as written in reports, e.g. ("ICCPR 7", "CRC 37")."""
        return tuple(f"{treaty} {number}" for treaty, numbers in self.articles.items() for number in numbers)


def normalise_language(lang: str) -> str:
    """Reduce a locale such as "zh_CN", "zh-CN" or "ko_KR" to the bare code that keys the labels."""
    return lang.strip().replace("-", "_").split("_", 1)[0].lower()


def _pick(labels: Mapping[str, str], lang: str, default: str) -> str:
    # English first because every label has it; the key last so that a stale record still shows something.
    return labels.get(normalise_language(lang)) or labels.get("en") or default


class Taxonomy:
    """The loaded taxonomy; build it with `load_taxonomy()` or `load_taxonomy_from(path)`."""

    def __init__(self, version: str, themes: Iterable[Theme], violation_types: Iterable[ViolationType],
                 lists: Mapping[str, Iterable[Term]]) -> None:
        self.version = version
        self.themes: tuple[Theme, ...] = tuple(themes)
        self.violation_types: tuple[ViolationType, ...] = tuple(violation_types)
        self._lists: Mapping[str, tuple[Term, ...]] = MappingProxyType(
            {name: tuple(terms) for name, terms in lists.items()})
        self._themes = {t.key: t for t in self.themes}
        self._violations = {v.key: v for v in self.violation_types}
        self._terms = {name: {t.key: t for t in terms} for name, terms in self._lists.items()}
        theme_rank = {t.key: i for i, t in enumerate(self.themes)}
        # Browsing and search present violations grouped by theme, keeping file order inside a theme.
        self._by_theme = tuple(
            sorted(self.violation_types, key=lambda v: theme_rank.get(v.theme, len(theme_rank))))

    def list_names(self) -> list[str]:
        """Names of the lists (not including themes and violation types), in file order."""
        return list(self._lists)

    def terms(self, list_name: str) -> tuple[Term, ...]:
        """The entries of a list in file order; KeyError for an unknown list."""
        return self._lists[list_name]

    def keys(self, list_name: str) -> frozenset[str]:
        """The keys of a list, or of "themes" / "violation_types"; KeyError for an unknown list."""
        if list_name == THEMES:
            return frozenset(self._themes)
        if list_name == VIOLATION_TYPES:
            return frozenset(self._violations)
        return frozenset(self._terms[list_name])

    def label(self, list_name: str, key: str, lang: str) -> str:
        """Label of `key` in `lang`, else in English, else the key; KeyError for an unknown list."""
        entries: Mapping[str, Theme | ViolationType | Term]
        if list_name == THEMES:
            entries = self._themes
        elif list_name == VIOLATION_TYPES:
            entries = self._violations
        else:
            entries = self._terms[list_name]
        entry = entries.get(key)
        return key if entry is None else _pick(entry.labels, lang, key)

    def theme(self, key: str) -> Theme:
        """The theme with this key; KeyError if none."""
        return self._themes[key]

    def violation(self, key: str) -> ViolationType:
        """The violation type with this key; KeyError if none."""
        return self._violations[key]

    def search_violations(self, query: str, lang: str) -> list[ViolationType]:
        """Violation types whose label (in `lang` or English), key, HURIDOCS code or article matches.

        Case-insensitive substring match; an empty query returns all. Order: theme order, then file order.
        """
        needle = " ".join(query.split()).casefold()
        if not needle:
            return list(self._by_theme)
        lang = normalise_language(lang)
        # "forced labour" should find the key forced_labour too.
        key_needle = needle.replace(" ", "_")
        found: list[ViolationType] = []
        for v in self._by_theme:
            haystacks = [v.labels.get(lang, ""), v.labels.get("en", ""), v.huridocs or "", *v.article_refs()]
            if key_needle in v.key or any(needle in h.casefold() for h in haystacks):
                found.append(v)
        return found

    def articles_text(self, key: str) -> str:
        """Treaty articles of a violation type as text, e.g. "ICCPR 7; CRC 37"."""
        return "; ".join(self.violation(key).article_refs())


def _fail(path: Path, problem: str) -> TaxonomyError:
    return TaxonomyError(f"Invalid taxonomy {path.name}: {problem}")


def _read_json(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _fail(path, str(exc)) from exc


def _check_schema(path: Path, data: Any) -> None:
    schema = _read_json(schema_path("taxonomy.schema.json"))
    errors = sorted(Draft202012Validator(schema).iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        where = "/".join(str(p) for p in first.absolute_path) or "(top)"
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise _fail(path, f"{where}: {first.message}{more}")


def _check_consistency(path: Path, data: dict[str, Any]) -> None:
    """What the JSON Schema cannot check: unique keys, theme references, all declared languages present."""
    languages = set(LANGUAGES) | set(data["languages"])
    groups: dict[str, list[dict[str, Any]]] = {THEMES: data[THEMES], VIOLATION_TYPES: data[VIOLATION_TYPES]}
    for name, items in data["lists"].items():
        if name in groups:
            raise _fail(path, f"lists/{name}: the name is reserved")
        groups[name] = items
    for name, items in groups.items():
        seen: set[str] = set()
        for item in items:
            if item["key"] in seen:
                raise _fail(path, f"{name}: duplicate key {item['key']!r}")
            seen.add(item["key"])
            missing = sorted(lang for lang in languages if not str(item["labels"].get(lang, "")).strip())
            if missing:
                raise _fail(path, f"{name}/{item['key']}: no label in {', '.join(missing)}")
    themes = {t["key"] for t in data[THEMES]}
    for v in data[VIOLATION_TYPES]:
        if v["theme"] not in themes:
            raise _fail(path, f"violation_types/{v['key']}: unknown theme {v['theme']!r}")


def _freeze(labels: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(labels))


def _build(data: dict[str, Any]) -> Taxonomy:
    themes = [Theme(t["key"], _freeze(t["labels"])) for t in data[THEMES]]
    violations = [
        ViolationType(
            key=v["key"],
            theme=v["theme"],
            labels=_freeze(v["labels"]),
            # Canonical treaty order so that texts read the same whatever the file's key order.
            articles=MappingProxyType({t: tuple(v["articles"][t]) for t in TREATIES if t in v["articles"]}),
            huridocs=v["huridocs"],
        )
        for v in data[VIOLATION_TYPES]
    ]
    lists = {
        name: [
            Term(item["key"], _freeze(item["labels"]),
                 MappingProxyType({k: val for k, val in item.items() if k not in ("key", "labels")}))
            for item in items
        ]
        for name, items in data["lists"].items()
    }
    return Taxonomy(data["version"], themes, violations, lists)


def load_taxonomy_from(path: Path | str) -> Taxonomy:
    """Load, validate and check a taxonomy file; raise TaxonomyError when it is not sound."""
    path = Path(path)
    data = _read_json(path)
    _check_schema(path, data)
    _check_consistency(path, data)
    return _build(data)


@lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    """The bundled taxonomy, loaded once per process."""
    return load_taxonomy_from(schema_path("taxonomy.json"))
