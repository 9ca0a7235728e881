"""Two versions of a record, field by field, for the conflict review (no Qt: plain data)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from intake_app.domain.taxonomy import load_taxonomy
from intake_app.domain.validation import identifying_fields
from intake_app.i18n import _

HIDDEN = "••••••"


@dataclass(frozen=True)
class DiffRow:
    path: str
    a: str
    b: str
    identifying: bool

    @property
    def differs(self) -> bool:
        return self.a != self.b


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def flatten(value: Any, prefix: str = "") -> dict[str, str]:
    """Nested dicts and lists as `path: text` pairs (`household[0].relation`)."""
    out: dict[str, str] = {}
    if isinstance(value, dict) and value:
        for key in value:
            out.update(flatten(value[key], f"{prefix}.{key}" if prefix else str(key)))
    elif isinstance(value, list) and value:
        for index, item in enumerate(value):
            out.update(flatten(item, f"{prefix}[{index}]"))
    else:
        out[prefix] = _text(value)
    return out


def compare(a: dict[str, Any], b: dict[str, Any], *, show_identifying: bool = False) -> list[DiffRow]:
    """The rows of both envelopes' data (and their deletion state), in the order fields first appear."""
    secret = set(identifying_fields(a.get("type", "")))
    flat_a = flatten(a.get("data") or {})
    flat_b = flatten(b.get("data") or {})
    flat_a["deleted"], flat_b["deleted"] = _text(bool(a.get("deleted"))), _text(bool(b.get("deleted")))
    rows = []
    for path in dict.fromkeys([*flat_a, *flat_b]):
        top = path.split(".")[0].split("[")[0]
        hidden = top in secret and not show_identifying
        va, vb = flat_a.get(path, ""), flat_b.get(path, "")
        if hidden:  # still tell the coordinator whether they differ, without showing them
            va, vb = (HIDDEN if va else ""), (HIDDEN if vb else "")
            if flat_a.get(path, "") != flat_b.get(path, "") and va == vb:
                vb += " ≠"
        rows.append(DiffRow(path, va, vb, top in secret))
    return rows


def field_names(record_type: str) -> dict[str, str]:
    """Translated names of the fields (the record editors' words), for the review table."""
    common = {"notes": _("Notes"), "deleted": _("Deleted"), "place": _("Place"), "date": _("Date")}
    per_type = {
        "case": {"code": _("Code"), "alias": _("Alias"), "sex": _("Sex"), "birth_year": _("Birth year"),
                 "province_of_origin": _("Province of origin"), "situation": _("Situation"),
                 "household": _("Household"), "relation": _("Relation"), "vulnerabilities": _("Vulnerabilities"),
                 "legal_name": _("Legal name"), "birth_date": _("Exact birth date"), "phone": _("Phone"),
                 "address": _("Address")},
        "aid": {"case_id": _("Case"), "category": _("Category"), "items": _("Items"), "name": _("Item"),
                "quantity": _("Quantity"), "unit": _("Unit"), "value": _("Value"), "currency": _("Currency"),
                "province": _("Province (China)")},
        "testimony": {"witness_case_id": _("Witness"), "interview_date": _("Interview date"),
                      "interviewer": _("Interviewer"), "language": _("Language"), "interpreter": _("Interpreter"),
                      "source_type": _("Source"), "narrative": _("Narrative"), "consents": _("Consent"),
                      "incidents": _("Incident"), "violation_types": _("Violation types"),
                      "perpetrator": _("Perpetrator"), "victim_relation": _("Victim"),
                      "description": _("What happened")},
    }
    return {**common, **per_type.get(record_type, {})}


def path_title(path: str, names: dict[str, str]) -> str:
    """`household[0].relation` as "Household 1 › Relation"."""
    parts = []
    for segment in path.split("."):
        key, _bracket, rest = segment.partition("[")
        title = names.get(key, key)
        for index in rest.replace("]", "").split("["):
            if index.isdigit():
                title += f" {int(index) + 1}"
        parts.append(title)
    return " › ".join(parts)


# The taxonomy list behind a field (by its last name in the path), so values show as words, not keys.
VALUE_LISTS = {"sex": "sexes", "province_of_origin": "dprk_provinces", "situation": "situations",
               "relation": "relations", "vulnerabilities": "vulnerabilities", "category": "aid_categories",
               "unit": "units", "currency": "currencies", "province": "china_provinces",
               "language": "interview_languages", "source_type": "source_types", "scope": "consent_scopes",
               "method": "consent_methods", "violation_types": "violation_types", "precision": "date_precisions",
               "facility_type": "facility_types", "perpetrator": "perpetrators", "victim_relation": "relations"}


def value_text(path: str, text: str, lang: str) -> str:
    """A stored value as the reader's word: taxonomy labels for keys, yes/no for the deletion flag."""
    if path == "deleted":
        return _("yes") if text == "true" else _("no")
    name = path.split(".")[-1].split("[")[0]
    list_name = VALUE_LISTS.get(name)
    if not list_name or not text:
        return text
    try:
        return load_taxonomy().label(list_name, text, lang)
    except KeyError:
        return text
