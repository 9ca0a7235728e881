"""Which column fills which field, and which cell text means which taxonomy key.

A mapping is plain JSON (`schemas/spreadsheet-mapping.schema.json`), so it can be saved once and reused
for the next export of the same spreadsheet (`--mapping FILE.json`):

    {"format": 1, "type": "case", "sheets": {"사례": "case"}, "type_column": null,
     "columns": {"case": {"가명": "alias", "성별": "sex", "담당자 메모": null}},
     "values": {"sexes": {"여": "female", "남": "male"}}}

`null` ignores a column. Without a saved mapping, a header that is a field's key or its label in any
of the four languages, and a cell that is a taxonomy key or one of its labels, map by themselves;
anything close but not equal is only *suggested* (the wizard shows it for confirmation; the command
line refuses it and names the column).
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from intake_app.domain.taxonomy import load_taxonomy
from intake_app.errors import ValidationFailed
from intake_app.i18n import SUPPORTED_LANGUAGES, _, translate_for
from intake_app.resources import schema_path
from intake_app.spreadsheet.fields import FIELDS, IMPORT_TYPES, TYPE_FIELD, TYPE_SYNONYMS, FieldSpec, Kind

MAPPING_FORMAT = 1
# The values of a type column (e.g. "사례" -> case) are mapped like a list's.
RECORD_TYPES_LIST = "record_types"
_FUZZY_CUTOFF = 0.6
_SPLIT = re.compile(r"\s*[,;、，；|/・\n]\s*")


class MappingError(ValidationFailed):
    pass


def normalise(text: object) -> str:
    """How headers and values are compared: width-folded, case-folded, spaces collapsed."""
    folded = unicodedata.normalize("NFKC", str(text)).casefold()
    return " ".join(folded.replace("_", " ").split())


def split_choices(text: str) -> list[str]:
    return [part for part in _SPLIT.split(text.strip()) if part]


@dataclass
class Mapping:
    record_type: str | None = None
    sheets: dict[str, str] = field(default_factory=dict)
    type_column: str | None = None
    columns: dict[str, dict[str, str | None]] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"format": MAPPING_FORMAT, "type": self.record_type, "sheets": dict(self.sheets),
                "type_column": self.type_column,
                "columns": {t: dict(c) for t, c in self.columns.items() if c},
                "values": {n: dict(sorted(v.items())) for n, v in self.values.items() if v}}

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_json(cls, data: Any) -> Mapping:
        problems = mapping_problems(data)
        if problems:
            raise MappingError(_("The mapping file is not valid: {reason}").format(reason="; ".join(problems)))
        return cls(record_type=data.get("type"), sheets=dict(data.get("sheets", {})),
                   type_column=data.get("type_column"),
                   columns={t: dict(c) for t, c in data.get("columns", {}).items()},
                   values={n: {normalise(k): v for k, v in m.items()} for n, m in data.get("values", {}).items()})

    @classmethod
    def loads(cls, text: str) -> Mapping:
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise MappingError(_("The mapping file is not valid JSON ({detail}).").format(detail=exc)) from exc
        return cls.from_json(data)

    def value_for(self, list_name: str, text: str) -> str | None:
        return self.values.get(list_name, {}).get(normalise(text))


@cache
def _mapping_validator() -> Any:
    from jsonschema import Draft202012Validator

    with schema_path("spreadsheet-mapping.schema.json").open(encoding="utf-8") as fh:
        return Draft202012Validator(json.load(fh))


def mapping_problems(data: Any) -> list[str]:
    """What is wrong with a mapping file (schema, then fields and keys that do not exist)."""
    errors = sorted(_mapping_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        return [f"{'/'.join(str(p) for p in e.absolute_path) or '(top)'}: {e.message}" for e in errors[:5]]
    problems = []
    for record_type, columns in data.get("columns", {}).items():
        known = {f.key for f in FIELDS[record_type]}
        for header, key in columns.items():
            if key is not None and key not in known:
                problems.append(_("column \u201c{column}\u201d: {type} records have no field {field}").format(
                    column=header, type=record_type, field=key))
    for list_name, pairs in data.get("values", {}).items():
        if list_name == RECORD_TYPES_LIST:
            problems += [_("values/{list}: {key} is not a key of the list").format(list=list_name, key=v)
                         for v in pairs.values() if v not in IMPORT_TYPES]
            continue
        try:
            keys = list_keys(list_name)
        except KeyError:
            problems.append(_("values: there is no list {name}").format(name=list_name))
            continue
        problems += [_("values/{list}: {key} is not a key of the list").format(list=list_name, key=v)
                     for v in pairs.values() if v not in keys]
    return problems


# -- names of fields, types and values in every language -------------------------------------------------------


def _languages() -> Iterable[str]:
    return SUPPORTED_LANGUAGES


def field_names(spec: FieldSpec) -> set[str]:
    """The names that map a column to the field by themselves: its key and its label in each language."""
    names = {normalise(spec.key)}
    names.update(normalise(translate_for(lang, spec.label)) for lang in _languages())
    return names


@cache
def _field_index(record_type: str) -> dict[str, str]:
    index: dict[str, str] = {}
    for spec in FIELDS[record_type]:
        for name in field_names(spec):
            index.setdefault(name, spec.key)
    return index


@cache
def _synonym_index(record_type: str) -> dict[str, str]:
    """Other common headers (e.g. 출신지, 生年月日): close enough to suggest, never mapped unasked."""
    index = dict(_field_index(record_type))
    for spec in FIELDS[record_type]:
        for name in spec.synonyms:
            index.setdefault(normalise(name), spec.key)
    return index


def match_field(record_type: str, header: str) -> str | None:
    """The field a header names exactly (its key, or its label in any of the four languages)."""
    return _field_index(record_type).get(normalise(header))


def suggest_field(record_type: str, header: str) -> str | None:
    """A field whose name or a common synonym is close to the header: only a suggestion, to be confirmed."""
    exact = match_field(record_type, header)
    if exact:
        return exact
    index = _synonym_index(record_type)
    needle = normalise(header)
    if needle in index:
        return index[needle]
    close = difflib.get_close_matches(needle, list(index), n=1, cutoff=_FUZZY_CUTOFF)
    if close:
        return index[close[0]]
    contained = [name for name in index if len(name) >= 2 and (name in needle or needle in name)]
    return index[max(contained, key=len)] if contained else None


def is_type_column(header: str) -> bool:
    """A header that names the record type column by itself ("type", or "Record type" in a language)."""
    return normalise(header) in field_names(TYPE_FIELD)


def looks_like_type_column(header: str) -> bool:
    """Also the common words for it (종류, 種類, 类型): what the wizard proposes, for the user to see."""
    return is_type_column(header) or normalise(header) in {normalise(s) for s in TYPE_FIELD.synonyms}


def match_type(text: object) -> str | None:
    """A record type named by a sheet or a type-column cell, in any of the four languages."""
    needle = normalise(text)
    for record_type in IMPORT_TYPES:
        names = {normalise(n) for n in TYPE_SYNONYMS[record_type]}
        if needle in names:
            return record_type
    from intake_app.spreadsheet.fields import TYPE_LABELS

    for record_type, label in TYPE_LABELS.items():
        if needle in {normalise(translate_for(lang, label)) for lang in _languages()}:
            return record_type
    return None


def list_keys(list_name: str) -> frozenset[str]:
    tax = load_taxonomy()
    if list_name == "violation_types":
        return frozenset(v.key for v in tax.violation_types)
    return tax.keys(list_name)


@cache
def _value_index(list_name: str) -> dict[str, str]:
    """Every way a value of the list is written: key, labels, and a label's parts around brackets."""
    tax = load_taxonomy()
    entries: list[tuple[str, Iterable[str]]]
    if list_name == "violation_types":
        entries = [(v.key, v.labels.values()) for v in tax.violation_types]
    else:
        entries = [(t.key, t.labels.values()) for t in tax.terms(list_name)]
    index: dict[str, str] = {}
    for key, _labels in entries:
        index.setdefault(normalise(key), key)
    for key, labels in entries:
        for label in labels:
            index.setdefault(normalise(label), key)
    for key, labels in entries:
        for label in labels:
            for part in re.split(r"[()（）]", label):
                if part.strip() and len(part.strip()) >= 2:
                    index.setdefault(normalise(part), key)
    return index


def match_value(list_name: str, text: str) -> str | None:
    """The key a cell names exactly (a key, or a label in any of the four languages)."""
    return _value_index(list_name).get(normalise(text))


def suggest_value(list_name: str, text: str) -> str | None:
    """A key whose label is close to the cell text: a suggestion only, shown for confirmation."""
    exact = match_value(list_name, text)
    if exact:
        return exact
    index = _value_index(list_name)
    needle = normalise(text)
    close = difflib.get_close_matches(needle, list(index), n=1, cutoff=_FUZZY_CUTOFF)
    if close:
        return index[close[0]]
    contained = [name for name in index if len(name) >= 2 and (needle in name or name in needle)]
    return index[max(contained, key=len)] if contained else None


def choice_lists(record_type: str) -> dict[str, str]:
    """Field key -> taxonomy list, for the fields of a type that take list values."""
    return {f.key: f.list_name for f in FIELDS[record_type]
            if f.kind in (Kind.CHOICE, Kind.CHOICES) and f.list_name}
